#!/usr/bin/env bash
# Fleet polling benchmark: COUNT real test servers polled by bench_fleetpoll, plus the shell loop an
# admin would otherwise run over the same servers.
#
#   scripts/bench-fleet.sh [BUILD_DIR] [--count N] [--duration S] [--interval S] [--messages N]
#                          [--first-port P] [--keep]
#
# Defaults: BUILD_DIR build, 20 servers (pdts-e-1..20 on ports 2311..2330, 300 messages each),
# 300 s, every 10 s. Brings the servers up with scripts/testserver/multi.sh (as root), times three
# rounds of `ssh root@server /usr/sbin/postqueue -j | wc -l` over all of them one after the
# other, runs bench_fleetpoll (built on demand: ninja bench_fleetpoll) and tears the servers down
# (unless --keep). Results: BUILD_DIR/bench-fleet/{result.json,shell-loop.txt,bench.log}.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BUILD_DIR=build
COUNT=20 DURATION=300 INTERVAL=10 MESSAGES=300 FIRST_PORT=2311 KEEP=0
if [[ $# -gt 0 && "$1" != --* ]]; then
    BUILD_DIR=$1
    shift
fi
while (($#)); do
    case "$1" in
    --count) COUNT=$2; shift 2 ;;
    --duration) DURATION=$2; shift 2 ;;
    --interval) INTERVAL=$2; shift 2 ;;
    --messages) MESSAGES=$2; shift 2 ;;
    --first-port) FIRST_PORT=$2; shift 2 ;;
    --keep) KEEP=1; shift ;;
    -h | --help) sed -n '2,12p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "bench-fleet: unknown argument $1" >&2; exit 2 ;;
    esac
done
case "$BUILD_DIR" in /*) ;; *) BUILD_DIR="$ROOT/$BUILD_DIR" ;; esac
OUT=$BUILD_DIR/bench-fleet
SERVERS=$OUT/servers
mkdir -p "$OUT"

teardown() {
    ((KEEP == 1)) || "$ROOT/scripts/testserver/multi.sh" down "$SERVERS" >/dev/null 2>&1 || true
}
trap teardown EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

ninja -C "$BUILD_DIR" -j2 bench_fleetpoll >"$OUT/build.log" 2>&1 ||
    { tail -n 30 "$OUT/build.log" >&2; exit 1; }

if [[ ! -f "$SERVERS/envs" ]] || (($(wc -l <"$SERVERS/envs") != COUNT)); then
    "$ROOT/scripts/testserver/multi.sh" up "$SERVERS" "$COUNT" --prefix pdts-e \
        --first-port "$FIRST_PORT" --messages "$MESSAGES" --parallel 4
fi

envval() { grep -m1 "^$2=" "$1" | cut -d= -f2-; }

# What an admin would otherwise do: one ssh per server, one after the other.
{
    echo "shell loop: ssh root@server /usr/sbin/postqueue -j | wc -l over $COUNT servers"
    for round in 1 2 3; do
        start=$(date +%s%N)
        total=0
        while read -r env; do
            n=$(ssh -o BatchMode=yes -o StrictHostKeyChecking=yes -o ConnectTimeout=10 \
                -o UserKnownHostsFile="$(envval "$env" PD_TS_KNOWN_HOSTS)" \
                -i "$(envval "$env" PD_TS_ROOT_KEY)" -p "$(envval "$env" PD_TS_PORT)" \
                root@127.0.0.1 /usr/sbin/postqueue -j </dev/null | wc -l)
            total=$((total + n))
        done <"$SERVERS/envs"
        ms=$((($(date +%s%N) - start) / 1000000))
        echo "round $round: $ms ms for $COUNT servers ($total messages listed)"
    done
} | tee "$OUT/shell-loop.txt"

echo "load before the run: $(cut -d' ' -f1-3 /proc/loadavg)" | tee "$OUT/bench.log"
"$BUILD_DIR/bench/bench_fleetpoll" --envs "$SERVERS/envs" --duration "$DURATION" \
    --interval "$INTERVAL" --json "$OUT/result.json" 2>>"$OUT/bench.log" | tee -a "$OUT/bench.log"
echo "load after the run: $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$OUT/bench.log"
