#!/usr/bin/env bash
# Regenerates every icon from the SVG sources. Needs Debian's librsvg2-bin (rsvg-convert) and
# icoutils (icotool); icnsutils (png2icns) for the macOS .icns where it is available:
#   apt-get install -y librsvg2-bin icoutils icnsutils
# Run from anywhere: icons/generate.sh. Writes icons/png/, icons/dualtrack.ico, icons/dualtrack.icns
# and the copies the window loads, src/main/resources/app/dualtrack/icons/.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
out="$here/png"
res="$here/../src/main/resources/app/dualtrack/icons"
mkdir -p "$out" "$res"
for size in 16 32 48 64 128 256 512; do
  src="$here/dualtrack.svg"
  if [ "$size" -le 32 ]; then src="$here/dualtrack-small.svg"; fi
  rsvg-convert -w "$size" -h "$size" "$src" -o "$out/dualtrack-$size.png"
  cp "$out/dualtrack-$size.png" "$res/dualtrack-$size.png"
done
icotool -c -o "$here/dualtrack.ico" "$out"/dualtrack-{16,32,48,64,128,256}.png
if command -v png2icns >/dev/null; then
  png2icns "$here/dualtrack.icns" "$out"/dualtrack-{16,32,48,128,256,512}.png >/dev/null
else
  echo "png2icns not found (Debian: icnsutils); dualtrack.icns not regenerated" >&2
fi
echo "icons written to $out and $res"
