#!/bin/bash
# Postdesk test mail server: a real Postfix + OpenSSH in a loopback-only network namespace.
#
#   testserver.sh up STATE_DIR [--name NAME] [--port PORT] [--messages N]
#   testserver.sh down STATE_DIR                 complete, idempotent teardown
#   testserver.sh status STATE_DIR
#   testserver.sh exec STATE_DIR -- CMD ARGS...  CMD as root inside the namespace (bind mounts active)
#   testserver.sh drop-sessions STATE_DIR        kill live SSH sessions, keep the listener
#   testserver.sh grow STATE_DIR N               add N deferred messages fast
#   testserver.sh stop-postfix|start-postfix STATE_DIR
#   testserver.sh amavis STATE_DIR up|down|status   fake amavisd on 127.0.0.1:10024 (status: 0 up, 3 down)
#   testserver.sh rekey STATE_DIR                the host keys change (sshd restarted, sessions dropped)
#
# Layout: one anchor process (sleep) owns the network, mount and UTS namespaces; every daemon is
# started with nsenter into them. Inside the mount namespace the instance's own files are bound over
# /etc/{passwd,group,shadow,gshadow,sudoers,hosts,resolv.conf,postfix}, /var/spool/postfix,
# /var/lib/postfix, /var/log, /home, /root and a tmpfs over /run, so the machine's /etc is never
# touched. sshd listens on the namespace's 127.0.0.1:22 and is reachable from the machine only
# through socat: 127.0.0.1:PORT -> unix socket -> socat in the namespace -> 127.0.0.1:22.
# STATE_DIR/env is the contract file (see /work/brief/COMMON.md); STATE_DIR/ts.state records PIDs.
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
PY=/usr/bin/python3
NS_HOSTNAME=mail.pdts.test
# The server's "public" sending address: TEST-NET-1, bound to the namespace's lo only, so it exists
# nowhere else. DNS gives it forward-confirmed reverse DNS (A and PTR agree with myhostname).
EGRESS_IP=192.0.2.25
EGRESS_REV=25.2.0.192
NS_PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
ADMIN_UID=2001
VIEWER_UID=2002
PREVIEW_SENDER=preview.sender@billing.example
PREVIEW_SUBJECT='Postdesk preview: invoice 2026-0042 for Northwind'
UP_TIMEOUT=${PD_TS_UP_TIMEOUT:-400}

die() { echo "testserver: error: $*" >&2; exit 1; }
log() { echo "testserver: $*" >&2; }

usage() {
    sed -n '2,11p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//' >&2
    exit 2
}

# ---------------------------------------------------------------- state file helpers
STATE=""
declare -A ST=()

load_state() {
    ST=()
    [[ -f "$STATE/ts.state" ]] || return 1
    local key value
    while IFS='=' read -r key value; do
        [[ -n "$key" ]] && ST[$key]=$value
    done <"$STATE/ts.state"
    return 0
}

record() { # KEY VALUE: append to the state file at once, so a failed `up` can be torn down
    ST[$1]=$2
    printf '%s=%s\n' "$1" "$2" >>"$STATE/ts.state"
}

netns_inode() { stat -L -c %i "/run/netns/$1" 2>/dev/null || true; }

pid_in_netns() { # PID NAME: true when PID lives in the namespace NAME
    local want have
    want=$(netns_inode "$2")
    [[ -n "$want" ]] || return 1
    have=$(stat -L -c %i "/proc/$1/ns/net" 2>/dev/null) || return 1
    [[ "$have" == "$want" ]]
}

ns() { # run a command as root inside the namespace, clean environment, cwd /
    nsenter --target "${ST[ANCHOR]}" --net --mount --uts --wd=/ -- \
        env -i PATH="$NS_PATH" HOME=/root USER=root LOGNAME=root LANG=C.UTF-8 SHELL=/bin/bash "$@"
}

ns_bg() { # NAME LOG CMD...: start a daemon inside the namespace in the background, record its PID
    local name=$1 logfile=$2
    shift 2
    setsid nsenter --target "${ST[ANCHOR]}" --net --mount --uts --wd=/ -- \
        env -i PATH="$NS_PATH" HOME=/root USER=root LOGNAME=root LANG=C.UTF-8 "$@" \
        >"$logfile" 2>&1 </dev/null &
    record "PID_$name" "$!"
}

require_up() {
    load_state || die "no test server state in $STATE (run 'up' first)"
    [[ -n "${ST[ANCHOR]:-}" ]] && pid_in_netns "${ST[ANCHOR]}" "${ST[NAME]}" ||
        die "test server ${ST[NAME]:-?} is not running (anchor process gone)"
}

# ---------------------------------------------------------------- teardown
kill_pids() { # SIGNAL PID...: signal the processes that still exist
    local sig=$1 pid
    shift
    for pid in "$@"; do kill "-$sig" "$pid" 2>/dev/null || true; done
}

stop_pid() { # PID: TERM, up to 5 s to exit, then KILL
    local pid=$1
    kill -TERM "$pid" 2>/dev/null || true
    for _ in $(seq 50); do
        kill -0 "$pid" 2>/dev/null || return 0
        sleep 0.1
    done
    kill -KILL "$pid" 2>/dev/null || true
}

do_down() {
    load_state || true
    local name=${ST[NAME]:-}
    if [[ -z "$name" ]]; then
        rm -f "$STATE/env"
        return 0
    fi
    # The bridge on the machine's side: its own process group (setsid), forked children included.
    local bridge=${ST[PID_BRIDGE]:-}
    if [[ -n "$bridge" ]] && tr '\0' ' ' <"/proc/$bridge/cmdline" 2>/dev/null | grep -qF "${ST[SOCKET]:-//}"; then
        kill -TERM -- "-$bridge" 2>/dev/null || kill -TERM "$bridge" 2>/dev/null || true
    fi
    local inode
    inode=$(netns_inode "$name")
    if [[ -n "$inode" && -n "${ST[NETNS_INODE]:-}" && "$inode" != "${ST[NETNS_INODE]}" ]]; then
        # Same name, different namespace: ours is long gone and the name was reused.
        log "namespace $name is not the one this state recorded; leaving it alone"
    elif ip netns list | awk '{print $1}' | grep -qxF "$name"; then
        local pids tries
        for tries in 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20; do
            pids=$(ip netns pids "$name" 2>/dev/null || true)
            [[ -z "$pids" ]] && break
            if ((tries < 10)); then
                # shellcheck disable=SC2086
                kill_pids TERM $pids
            else
                # shellcheck disable=SC2086
                kill_pids KILL $pids
            fi
            sleep 0.2
        done
        pids=$(ip netns pids "$name" 2>/dev/null || true)
        [[ -z "$pids" ]] || log "warning: processes still in namespace $name: $pids"
        ip netns del "$name" 2>/dev/null || log "warning: could not delete namespace $name"
    fi
    if [[ -n "$bridge" ]] && kill -0 "$bridge" 2>/dev/null &&
        tr '\0' ' ' <"/proc/$bridge/cmdline" 2>/dev/null | grep -qF "${ST[SOCKET]:-//}"; then
        kill -KILL -- "-$bridge" 2>/dev/null || true
    fi
    if [[ -n "${ST[SOCKDIR]:-}" && -d "${ST[SOCKDIR]}" ]]; then
        rm -rf -- "${ST[SOCKDIR]}"
    fi
    rm -f -- "${ST[SOCKET]:-/nonexistent}"
    rm -rf -- "$STATE/fs" "$STATE/keys" "$STATE/hostkeys" "$STATE/hostkeys.swap" "$STATE/changed" "$STATE/tls" "$STATE/conf"
    rm -f -- "$STATE/env" "$STATE/ts.state" "$STATE/known_hosts" "$STATE/known_hosts.changed"
    log "down: $name removed"
}

# ---------------------------------------------------------------- up: files on the machine's side
gen_password() { printf '%s-%s!x' "$1" "$(openssl rand -hex 8)"; }

hash_password() { printf '%s' "$1" | openssl passwd -6 -stdin; }

make_keys() {
    local d=$STATE/hostkeys c=$STATE/changed k=$STATE/keys t pid failed=0
    local -a pids=()
    mkdir -p "$d" "$c" "$k"
    chmod 700 "$d" "$c" "$k"
    # In parallel: RSA key generation dominates `up` on a loaded machine.
    for t in ed25519 ecdsa rsa; do
        ssh-keygen -q -t "$t" -N '' -C "pdts-host-$t" -f "$d/ssh_host_${t}_key" & pids+=($!)
        ssh-keygen -q -t "$t" -N '' -C "pdts-changed-$t" -f "$c/ssh_host_${t}_key" & pids+=($!)
    done
    ssh-keygen -q -t ed25519 -N '' -C 'pdts root' -f "$k/root_ed25519" & pids+=($!)
    ssh-keygen -q -t ecdsa -b 256 -N '' -C 'pdts pdadmin ecdsa' -f "$k/pdadmin_ecdsa" & pids+=($!)
    ssh-keygen -q -t rsa -b 3072 -N "$RSA_PASSPHRASE" -C 'pdts pdadmin rsa' -f "$k/pdadmin_rsa" & pids+=($!)
    ssh-keygen -q -t ed25519 -N '' -C 'pdts pdviewer' -f "$k/pdviewer_ed25519" & pids+=($!)
    for pid in "${pids[@]}"; do wait "$pid" || failed=1; done
    ((failed == 0)) || die "ssh-keygen failed"
}

write_known_hosts() {
    local t
    : >"$STATE/known_hosts"
    : >"$STATE/known_hosts.changed"
    for t in ed25519 ecdsa rsa; do
        printf '[127.0.0.1]:%s %s\n' "$PORT" "$(cut -d' ' -f1,2 "$STATE/hostkeys/ssh_host_${t}_key.pub")" \
            >>"$STATE/known_hosts"
        printf '[127.0.0.1]:%s %s\n' "$PORT" "$(cut -d' ' -f1,2 "$STATE/changed/ssh_host_${t}_key.pub")" \
            >>"$STATE/known_hosts.changed"
    done
}

make_accounts() {
    local e=$STATE/fs/etc days
    days=$(($(date +%s) / 86400))
    mkdir -p "$e"
    grep -vE '^(pdadmin|pdviewer):' /etc/passwd >"$e/passwd"
    cat >>"$e/passwd" <<EOF
pdadmin:x:$ADMIN_UID:$ADMIN_UID:Postdesk Admin:/home/pdadmin:/bin/bash
pdviewer:x:$VIEWER_UID:$VIEWER_UID:Postdesk Viewer:/home/pdviewer:/bin/bash
EOF
    # pdadmin: groups sudo (sudoers rule) and adm (reads /var/log/mail.log); pdviewer: adm only.
    grep -vE '^(pdadmin|pdviewer):' /etc/group | awk -F: -v OFS=: '
        $1 == "adm"  { $4 = ($4 == "" ? "pdadmin,pdviewer" : $4 ",pdadmin,pdviewer") }
        $1 == "sudo" { $4 = ($4 == "" ? "pdadmin" : $4 ",pdadmin") }
        { print }' >"$e/group"
    printf 'pdadmin:x:%s:\npdviewer:x:%s:\n' "$ADMIN_UID" "$VIEWER_UID" >>"$e/group"
    grep -vE '^(pdadmin|pdviewer):' /etc/shadow >"$e/shadow"
    printf 'pdadmin:%s:%s:0:99999:7:::\n' "$(hash_password "$ADMIN_PASSWORD")" "$days" >>"$e/shadow"
    printf 'pdviewer:%s:%s:0:99999:7:::\n' "$(hash_password "$VIEWER_PASSWORD")" "$days" >>"$e/shadow"
    grep -vE '^(pdadmin|pdviewer):' /etc/gshadow >"$e/gshadow"
    printf 'pdadmin:!::\npdviewer:!::\n' >>"$e/gshadow"
    chown root:root "$e/passwd" "$e/group"
    chmod 644 "$e/passwd" "$e/group"
    chown root:shadow "$e/shadow" "$e/gshadow"
    chmod 640 "$e/shadow" "$e/gshadow"
    cat >"$e/sudoers" <<'EOF'
# Postdesk test server sudoers (bound over /etc/sudoers inside the namespace only)
Defaults	env_reset
# sudo must not mail root about failed attempts (the tests make plenty): such mail would join the
# seeded queue (root@mail.pdts.test is not a local domain here) and change its counts.
Defaults	!mail_badpass, !mail_no_user, !mail_no_host, !mail_no_perms, mailerpath=/bin/true
Defaults	lecture=never
Defaults	secure_path="/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"
root	ALL=(ALL:ALL) ALL
%sudo	ALL=(ALL:ALL) ALL
EOF
    chmod 440 "$e/sudoers"
    printf '127.0.0.1\tlocalhost\n%s\t%s mail\n' "$EGRESS_IP" "$NS_HOSTNAME" >"$e/hosts"
    printf 'nameserver 127.0.0.1\noptions timeout:2 attempts:2\n' >"$e/resolv.conf"
    chmod 644 "$e/hosts" "$e/resolv.conf"

    local h=$STATE/fs/home r=$STATE/fs/roothome
    mkdir -p "$h/pdadmin/.ssh" "$h/pdviewer/.ssh" "$r/.ssh"
    chown root:root "$h" "$r"
    chmod 755 "$h"
    chmod 700 "$r" "$r/.ssh"
    cat "$STATE/keys/root_ed25519.pub" >"$r/.ssh/authorized_keys"
    cat "$STATE/keys/pdadmin_ecdsa.pub" "$STATE/keys/pdadmin_rsa.pub" >"$h/pdadmin/.ssh/authorized_keys"
    cat "$STATE/keys/pdviewer_ed25519.pub" >"$h/pdviewer/.ssh/authorized_keys"
    chmod 600 "$r/.ssh/authorized_keys" "$h"/*/.ssh/authorized_keys
    chmod 700 "$h"/*/.ssh
    chmod 750 "$h/pdadmin" "$h/pdviewer"
    chown -R "$ADMIN_UID:$ADMIN_UID" "$h/pdadmin"
    chown -R "$VIEWER_UID:$VIEWER_UID" "$h/pdviewer"
}

write_sshd_config() {
    cat >"$STATE/conf/sshd_config" <<EOF
# Postdesk test server sshd (namespace-local; reached through the socat bridge)
Port 22
ListenAddress 127.0.0.1
HostKey $STATE/hostkeys/ssh_host_ed25519_key
HostKey $STATE/hostkeys/ssh_host_ecdsa_key
HostKey $STATE/hostkeys/ssh_host_rsa_key
PidFile none
# No PAM: sshd checks the bind-mounted /etc/shadow itself, so password login needs no PAM stack.
UsePAM no
PubkeyAuthentication yes
PasswordAuthentication yes
KbdInteractiveAuthentication no
PermitRootLogin prohibit-password
AuthorizedKeysFile .ssh/authorized_keys
StrictModes yes
UseDNS no
PrintMotd no
PrintLastLog no
X11Forwarding no
MaxStartups 100:30:200
MaxSessions 64
MaxAuthTries 10
LoginGraceTime 60
AcceptEnv LANG LC_*
Subsystem sftp /usr/lib/openssh/sftp-server
EOF
}

write_dnsmasq_config() {
    cat >"$STATE/conf/dnsmasq.conf" <<EOF
# Test zones only; no upstream resolver at all. Names under the local= domains that are not
# configured here get a real NXDOMAIN; any other name (a real TLD) gets REFUSED.
no-resolv
no-hosts
no-poll
listen-address=127.0.0.1
bind-interfaces
port=53
user=root
group=root
log-facility=$STATE/logs/dnsmasq.log
local=/example/
local=/test/
local=/example.com/
local=/example.net/
local=/example.org/
local=/2.0.192.in-addr.arpa/
# dnsfail.example is answered by the SERVFAIL server of fakepeers.py
server=/dnsfail.example/127.0.0.53
# slowdns.example goes to a DNS peer that reads queries and never answers: lookups time out.
server=/slowdns.example/127.0.0.54
# myhostname has forward-confirmed reverse DNS: A -> the egress address, PTR -> myhostname.
host-record=$NS_HOSTNAME,$EGRESS_IP
host-record=relay.pdts.test,127.0.0.25
# Relays: relay-ok accepts AUTH (587 STARTTLS, 465 TLS wrapper), relay-noauth offers no AUTH;
# relay-keyform is relay-ok under another name (its sasl_passwd key has the wrong form).
host-record=relay-ok.pdts.test,127.0.0.29
host-record=relay-noauth.pdts.test,127.0.0.30
address=/relay-keyform.pdts.test/127.0.0.29
mx-host=oldcorp.example,mail.oldcorp.example,10
host-record=mail.oldcorp.example,127.0.0.20
mx-host=slowmail.example,mx.slowmail.example,10
host-record=mx.slowmail.example,127.0.0.21
mx-host=bulk-receiver.example,mx1.bulk-receiver.example,10
host-record=mx1.bulk-receiver.example,127.0.0.22
mx-host=fullbox.example,mx.fullbox.example,10
host-record=mx.fullbox.example,127.0.0.23
mx-host=securebank.example,mx.securebank.example,10
host-record=mx.securebank.example,127.0.0.24
mx-host=legacy-partner.example,smtp.legacy-partner.example,20
host-record=smtp.legacy-partner.example,127.0.0.26
mx-host=blackhole.example,mx.blackhole.example,10
host-record=mx.blackhole.example,127.0.0.27
# TLS peers with certificates from the test CA (PD_TS_CA_FILE): valid, wrong name, expired.
mx-host=goodtls.example,mx.goodtls.example,10
host-record=mx.goodtls.example,127.0.0.28
mx-host=wrongname.example,mx.wrongname.example,10
host-record=mx.wrongname.example,127.0.0.31
mx-host=expired.example,mx.expired.example,10
host-record=mx.expired.example,127.0.0.32
# Fake DNSBLs (RFC 5782: the reversed IPv4 address under the zone; 127.0.0.2 is the test entry).
# address= answers A for the name (and names below it) without adding PTR records.
# bl.pdts.test: lists the egress address, with a TXT reason, and answers its test entry.
address=/$EGRESS_REV.bl.pdts.test/127.0.0.2
txt-record=$EGRESS_REV.bl.pdts.test,"Listed by the Postdesk test DNSBL: $EGRESS_IP sent spam to a trap"
address=/2.0.0.127.bl.pdts.test/127.0.0.2
txt-record=2.0.0.127.bl.pdts.test,"Postdesk test DNSBL test entry"
# clean.pdts.test: answers only its test entry; the egress address is not listed.
address=/2.0.0.127.clean.pdts.test/127.0.0.2
txt-record=2.0.0.127.clean.pdts.test,"Postdesk clean DNSBL test entry"
# silent.pdts.test: nothing configured, NXDOMAIN for every name, even the test entry.
# refused.pdts.test: 127.255.255.254 for every name (Spamhaus "query refused" style).
address=/refused.pdts.test/127.255.255.254
# multi.pdts.test: two codes for the egress address (Spamhaus zen style XBL + PBL).
address=/$EGRESS_REV.multi.pdts.test/127.0.0.4
address=/$EGRESS_REV.multi.pdts.test/127.0.0.10
address=/2.0.0.127.multi.pdts.test/127.0.0.2
# timeout.pdts.test: forwarded to the DNS peer that never answers.
server=/timeout.pdts.test/127.0.0.54
EOF
}

# A private test CA and the certificates it signs (EC P-256: fast). Everything lives in
# STATE_DIR/tls, which processes inside the namespace see at the same path.
CA_CNF_LEAF='basicConstraints = critical,CA:FALSE
keyUsage = critical,digitalSignature,keyEncipherment
extendedKeyUsage = serverAuth
subjectAltName = $ENV::PDTS_SAN
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid'

make_ca() {
    local tls=$STATE/tls ca=$STATE/tls/ca
    mkdir -p "$ca/new"
    chmod 700 "$ca"
    chmod 700 "$ca"
    : >"$ca/index.txt"
    echo 1000 >"$ca/serial"
    cat >"$ca/ca.cnf" <<EOF
[ ca ]
default_ca = pdts
[ pdts ]
database = $ca/index.txt
new_certs_dir = $ca/new
serial = $ca/serial
certificate = $tls/ca.crt
private_key = $ca/ca.key
default_md = sha256
policy = anything
unique_subject = no
email_in_dn = no
[ anything ]
commonName = supplied
[ leaf ]
$CA_CNF_LEAF
EOF
    openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 3650 \
        -subj '/O=Postdesk test/CN=Postdesk Test CA' -keyout "$ca/ca.key" -out "$tls/ca.crt" \
        -addext 'keyUsage=critical,keyCertSign,cRLSign' 2>"$STATE/logs/ca.log" ||
        die "creating the test CA failed: $(cat "$STATE/logs/ca.log")"
}

ca_sign() { # NAME CN SAN [openssl ca validity options...]: NAME.key + NAME.crt signed by the test CA
    local tls=$STATE/tls name=$1 cn=$2 san=$3
    shift 3
    (($#)) || set -- -days 825
    openssl req -new -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -subj "/CN=$cn" \
        -keyout "$tls/$name.key" -out "$tls/ca/$name.csr" 2>>"$STATE/logs/ca.log" &&
        PDTS_SAN=$san openssl ca -batch -notext -config "$tls/ca/ca.cnf" -extensions leaf "$@" \
            -in "$tls/ca/$name.csr" -out "$tls/$name.crt" 2>>"$STATE/logs/ca.log" ||
        die "signing the certificate $name failed: $(tail -n 5 "$STATE/logs/ca.log")"
    chmod 600 "$tls/$name.key"
}

write_peers_config() {
    local tls=$STATE/tls
    mkdir -p "$tls"
    chmod 755 "$tls"
    make_ca
    ca_sign goodtls mx.goodtls.example DNS:mx.goodtls.example
    ca_sign wrongname mx.othername.example DNS:mx.othername.example
    ca_sign expired mx.expired.example DNS:mx.expired.example \
        -startdate 20240101000000Z -enddate 20250101000000Z
    ca_sign relayok relay-ok.pdts.test DNS:relay-ok.pdts.test,DNS:relay-keyform.pdts.test
    ca_sign relaynoauth relay-noauth.pdts.test DNS:relay-noauth.pdts.test
    local mask
    mask=$(umask)
    umask 077 # peers.json holds the relay password
    cat >"$STATE/conf/peers.json" <<EOF
[
 {"kind": "silent", "addr": "127.0.0.21", "port": 25},
 {"kind": "smtp", "addr": "127.0.0.22", "port": 25, "name": "mx1.bulk-receiver.example",
  "rcpt": [["*", "451 4.7.1 Service temporarily unavailable: too many messages from your IP, try again later"]]},
 {"kind": "smtp", "addr": "127.0.0.23", "port": 25, "name": "mx.fullbox.example",
  "rcpt": [["accept.", "250 2.1.5 Ok"], ["*", "452 4.2.2 Mailbox full: user is over quota"]]},
 {"kind": "smtp", "addr": "127.0.0.24", "port": 25, "name": "mx.securebank.example",
  "starttls": {"cert": "$tls/cert.pem", "key": "$tls/key.pem"}},
 {"kind": "smtp", "addr": "127.0.0.25", "port": 587, "name": "relay.pdts.test", "auth": true,
  "starttls": {"cert": "$tls/cert.pem", "key": "$tls/key.pem"}},
 {"kind": "smtp", "addr": "127.0.0.26", "port": 25, "name": "smtp.legacy-partner.example"},
 {"kind": "backlog", "addr": "127.0.0.27", "port": 25},
 {"kind": "smtp", "addr": "127.0.0.28", "port": 25, "name": "mx.goodtls.example",
  "starttls": {"cert": "$tls/goodtls.crt", "key": "$tls/goodtls.key"}},
 {"kind": "smtp", "addr": "127.0.0.29", "port": 587, "name": "relay-ok.pdts.test",
  "auth": {"user": "$RELAY_OK_USER", "password": "$RELAY_OK_PASSWORD"},
  "starttls": {"cert": "$tls/relayok.crt", "key": "$tls/relayok.key"}},
 {"kind": "smtp", "addr": "127.0.0.29", "port": 465, "name": "relay-ok.pdts.test",
  "auth": {"user": "$RELAY_OK_USER", "password": "$RELAY_OK_PASSWORD"},
  "tls_wrapper": {"cert": "$tls/relayok.crt", "key": "$tls/relayok.key"}},
 {"kind": "smtp", "addr": "127.0.0.30", "port": 587, "name": "relay-noauth.pdts.test",
  "starttls": {"cert": "$tls/relaynoauth.crt", "key": "$tls/relaynoauth.key"}},
 {"kind": "smtp", "addr": "127.0.0.31", "port": 25, "name": "mx.wrongname.example",
  "starttls": {"cert": "$tls/wrongname.crt", "key": "$tls/wrongname.key"}},
 {"kind": "smtp", "addr": "127.0.0.32", "port": 25, "name": "mx.expired.example",
  "starttls": {"cert": "$tls/expired.crt", "key": "$tls/expired.key"}},
 {"kind": "servfail", "addr": "127.0.0.53", "port": 53},
 {"kind": "dnsblackhole", "addr": "127.0.0.54", "port": 53}
]
EOF
    umask "$mask"
    openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 365 \
        -subj '/CN=mx.securebank.example' -keyout "$tls/key.pem" -out "$tls/cert.pem" 2>/dev/null
    chmod 600 "$tls/key.pem"
}

write_postfix_config() {
    local p=$STATE/fs/etc/postfix
    mkdir -p "$p"
    cp -a /etc/postfix/. "$p/"
    rm -f "$p/main.cf" "$p/master.cf" "$p"/*.db
    cat >"$p/main.cf" <<EOF
# Postdesk test server: private Postfix instance (bound over /etc/postfix in the namespace)
compatibility_level = 3.6
myhostname = $NS_HOSTNAME
mydomain = pdts.test
myorigin = \$myhostname
mydestination = localhost
inet_interfaces = loopback-only
inet_protocols = ipv4
mynetworks = 127.0.0.0/8
relayhost =
alias_maps =
alias_database =
biff = no
append_dot_mydomain = no
readme_directory = no
notify_classes =
maillog_file = /var/log/mail.log
message_size_limit = 52428800
smtpd_banner = \$myhostname ESMTP
smtpd_sender_restrictions = check_sender_access texthash:/etc/postfix/sender_access
smtpd_relay_restrictions = permit_mynetworks, reject_unauth_destination
transport_maps = texthash:/etc/postfix/transport
defer_transports = bulkhold
# Short timeouts so seeded failures show up within seconds.
smtp_connect_timeout = 3s
smtp_helo_timeout = 5s
# Long retry intervals keep the seeded reasons stable while tests run; postqueue -f still retries.
queue_run_delay = 15m
minimal_backoff_time = 15m
maximal_backoff_time = 1h
smtp_tls_security_level = may
smtp_tls_loglevel = 1
smtp_tls_policy_maps = texthash:/etc/postfix/tls_policy
# The test CA: certificates of goodtls, wrongname, expired and relay-ok/relay-noauth chain to it.
smtp_tls_CAfile = /etc/postfix/pdts-ca.crt
# Relay credentials for the relay_auth check; SASL is enabled only per transport (relayauth,
# relayok), so the seeded routing does not change.
smtp_sasl_password_maps = $SASL_MAP_TYPE:/etc/postfix/sasl_passwd
EOF
    cp "$STATE/tls/ca.crt" "$p/pdts-ca.crt"
    chmod 644 "$p/pdts-ca.crt"
    cat >"$p/master.cf" <<'EOF'
# service type  private unpriv  chroot  wakeup  maxproc command + args
smtp      inet  n       -       n       -       -       smtpd
pickup    unix  n       -       n       60      1       pickup
cleanup   unix  n       -       n       -       0       cleanup
qmgr      unix  n       -       n       300     1       qmgr
tlsmgr    unix  -       -       n       1000?   1       tlsmgr
rewrite   unix  -       -       n       -       -       trivial-rewrite
bounce    unix  -       -       n       -       0       bounce
defer     unix  -       -       n       -       0       bounce
trace     unix  -       -       n       -       0       bounce
verify    unix  -       -       n       -       1       verify
flush     unix  n       -       n       1000?   0       flush
proxymap  unix  -       -       n       -       -       proxymap
proxywrite unix -       -       n       -       1       proxymap
smtp      unix  -       -       n       -       -       smtp
relay     unix  -       -       n       -       -       smtp
showq     unix  n       -       n       -       -       showq
error     unix  -       -       n       -       -       error
retry     unix  -       -       n       -       -       error
discard   unix  -       -       n       -       -       discard
local     unix  -       n       n       -       -       local
virtual   unix  -       n       n       -       -       virtual
lmtp      unix  -       -       n       -       -       lmtp
anvil     unix  -       -       n       -       1       anvil
scache    unix  -       -       n       -       1       scache
postlog   unix-dgram n  -       n       -       1       postlogd
# Content filter (Amavis) transport; nothing listens on 127.0.0.1:10024.
amavis    unix  -       -       n       -       2       smtp
  -o smtp_data_done_timeout=1200
  -o smtp_send_xforward_command=yes
# Authenticated smarthost for partner-relay.example; the peer answers AUTH with 535.
relayauth unix  -       -       n       -       -       smtp
  -o smtp_sasl_auth_enable=yes
  -o smtp_sasl_password_maps=static:relay-user:relay-secret
  -o smtp_sasl_security_options=noanonymous
  -o smtp_sasl_tls_security_options=noanonymous
  -o smtp_tls_security_level=encrypt
# Authenticated submission through relay-ok (accepts the sasl_passwd credentials); nothing is
# seeded to relayed-ok.example, it proves that Postfix itself logs in with the map.
relayok   unix  -       -       n       -       -       smtp
  -o smtp_sasl_auth_enable=yes
  -o smtp_sasl_security_options=noanonymous
  -o smtp_sasl_tls_security_options=noanonymous
  -o smtp_tls_security_level=secure
# Listed in defer_transports: `grow` routes its bulk mail here.
bulkhold  unix  -       -       n       -       -       smtp
EOF
    cat >"$p/transport" <<'EOF'
partner-relay.example   relayauth:[relay.pdts.test]:587
deferred-bulk.example   bulkhold:
relayed-ok.example      relayok:[relay-ok.pdts.test]:587
EOF
    # Key forms: "[host]:port" matches relayhost = [host]:port. relay-keyform's entry lacks the
    # brackets on purpose, so it does not match relayhost = [relay-keyform.pdts.test]:587.
    (
        umask 077
        cat >"$p/sasl_passwd" <<EOF
[relay-ok.pdts.test]:587      $RELAY_OK_USER:$RELAY_OK_PASSWORD
[relay-ok.pdts.test]:465      $RELAY_OK_USER:$RELAY_OK_PASSWORD
[relay.pdts.test]:587         relay-user:relay-secret
[relay-noauth.pdts.test]:587  noauth-user:noauth-secret
relay-keyform.pdts.test:587   $RELAY_OK_USER:$RELAY_OK_PASSWORD
EOF
    )
    chown root:root "$p/sasl_passwd"
    chmod 600 "$p/sasl_passwd"
    cat >"$p/sender_access" <<'EOF'
newsletter@shop.example     FILTER amavis:[127.0.0.1]:10024
scanner@suspicious.example  HOLD quarantined for manual review
EOF
    cat >"$p/tls_policy" <<'EOF'
securebank.example      secure
legacy-partner.example  encrypt
goodtls.example         secure
EOF
    local l=$STATE/fs/lib g=$STATE/fs/log
    mkdir -p "$l" "$g"
    chown root:root "$g"
    chmod 755 "$g"
    chown postfix:postfix "$l"
    chmod 755 "$l"
    : >"$g/mail.log"
    chown root:adm "$g/mail.log"
    chmod 640 "$g/mail.log"
}

# ---------------------------------------------------------------- up: namespace and daemons
start_anchor() {
    ip netns add "$NAME" || die "cannot create network namespace $NAME"
    record NAME "$NAME"
    record NETNS_INODE "$(netns_inode "$NAME")"
    setsid nsenter --net="/run/netns/$NAME" -- unshare --mount --uts --propagation slave -- \
        sleep infinity >/dev/null 2>&1 </dev/null &
    local anchor=$!
    record ANCHOR "$anchor"
    for _ in $(seq 50); do
        if [[ "$(stat -L -c %i "/proc/$anchor/ns/mnt" 2>/dev/null)" != "$(stat -L -c %i /proc/self/ns/mnt)" ]] &&
            [[ "$(cat "/proc/$anchor/comm" 2>/dev/null)" == sleep ]]; then
            return 0
        fi
        sleep 0.05
    done
    die "anchor process for $NAME did not start"
}

setup_mounts() {
    local f=$STATE/fs
    ns /bin/sh -eu -c '
        f=$1
        # Drop this mount namespace'"'"'s copies of other namespaces'"'"' handles (they would keep
        # other test servers'"'"' network namespaces alive after their teardown).
        umount -l /run/netns 2>/dev/null || true
        mount -t tmpfs -o mode=0755,size=64m pdts-run /run
        mkdir -p /run/sshd /run/lock
        chmod 0755 /run/sshd
        for file in passwd group shadow gshadow sudoers hosts resolv.conf; do
            mount --bind "$f/etc/$file" "/etc/$file"
        done
        mount --bind "$f/etc/postfix" /etc/postfix
        # The queue lives in a tmpfs: no fsync against a disk shared with parallel builds (grow
        # reaches 100,000 messages much faster), and it vanishes with the namespace.
        mount -t tmpfs -o mode=0755,size=4g pdts-spool /var/spool/postfix
        mount --bind "$f/lib" /var/lib/postfix
        mount --bind "$f/log" /var/log
        mount --bind "$f/home" /home
        mount --bind "$f/roothome" /root
        ip link set lo up
        # The egress address: global scope on lo (the only interface). Routes towards the
        # documentation networks give `ip route get` a source address like a real default route
        # would; packets to them loop back on lo and are dropped, nothing can leave the namespace.
        ip addr add "$3/32" dev lo scope global
        for net in 192.0.2.0/24 198.51.100.0/24 203.0.113.0/24; do
            ip route add "$net" dev lo src "$3"
        done
        hostname "$2"
    ' pdts-mounts "$f" "$NS_HOSTNAME" "$EGRESS_IP" || die "setting up the namespace mounts failed"
}

wait_for() { # SECONDS DESCRIPTION CMD...: poll CMD until it succeeds
    local limit=$1 what=$2 end
    shift 2
    end=$((SECONDS + limit))
    until "$@" >/dev/null 2>&1; do
        ((SECONDS < end)) || die "timed out after ${limit}s waiting for $what"
        sleep 0.2
    done
}

alive() { kill -0 "${ST[PID_$1]}" 2>/dev/null; }

check_alive() { # NAME LOG
    alive "$1" || die "$1 exited during start-up; its log $2 says: $(tail -n 5 "$2" 2>/dev/null | tr '\n' ' ')"
}

free_port() {
    $PY -c 'import socket
s = socket.socket()
s.bind(("127.0.0.1", 0))
print(s.getsockname()[1])'
}

start_daemons() {
    local lg=$STATE/logs
    ns_bg DNSMASQ "$lg/dnsmasq.out" /usr/sbin/dnsmasq --keep-in-foreground --pid-file= \
        --conf-file="$STATE/conf/dnsmasq.conf"
    ns_bg PEERS "$lg/peers.log" "$PY" "$HERE/fakepeers.py" "$STATE/conf/peers.json"
    ns /usr/sbin/sshd -t -f "$STATE/conf/sshd_config" || die "sshd configuration test failed"
    ns_bg SSHD "$lg/sshd.log" /usr/sbin/sshd -D -e -f "$STATE/conf/sshd_config"

    # sasl_passwd.db (or .lmdb) is built inside, with the instance's own postmap and main.cf.
    ns /bin/sh -c 'umask 077 && /usr/sbin/postmap "$1" && chmod 600 /etc/postfix/sasl_passwd.*' \
        pdts-postmap "$SASL_MAP_TYPE:/etc/postfix/sasl_passwd" >"$lg/postmap.log" 2>&1 ||
        die "postmap sasl_passwd failed: $(cat "$lg/postmap.log")"
    # Postfix: check the instance first so configuration mistakes surface with a clear message.
    ns /usr/sbin/postfix check >"$lg/postfix-start.log" 2>&1 ||
        die "postfix check failed: $(tr '\n' ' ' <"$lg/postfix-start.log")"
    ns /usr/sbin/postfix start >>"$lg/postfix-start.log" 2>&1 ||
        die "postfix start failed: $(tr '\n' ' ' <"$lg/postfix-start.log")"

    wait_for 10 "fake peers" grep -qx ready "$lg/peers.log" || true
    check_alive PEERS "$lg/peers.log"
    check_alive DNSMASQ "$lg/dnsmasq.out"
    check_alive SSHD "$lg/sshd.log"

    # The socat bridge: machine 127.0.0.1:PORT -> unix socket -> namespace 127.0.0.1:22.
    local sock=$STATE/ssh.sock
    if ((${#sock} > 100)); then
        record SOCKDIR "$(mktemp -d /tmp/pdts-sock.XXXXXX)"
        sock=${ST[SOCKDIR]}/ssh.sock
    fi
    record SOCKET "$sock"
    ns_bg INNER_BRIDGE "$lg/bridge-inner.log" /usr/bin/socat \
        "UNIX-LISTEN:$sock,fork,unlink-early,mode=600" TCP4:127.0.0.1:22
    wait_for 10 "the namespace side of the ssh bridge" test -S "$sock"
    for _ in 1 2 3 4 5; do
        [[ -n "$REQUESTED_PORT" ]] && PORT=$REQUESTED_PORT || PORT=$(free_port)
        setsid socat "TCP4-LISTEN:$PORT,bind=127.0.0.1,reuseaddr,fork,backlog=128" "UNIX-CONNECT:$sock" \
            >"$lg/bridge.log" 2>&1 </dev/null &
        local bridge=$! state=starting
        # Listening (this socat owns the port) or dead (port taken, e.g. by a racing instance)?
        for _ in $(seq 50); do
            if ! kill -0 "$bridge" 2>/dev/null; then
                state=dead
                break
            fi
            if ss -ltnpH "sport = :$PORT" 2>/dev/null | grep -q "pid=$bridge,"; then
                state=listening
                break
            fi
            sleep 0.1
        done
        if [[ "$state" == listening ]]; then
            record PID_BRIDGE "$bridge"
            record PORT "$PORT"
            break
        fi
        kill -TERM "$bridge" 2>/dev/null || true
        [[ -z "$REQUESTED_PORT" ]] || die "cannot listen on 127.0.0.1:$PORT: $(cat "$lg/bridge.log")"
    done
    [[ -n "${ST[PID_BRIDGE]:-}" ]] || die "could not start the ssh bridge on a free port"
    wait_for 20 "sshd through 127.0.0.1:$PORT" ssh-keyscan -T 2 -p "$PORT" 127.0.0.1
}

seed_and_wait() {
    local lg=$STATE/logs summary
    summary=$(ns "$PY" "$HERE/seed.py" initial "$MESSAGES" "$PREVIEW_SENDER" "$PREVIEW_SUBJECT" \
        2>"$lg/seed.err") || die "seeding failed: $(cat "$lg/seed.err") $summary"
    echo "$summary" >"$lg/seed.json"
    SEEDED=$(printf '%s' "$summary" | $PY -c 'import json, sys; print(json.load(sys.stdin)["sent"])')
    ((SEEDED == MESSAGES)) || die "only $SEEDED of $MESSAGES messages were accepted: $summary"
    # Wait for the first delivery attempt of every message (and for every deferral kind).
    local end=$((SECONDS + UP_TIMEOUT)) report=""
    while :; do
        if report=$(ns "$PY" "$HERE/queuecheck.py" "$SEEDED" 2>&1); then
            break
        fi
        ((SECONDS < end)) || die "queue did not reach the seeded state within ${UP_TIMEOUT}s: $report"
        sleep 1
    done
    # A few deferred messages on hold too: held mail that still carries its delay reason.
    ns /bin/sh -c '/usr/sbin/postqueue -j | '"$PY"' -c "
import json, sys
ids = [m[\"queue_id\"] for m in map(json.loads, sys.stdin) if m[\"queue_name\"] == \"deferred\"]
print(\"\n\".join(sorted(ids)[:4]))" | /usr/sbin/postsuper -h - ' >>"$lg/postsuper.log" 2>&1 ||
        die "postsuper -h failed: $(cat "$lg/postsuper.log")"
    echo "$report" >"$lg/queuecheck.json"
}

write_env() {
    local k=$STATE/keys fp hold
    fp=$(ssh-keygen -lf "$STATE/hostkeys/ssh_host_ed25519_key.pub" | awk '{print $2}')
    hold=$(ns /usr/sbin/postqueue -j | grep -c '"queue_name": *"hold"' || true)
    umask 077
    cat >"$STATE/env.tmp" <<EOF
PD_TS_NAME=$NAME
PD_TS_HOST=127.0.0.1
PD_TS_PORT=$PORT
PD_TS_KNOWN_HOSTS=$STATE/known_hosts
PD_TS_CHANGED_KNOWN_HOSTS=$STATE/known_hosts.changed
PD_TS_HOSTKEY_SHA256=$fp
PD_TS_ROOT_KEY=$k/root_ed25519
PD_TS_ADMIN_USER=pdadmin
PD_TS_ADMIN_PASSWORD=$ADMIN_PASSWORD
PD_TS_ADMIN_KEY_ECDSA=$k/pdadmin_ecdsa
PD_TS_ADMIN_KEY_RSA=$k/pdadmin_rsa
PD_TS_ADMIN_KEY_RSA_PASSPHRASE=$RSA_PASSPHRASE
PD_TS_VIEWER_USER=pdviewer
PD_TS_VIEWER_PASSWORD=$VIEWER_PASSWORD
PD_TS_VIEWER_KEY=$k/pdviewer_ed25519
PD_TS_SEEDED=$SEEDED
PD_TS_PREVIEW_SENDER=$PREVIEW_SENDER
PD_TS_PREVIEW_SUBJECT=$PREVIEW_SUBJECT
PD_TS_STATE_DIR=$STATE
PD_TS_SCRIPT=$HERE/testserver.sh
PD_TS_HOSTNAME=$NS_HOSTNAME
PD_TS_HOLD_COUNT=$hold
PD_TS_MAILLOG=/var/log/mail.log
PD_TS_POSTFIX_VERSION=$(ns /usr/sbin/postconf -h mail_version)
PD_TS_QUOTED_SENDER="john doe"@corp.example
PD_TS_AMAVIS_SENDER=newsletter@shop.example
PD_TS_HOLD_SENDER=scanner@suspicious.example
PD_TS_GROW_DOMAIN=deferred-bulk.example
PD_TS_EGRESS_IP=$EGRESS_IP
PD_TS_DNS_NXDOMAIN=nosuchhost.example
PD_TS_DNS_SERVFAIL=dnsfail.example
PD_TS_DNS_TIMEOUT=slowdns.example
PD_TS_DNSBL_LISTED=bl.pdts.test
PD_TS_DNSBL_CLEAN=clean.pdts.test
PD_TS_DNSBL_SILENT=silent.pdts.test
PD_TS_DNSBL_REFUSED=refused.pdts.test
PD_TS_DNSBL_MULTI=multi.pdts.test
PD_TS_DNSBL_TIMEOUT=timeout.pdts.test
PD_TS_CA_FILE=/etc/postfix/pdts-ca.crt
PD_TS_CA_FILE_LOCAL=$STATE/tls/ca.crt
PD_TS_TLS_GOOD_DOMAIN=goodtls.example
PD_TS_TLS_GOOD_MX=mx.goodtls.example
PD_TS_TLS_WRONGNAME_DOMAIN=wrongname.example
PD_TS_TLS_WRONGNAME_MX=mx.wrongname.example
PD_TS_TLS_EXPIRED_DOMAIN=expired.example
PD_TS_TLS_EXPIRED_MX=mx.expired.example
PD_TS_TLS_SELFSIGNED_DOMAIN=securebank.example
PD_TS_TLS_SELFSIGNED_MX=mx.securebank.example
PD_TS_TLS_NONE_DOMAIN=legacy-partner.example
PD_TS_TLS_NONE_MX=smtp.legacy-partner.example
PD_TS_RELAY_OK=[relay-ok.pdts.test]:587
PD_TS_RELAY_OK_465=[relay-ok.pdts.test]:465
PD_TS_RELAY_BAD=[relay.pdts.test]:587
PD_TS_RELAY_NOAUTH=[relay-noauth.pdts.test]:587
PD_TS_RELAY_KEYFORM=[relay-keyform.pdts.test]:587
PD_TS_RELAY_OK_USER=$RELAY_OK_USER
PD_TS_RELAY_OK_PASSWORD=$RELAY_OK_PASSWORD
PD_TS_RELAY_BAD_USER=relay-user
PD_TS_RELAY_OK_DOMAIN=relayed-ok.example
PD_TS_SASL_PASSWD=/etc/postfix/sasl_passwd
PD_TS_SASL_MAP_TYPE=$SASL_MAP_TYPE
PD_TS_AMAVIS_ENDPOINT=127.0.0.1:10024
PD_TS_AMAVIS_GREETING=220 $AMAVIS_GREETING
EOF
    mv "$STATE/env.tmp" "$STATE/env"
}

do_up() {
    [[ $EUID -eq 0 ]] || die "must run as root (network namespaces, bind mounts)"
    local cmd
    for cmd in ip ss nsenter unshare socat ssh-keygen ssh-keyscan openssl /usr/sbin/sshd \
        /usr/sbin/postfix /usr/sbin/dnsmasq "$PY"; do
        command -v "$cmd" >/dev/null || die "missing program: $cmd"
    done
    if [[ -f "$STATE/ts.state" ]]; then
        log "stale state in $STATE: tearing the previous server down first"
        do_down
    fi
    mkdir -p "$STATE"
    STATE=$(cd "$STATE" && pwd)
    [[ -z "$NAME" ]] && NAME=pdts-$$
    ! ip netns list | awk '{print $1}' | grep -qxF "$NAME" || die "network namespace $NAME already exists"
    [[ "$NAME" =~ ^[A-Za-z0-9_.-]{1,40}$ ]] || die "bad name: $NAME"
    local started=$SECONDS
    ST=()
    : >"$STATE/ts.state"
    chmod 600 "$STATE/ts.state"
    trap 'rc=$?; if ((rc != 0)); then log "up failed, tearing down"; do_down; fi' EXIT
    trap 'exit 143' TERM INT HUP
    mkdir -p "$STATE/logs" "$STATE/conf"

    ADMIN_PASSWORD=$(gen_password Adm)
    VIEWER_PASSWORD=$(gen_password View)
    RSA_PASSPHRASE=$(gen_password Rsa)
    RELAY_OK_USER=pdrelay
    RELAY_OK_PASSWORD=$(gen_password Relay)
    SASL_MAP_TYPE=$(postconf -d -h default_database_type)
    # The CA and TLS peer certificates are made while ssh-keygen works on the RSA keys.
    write_peers_config &
    local peers_job=$!
    make_keys
    make_accounts
    write_sshd_config
    write_dnsmasq_config
    wait "$peers_job" || die "creating the fake peers' configuration and certificates failed"
    write_postfix_config
    log "files and keys ready after $((SECONDS - started))s"
    start_anchor
    setup_mounts
    start_daemons
    log "namespace $NAME and daemons up after $((SECONDS - started))s"
    write_known_hosts
    seed_and_wait
    log "queue seeded and deferred after $((SECONDS - started))s"
    write_env
    trap - EXIT
    echo "testserver: $NAME up in $((SECONDS - started))s: ssh 127.0.0.1:$PORT, $SEEDED messages" \
        "queued, env $STATE/env"
}

# ---------------------------------------------------------------- other subcommands
do_status() {
    if ! load_state || [[ -z "${ST[NAME]:-}" ]]; then
        echo "down"
        return 3
    fi
    if ! pid_in_netns "${ST[ANCHOR]:-0}" "${ST[NAME]}"; then
        echo "broken: ${ST[NAME]} has state but no namespace anchor (run down)"
        return 1
    fi
    local n rc=0 count
    if amavis_running; then echo "AMAVIS running (pid ${ST[PID_AMAVIS]})"; else echo "AMAVIS stopped"; fi
    for n in DNSMASQ PEERS SSHD INNER_BRIDGE BRIDGE; do
        if [[ -n "${ST[PID_$n]:-}" ]] && kill -0 "${ST[PID_$n]}" 2>/dev/null; then
            echo "$n running (pid ${ST[PID_$n]})"
        else
            echo "$n NOT running"
            rc=1
        fi
    done
    if ns /usr/sbin/postfix status >/dev/null 2>&1; then echo "postfix running"; else echo "postfix stopped"; fi
    count=$(ns /usr/sbin/postqueue -j 2>/dev/null | wc -l)
    echo "up: ${ST[NAME]} port ${ST[PORT]:-?} queue $count messages"
    return $rc
}

do_drop_sessions() {
    require_up
    local pid killed=0 comm
    for pid in $(ip netns pids "${ST[NAME]}"); do
        comm=$(cat "/proc/$pid/comm" 2>/dev/null) || continue
        if [[ "$comm" == sshd && "$pid" != "${ST[PID_SSHD]}" ]] ||
            [[ "$comm" == socat && "$pid" != "${ST[PID_INNER_BRIDGE]}" ]]; then
            kill -KILL "$pid" 2>/dev/null && killed=$((killed + 1))
        fi
    done
    for pid in $(ps -o pid= --ppid "${ST[PID_BRIDGE]}" 2>/dev/null); do
        kill -KILL "$pid" 2>/dev/null && killed=$((killed + 1))
    done
    echo "testserver: dropped sessions ($killed processes killed)"
}

spool_pending() { # files still waiting for their first delivery attempt
    ns find /var/spool/postfix/maildrop /var/spool/postfix/incoming /var/spool/postfix/active \
        -type f | wc -l
}

do_grow() {
    require_up
    local n=$1 started summary end pending
    [[ "$n" =~ ^[0-9]+$ ]] || die "grow: N must be a number"
    started=$(date +%s%N)
    summary=$(ns "$PY" "$HERE/seed.py" grow "$n" 16) || die "grow failed: $summary"
    end=$((SECONDS + 120 + n / 200))
    while pending=$(spool_pending) && ((pending > 0)); do
        ((SECONDS < end)) || die "grow: $pending messages still not deferred"
        sleep 0.5
    done
    local ms=$((($(date +%s%N) - started) / 1000000))
    echo "testserver: grow added $n deferred messages in $((ms / 1000)).$((ms % 1000 / 100))s" \
        "($((n * 1000 / (ms > 0 ? ms : 1))) msg/s); submit: $summary"
}

# The server's host keys change for real: the current keys and the spare set made by `up`
# (STATE_DIR/changed) swap places and sshd restarts, so a client that recorded the old key is
# refused. Live sessions are dropped (they were authenticated with the old key). Afterwards
# PD_TS_KNOWN_HOSTS holds the keys the server now has and PD_TS_CHANGED_KNOWN_HOSTS the previous
# ones (a known_hosts "taken before"); PD_TS_HOSTKEY_SHA256 in the env file follows. A second
# rekey restores the original keys.
do_rekey() {
    require_up
    local lg=$STATE/logs pid=${ST[PID_SSHD]:-} fp
    mv "$STATE/hostkeys" "$STATE/hostkeys.swap"
    mv "$STATE/changed" "$STATE/hostkeys"
    mv "$STATE/hostkeys.swap" "$STATE/changed"
    PORT=${ST[PORT]}
    write_known_hosts
    if [[ -n "$pid" ]] && pid_in_netns "$pid" "${ST[NAME]}"; then
        stop_pid "$pid"
    fi
    ns /usr/sbin/sshd -t -f "$STATE/conf/sshd_config" || die "sshd configuration test failed"
    ns_bg SSHD "$lg/sshd.log" /usr/sbin/sshd -D -e -f "$STATE/conf/sshd_config"
    do_drop_sessions >/dev/null
    fp=$(ssh-keygen -lf "$STATE/hostkeys/ssh_host_ed25519_key.pub" | awk '{print $2}')
    wait_for 20 "sshd with the new host key on 127.0.0.1:$PORT" rekey_serving "$PORT"
    check_alive SSHD "$lg/sshd.log"
    if [[ -f "$STATE/env" ]]; then
        (
            umask 077
            sed "s|^PD_TS_HOSTKEY_SHA256=.*|PD_TS_HOSTKEY_SHA256=$fp|" "$STATE/env" >"$STATE/env.tmp"
        )
        mv "$STATE/env.tmp" "$STATE/env"
    fi
    echo "testserver: ${ST[NAME]} rekeyed: host key now $fp"
}

rekey_serving() { # PORT: the ed25519 key sshd offers is the one in STATE_DIR/hostkeys
    local offered
    offered=$(ssh-keyscan -T 2 -t ed25519 -p "$1" 127.0.0.1 2>/dev/null | awk '{print $3}')
    [[ -n "$offered" && "$offered" == "$(cut -d' ' -f2 "$STATE/hostkeys/ssh_host_ed25519_key.pub")" ]]
}

# A stand-in for amavisd-new on 127.0.0.1:10024 (the content_filter endpoint that is dead after
# `up`). It greets like amavisd and answers every RCPT with 451, so a queue flush while it is up
# moves nothing out of the queue (counts stay stable). Process name "amavisd-new" (ps -o comm,
# ss -p); pid file /run/amavis/amavisd.pid inside the namespace while it runs.
AMAVIS_GREETING='[127.0.0.1] ESMTP amavisd-new service ready'

amavis_running() {
    [[ -n "${ST[PID_AMAVIS]:-}" ]] && pid_in_netns "${ST[PID_AMAVIS]}" "${ST[NAME]}"
}

amavis_listening() { ns /usr/bin/ss -ltnH 'sport = :10024' | grep -q 127.0.0.1:10024; }

do_amavis() {
    require_up
    local lg=$STATE/logs
    case "$1" in
    up)
        if amavis_running; then
            echo "amavis up (pid ${ST[PID_AMAVIS]})"
            return 0
        fi
        ! amavis_listening || die "amavis: something else listens on 127.0.0.1:10024"
        cat >"$STATE/conf/amavis.json" <<EOF
[{"kind": "smtp", "addr": "127.0.0.1", "port": 10024, "name": "[127.0.0.1]",
  "greeting": "$AMAVIS_GREETING", "proctitle": "amavisd-new",
  "rcpt": [["*", "451 4.3.0 Postdesk test content filter: not accepting mail"]]}]
EOF
        ns_bg AMAVIS "$lg/amavis.log" "$PY" "$HERE/fakepeers.py" "$STATE/conf/amavis.json"
        wait_for 10 "the amavis listener" amavis_listening
        check_alive AMAVIS "$lg/amavis.log"
        ns /bin/sh -c 'mkdir -p /run/amavis && echo "$1" >/run/amavis/amavisd.pid' pdts-amavis \
            "${ST[PID_AMAVIS]}"
        echo "amavis up (pid ${ST[PID_AMAVIS]})"
        ;;
    down)
        if amavis_running; then
            stop_pid "${ST[PID_AMAVIS]}"
        fi
        record PID_AMAVIS ""
        ns /bin/rm -f /run/amavis/amavisd.pid
        echo "amavis down"
        ;;
    status)
        if amavis_running; then
            echo "amavis up (pid ${ST[PID_AMAVIS]})"
        else
            echo "amavis down"
            return 3
        fi
        ;;
    *) usage ;;
    esac
}

main() {
    (($# >= 2)) || usage
    local sub=$1
    STATE=$2
    shift 2
    case "$sub" in
    up)
        NAME="" REQUESTED_PORT="" MESSAGES=300
        while (($#)); do
            case "$1" in
            --name) NAME=$2; shift 2 ;;
            --port) REQUESTED_PORT=$2; shift 2 ;;
            --messages) MESSAGES=$2; shift 2 ;;
            *) usage ;;
            esac
        done
        [[ "$MESSAGES" =~ ^[0-9]+$ ]] && ((MESSAGES >= 20)) || die "--messages needs a number >= 20"
        do_up
        ;;
    down) do_down ;;
    status) do_status ;;
    exec)
        [[ "${1:-}" == -- ]] && shift
        (($#)) || usage
        require_up
        exec nsenter --target "${ST[ANCHOR]}" --net --mount --uts --wd=/ -- \
            env -i PATH="$NS_PATH" HOME=/root USER=root LOGNAME=root LANG=C.UTF-8 SHELL=/bin/bash "$@"
        ;;
    drop-sessions) do_drop_sessions ;;
    grow) (($# == 1)) || usage; do_grow "$1" ;;
    stop-postfix) require_up; ns /usr/sbin/postfix stop ;;
    start-postfix) require_up; ns /usr/sbin/postfix start ;;
    amavis) (($# == 1)) || usage; do_amavis "$1" ;;
    rekey) do_rekey ;;
    *) usage ;;
    esac
}

main "$@"
