#!/bin/sh
# Builds the Debian package from jpackage's app image (called by `mvn -B -Ppackage package` on Linux):
#
#   packaging/linux/build-deb.sh APP_IMAGE VERSION DEST_DIR
#
# Why not `jpackage --type deb`: its package installs under /opt, leaves the command and the desktop
# integration to maintainer scripts that fail where there is no XDG menu folder, and its launcher
# asks dpkg and rpm which package owns it on every start (three processes before Java even starts).
# This package follows Debian's layout instead, so dpkg itself does the work that must not fail:
#
#   /usr/lib/dualtrack/              the app image (bundled runtime, the jar, jpackage's launcher)
#   /usr/bin/dualtrack               the command: a short script that starts the bundled Java
#   /usr/share/applications/…        menu entry       } plain files of the package: they cost nothing
#   /usr/share/mime/packages/…       *.ladder.json    } where no desktop uses them, and the desktop's
#   /usr/share/icons/hicolor/…       icons            } caches are updated by dpkg triggers
#   /usr/share/doc/dualtrack/, /usr/share/man/man1/dualtrack.1.gz
#
# The only maintainer-script work is the start-up archive (postinst), which is optional.
set -eu

IMAGE=$1
VERSION=$2
DEST=$3
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
PKG=dualtrack
REVISION=1
ARCH=$(dpkg --print-architecture)
STAGE=$DEST/deb-root
DEB=$DEST/${PKG}_${VERSION}-${REVISION}_${ARCH}.deb

rm -rf "$STAGE" "$DEB"
mkdir -p "$STAGE/DEBIAN" "$STAGE/usr/lib" "$STAGE/usr/bin" "$STAGE/usr/share/applications" \
    "$STAGE/usr/share/mime/packages" "$STAGE/usr/share/doc/$PKG" "$STAGE/usr/share/man/man1"

cp -a "$IMAGE" "$STAGE/usr/lib/$PKG"
install -m 0755 "$HERE/dualtrack-command" "$STAGE/usr/bin/dualtrack"
install -m 0644 "$HERE/dualtrack.desktop" "$STAGE/usr/share/applications/$PKG.desktop"
install -m 0644 "$HERE/dualtrack-mime.xml" "$STAGE/usr/share/mime/packages/$PKG.xml"
for png in "$ROOT"/icons/png/dualtrack-*.png; do
    size=$(basename "$png" .png | sed 's/dualtrack-//')
    install -D -m 0644 "$png" "$STAGE/usr/share/icons/hicolor/${size}x${size}/apps/dualtrack.png"
    install -D -m 0644 "$png" "$STAGE/usr/share/icons/hicolor/${size}x${size}/mimetypes/application-x-dualtrack-ladder+json.png"
done
install -D -m 0644 "$ROOT/icons/dualtrack.svg" "$STAGE/usr/share/icons/hicolor/scalable/apps/dualtrack.svg"
gzip -9n -c "$HERE/dualtrack.1" > "$STAGE/usr/share/man/man1/dualtrack.1.gz"

# Debian wants binaries stripped and shared libraries not executable (the JDK's own are neither).
find "$STAGE/usr/lib/$PKG" -type f | while read -r f; do
    case "$(head -c 4 "$f" | od -An -c | tr -d ' ')" in
        177ELF)
            strip --strip-unneeded --remove-section=.comment --remove-section=.note "$f"
            case "$f" in *.so) chmod 0644 "$f" ;; esac
            ;;
    esac
done
chmod -R u+rwX,go+rX,go-w "$STAGE"

# Documentation: the copyright summary and a changelog entry for this build.
cat > "$STAGE/usr/share/doc/$PKG/copyright" <<EOF
Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/
Upstream-Name: Dualtrack

Files: *
Copyright: the Dualtrack authors
License: see-upstream
 Dualtrack's own code; its terms are those of the project's repository.
 The libraries inside /usr/lib/dualtrack/lib/app/dualtrack.jar keep their
 own licences, listed in its META-INF folder.

Files: usr/lib/dualtrack/lib/runtime/*
Copyright: Oracle and/or its affiliates, and the OpenJDK contributors
License: GPL-2 with Classpath exception
 The bundled Java runtime (a jlink image of OpenJDK); the notices are in
 /usr/lib/dualtrack/lib/runtime/legal. On Debian systems the complete text
 of the GNU General Public License version 2 is in
 /usr/share/common-licenses/GPL-2.
EOF
CHANGED=$(date -R -d "@${SOURCE_DATE_EPOCH:-$(git -C "$ROOT" log -1 --format=%ct 2>/dev/null || date +%s)}")
cat <<EOF | gzip -9n > "$STAGE/usr/share/doc/$PKG/changelog.Debian.gz"
$PKG ($VERSION-$REVISION) unstable; urgency=medium

  * Built from the Dualtrack sources with mvn -B -Ppackage package.

 -- Dualtrack <packaging@dualtrack.app>  $CHANGED
EOF

# Depends: the packages that hold the shared libraries the bundled runtime links against, found
# the way jpackage finds them (ldd, then dpkg -S). JavaFX's own libraries come out of the jar at
# run time, so what the window needs (GTK) is a recommendation: the command runs without it.
libs=$(find "$STAGE/usr/lib/$PKG" -type f \( -name '*.so' -o -perm -u+x \) -exec sh -c \
    'for f; do ldd "$f" 2>/dev/null; done' sh {} + | sed -n 's/.*=> \(\/[^ ]*\) .*/\1/p' | sort -u)
depends=$(for lib in $libs; do
    dpkg -S "$lib" 2>/dev/null || dpkg -S "$(readlink -f "$lib")" 2>/dev/null || true
done | sed 's/:.*//; s/,.*//' | sort -u | sed "/^$PKG\$/d" | paste -sd ',' | sed 's/,/, /g')
[ -n "$depends" ] || { echo "build-deb.sh: could not work out the package's dependencies" >&2; exit 1; }

installed_kb=$(du -sk --exclude=DEBIAN "$STAGE" | cut -f 1)
sed -e "s/@VERSION@/$VERSION-$REVISION/" -e "s/@ARCH@/$ARCH/" -e "s/@DEPENDS@/$depends/" \
    -e "s/@INSTALLED_SIZE@/$installed_kb/" "$HERE/control" > "$STAGE/DEBIAN/control"
for script in postinst prerm postrm; do
    install -m 0755 "$HERE/$script" "$STAGE/DEBIAN/$script"
done
(cd "$STAGE" && find usr -type f -print0 | sort -z | xargs -0 md5sum) > "$STAGE/DEBIAN/md5sums"
chmod 0644 "$STAGE/DEBIAN/md5sums" "$STAGE/DEBIAN/control"

dpkg-deb --root-owner-group -Zxz -b "$STAGE" "$DEB"
rm -rf "$STAGE"
echo "build-deb.sh: $DEB ($(stat -c %s "$DEB") bytes)"
