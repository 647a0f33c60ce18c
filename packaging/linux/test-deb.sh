#!/bin/sh
# The .deb's acceptance test, run on demand (not part of `mvn verify`): builds the package, checks
# it with lintian, installs it on this machine as it is and again with the XDG menu folders present,
# runs the command from the PATH and the window from the desktop entry, then purges it and checks
# that nothing is left. Needs root on Debian/Ubuntu with apt, lintian, xvfb (Xvfb, xwininfo),
# imagemagick (import) and poppler-utils (pdfinfo).
#
#   packaging/linux/test-deb.sh              # build with `mvn -B -Ppackage package`, then test
#   packaging/linux/test-deb.sh --no-build   # test the .deb already in target/installer
#
# Each step prints "== step" and what it saw; the script stops at the first failure (exit 1).
set -eu

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
OUT=$ROOT/target/deb-test
LADDER=$ROOT/docs/examples/single-track-in-disguise.ladder.json
OTHER=$ROOT/docs/examples/dual-track.ladder.json
MAX_DEB_BYTES=$((45 * 1000 * 1000))
JSA=/usr/lib/dualtrack/lib/app/dualtrack.jsa
CREATED_MENUS=

step() { printf '\n== %s\n' "$*"; }
fail() { echo "FAILED: $*"; exit 1; }

cleanup() {
    # Leave the machine as we found it, also when a step fails.
    if [ -n "${APP_PID:-}" ]; then kill "$APP_PID" 2>/dev/null || true; fi
    if [ -n "${XVFB_PID:-}" ]; then kill "$XVFB_PID" 2>/dev/null || true; fi
    if dpkg -s dualtrack >/dev/null 2>&1; then apt-get purge -y -q dualtrack >/dev/null 2>&1 || true; fi
    if [ -n "$CREATED_MENUS" ]; then rm -rf /etc/xdg/menus; fi
}
trap cleanup EXIT

[ "$(id -u)" = 0 ] || fail "run as root: it installs and purges the package"
rm -rf "$OUT" && mkdir -p "$OUT"

if [ "${1:-}" != "--no-build" ]; then
    step "build: mvn -B -Ppackage package"
    (cd "$ROOT" && mvn -B -q -Ppackage package) || fail "the package did not build"
fi
DEB=$(ls "$ROOT"/target/installer/dualtrack_*_amd64.deb 2>/dev/null | head -n 1)
[ -n "$DEB" ] || fail "no .deb in target/installer"
SIZE=$(stat -c %s "$DEB")
step "package: $(basename "$DEB")"
echo "size: $SIZE bytes ($((SIZE / 1000000)) MB; goal under 45 MB)"
[ "$SIZE" -lt "$MAX_DEB_BYTES" ] || fail "the .deb is not under 45 MB"

step "lintian"
# lintian exits non-zero for errors; warnings are listed and each is explained in packaging/README.md.
lintian --tag-display-limit 0 "$DEB" > "$OUT/lintian.txt" 2>&1 || true
cat "$OUT/lintian.txt"
if grep -q '^E: ' "$OUT/lintian.txt"; then fail "lintian reports errors"; fi
echo "lintian: $(grep -c '^E: ' "$OUT/lintian.txt" || true) errors, $(grep -c '^W: ' "$OUT/lintian.txt" || true) warnings"

run_from_path() {
    hash -r
    command -v dualtrack >/dev/null || fail "dualtrack is not on the PATH"
    echo "dualtrack is $(command -v dualtrack) -> $(readlink -f "$(command -v dualtrack)")"
    dualtrack --version || fail "dualtrack --version"
    code=0
    dualtrack lint "$LADDER" > "$OUT/lint.txt" || code=$?
    [ "$code" -le 1 ] || fail "dualtrack lint exited $code"
    echo "dualtrack lint (exit $code): $(tail -n 1 "$OUT/lint.txt")"
    dualtrack export "$OTHER" -o "$OUT/ladder.pdf" || fail "dualtrack export"
    echo "dualtrack export: $(pdfinfo "$OUT/ladder.pdf" | grep -E '^Pages:' | tr -s ' ')"
}

install_deb() {
    apt-get install -y -q "$DEB" > "$OUT/install-$1.txt" 2>&1 || { cat "$OUT/install-$1.txt"; fail "apt-get install exited non-zero"; }
    grep '^dualtrack: ' "$OUT/install-$1.txt" || echo "(the postinst had nothing to note)"
    echo "apt-get install: exit 0, package state: $(dpkg-query -W -f '${Status}' dualtrack)"
    for a in "$JSA" "${JSA%.jsa}-commands.jsa"; do
        if [ -f "$a" ]; then echo "start-up archive $(basename "$a"): $(stat -c %s "$a") bytes"; else echo "start-up archive $(basename "$a"): not made"; fi
    done
    for f in /usr/bin/dualtrack /usr/share/applications/dualtrack.desktop /usr/share/mime/packages/dualtrack.xml \
        /usr/share/icons/hicolor/128x128/mimetypes/application-x-dualtrack-ladder+json.png; do
        [ -e "$f" ] || fail "$f was not installed"
    done
    if [ -f /usr/share/mime/globs2 ]; then
        grep -q 'dualtrack-ladder' /usr/share/mime/globs2 || fail "*.ladder.json is not in the MIME database"
        echo "MIME database: $(grep dualtrack-ladder /usr/share/mime/globs2)"
    else
        echo "MIME database: none on this machine (shared-mime-info not installed)"
    fi
}

purge_and_check() {
    apt-get purge -y -q dualtrack > "$OUT/purge-$1.txt" 2>&1 || { cat "$OUT/purge-$1.txt"; fail "apt-get purge exited non-zero"; }
    echo "apt-get purge: exit 0"
    left=""
    dpkg -s dualtrack >/dev/null 2>&1 && left="$left dpkg-entry"
    for f in /usr/bin/dualtrack /usr/lib/dualtrack /opt/dualtrack /usr/share/applications/dualtrack.desktop \
        /usr/share/mime/packages/dualtrack.xml /usr/share/doc/dualtrack /usr/share/man/man1/dualtrack.1.gz \
        $(find /usr/share/icons -name 'dualtrack.*' -o -name 'application-x-dualtrack-ladder+json.*'); do
        if [ -e "$f" ] || [ -L "$f" ]; then left="$left $f"; fi
    done
    if grep -qs 'dualtrack-ladder' /usr/share/mime/globs2 /usr/share/mime/types; then left="$left MIME-database"; fi
    if grep -qs 'dualtrack' /usr/share/applications/defaults.list /usr/share/applications/mimeinfo.cache; then left="$left MIME-handler"; fi
    [ -z "$left" ] || fail "left behind after purge:$left"
    echo "nothing left: no package entry, no /usr/bin/dualtrack, nothing in /usr/lib/dualtrack or /opt, no menu entry, MIME type, icons, docs"
}

apt-get purge -y -q dualtrack >/dev/null 2>&1 || true

step "install on this machine as it is"
if [ -d /etc/xdg/menus ]; then echo "(this machine has /etc/xdg/menus)"; else echo "/etc/xdg/menus: absent"; fi
install_deb bare
step "the command from the PATH"
run_from_path
step "purge"
purge_and_check bare

step "install with the menu folders present"
if [ ! -d /etc/xdg/menus ]; then
    mkdir -p /etc/xdg/menus/applications-merged && CREATED_MENUS=yes
    echo "created /etc/xdg/menus/applications-merged for this step"
fi
install_deb menus
step "the command from the PATH"
run_from_path

step "the window from the desktop entry's Exec line, with a ladder"
EXEC=$(sed -n 's/^Exec=//p' /usr/share/applications/dualtrack.desktop)
echo "Exec=$EXEC"
CMD=$(echo "$EXEC" | sed "s|%F|$OTHER|")
DISPLAY_NUM=:97
Xvfb "$DISPLAY_NUM" -screen 0 1600x1000x24 -nolisten tcp > "$OUT/xvfb.txt" 2>&1 &
XVFB_PID=$!
sleep 2
# The launcher runs as its own process; its arguments come from the desktop entry, split like a shell would.
# shellcheck disable=SC2086
HOME=$OUT/home DISPLAY=$DISPLAY_NUM $CMD > "$OUT/window.txt" 2>&1 &
APP_PID=$!
title=""
for _ in $(seq 1 120); do
    title=$(DISPLAY=$DISPLAY_NUM xwininfo -root -tree 2>/dev/null | grep -o '"[^"]*dual-track[^"]*"' | head -n 1 || true)
    [ -n "$title" ] && break
    kill -0 "$APP_PID" 2>/dev/null || { cat "$OUT/window.txt"; fail "the app exited before showing its window"; }
    sleep 1
done
[ -n "$title" ] || fail "no window titled with the ladder's name within 2 minutes"
# Mapped is not painted: wait until the screen shows more than a blank window (many colours).
colours=0
for _ in $(seq 1 120); do
    DISPLAY=$DISPLAY_NUM import -window root "$OUT/window.png"
    colours=$(identify -format '%k' "$OUT/window.png")
    [ "$colours" -gt 64 ] && break
    sleep 1
done
[ "$colours" -gt 64 ] || fail "the window stayed blank for 2 minutes"
echo "window: $title, painted ($colours colours; screenshot: target/deb-test/window.png)"
kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; APP_PID=
kill "$XVFB_PID"; wait "$XVFB_PID" 2>/dev/null || true; XVFB_PID=

step "start-up of the installed command (bench/startup.sh)"
"$ROOT/bench/startup.sh" --only cli --installed --runs 5 2>&1

step "purge"
purge_and_check menus
if [ -n "$CREATED_MENUS" ]; then rm -rf /etc/xdg/menus; CREATED_MENUS=; fi

step "passed"
