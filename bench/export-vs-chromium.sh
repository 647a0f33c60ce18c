#!/usr/bin/env bash
# Whole-process export of a 60-level ladder (audit and level steps on) beside Chromium printing the
# same document as HTML to PDF. Run from the repository root after `mvn -B -o package -DskipTests`:
#   bench/export-vs-chromium.sh [runs]
# Prints wall-clock seconds for each run and the median of each. CPU seconds are printed too, but
# Chromium's are under-counted (its renderer processes are not all children that `time` waits for).
set -euo pipefail
runs=${1:-3}
jar=target/dualtrack.jar
ladder=bench/ladder-60.ladder.json
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
command -v chromium >/dev/null || { echo "chromium is not installed (apt-get install -y chromium)"; exit 1; }
[ -f "$jar" ] || { echo "$jar is missing: mvn -B -o package -DskipTests"; exit 1; }
java -cp "$jar" bench/LadderToHtml.java "$ladder" "$work/ladder.xhtml" 2>/dev/null
# one run of each first, untimed: it writes Dualtrack's class-data archive and warms the disk cache for both
java -jar "$jar" export "$ladder" -o "$work/warm.pdf" --audit --changes >/dev/null 2>&1
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf="$work/warm-c.pdf" "file://$work/ladder.xhtml" >/dev/null 2>&1

measure() { # label command...
  local label=$1; shift
  /usr/bin/time -f "%e %U %S" -o "$work/t" "$@" >/dev/null 2>&1
  read -r wall user sys < "$work/t"
  echo "$label $wall $(echo "$user + $sys" | bc)"
}
for i in $(seq "$runs"); do
  measure dualtrack java -jar "$jar" export "$ladder" -o "$work/d.pdf" --audit --changes
  measure dualtrack-same-jvm env DUALTRACK_SAME_JVM=1 java -jar "$jar" export "$ladder" -o "$work/s.pdf" --audit --changes
  measure chromium chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf="$work/c.pdf" "file://$work/ladder.xhtml"
done | tee "$work/all"
echo "pages: dualtrack $(pdfinfo "$work/d.pdf" | awk '/^Pages/ {print $2}'), chromium $(pdfinfo "$work/c.pdf" | awk '/^Pages/ {print $2}')"
echo "median wall s / cpu s:"
for label in dualtrack dualtrack-same-jvm chromium; do
  wall=$(awk -v l="$label" '$1 == l {print $2}' "$work/all" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  cpu=$(awk -v l="$label" '$1 == l {print $3}' "$work/all" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  echo "  $label: $wall / $cpu"
done
echo "load average while measuring: $(cut -d' ' -f1-3 /proc/loadavg)"
