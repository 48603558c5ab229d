#!/bin/bash
# Several Postdesk test mail servers at once (a fleet), each a full testserver.sh instance.
#
#   multi.sh up BASE_DIR COUNT [--prefix NAME] [--first-port PORT] [--messages N] [--parallel K]
#   multi.sh down BASE_DIR       tears down every instance under BASE_DIR (idempotent)
#   multi.sh envs BASE_DIR       prints the env files of the instances that are up, one a line
#
# Instance i (1..COUNT) lives in BASE_DIR/i with the name PREFIX-i (default prefix pdts-m$$) and the
# port PORT+i-1 (default: a free port each). At most K instances start at the same time (default 4;
# RSA key generation and seeding load the machine). BASE_DIR/envs lists the env files, one a line,
# in instance order; a failing `up` tears down every instance it started and exits 1.
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
TS=$HERE/testserver.sh

die() { echo "multi: error: $*" >&2; exit 1; }
usage() {
    sed -n '2,10p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//' >&2
    exit 2
}

instance_dirs() { # BASE_DIR: the numbered state dirs, in order
    find "$1" -mindepth 1 -maxdepth 1 -type d -regex '.*/[0-9]+' 2>/dev/null | sort -V
}

do_down() {
    local base=$1 dir pids=()
    for dir in $(instance_dirs "$base"); do
        if [[ -f "$dir/ts.state" ]]; then
            "$TS" down "$dir" >"$dir.down.log" 2>&1 & pids+=($!)
        fi
    done
    local pid
    for pid in "${pids[@]}"; do wait "$pid" || true; done
    rm -f "$base/envs"
    echo "multi: down: ${#pids[@]} instances under $base"
}

do_up() {
    local base=$1 count=$2
    shift 2
    local prefix="pdts-m$$" first_port="" messages=300 parallel=4
    while (($#)); do
        case "$1" in
        --prefix) prefix=$2; shift 2 ;;
        --first-port) first_port=$2; shift 2 ;;
        --messages) messages=$2; shift 2 ;;
        --parallel) parallel=$2; shift 2 ;;
        *) usage ;;
        esac
    done
    [[ "$count" =~ ^[0-9]+$ ]] && ((count >= 1)) || die "COUNT must be a number >= 1"
    [[ "$parallel" =~ ^[0-9]+$ ]] && ((parallel >= 1)) || die "--parallel needs a number >= 1"
    mkdir -p "$base"
    base=$(cd "$base" && pwd)
    do_down "$base" >/dev/null
    trap 'rc=$?; if ((rc != 0)); then echo "multi: up failed, tearing down" >&2; do_down "$base" >&2; fi' EXIT
    trap 'exit 143' TERM INT HUP

    local started=$SECONDS i failed=0
    local -a running=() args
    for ((i = 1; i <= count; i++)); do
        args=("$base/$i" --name "$prefix-$i" --messages "$messages")
        [[ -z "$first_port" ]] || args+=(--port "$((first_port + i - 1))")
        mkdir -p "$base/$i"
        "$TS" up "${args[@]}" >"$base/$i.up.log" 2>&1 & running+=($!)
        if ((${#running[@]} >= parallel)); then
            wait "${running[0]}" || failed=1
            running=("${running[@]:1}")
        fi
        ((failed == 0)) || break
    done
    local pid
    for pid in "${running[@]}"; do wait "$pid" || failed=1; done
    if ((failed != 0)); then
        grep -h 'error' "$base"/*.up.log >&2 || true
        die "at least one instance did not come up (logs: $base/N.up.log)"
    fi
    : >"$base/envs.tmp"
    for ((i = 1; i <= count; i++)); do
        [[ -f "$base/$i/env" ]] || die "instance $i has no env file"
        echo "$base/$i/env" >>"$base/envs.tmp"
    done
    mv "$base/envs.tmp" "$base/envs"
    trap - EXIT
    echo "multi: $count instances up in $((SECONDS - started))s under $base (env files: $base/envs)"
}

main() {
    (($# >= 2)) || usage
    local sub=$1 base=$2
    shift 2
    case "$sub" in
    up) (($# >= 1)) || usage; [[ $EUID -eq 0 ]] || die "must run as root"; do_up "$base" "$@" ;;
    down) do_down "$base" ;;
    envs) [[ -f "$base/envs" ]] && cat "$base/envs" ;;
    *) usage ;;
    esac
}

main "$@"
