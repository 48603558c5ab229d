#!/usr/bin/env bash
# End-to-end queue listing benchmark against a running test server (see scripts/testserver):
# the same queue, listed by what an admin would otherwise run and by Postdesk.
#
#   bench/queue-e2e.sh ENV_FILE [RUNS] [BUILD_DIR]
#
# Per run, alternating so that load changes hit every variant alike:
#   ssh-j      ssh root@server /usr/sbin/postqueue -j > /dev/null        (the baseline)
#   ssh-p-grep ssh root@server '/usr/sbin/postqueue -p | grep -c "^[0-9A-F]"'   (the usual count idiom)
#   cli-json   postdesk-cli --ssh root@server queue --json > /dev/null
#   cli-sum    postdesk-cli --ssh root@server summary
# and, once, bench_guirefresh (refresh → fully loaded, sorted table in the real main window).
# Prints one line per measurement (wall s, user s, sys s, max RSS KiB) and medians at the end.
set -euo pipefail

env_file=${1:?usage: $0 ENV_FILE [RUNS] [BUILD_DIR]}
runs=${2:-5}
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${3:-$root/build}
envval() { sed -n "s/^$1=//p" "$env_file" | head -n 1; }
host=$(envval PD_TS_HOST); port=$(envval PD_TS_PORT)
key=$(envval PD_TS_ROOT_KEY); known=$(envval PD_TS_KNOWN_HOSTS)
cli="$build/app/postdesk-cli"
ssh_opts=(-o BatchMode=yes -o StrictHostKeyChecking=yes -o "UserKnownHostsFile=$known"
          -o IdentitiesOnly=yes -i "$key" -p "$port")
cli_opts=(--ssh "root@$host:$port" --identity "$key" --known-hosts "$known")

results=$(mktemp)
trap 'rm -f "$results" "${timing:-}"' EXIT

timing=$(mktemp)
measure() { # NAME CMD... ; GNU time's format: wall user sys maxrss
    local name=$1; shift
    /usr/bin/time -o "$timing" -f '%e %U %S %M' "$@" >/dev/null 2>/dev/null || true
    printf '%-11s %s\n' "$name" "$(tail -n 1 "$timing")" | tee -a "$results"
}

lines=$(ssh "${ssh_opts[@]}" "root@$host" /usr/sbin/postqueue -j | wc -l)
bytes=$(ssh "${ssh_opts[@]}" "root@$host" /usr/sbin/postqueue -j | wc -c)
echo "queue: $lines messages, $bytes bytes of postqueue -j"
echo "name        wall_s user_s sys_s maxrss_kib"
for ((i = 1; i <= runs; i++)); do
    measure ssh-j ssh "${ssh_opts[@]}" "root@$host" /usr/sbin/postqueue -j
    measure ssh-p-grep ssh "${ssh_opts[@]}" "root@$host" '/usr/sbin/postqueue -p | grep -c "^[0-9A-F]"'
    measure cli-json "$cli" "${cli_opts[@]}" queue --json
    measure cli-sum "$cli" "${cli_opts[@]}" summary
done

echo
echo "medians over $runs runs:"
for name in ssh-j ssh-p-grep cli-json cli-sum; do
    awk -v n="$name" '$1 == n { print $2 }' "$results" | sort -n |
        awk -v n="$name" '{ v[NR] = $1 } END { printf "%-11s wall %.2f s\n", n, (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
done

if [ -x "$build/bench/bench_guirefresh" ]; then
    echo
    echo "GUI (bench_guirefresh):"
    QT_QPA_PLATFORM=offscreen "$build/bench/bench_guirefresh" "$env_file" "$runs" 2>&1 |
        grep -v -e propagateSizeHints -e XDG_RUNTIME_DIR -e '^postdesk\.' || true
fi
