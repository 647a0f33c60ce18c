package app.dualtrack.export;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TrueTypeFont;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/** The code points a font can draw, as sorted inclusive ranges: small enough to cache, quick to ask. */
record FontCoverage(int[] ranges) {
    static final FontCoverage NONE = new FontCoverage(new int[0]);

    boolean covers(int cp) {
        int lo = 0;
        int hi = ranges.length / 2 - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (cp < ranges[2 * mid]) {
                hi = mid - 1;
            } else if (cp > ranges[2 * mid + 1]) {
                lo = mid + 1;
            } else {
                return true;
            }
        }
        return false;
    }

    static FontCoverage of(TrueTypeFont font) throws IOException {
        CmapLookup cmap = font.getUnicodeCmapLookup(false);
        if (cmap == null) {
            return NONE;
        }
        TreeSet<Integer> points = new TreeSet<>();
        for (int gid = 1; gid < font.getNumberOfGlyphs(); gid++) {
            List<Integer> codes = cmap.getCharCodes(gid);
            if (codes != null) {
                points.addAll(codes);
            }
        }
        List<Integer> r = new ArrayList<>();
        for (int cp : points) {
            if (!r.isEmpty() && r.get(r.size() - 1) == cp - 1) {
                r.set(r.size() - 1, cp);
            } else {
                r.add(cp);
                r.add(cp);
            }
        }
        return new FontCoverage(r.stream().mapToInt(Integer::intValue).toArray());
    }

    /** "20-7e,a0-17f": hexadecimal ranges. */
    String serialise() {
        StringBuilder sb = new StringBuilder(ranges.length * 5);
        for (int i = 0; i < ranges.length; i += 2) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append(Integer.toHexString(ranges[i])).append('-').append(Integer.toHexString(ranges[i + 1]));
        }
        return sb.toString();
    }

    static FontCoverage parse(String s) {
        if (s.isEmpty()) {
            return NONE;
        }
        String[] parts = s.split(",");
        int[] r = new int[parts.length * 2];
        for (int i = 0; i < parts.length; i++) {
            int dash = parts[i].indexOf('-');
            r[2 * i] = Integer.parseInt(parts[i].substring(0, dash), 16);
            r[2 * i + 1] = Integer.parseInt(parts[i].substring(dash + 1), 16);
        }
        return new FontCoverage(r);
    }
}
