#!/usr/bin/env bash
# Diagnostics benchmark against a running test server (see scripts/testserver): the checks an
# admin runs by hand when mail is stuck, against `postdesk-cli diagnose` doing the same work.
#
#   bench/diagnose-e2e.sh ENV_FILE [RUNS] [BUILD_DIR]
#
# Same targets for every variant: three destination domains (one ok, one refusing, one whose MX
# drops SYNs so the connect times out), the egress address on the test server's four DNSBL zones,
# the content filter port, postfix status/check and the retry settings.
#   manual-ssh   one ssh per command, the way it is typed: dig MX, dig A, a bash /dev/tcp connect
#                with timeout, openssl s_client -starttls, dig per DNSBL (test entry + address),
#                ss -ltn, postfix status, postfix check, postconf — run one after the other
#   manual-1ssh  the same commands in ONE ssh session (a script), still one after the other
#   cli          postdesk-cli diagnose --json (checks in parallel, per-step timeouts)
# Prints one line per measurement (wall s, user s, sys s, max RSS KiB), medians at the end, and
# the number of commands each variant ran.
set -euo pipefail

env_file=${1:?usage: $0 ENV_FILE [RUNS] [BUILD_DIR]}
runs=${2:-3}
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${3:-$root/build}
envval() { sed -n "s/^$1=//p" "$env_file" | head -n 1; }
host=$(envval PD_TS_HOST); port=$(envval PD_TS_PORT)
key=$(envval PD_TS_ROOT_KEY); known=$(envval PD_TS_KNOWN_HOSTS)
egress=$(envval PD_TS_EGRESS_IP)
zones=($(envval PD_TS_DNSBL_LISTED) $(envval PD_TS_DNSBL_CLEAN) $(envval PD_TS_DNSBL_SILENT) $(envval PD_TS_DNSBL_REFUSED))
domains=(fullbox.example oldcorp.example blackhole.example)
cli="$build/app/postdesk-cli"
ssh_opts=(-o BatchMode=yes -o StrictHostKeyChecking=yes -o "UserKnownHostsFile=$known"
          -o IdentitiesOnly=yes -i "$key" -p "$port")
cli_opts=(--ssh "root@$host:$port" --identity "$key" --known-hosts "$known")
zone_list=$(IFS=,; echo "${zones[*]}")
domain_list=$(IFS=,; echo "${domains[*]}")
reversed=$(awk -F. '{ print $4 "." $3 "." $2 "." $1 }' <<<"$egress")

# The commands, one per line, exactly as an admin would type them on the server.
manual_commands() {
    local d mx ip z
    for d in "${domains[@]}"; do
        echo "/usr/bin/dig +short MX $d"
        mx=$(ssh "${ssh_opts[@]}" "root@$host" /usr/bin/dig +short MX "$d" | awk '{ print $2; exit }')
        ip=$(ssh "${ssh_opts[@]}" "root@$host" /usr/bin/dig +short A "$mx" | head -n 1)
        echo "/usr/bin/dig +short A $mx"
        echo "/usr/bin/timeout 6 /bin/bash -c 'exec 3<>/dev/tcp/$ip/25 && head -n 1 <&3'"
        echo "echo QUIT | /usr/bin/timeout 6 /usr/bin/openssl s_client -brief -starttls smtp -connect $ip:25 -servername $mx"
    done
    echo "/usr/bin/dig +short TXT $(echo "${domains[0]}")"
    echo "/usr/bin/dig -x $egress +short"
    for z in "${zones[@]}"; do
        echo "/usr/bin/dig +time=2 +tries=1 +short 2.0.0.127.$z"
        echo "/usr/bin/dig +time=2 +tries=1 +short $reversed.$z"
    done
    echo "/usr/bin/ss -ltn"
    echo "/usr/sbin/postfix status"
    echo "/usr/sbin/postfix check"
    echo "/usr/sbin/postconf maximal_queue_lifetime bounce_queue_lifetime minimal_backoff_time maximal_backoff_time queue_run_delay default_destination_concurrency_limit default_destination_rate_delay"
    echo "/usr/sbin/postconf -h relayhost smtp_sasl_password_maps"
}

results=$(mktemp); script=$(mktemp); timing=$(mktemp)
trap 'rm -f "$results" "$script" "$timing"' EXIT
manual_commands >"$script"
count=$(wc -l <"$script")

run_each() { while IFS= read -r line; do ssh "${ssh_opts[@]}" "root@$host" "$line" </dev/null || true; done <"$script"; }
run_one() { ssh "${ssh_opts[@]}" "root@$host" 'while IFS= read -r line; do sh -c "$line" </dev/null || true; done' <"$script"; }
measure() { # NAME CMD...
    local name=$1; shift
    /usr/bin/time -o "$timing" -f '%e %U %S %M' "$@" >/dev/null 2>/dev/null || true
    printf '%-12s %s\n' "$name" "$(tail -n 1 "$timing")" | tee -a "$results"
}

echo "targets: ${domains[*]}; DNSBL zones: ${zones[*]}; manual commands: $count"
echo "name         wall_s user_s sys_s maxrss_kib"
for ((i = 1; i <= runs; i++)); do
    measure manual-ssh bash -c "$(declare -p ssh_opts); $(declare -f run_each); host=$host; script=$script; run_each"
    measure manual-1ssh bash -c "$(declare -p ssh_opts); $(declare -f run_one); host=$host; script=$script; run_one"
    measure cli "$cli" "${cli_opts[@]}" diagnose --json --domain "$domain_list" --dnsbl "$zone_list"
done
cli_commands=$({ "$cli" "${cli_opts[@]}" diagnose --json --domain "$domain_list" --dnsbl "$zone_list" 2>/dev/null || true; } |
    python3 -c 'import json,sys; s=set(); [s.update(json.loads(l)["commands"]) for l in sys.stdin if l.strip()]; print(len(s))' || echo "?")

echo
echo "medians over $runs runs:"
for name in manual-ssh manual-1ssh cli; do
    awk -v n="$name" '$1 == n { print $2 }' "$results" | sort -n |
        awk -v n="$name" '{ v[NR] = $1 } END { printf "%-12s wall %.2f s\n", n, (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
done
echo "distinct commands postdesk-cli ran: $cli_commands (manual list: $count)"
