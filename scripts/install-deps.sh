#!/usr/bin/env bash
# Installs, from Debian 12's own archive, every package Postdesk needs to build, test and run its
# demo server. Safe to run repeatedly: it only calls apt-get when something is missing.
# Usage: scripts/install-deps.sh [build|test|all]   (default: all)
set -euo pipefail

build_pkgs=(
    build-essential cmake ninja-build ccache pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-tools-dev qt6-tools-dev-tools
    qt6-l10n-tools libqt6sql6-sqlite libqt6svg6 qt6-qpa-plugins
    libqt6opengl6-dev libssh-dev qtkeychain-qt6-dev libgl-dev
    fonts-dejavu-core
)
# The test/demo server: a private Postfix + sshd + fake peers inside a network namespace.
server_pkgs=(
    postfix openssh-server openssh-client dnsmasq-base socat sudo openssl iproute2 util-linux
    libsasl2-modules bind9-dnsutils netcat-openbsd python3 procps
    swaks libnet-ssleay-perl   # SMTP AUTH over TLS probes of the test server's relays
    dbus dbus-bin gnome-keyring libsecret-tools libbenchmark-dev time
    pflogsumm   # baseline of the mail-log benchmark (bench/log-e2e.sh)
)

want=("${build_pkgs[@]}")
case "${1:-all}" in
    build) ;;
    test | all) want+=("${server_pkgs[@]}") ;;
    *) echo "usage: $0 [build|test|all]" >&2; exit 2 ;;
esac

missing=()
for p in "${want[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -ne 0 ]; then
    echo "install-deps: missing packages (${missing[*]}); run as root" >&2
    exit 1
fi

export DEBIAN_FRONTEND=noninteractive
# Postfix must not configure (or start) a system mail server; openssh-server must not start sshd
# on 0.0.0.0:22. A policy-rc.d that exits 101 stops every service start during the install.
echo 'postfix postfix/main_mailer_type select No configuration' | debconf-set-selections
own_policy=0
if [ ! -e /usr/sbin/policy-rc.d ]; then
    printf '#!/bin/sh\nexit 101\n' > /usr/sbin/policy-rc.d
    chmod 755 /usr/sbin/policy-rc.d
    own_policy=1
fi
trap '[ "$own_policy" = 1 ] && rm -f /usr/sbin/policy-rc.d' EXIT

apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}"
