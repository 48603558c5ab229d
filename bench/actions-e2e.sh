#!/usr/bin/env bash
# End-to-end queue action benchmark against a PRIVATE test server (see scripts/testserver): put
# every message to one domain on hold and release it again, the Postdesk way and the two shell
# ways admins use, over ssh, on the same input.
#
#   bench/actions-e2e.sh STATE_DIR [RUNS] [BUILD_DIR] [COUNT]
#
# It first runs `testserver.sh grow STATE_DIR COUNT` (default 10,000) unless the queue already
# holds that many messages to $PD_TS_GROW_DOMAIN, so never point it at the shared ctest server.
# Per run, alternating so that load changes hit every variant alike, each variant holds then
# releases the same COUNT messages (selected by recipient domain):
#   cli        postdesk-cli hold --filter domain=D --yes  /  release --filter "domain=D queue=hold" --yes
#              (lists the queue, previews, lists again and re-validates every ID, postsuper -h/-H -
#              with the IDs on stdin, compares postsuper's count, writes an audit record)
#   jq         ssh root@server 'postqueue -j | jq -r "select(any(.recipients[]; .address|endswith(\"@D\")))
#              | .queue_id" | postsuper -h -'   (and select(.queue_name == "hold") … postsuper -H -)
#   mailq-awk  ssh root@server 'mailq | tail -n +2 | awk "BEGIN{RS=\"\"} /@D/ {print \$1}" | tr -d "*!" | postsuper -h -'
# After every step the number of held messages is checked (COUNT after hold, 0 after release).
# Prints one line per measurement (wall s) and medians at the end.
set -euo pipefail

state=${1:?usage: $0 STATE_DIR [RUNS] [BUILD_DIR] [COUNT]}
runs=${2:-3}
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${3:-$root/build}
count=${4:-10000}
env_file="$state/env"
envval() { sed -n "s/^$1=//p" "$env_file" | head -n 1; }
host=$(envval PD_TS_HOST); port=$(envval PD_TS_PORT)
key=$(envval PD_TS_ROOT_KEY); known=$(envval PD_TS_KNOWN_HOSTS)
domain=$(envval PD_TS_GROW_DOMAIN); script=$(envval PD_TS_SCRIPT)
cli="$build/app/postdesk-cli"
ssh_opts=(-o BatchMode=yes -o StrictHostKeyChecking=yes -o "UserKnownHostsFile=$known"
          -o IdentitiesOnly=yes -i "$key" -p "$port")
cli_opts=(--ssh "root@$host:$port" --identity "$key" --known-hosts "$known")
rssh() { ssh "${ssh_opts[@]}" "root@$host" "$@"; }
# The audit records of the benchmark go to a scratch file, not the user's log.
export POSTDESK_AUDIT_LOG
POSTDESK_AUDIT_LOG=$(mktemp -d)/audit.jsonl

ours() { # messages to the domain in QUEUE ("" = any)
    rssh "/usr/sbin/postqueue -j | jq -c 'select(any(.recipients[]; .address|endswith(\"@$domain\")))
          | select(\"$1\" == \"\" or .queue_name == \"$1\")' | wc -l"
}

present=$(ours "")
if [ "$present" -lt "$count" ]; then
    "$script" grow "$state" $((count - present)) >/dev/null
fi
[ "$(ours hold)" -eq 0 ] || { echo "messages to $domain are on hold already; release them first" >&2; exit 1; }
echo "queue: $(rssh '/usr/sbin/postqueue -j | wc -l') messages, $(ours "") to $domain"

jq_sel="select(any(.recipients[]; .address|endswith(\"@$domain\")))"
jq_hold="/usr/sbin/postqueue -j | jq -r '$jq_sel | select(.queue_name != \"hold\") | .queue_id' | /usr/sbin/postsuper -h -"
jq_release="/usr/sbin/postqueue -j | jq -r '$jq_sel | select(.queue_name == \"hold\") | .queue_id' | /usr/sbin/postsuper -H -"
# mailq marks held messages with "!" after the ID (and active ones with "*"): the usual idiom.
# tail -n +2 drops the "-Queue ID-" header, which in paragraph mode (RS="") would otherwise share
# the first message's record and hide it (the idiom without it misses exactly one message).
awk_hold="mailq | tail -n +2 | awk 'BEGIN { RS = \"\" } /@${domain//./\\.}/ && \$1 !~ /!\$/ { print \$1 }' | tr -d '*!' | /usr/sbin/postsuper -h -"
awk_release="mailq | tail -n +2 | awk 'BEGIN { RS = \"\" } /@${domain//./\\.}/ && \$1 ~ /!\$/ { print \$1 }' | tr -d '*!' | /usr/sbin/postsuper -H -"

results=$(mktemp)
timing=$(mktemp)
trap 'rm -f "$results" "$timing"' EXIT

measure() { # NAME EXPECTED_HELD CMD...
    local name=$1 expected=$2; shift 2
    /usr/bin/time -o "$timing" -f '%e' "$@" >/dev/null 2>&1 || true
    local held; held=$(ours hold)
    local ok=ok; [ "$held" -eq "$expected" ] || ok="WRONG (held $held, expected $expected)"
    printf '%-18s %s %s\n' "$name" "$(tail -n 1 "$timing")" "$ok" | tee -a "$results"
}

echo "name               wall_s check"
for ((i = 1; i <= runs; i++)); do
    measure cli-hold "$count" "$cli" "${cli_opts[@]}" hold --filter "domain=$domain" --yes
    measure cli-release 0 "$cli" "${cli_opts[@]}" release --filter "domain=$domain queue=hold" --yes
    measure jq-hold "$count" ssh "${ssh_opts[@]}" "root@$host" "$jq_hold"
    measure jq-release 0 ssh "${ssh_opts[@]}" "root@$host" "$jq_release"
    measure mailq-awk-hold "$count" ssh "${ssh_opts[@]}" "root@$host" "$awk_hold"
    measure mailq-awk-release 0 ssh "${ssh_opts[@]}" "root@$host" "$awk_release"
done

echo
echo "medians over $runs runs:"
for name in cli-hold cli-release jq-hold jq-release mailq-awk-hold mailq-awk-release; do
    awk -v n="$name" '$1 == n { print $2 }' "$results" | sort -n |
        awk -v n="$name" '{ v[NR] = $1 } END { printf "%-18s wall %.2f s\n", n, (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
done
