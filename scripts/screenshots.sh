#!/usr/bin/env bash
# Renders the real Postdesk main window offscreen (QT_QPA_PLATFORM=offscreen) into PNGs under
# docs/screenshots/.
#
#   scripts/screenshots.sh                 demo queue from tests/data/ui-demo-queue.jsonl, served
#                                          by the fake transport (tst_mainwindow's screenshots()):
#                                          main-window.png, filtered.png, host-key-changed.png,
#                                          first-run.png
#   scripts/screenshots.sh --server ENV    the postdesk binary against a running test server
#                                          (ENV = the env file written by testserver.sh up):
#                                          main-window-server.png
#
# Environment: POSTDESK_BUILD_DIR (default build/), POSTDESK_SCREENSHOT_DIR (default docs/screenshots),
# POSTDESK_SKIP_BUILD=1 to use the binaries as they are.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${POSTDESK_BUILD_DIR:-$root/build}
out=${POSTDESK_SCREENSHOT_DIR:-$root/docs/screenshots}
mkdir -p "$out"
export QT_QPA_PLATFORM=offscreen

if [ ! -f "$build/build.ninja" ]; then
    cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
fi

case "${1:-}" in
    "")
        [ "${POSTDESK_SKIP_BUILD:-0}" = 1 ] || cmake --build "$build" -j2 --target tst_mainwindow
        POSTDESK_SCREENSHOT_DIR="$out" "$build/tests/tst_mainwindow" screenshots
        ;;
    --server)
        env_file=${2:?usage: $0 --server ENV_FILE}
        [ "${POSTDESK_SKIP_BUILD:-0}" = 1 ] || cmake --build "$build" -j2 --target postdesk
        # KEY=VALUE lines; values may contain spaces, so read them instead of sourcing the file.
        while IFS='=' read -r key value; do
            case "$key" in PD_TS_*) printf -v "$key" '%s' "$value" ;; esac
        done <"$env_file"
        work=$(mktemp -d)
        trap 'rm -rf "$work"' EXIT
        # Root login with the harness's key; the harness's known_hosts, so no host-key question.
        cat >"$work/postdesk.ini" <<INI
[servers]
6f1f3c2e-9b7a-4c1e-8d2a-5e4b3a2c1d0f\\name=Demo server
6f1f3c2e-9b7a-4c1e-8d2a-5e4b3a2c1d0f\\host=$PD_TS_HOST
6f1f3c2e-9b7a-4c1e-8d2a-5e4b3a2c1d0f\\port=$PD_TS_PORT
6f1f3c2e-9b7a-4c1e-8d2a-5e4b3a2c1d0f\\user=root
6f1f3c2e-9b7a-4c1e-8d2a-5e4b3a2c1d0f\\auth=key
6f1f3c2e-9b7a-4c1e-8d2a-5e4b3a2c1d0f\\keyFile=$PD_TS_ROOT_KEY
6f1f3c2e-9b7a-4c1e-8d2a-5e4b3a2c1d0f\\sudo=none
6f1f3c2e-9b7a-4c1e-8d2a-5e4b3a2c1d0f\\knownHostsFile=$PD_TS_KNOWN_HOSTS
INI
        "$build/app/postdesk" --settings "$work/postdesk.ini" --connect "Demo server" \
            --screenshot "$out/main-window-server.png" --screenshot-after-ms 60000
        ;;
    *)
        echo "usage: $0 [--server ENV_FILE]" >&2
        exit 2
        ;;
esac
ls -l "$out"
