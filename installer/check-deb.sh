#!/usr/bin/env bash
# Builds the .deb, installs it with apt (pulling its dependencies), checks that both installed
# programs start (the GUI offscreen, rendering its first-run window to a PNG), then removes it
# again unless Postdesk was installed before. Debian 12, root.
#
#   installer/check-deb.sh [BUILD_DIR]
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${1:-$root/build}
cmake --build "$build" -j2 --target postdesk postdesk-cli
(cd "$build" && cpack -G DEB >/dev/null)
deb=$(realpath "$(ls -t "$build"/postdesk_*.deb | head -n 1)")
echo "package: $deb"

was_installed=0
dpkg-query -W -f='${Status}' postdesk 2>/dev/null | grep -q 'install ok installed' && was_installed=1
work=$(mktemp -d)
cleanup() {
    rm -rf "$work"
    if [ "$was_installed" = 0 ]; then
        DEBIAN_FRONTEND=noninteractive apt-get remove -y -qq postdesk >/dev/null 2>&1 || true
    fi
}
trap cleanup EXIT

DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$deb" >/dev/null
dpkg -L postdesk | grep -E '^/usr/bin/postdesk(-cli)?$'

/usr/bin/postdesk-cli --help | head -n 3
set +e
/usr/bin/postdesk-cli --ssh 'nobody@127.0.0.1:1' queue >/dev/null 2>"$work/cli.err"
rc=$?
set -e
echo "postdesk-cli against a closed port: exit $rc: $(cat "$work/cli.err")"
[ "$rc" = 3 ] || { echo "check-deb: expected exit 3" >&2; exit 1; }

QT_QPA_PLATFORM=offscreen timeout 60 /usr/bin/postdesk --settings "$work/postdesk.ini" \
    --screenshot "$work/first-run.png"
[ -s "$work/first-run.png" ] || { echo "check-deb: the GUI rendered nothing" >&2; exit 1; }
echo "check-deb: installed postdesk $(dpkg-query -W -f='${Version}' postdesk) starts; GUI rendered $(stat -c %s "$work/first-run.png") bytes"
