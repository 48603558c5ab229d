#!/usr/bin/env bash
# Renders the real Postdesk window offscreen (QT_QPA_PLATFORM=offscreen) into PNGs under
# docs/screenshots/.
#
#   scripts/screenshots.sh             REAL data: starts its own test server
#                                      (scripts/testserver/testserver.sh up, torn down on exit; needs
#                                      root like the harness) and runs the postdesk binary on it:
#                                      main-window.png       root, the PD_TS_PREVIEW_SENDER message
#                                                            selected, real postcat headers
#                                      filtered.png          filter "fullbox.example"
#                                      host-key-dialog.png   first connection, real fingerprint
#                                      host-key-changed.png  changed known_hosts: banner, no dialog
#                                      viewer-permission.png pdviewer (no sudo): permission message
#                                      first-run.png         no servers yet
#                                      queue-classes.png     Class column and the By class summary
#                                      queue-shape.png       qshape-style domain x age matrix
#                                      message-trail.png     a seeded message with its log trail
#                                      log-page.png          Log tab: events, totals, per-hour chart,
#                                                            top senders, top deferred domains
#                                      charts.png            Charts tab (queue refreshed 4 times while
#                                                            the queue grows)
#                                      charts-dark.png       the same in a dark palette
#                                      log-page-dark.png     the Log tab in a dark palette
#                                      checks.png            Checks tab: every check run on the server
#                                                            for oldcorp.example and securebank.example,
#                                                            DNSBL zones of the test server
#                                      checks-dark.png       the same in a dark palette
#                                      actions-preview.png   "Delete" on the messages the filter
#                                                            fullbox.example shows: the preview with
#                                                            typed confirmation and alternatives
#                                      account-rights-viewer.png  what pdviewer may do (no sudo)
#                                      relayhost-wizard.png  Fixes → Relayhost…, first page
#                                      tuning.png            Fixes → Retry and throttling…
#                                      dashboard.png         the fleet dashboard: the test server
#                                                            (warning: deferred above a low
#                                                            threshold), the same with a viewer
#                                                            account, with a changed known_hosts
#                                                            (refused) and an unreachable port, in
#                                                            two client groups
#                                      dashboard-dark.png    the same in a dark palette
#   scripts/screenshots.sh --dashboard only the two dashboard shots (own test server, as above;
#                                      POSTDESK_TESTSERVER_ARGS are passed to testserver.sh up)
#   scripts/screenshots.sh --fixture   the demo queue from tests/data/ui-demo-queue.jsonl through the
#                                      fake transport (tst_mainwindow's screenshots()), into
#                                      POSTDESK_SCREENSHOT_DIR (default docs/screenshots/fixture)
#
# Environment: POSTDESK_BUILD_DIR (default build/), POSTDESK_SCREENSHOT_DIR (default docs/screenshots),
# POSTDESK_SKIP_BUILD=1 to use the binaries as they are.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${POSTDESK_BUILD_DIR:-$root/build}
export QT_QPA_PLATFORM=offscreen
# English shots whatever the caller's locale (postdesk loads translations by locale).
export LC_ALL=C.UTF-8 LANG=C.UTF-8 LANGUAGE=

if [ ! -f "$build/build.ninja" ]; then
    cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
fi

case "${1:-}" in
    --fixture)
        out=${POSTDESK_SCREENSHOT_DIR:-$root/docs/screenshots/fixture}
        mkdir -p "$out"
        [ "${POSTDESK_SKIP_BUILD:-0}" = 1 ] || cmake --build "$build" -j2 --target tst_mainwindow
        POSTDESK_SCREENSHOT_DIR="$out" "$build/tests/tst_mainwindow" screenshots
        ls -l "$out"
        exit 0
        ;;
    ""|--dashboard) ;;
    *)
        echo "usage: $0 [--fixture|--dashboard]" >&2
        exit 2
        ;;
esac

out=${POSTDESK_SCREENSHOT_DIR:-$root/docs/screenshots}
mkdir -p "$out"
[ "${POSTDESK_SKIP_BUILD:-0}" = 1 ] || cmake --build "$build" -j2 --target postdesk

work=$(mktemp -d)
state="$work/server"
# Previews are not audited, but keep whatever the app writes out of the user's own audit log.
export POSTDESK_AUDIT_LOG="$work/audit.jsonl"
cleanup() {
    "$root/scripts/testserver/testserver.sh" down "$state" >/dev/null 2>&1 || true
    rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM
# shellcheck disable=SC2086 # POSTDESK_TESTSERVER_ARGS is a list of options
"$root/scripts/testserver/testserver.sh" up "$state" ${POSTDESK_TESTSERVER_ARGS:-}

# KEY=VALUE lines; values may contain spaces, so read them instead of sourcing the file.
while IFS='=' read -r key value; do
    case "$key" in PD_TS_*) printf -v "$key" '%s' "$value" ;; esac
done <"$state/env"

# profile INI USER KEYFILE KNOWN_HOSTS: one saved server, key login, no sudo (root, or a viewer).
id=6f1f3c2e-9b7a-4c1e-8d2a-5e4b3a2c1d0f
profile() {
    cat >"$1" <<INI
[servers]
$id\\name=mail.pdts.test
$id\\host=$PD_TS_HOST
$id\\port=$PD_TS_PORT
$id\\user=$2
$id\\auth=key
$id\\keyFile=$3
$id\\sudo=none
$id\\knownHostsFile=$4
INI
}

# shot NAME INI [postdesk options...]
shot() {
    local name=$1 ini=$2
    shift 2
    echo "screenshots: $name"
    "$build/app/postdesk" --settings "$ini" --history "$work/history.sqlite" --screenshot "$out/$name" \
        --screenshot-after-ms 90000 "$@"
}

# The fleet dashboard: four profiles in two client groups, polled once each (no --connect).
dashboard_scene() {
    local ini="$work/dashboard.ini" unreachable_port
    # A port on 127.0.0.1 that nothing listens on: bind one, note it, let it go.
    unreachable_port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    cp "$PD_TS_KNOWN_HOSTS" "$work/known_hosts"
    cp "$PD_TS_CHANGED_KNOWN_HOSTS" "$work/changed_known_hosts"
    # dash_profile ID NAME GROUP PORT USER KEY KNOWN_HOSTS [DEFERRED_WARN]
    dash_profile() {
        cat >>"$ini" <<INI
$1\\name=$2
$1\\group=$3
$1\\host=$PD_TS_HOST
$1\\port=$4
$1\\user=$5
$1\\auth=key
$1\\keyFile=$6
$1\\sudo=none
$1\\knownHostsFile=$7
$1\\pollIntervalSeconds=60
$1\\alerts\\deferredWarn=${8:-500}
INI
    }
    echo "[servers]" >"$ini"
    dash_profile 0d5b7c1e-1111-4c1e-8d2a-5e4b3a2c1d01 mail.acme.test Acme "$PD_TS_PORT" root \
        "$PD_TS_ROOT_KEY" "$work/known_hosts" 200
    dash_profile 0d5b7c1e-2222-4c1e-8d2a-5e4b3a2c1d02 support-view.acme.test Acme "$PD_TS_PORT" \
        "$PD_TS_VIEWER_USER" "$PD_TS_VIEWER_KEY" "$work/known_hosts"
    dash_profile 0d5b7c1e-3333-4c1e-8d2a-5e4b3a2c1d03 mx.bakery.test Bakery "$PD_TS_PORT" root \
        "$PD_TS_ROOT_KEY" "$work/changed_known_hosts"
    dash_profile 0d5b7c1e-4444-4c1e-8d2a-5e4b3a2c1d04 old-mx.bakery.test Bakery "$unreachable_port" \
        root "$PD_TS_ROOT_KEY" "$work/known_hosts"
    shot dashboard.png "$ini" --screenshot-dashboard --screenshot-settle-ms 4000
    shot dashboard-dark.png "$ini" --screenshot-dashboard --screenshot-settle-ms 4000 --screenshot-dark
}
if [ "${1:-}" = --dashboard ]; then
    dashboard_scene
    ls -l "$out"/dashboard*.png
    exit 0
fi

cp "$PD_TS_KNOWN_HOSTS" "$work/known_hosts"
profile "$work/root.ini" root "$PD_TS_ROOT_KEY" "$work/known_hosts"
shot main-window.png "$work/root.ini" --connect mail.pdts.test \
    --screenshot-select-sender "$PD_TS_PREVIEW_SENDER"
shot filtered.png "$work/root.ini" --connect mail.pdts.test --screenshot-filter fullbox.example

: >"$work/fresh_known_hosts"
profile "$work/fresh.ini" root "$PD_TS_ROOT_KEY" "$work/fresh_known_hosts"
shot host-key-dialog.png "$work/fresh.ini" --connect mail.pdts.test

cp "$PD_TS_CHANGED_KNOWN_HOSTS" "$work/changed_known_hosts"
profile "$work/changed.ini" root "$PD_TS_ROOT_KEY" "$work/changed_known_hosts"
shot host-key-changed.png "$work/changed.ini" --connect mail.pdts.test

profile "$work/viewer.ini" "$PD_TS_VIEWER_USER" "$PD_TS_VIEWER_KEY" "$work/known_hosts"
shot viewer-permission.png "$work/viewer.ini" --connect mail.pdts.test \
    --screenshot-select-sender "$PD_TS_PREVIEW_SENDER"

shot first-run.png "$work/empty.ini" --screenshot-after-ms 1500

# Triage views of the queue page (built by the queue view; shown by objectName).
shot queue-classes.png "$work/root.ini" --connect mail.pdts.test --screenshot-show classSummary \
    --screenshot-settle-ms 1500
shot queue-shape.png "$work/root.ini" --connect mail.pdts.test --screenshot-show shapeView \
    --screenshot-settle-ms 1500
shot message-trail.png "$work/root.ini" --connect mail.pdts.test \
    --screenshot-select-sender "$PD_TS_PREVIEW_SENDER" --screenshot-show trailView \
    --screenshot-settle-ms 4000

# The mail log and the charts (the log of the last 24 hours: everything the seeding wrote).
shot log-page.png "$work/root.ini" --connect mail.pdts.test --screenshot-show logPage \
    --screenshot-load-log --screenshot-settle-ms 1500
shot log-page-dark.png "$work/root.ini" --connect mail.pdts.test --screenshot-show logPage \
    --screenshot-load-log --screenshot-settle-ms 1500 --screenshot-dark

# The Checks tab. Its options (kept per server in the settings) name the test server's own
# DNSBL zones: the checks must never query the public lists.
if [ -z "${PD_TS_DNSBL_LISTED:-}" ]; then
    echo "screenshots: the test server has no DNSBL zones (PD_TS_DNSBL_*); update it" >&2
    exit 1
fi
profile "$work/checks.ini" root "$PD_TS_ROOT_KEY" "$work/known_hosts"
cat >>"$work/checks.ini" <<INI

[checks]
$id\\dnsblZones=$PD_TS_DNSBL_LISTED $PD_TS_DNSBL_CLEAN $PD_TS_DNSBL_SILENT $PD_TS_DNSBL_REFUSED
$id\\connectTimeoutSeconds=3
INI
shot checks.png "$work/checks.ini" --connect mail.pdts.test \
    --screenshot-run-checks "oldcorp.example, securebank.example" --screenshot-settle-ms 1500
shot checks-dark.png "$work/checks.ini" --connect mail.pdts.test \
    --screenshot-run-checks "oldcorp.example, securebank.example" --screenshot-settle-ms 1500 \
    --screenshot-dark

# Queue actions and fixes: the dialogs open over the window; nothing is confirmed, so nothing
# changes on the server (the preview and the wizard only read).
shot actions-preview.png "$work/root.ini" --connect mail.pdts.test --screenshot-filter fullbox.example \
    --screenshot-trigger action_delete_filtered --screenshot-settle-ms 1500
shot account-rights-viewer.png "$work/viewer.ini" --connect mail.pdts.test \
    --screenshot-trigger accountRightsAction --screenshot-settle-ms 1500
relay_host=${PD_TS_RELAY_OK#[}
relay_host=${relay_host%%]*}
shot relayhost-wizard.png "$work/root.ini" --connect mail.pdts.test --screenshot-trigger fixRelayhost \
    --screenshot-set "relayHost=$relay_host" --screenshot-settle-ms 1500
shot tuning.png "$work/root.ini" --connect mail.pdts.test --screenshot-trigger fixTuning \
    --screenshot-settle-ms 2500

# Charts last: the queue grows between the refreshes, so the queue-size line has a slope (and
# the counts of the shots above stay those of the seeded queue).
grow_while_refreshing() {
    for _ in 1 2 3; do
        sleep 2.5
        "$root/scripts/testserver/testserver.sh" grow "$state" 15 >/dev/null 2>&1 || true
    done
}
grow_while_refreshing &
grower=$!
shot charts.png "$work/root.ini" --connect mail.pdts.test --screenshot-show chartsPage \
    --screenshot-load-log --screenshot-refreshes 4 --screenshot-settle-ms 1500
wait "$grower" || true
shot charts-dark.png "$work/root.ini" --connect mail.pdts.test --screenshot-show chartsPage \
    --screenshot-load-log --screenshot-refreshes 3 --screenshot-settle-ms 1500 --screenshot-dark
dashboard_scene
ls -l "$out"
