#!/bin/sh
# Installs what pith needs to build and test on Debian 12, when it is
# missing.  Idempotent: does nothing when every package is present.
set -eu
PACKAGES="gcc g++ make meson ninja-build pkg-config python3 zlib1g-dev libuchardet-dev
libexttextcat-dev libpcre2-dev libcmocka-dev libbrotli-dev clang libclang-rt-14-dev llvm
libxml2-dev libgumbo-dev cmark-gfm wget python3-pytest python3-distributed"
missing=""
for p in $PACKAGES; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing="$missing $p"
done
[ -z "$missing" ] && exit 0
echo "setup: installing$missing"
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO=sudo
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends $missing
