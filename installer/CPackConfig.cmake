# `cpack -G DEB` in the build folder (or `cmake --build build --target package`) makes
# postdesk_<version>_<arch>.deb with both executables, the desktop entry and the icon.
set(CPACK_PACKAGE_NAME "postdesk")
set(CPACK_PACKAGE_VENDOR "Postdesk")
set(CPACK_PACKAGE_CONTACT "Postdesk maintainers <postdesk@example.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_GENERATOR "DEB")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION "admin")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins, libqt6sql6-sqlite")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring | kwalletmanager, openssh-client")
set(CPACK_STRIP_FILES ON)

install(FILES "${PROJECT_SOURCE_DIR}/installer/postdesk.desktop" DESTINATION share/applications)
install(FILES "${PROJECT_SOURCE_DIR}/resources/icons/postdesk.svg"
        DESTINATION share/icons/hicolor/scalable/apps)

include(CPack)
