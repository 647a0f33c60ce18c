package app.dualtrack.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The labelled ladder corpus (src/test/resources/app/dualtrack/analysis/ladder-corpus.tsv). */
final class LadderCorpus {
    private LadderCorpus() {
    }

    /** One labelled sentence: M management, T technical, X mixed; style = the ladder whose voice it imitates. */
    record Example(char label, String style, String sentence) {
        /** Management or mixed: the sentence holds a management behaviour. */
        boolean management() {
            return label != 'T';
        }
    }

    static List<Example> load() {
        List<Example> list = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                LadderCorpus.class.getResourceAsStream("/app/dualtrack/analysis/ladder-corpus.tsv"), StandardCharsets.UTF_8))) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\t");
                if (parts.length != 3 || parts[0].length() != 1 || "MTX".indexOf(parts[0].charAt(0)) < 0) {
                    throw new IllegalStateException("ladder-corpus.tsv line " + n + ": expected label, style and sentence");
                }
                list.add(new Example(parts[0].charAt(0), parts[1], parts[2]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return list;
    }
}
