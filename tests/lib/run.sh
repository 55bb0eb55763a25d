#!/bin/sh
# tests/lib/run.sh BUILD - the library as its users get it: `make install`
# into a temporary PREFIX (and DESTDIR staging, then uninstall), a program
# built with nothing but `pkg-config --cflags --libs recoupe` and the
# header, linked against the shared and then the static library, the
# exported symbols, and the man pages. Prints "ok" / "not ok" lines.
set -u
BUILD=${1:-build}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
cd "$ROOT" || exit 2

n=0
check() { # check NAME COMMAND...: ok when the command succeeds
    name=$1
    shift
    if "$@" >"$T/out" 2>&1; then
        echo "ok - lib: $name"
    else
        echo "not ok - lib: $name"
        sed 's/^/#   /' "$T/out" | head -20
    fi
}

# make install honours PREFIX (a make check under SANITIZE passes it on
# through the environment, so the sanitizer build is the one installed)
P=$T/prefix
check "make install PREFIX" make -s install BUILD="$BUILD" PREFIX="$P" DESTDIR=
export PKG_CONFIG_PATH="$P/lib/pkgconfig"

# the program, as a user builds it
SAN=
[ -n "${SANITIZE:-}" ] && SAN="-fsanitize=$SANITIZE"
check "pkg-config finds recoupe" pkg-config --exists recoupe
# shellcheck disable=SC2046
check "a program builds with pkg-config --cflags --libs recoupe" \
    ${CC:-cc} $SAN -o "$T/digest_two" tests/lib/digest_two.c \
    $(pkg-config --cflags --libs recoupe)
check "it runs against librecoupe.so and reads facts through the accessors" \
    env LD_LIBRARY_PATH="$P/lib" "$T/digest_two"
cp "$T/out" "$T/shared.txt"
check "a fact is backed by both articles" \
    grep -q '^fact: .*\[a1 a2\] outlets=2$' "$T/shared.txt"
check "each supporting article's own sentence is read as its evidence" \
    sh -c "grep -q '^  evidence 1: Two hundred homes were flooded when' '$T/shared.txt'"
check "the speaker of the quote is read" \
    grep -q '^quote: We have never seen .* -- Alice Grant$' "$T/shared.txt"
check "the program asks for librecoupe.so.0" \
    sh -c "readelf -d '$T/digest_two' | grep -q 'NEEDED.*librecoupe.so.0]'"
# shellcheck disable=SC2046
# (every object of the archive is linked in, so that a dependency missing
# from Libs.private or Requires.private fails here whatever the program uses)
check "pkg-config --static lists every dependency of librecoupe.a" \
    ${CC:-cc} $SAN -o "$T/digest_two_static" tests/lib/digest_two.c \
    $(pkg-config --cflags recoupe) -Wl,--whole-archive "$P/lib/librecoupe.a" \
    -Wl,--no-whole-archive $(pkg-config --static --libs recoupe | sed 's/-lrecoupe//')
check "the static program prints the same" \
    sh -c "'$T/digest_two_static' | cmp - '$T/shared.txt'"

# exported symbols: the public API, nothing else
nm -D --defined-only "$P/lib/librecoupe.so" | awk '{print $NF}' >"$T/syms"
check "librecoupe.so exports symbols" grep -q '^rcp_digest_new$' "$T/syms"
check "librecoupe.so exports only rcp_ names, no rcp__" \
    sh -c "! grep -v '^rcp_[a-z]' '$T/syms'"
check "the soname is librecoupe.so.0" \
    sh -c "readelf -d '$P/lib/librecoupe.so' | grep -q 'SONAME.*librecoupe.so.0]'"

# man pages: every page formats without warnings, man finds them
# (groff and man come with EXTRA=1 sh tools/install-deps.sh, as in CI)
command -v groff >/dev/null || echo "# skip: no groff, man pages not checked"
command -v groff >/dev/null && for page in man/*.[13]; do
    check "man page $page formats without warnings" \
        sh -c "groff -man -ww -z '$page' 2>&1 | (! grep .)"
done
command -v man >/dev/null || echo "# skip: no man, 'man recoupe' not checked"
if command -v man >/dev/null; then
    check "MANPATH=... man recoupe" \
        sh -c "MANPATH='$P/share/man' MANPAGER=cat man recoupe | grep -q 'cross-checks the news'"
    check "MANPATH=... man 3 recoupe" \
        sh -c "MANPATH='$P/share/man' MANPAGER=cat man 3 recoupe | grep -q 'rcp_digest_fact_at'"
fi
for c in $(sed -n 's/^ *{"\([a-z-]*\)", cmd_.*/\1/p' src/cli/main.c); do
    check "a man page for recoupe $c" test -f "$P/share/man/man1/recoupe-$c.1"
done

# DESTDIR stages, uninstall removes everything install put there
D=$T/stage
check "make install DESTDIR" make -s install BUILD="$BUILD" PREFIX=/usr/local DESTDIR="$D"
check "DESTDIR holds the prefix" test -f "$D/usr/local/lib/pkgconfig/recoupe.pc"
check "the staged recoupe.pc names the real prefix" \
    grep -q '^prefix=/usr/local$' "$D/usr/local/lib/pkgconfig/recoupe.pc"
check "make uninstall DESTDIR" make -s uninstall BUILD="$BUILD" PREFIX=/usr/local DESTDIR="$D"
check "nothing is left but directories" \
    sh -c "test -z \"\$(find '$D' ! -type d)\""
