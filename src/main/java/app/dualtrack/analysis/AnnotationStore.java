package app.dualtrack.analysis;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The language pipeline's annotations kept between runs of the command line, in one file of the
 * cache folder. A sentence's tokens, tags and lemmas depend on nothing but its text and the models,
 * so a {@code lint} of a ladder whose sentences were read before needs no model at all: reading the
 * two OpenNLP models was most of a lint's run (they load only when a sentence is not in the store).
 * A store belongs to one build (see {@code AppFolders.cacheFileOfThisBuild}), so a new version never
 * reads tags another version's pipeline made.
 *
 * <p>This class reads and writes the store's bytes; the command line and the window keep them in a
 * file ({@code session.AnnotationFile}). It keeps the {@value #LIMIT} sentences seen last.
 */
public final class AnnotationStore {
    /** "DTA" and the layout's version. */
    private static final int MAGIC = 0x44544101;
    static final int LIMIT = 20_000;

    private final Map<String, AnnotatedSentence> stored;

    private AnnotationStore(Map<String, AnnotatedSentence> stored) {
        this.stored = stored;
        LanguagePipeline.remember(stored.values());
    }

    /** A store with nothing kept yet. */
    public static AnnotationStore empty() {
        return new AnnotationStore(new LinkedHashMap<>());
    }

    /** Reads a store and hands its annotations to the pipeline. */
    public static AnnotationStore read(InputStream in) throws IOException {
        Map<String, AnnotatedSentence> stored = new LinkedHashMap<>();
        readInto(new DataInputStream(new BufferedInputStream(in, 1 << 16)), stored);
        return new AnnotationStore(stored);
    }

    /** True when the store held annotations: a run may then not need the models at all. */
    public boolean warm() {
        return !stored.isEmpty();
    }

    /** Whether the store held this sentence's annotation when it was read. */
    public boolean holds(String sentence) {
        return stored.containsKey(sentence);
    }

    /** True when the pipeline annotated sentences this store does not hold yet. */
    public boolean hasNew() {
        return hasNew(sentence -> true);
    }

    /** True when the pipeline annotated sentences worth keeping ({@code keep}) that this store does not hold yet. */
    public boolean hasNew(Predicate<String> keep) {
        return !fresh(keep).isEmpty();
    }

    private List<AnnotatedSentence> fresh(Predicate<String> keep) {
        return LanguagePipeline.annotated().stream().filter(a -> !stored.containsKey(a.text()) && storable(a) && keep.test(a.text())).toList();
    }

    /** Writes the sentences annotated in this run, then those kept before, up to {@value #LIMIT}. */
    public void write(OutputStream out) throws IOException {
        write(out, sentence -> true);
    }

    /**
     * Writes the sentences annotated in this run that are worth keeping, then those kept before, up to
     * {@value #LIMIT}. The window keeps only the sentences of the ladder it shows, not what was typed on the way.
     */
    public void write(OutputStream out, Predicate<String> keep) throws IOException {
        List<AnnotatedSentence> all = new ArrayList<>(fresh(keep));
        all.addAll(stored.values());
        DataOutputStream data = new DataOutputStream(new BufferedOutputStream(out, 1 << 16));
        write(data, all.subList(0, Math.min(LIMIT, all.size())));
        data.flush();
    }

    /** The file's strings hold up to 65,535 bytes; a sentence longer than a page is not worth keeping anyway. */
    private static boolean storable(AnnotatedSentence a) {
        return a.text().length() <= 4_000 && a.tokens().size() <= 4_000;
    }

    static void write(DataOutputStream out, List<AnnotatedSentence> sentences) throws IOException {
        out.writeInt(MAGIC);
        out.writeInt(sentences.size());
        for (AnnotatedSentence s : sentences) {
            out.writeUTF(s.text());
            out.writeShort(s.tokens().size());
            for (AnnotatedSentence.Token t : s.tokens()) {
                out.writeUTF(t.word());
                // most lemmas are the word itself: an empty string stands for that
                out.writeUTF(t.lemma().equals(t.word()) ? "" : t.lemma());
                out.writeUTF(t.tag());
                out.writeInt(t.start());
                out.writeInt(t.end());
            }
        }
    }

    static void readInto(InputStream input, Map<String, AnnotatedSentence> into) throws IOException {
        DataInputStream in = input instanceof DataInputStream d ? d : new DataInputStream(input);
        if (in.readInt() != MAGIC) {
            throw new IOException("not an annotation store of this version");
        }
        int count = in.readInt();
        for (int i = 0; i < count; i++) {
            String text = in.readUTF();
            int n = in.readUnsignedShort();
            List<AnnotatedSentence.Token> tokens = new ArrayList<>(n);
            for (int k = 0; k < n; k++) {
                String word = in.readUTF();
                String lemma = in.readUTF();
                String tag = in.readUTF().intern();
                int start = in.readInt();
                int end = in.readInt();
                if (start < 0 || end < start || end > text.length()) {
                    throw new IOException("a token outside its sentence");
                }
                tokens.add(new AnnotatedSentence.Token(word, lemma.isEmpty() ? word : lemma, tag, start, end));
            }
            into.put(text, new AnnotatedSentence(text, List.copyOf(tokens)));
        }
    }
}
