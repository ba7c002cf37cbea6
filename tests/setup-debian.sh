#!/usr/bin/env bash
# Debian packages the tests need: Qt's runtime libraries for the offscreen GUI tests, and openssl
# to make a SHA-1-signed certificate (the cryptography package refuses to), and the real peers the
# network probes are tested against on loopback: dnsmasq, tinyproxy, Kamailio with TLS; poppler (pdfsig,
# pdftotext) and qpdf to check the signed report independently; openssh-client's ssh-keygen to read an SSH host
# key's fingerprint as the OS4K's administrator would; iproute2 brings up loopback in the network namespace the
# tests run in (tests/isolated.sh); faketime (libfaketime) moves the clock of one wizard process, as a laptop's clock
# that is off does (tests/test_laptop_faults.py).
# Installs only what is missing, so a prepared machine needs no network.
set -euo pipefail
packages=(libegl1 libgl1 libxkbcommon0 libfontconfig1 libdbus-1-3 libglib2.0-0 fonts-dejavu-core openssl
          dnsmasq-base tinyproxy kamailio kamailio-tls-modules poppler-utils qpdf openssh-client iproute2
          faketime rtpengine-daemon baresip-core)
missing=()
for p in "${packages[@]}"; do
  dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}"
fi
