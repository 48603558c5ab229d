#!/usr/bin/env bash
# Opens Postdesk connected to a local demo server: installs what is missing (Debian 12, root),
# builds, starts the test mail server (a private Postfix + sshd in a loopback-only network
# namespace, its queue seeded with a few hundred really deferred messages) and runs the GUI on it
# with a settings file of its own. Closing the window tears the demo server down.
#
#   scripts/demo.sh [--messages N] [--keep]      --keep leaves the demo server running afterwards
#
# POSTDESK_DEMO_ARGS adds arguments to the postdesk command line; with QT_QPA_PLATFORM=offscreen
# and e.g. POSTDESK_DEMO_ARGS="--screenshot /tmp/demo.png --screenshot-after-ms 8000" the whole
# demo runs without a display (that is how it is checked).
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${POSTDESK_BUILD_DIR:-$root/build}
messages=400
keep=0
while [ $# -gt 0 ]; do
    case "$1" in
        --messages) messages=$2; shift 2 ;;
        --keep) keep=1; shift ;;
        *) echo "usage: $0 [--messages N] [--keep]" >&2; exit 2 ;;
    esac
done

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
    echo "demo: no display (DISPLAY/WAYLAND_DISPLAY unset). Run this from a desktop session or 'ssh -X'." >&2
    exit 1
fi

"$root/scripts/install-deps.sh" all
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$build" -j2 --target postdesk postdesk-cli

demo="$build/demo"
state="$demo/server"
testserver="$root/scripts/testserver/testserver.sh"
mkdir -p "$demo"
"$testserver" down "$state" >/dev/null 2>&1 || true
if [ "$keep" = 0 ]; then
    trap '"$testserver" down "$state" >/dev/null 2>&1 || true' EXIT
fi
"$testserver" up "$state" --name pd-demo --messages "$messages"
# The env file holds values with quotes in them: read the keys we need, never source it.
envval() { sed -n "s/^$1=//p" "$state/env" | head -n 1; }
PD_TS_HOST=$(envval PD_TS_HOST)
PD_TS_PORT=$(envval PD_TS_PORT)
PD_TS_SEEDED=$(envval PD_TS_SEEDED)
PD_TS_HOSTKEY_SHA256=$(envval PD_TS_HOSTKEY_SHA256)
PD_TS_ROOT_KEY=$(envval PD_TS_ROOT_KEY)
PD_TS_VIEWER_USER=$(envval PD_TS_VIEWER_USER)
PD_TS_VIEWER_KEY=$(envval PD_TS_VIEWER_KEY)

# The demo profile logs in as root with the harness's key. Its known_hosts starts empty, so the
# first connection asks to approve the host key, as it would for a real new server.
settings="$demo/postdesk.ini"
known_hosts="$demo/known_hosts"
: >"$known_hosts"
chmod 600 "$known_hosts"
cat >"$settings" <<INI
[servers]
5d1c7a52-4a8e-4f0e-9d55-3c0de5d00001\\name=Demo server (root)
5d1c7a52-4a8e-4f0e-9d55-3c0de5d00001\\host=$PD_TS_HOST
5d1c7a52-4a8e-4f0e-9d55-3c0de5d00001\\port=$PD_TS_PORT
5d1c7a52-4a8e-4f0e-9d55-3c0de5d00001\\user=root
5d1c7a52-4a8e-4f0e-9d55-3c0de5d00001\\auth=key
5d1c7a52-4a8e-4f0e-9d55-3c0de5d00001\\keyFile=$PD_TS_ROOT_KEY
5d1c7a52-4a8e-4f0e-9d55-3c0de5d00001\\sudo=none
5d1c7a52-4a8e-4f0e-9d55-3c0de5d00001\\readOnly=false
5d1c7a52-4a8e-4f0e-9d55-3c0de5d00001\\knownHostsFile=$known_hosts
5d1c7a52-4a8e-4f0e-9d55-3c0de5d00002\\name=Demo server (support account)
5d1c7a52-4a8e-4f0e-9d55-3c0de5d00002\\host=$PD_TS_HOST
5d1c7a52-4a8e-4f0e-9d55-3c0de5d00002\\port=$PD_TS_PORT
5d1c7a52-4a8e-4f0e-9d55-3c0de5d00002\\user=$PD_TS_VIEWER_USER
5d1c7a52-4a8e-4f0e-9d55-3c0de5d00002\\auth=key
5d1c7a52-4a8e-4f0e-9d55-3c0de5d00002\\keyFile=$PD_TS_VIEWER_KEY
5d1c7a52-4a8e-4f0e-9d55-3c0de5d00002\\sudo=none
5d1c7a52-4a8e-4f0e-9d55-3c0de5d00002\\readOnly=true
5d1c7a52-4a8e-4f0e-9d55-3c0de5d00002\\knownHostsFile=$known_hosts
INI

cat <<MSG

Demo server: ssh on $PD_TS_HOST:$PD_TS_PORT, $PD_TS_SEEDED messages in its queue.
Postdesk will ask you to approve its host key. The right fingerprint is:

    $PD_TS_HOSTKEY_SHA256

MSG
# shellcheck disable=SC2086 # POSTDESK_DEMO_ARGS is a word list on purpose
"$build/app/postdesk" --settings "$settings" --connect "Demo server (root)" ${POSTDESK_DEMO_ARGS:-}
