#!/usr/bin/env bash
# Mail-log benchmark (issue 3, Performance): the log engine against pflogsumm on a >= 1 GB
# realistic mail.log, a per-message trail over SSH against plain grep/zgrep, and the parser and
# classifier micro-benchmarks.
#
#   bench/log-e2e.sh [--env ENV_FILE] [--runs N] [--build DIR] [--work DIR] [--size SIZE]
#                    [--pflogsumm-runs N] [--no-pflogsumm] [--keep]
#
#   --env    test-server env file (scripts/testserver/testserver.sh up STATE_DIR writes
#            STATE_DIR/env); without it the SSH part is skipped
#   --runs   repetitions of every timed command (default 3; medians are reported)
#   --pflogsumm-runs  repetitions of pflogsumm (default 1: it takes minutes per run)
#   --build  build dir with app/postdesk-cli and bench/bench_* (default: build), Release please
#   --work   where the generated logs go (default /tmp/pdlogbench; never inside the repository)
#   --size   size of the generated log (default 1GiB; see bench/make-maillog.py)
#   --keep   keep the generated logs (default: deleted at the end, they are GBs)
#
# Steps:
#   1. bench/make-maillog.py writes WORK/mail.log (classic stamps) and WORK/mail-rfc3339.log.
#   2. Per variant and run: pflogsumm FILE and postdesk-cli logstats --file FILE --json, each under
#      GNU time (wall, user, sys, max RSS). pflogsumm runs as a copy in WORK whose only change is
#      the two thresholds above which it prints "123k" instead of exact numbers, so its counts can
#      be compared exactly (the parsing code is untouched).
#   3. The counts side by side (pflogsumm's Grand Totals, postdesk-cli's JSON).
#   4. With --env: the classic log becomes the server's /var/log/mail.log.1 (root:adm 0640) and
#      the trail of one queue ID from the middle of the file is timed with cold and warm page
#      cache, against ssh grep -F of the same ID; then the same with the log gzipped as
#      /var/log/mail.log.2.gz against ssh zgrep -F. The server's copies are removed afterwards.
#      Also postdesk-cli logstats over SSH on the plain layout (server-side grep, parse here).
#   5. bench_logparse and bench_classifier, when built.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
env_file= runs=3 pruns=1 build=$root/build work=/tmp/pdlogbench size=1GiB keep=0 pflog=1
while [ $# -gt 0 ]; do
    case $1 in
        --env) env_file=$2; shift 2 ;;
        --runs) runs=$2; shift 2 ;;
        --pflogsumm-runs) pruns=$2; shift 2 ;;
        --build) build=$2; shift 2 ;;
        --work) work=$2; shift 2 ;;
        --size) size=$2; shift 2 ;;
        --keep) keep=1; shift ;;
        --no-pflogsumm) pflog=0; shift ;;
        *) sed -n '2,18p' "${BASH_SOURCE[0]}" >&2; exit 2 ;;
    esac
done
cli=$build/app/postdesk-cli
[ -x "$cli" ] || { echo "log-e2e: $cli not built" >&2; exit 1; }
[ "$pflog" = 0 ] || command -v pflogsumm >/dev/null ||
    { echo "log-e2e: pflogsumm missing (scripts/install-deps.sh test)" >&2; exit 1; }
mkdir -p "$work"
work=$(cd "$work" && pwd)
case $work/ in "$root"/*) echo "log-e2e: --work must be outside the repository" >&2; exit 2 ;; esac

ts= server_files=()
cleanup() {
    if [ -n "$ts" ] && [ ${#server_files[@]} -gt 0 ]; then
        "$ts" exec "$state" -- rm -f "${server_files[@]}" || true
    fi
    if [ "$keep" = 0 ]; then
        rm -f "$work/mail.log" "$work/mail-rfc3339.log" "$work/mail.log.gz"
    fi
    rm -f "$work/timing"
}
trap cleanup EXIT

results=$work/results.txt
: > "$results"
measure() { # NAME OUTFILE CMD... ; appends "NAME wall user sys maxrss_kib cpu" to the results
    local name=$1 out=$2; shift 2
    /usr/bin/time -o "$work/timing" -f '%e %U %S %M' "$@" > "$out" 2> "$out.err" || true
    printf '%-22s %s\n' "$name" "$(tail -n 1 "$work/timing" |
        awk '{ printf "%s %s %s %s %.2f", $1, $2, $3, $4, $2 + $3 }')" | tee -a "$results"
}
median() { # NAME FIELD(2=wall 3=user 4=sys 5=rss 6=user+sys)
    awk -v n="$1" -v f="$2" '$1 == n { print $f }' "$results" | sort -n |
        awk '{ v[NR] = $1 } END { if (NR) printf "%s", (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}
summary() { # NAME...
    for name in "$@"; do
        printf '%-22s wall %6s s  CPU %6s s (user %s, sys %s)  max RSS %7s KiB\n' "$name" \
            "$(median "$name" 2)" "$(median "$name" 6)" "$(median "$name" 3)" "$(median "$name" 4)" \
            "$(median "$name" 5)"
    done
}

echo "== machine"
echo "$(nproc) CPU: $(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -n 1); $(free -g | awk '/^Mem:/ { print $2 }') GiB RAM"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg); $(date -u '+%Y-%m-%d %H:%M UTC')"
pflogsumm --version 2>/dev/null | head -n 1 || true
"$cli" --version 2>/dev/null | head -n 1 || true

echo "== 1. generate ($size)"
"$root/bench/make-maillog.py" --out "$work/mail.log" --rfc3339-out "$work/mail-rfc3339.log" \
    --size "$size" | tee "$work/generated.txt"
gen() { sed -n "s/^$1=//p" "$work/generated.txt"; }
trail_id=$(gen trail_id)
# It goes into a remote shell line below: only a plain queue ID is acceptable.
[[ $trail_id =~ ^[0-9A-Za-z]{5,20}$ ]] || { echo "log-e2e: odd trail ID '$trail_id'" >&2; exit 1; }
for f in mail.log mail-rfc3339.log; do
    printf '%-18s %14s bytes %10s lines\n' "$f" "$(stat -c %s "$work/$f")" "$(wc -l < "$work/$f")"
done

# pflogsumm, printing exact numbers instead of "512k"-style units (display thresholds only).
sed -e 's/^\$divByOneKAt *=.*/$divByOneKAt   = 1e15;/' -e 's/^\$divByOneMegAt *=.*/$divByOneMegAt = 1e15;/' \
    "$(command -v pflogsumm)" > "$work/pflogsumm-exact"
chmod 755 "$work/pflogsumm-exact"

echo "== 2. whole-file statistics: pflogsumm vs postdesk-cli logstats (wall user sys maxrss_kib cpu)"
for ((i = 1; i <= runs; i++)); do
    for v in mail mail-rfc3339; do
        [ "$pflog" = 0 ] || [ "$i" -gt "$pruns" ] ||
            measure "pflogsumm/$v" "$work/pflogsumm-$v.out" "$work/pflogsumm-exact" "$work/$v.log"
        measure "logstats/$v" "$work/logstats-$v.json" "$cli" logstats --file "$work/$v.log" --json
    done
done
echo "medians over $runs runs ($pruns of pflogsumm):"
summary pflogsumm/mail logstats/mail pflogsumm/mail-rfc3339 logstats/mail-rfc3339
for v in mail mail-rfc3339; do
    awk -v v="$v" -v pw="$(median "pflogsumm/$v" 2)" -v qw="$(median "logstats/$v" 2)" \
        -v pc="$(median "pflogsumm/$v" 6)" -v qc="$(median "logstats/$v" 6)" 'BEGIN {
        if (pw == "" || qw == "") exit
        printf "%s: postdesk-cli logstats is %.1fx faster by wall time, %.1fx by CPU time (user+sys)\n",
            v, pw / qw, pc / qc }'
done

echo "== 3. counts"
for v in mail mail-rfc3339; do
    echo "-- $v"
    if [ -s "$work/pflogsumm-$v.out" ]; then
        sed -n '/^Grand Totals/,/^ *[0-9].*recipient hosts/p' "$work/pflogsumm-$v.out" |
            grep -E 'received|delivered|forwarded|deferred|bounced|rejected|held|discarded' |
            sed 's/^/pflogsumm   /'
    fi
    python3 - "$work/logstats-$v.json" <<'EOF'
import json, sys
try:
    s = json.load(open(sys.argv[1]))
except Exception as e:
    sys.exit("postdesk-cli: no JSON (%s)" % e)
keys = ["lines", "postfix_lines", "damaged_lines", "received", "sent", "forwarded", "filter_hops",
        "deferred", "deferred_messages", "bounced", "rejected", "expired"]
print("postdesk    " + "  ".join("%s=%s" % (k, s[k]) for k in keys if k in s))
EOF
done

if [ -n "$env_file" ]; then
    echo "== 4. trail over SSH (ID $trail_id, $(gen trail_id_lines) lines with that ID)"
    envval() { sed -n "s/^$1=//p" "$env_file" | head -n 1; }
    host=$(envval PD_TS_HOST) port=$(envval PD_TS_PORT)
    key=$(envval PD_TS_ROOT_KEY) known=$(envval PD_TS_KNOWN_HOSTS)
    state=$(envval PD_TS_STATE_DIR) ts=$(envval PD_TS_SCRIPT)
    ssh_cmd=(ssh -o BatchMode=yes -o StrictHostKeyChecking=yes -o "UserKnownHostsFile=$known"
             -o IdentitiesOnly=yes -i "$key" -p "$port" "root@$host")
    cli_ssh=("$cli" --ssh "root@$host:$port" --identity "$key" --known-hosts "$known")
    # Drops one file's pages from the page cache (nothing else): the "cold" case.
    evict() { "$ts" exec "$state" -- python3 -c 'import os, sys
fd = os.open(sys.argv[1], os.O_RDONLY); os.fsync(fd); os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)' "$1"; }
    cached() { "$ts" exec "$state" -- fincore -n -o RES "$1" | tr -d ' '; }
    install_log() { # LOCAL REMOTE
        server_files+=("$2")
        "$ts" exec "$state" -- sh -c 'cat > "$1" && chown root:adm "$1" && chmod 0640 "$1"' sh "$2" < "$1"
    }
    trail_runs() { # LABEL FILE BASELINE-CMD...
        local label=$1 file=$2; shift 2
        for ((i = 1; i <= runs; i++)); do
            evict "$file"
            echo "   (cold: $(cached "$file") of the file cached)"
            measure "ssh-$label-cold" "$work/ssh-$label.out" "${ssh_cmd[@]}" "$@"
            measure "ssh-$label-warm" "$work/ssh-$label.out" "${ssh_cmd[@]}" "$@"
            evict "$file"
            measure "trail-$label-cold" "$work/trail-$label.out" "${cli_ssh[@]}" trail "$trail_id"
            measure "trail-$label-warm" "$work/trail-$label.out" "${cli_ssh[@]}" trail "$trail_id"
        done
        echo "   baseline found $(wc -l < "$work/ssh-$label.out") lines; trail printed $(wc -l < "$work/trail-$label.out") lines"
        summary "ssh-$label-cold" "trail-$label-cold" "ssh-$label-warm" "trail-$label-warm"
    }

    install_log "$work/mail.log" /var/log/mail.log.1
    trail_runs plain /var/log/mail.log.1 grep -h -F "$trail_id" /var/log/mail.log /var/log/mail.log.1
    # The statistics over SSH: the server greps the delivery/reject/qmgr lines, the CLI parses
    # what comes back (--since reaches into the rotated file).
    for ((i = 1; i <= runs; i++)); do
        measure logstats-ssh "$work/logstats-ssh.json" "${cli_ssh[@]}" logstats --since "$(gen first | cut -c1-10)" --json
    done
    summary logstats-ssh
    python3 -c 'import json, sys; d = json.load(open(sys.argv[1])); print("   bytes sent back by the server:", d.get("bytes_read"), " sent:", d.get("sent"), " deferred:", d.get("deferred"))' "$work/logstats-ssh.json" || true
    echo "   trail output (last run):"
    sed 's/^/     /' "$work/trail-plain.out" | head -n 40

    "$ts" exec "$state" -- rm -f /var/log/mail.log.1
    gzip -6 -c "$work/mail.log" > "$work/mail.log.gz"
    echo "   gzip -6: $(stat -c %s "$work/mail.log.gz") bytes"
    install_log "$work/mail.log.gz" /var/log/mail.log.2.gz
    rm -f "$work/mail.log.gz"
    trail_runs gz /var/log/mail.log.2.gz "grep -h -F $trail_id /var/log/mail.log; zgrep -h -F $trail_id /var/log/mail.log.2.gz"
fi

echo "== 5. micro-benchmarks"
for b in bench_logparse bench_classifier; do
    if [ -x "$build/bench/$b" ]; then
        echo "-- $b"
        "$build/bench/$b" --benchmark_repetitions="$runs" --benchmark_report_aggregates_only=true 2>&1 |
            grep -v -e '^\*\*\*' || true
    else
        echo "-- $b: not built"
    fi
done
echo "raw measurements: $results"
