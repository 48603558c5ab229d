#!/usr/bin/env bash
# The single test entry point (README and .ci/run call it).
#
#   scripts/run-tests.sh [BUILD_DIR]        default BUILD_DIR: build
#
# Installs missing Debian packages (scripts/install-deps.sh all, as root), configures (Ninja,
# RelWithDebInfo, ccache) and builds with -j2, then runs ctest inside a private D-Bus session
# with an unlocked gnome-keyring, so the credential-store test talks to a real Secret Service.
# The integration tests start and stop the test mail server through the ctest fixture; a trap
# tears it down as well in case ctest is killed. Exit status: ctest's.
# Extra ctest arguments may be passed in CTEST_ARGS (e.g. CTEST_ARGS="-L integration").
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BUILD_DIR=${1:-build}
case "$BUILD_DIR" in /*) ;; *) BUILD_DIR="$ROOT/$BUILD_DIR" ;; esac

if [[ "${1:-}" == "-h" || "${1:-}" == "--help" ]]; then
    sed -n '2,11p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
    exit 0
fi

# Inner stage: we are inside dbus-run-session. Start the keyring, run ctest, stop the keyring.
if [[ "${PD_RUN_TESTS_INNER:-}" == 1 ]]; then
    # gnome-keyring wants a private runtime dir; its keyring files go to a fresh data dir so an
    # old login keyring with another password can never be in the way. A non-empty password
    # makes the "login" collection it creates unlocked and usable without a prompt.
    XDG_RUNTIME_DIR=$(mktemp -d /tmp/pd-run-tests-xdg.XXXXXX)
    chmod 0700 "$XDG_RUNTIME_DIR"
    export XDG_RUNTIME_DIR
    mkdir -m 0700 "$XDG_RUNTIME_DIR/data"
    keyring_out=$(printf 'postdesk-test-keyring' |
        XDG_DATA_HOME="$XDG_RUNTIME_DIR/data" \
        gnome-keyring-daemon --daemonize --unlock --components=secrets)
    # Export what it prints (GNOME_KEYRING_CONTROL=..., on some versions GNOME_KEYRING_PID=...).
    while IFS= read -r line; do
        [[ "$line" == *=* ]] && export "${line?}"
    done <<<"$keyring_out"
    # Our daemon is the one whose environment carries our private runtime dir.
    keyring_pid=${GNOME_KEYRING_PID:-}
    if [[ -z "$keyring_pid" ]]; then
        for p in $(pgrep -u "$(id -u)" -x gnome-keyring-d || true); do
            if tr '\0' '\n' <"/proc/$p/environ" 2>/dev/null | grep -qxF "XDG_RUNTIME_DIR=$XDG_RUNTIME_DIR"; then
                keyring_pid=$p
            fi
        done
    fi
    cleanup_inner() {
        [[ -n "$keyring_pid" ]] && kill "$keyring_pid" 2>/dev/null || true
        rm -rf "$XDG_RUNTIME_DIR"
    }
    trap cleanup_inner EXIT
    status=0
    # shellcheck disable=SC2086 # CTEST_ARGS is a word list on purpose
    ctest --test-dir "$BUILD_DIR" --output-on-failure -j2 ${CTEST_ARGS:-} || status=$?
    exit "$status"
fi

SERVER_STATE="$BUILD_DIR/tests/testserver"
safety_teardown() {
    if [[ -f "$SERVER_STATE/ts.state" ]]; then
        "$ROOT/scripts/testserver/testserver.sh" down "$SERVER_STATE" >/dev/null 2>&1 || true
    fi
    # The fleet fixture's extra servers (tests marked FLEET).
    if [[ -d "$BUILD_DIR/tests/fleet" ]]; then
        "$ROOT/scripts/testserver/multi.sh" down "$BUILD_DIR/tests/fleet" >/dev/null 2>&1 || true
    fi
}
trap safety_teardown EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

"$ROOT/scripts/install-deps.sh" all

# Relative paths in ccache's keys, and no working directory in them (ccache hashes it by default
# when compiling with -g), let every build folder of every clone share one cache.
export CCACHE_BASEDIR="$ROOT"
export CCACHE_NOHASHDIR=1

cmake -S "$ROOT" -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_CXX_COMPILER_LAUNCHER=ccache
cmake --build "$BUILD_DIR" -j2

status=0
PD_RUN_TESTS_INNER=1 dbus-run-session -- "${BASH_SOURCE[0]}" "$BUILD_DIR" || status=$?
exit "$status"
