#!/bin/sh
# tools/install-deps.sh - the Debian packages recoupe needs, in one place.
# Used by the README's first command and by .ci/run. Runs apt-get as root,
# or through sudo when not root. EXTRA=1 adds what `make eval`, `make bench`
# and `make fuzz` need beyond building and testing.
set -eu
BUILD="build-essential pkg-config libstemmer-dev libutf8proc-dev \
libxml2-dev zlib1g-dev libsodium-dev libsqlite3-dev libmicrohttpd-dev libmimalloc-dev libicu-dev curl \
wordnet-base verbiste mythes-fr \
dict-freedict-fra-eng dict-freedict-eng-fra dict-freedict-deu-eng dict-freedict-spa-eng \
dict-freedict-ita-eng"
EXTRAS="clang libclang-rt-14-dev time python3 python3-sklearn python3-readability \
man-db groff-base python3-pytest python3-venv python3-setuptools python3-wheel python3-pip \
python3-dask python3-distributed chromium"
pkgs=$BUILD
[ -n "${EXTRA:-}" ] && pkgs="$pkgs $EXTRAS"
SUDO=
[ "$(id -u)" -eq 0 ] || SUDO=sudo
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
# shellcheck disable=SC2086
$SUDO apt-get install -y -qq --no-install-recommends $pkgs >/dev/null
echo "installed: $pkgs"
