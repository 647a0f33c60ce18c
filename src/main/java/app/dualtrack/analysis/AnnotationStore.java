package app.dualtrack.analysis;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The language pipeline's annotations kept between runs of the command line, in one file of the
 * cache folder. A sentence's tokens, tags and lemmas depend on nothing but its text and the models,
 * so a {@code lint} of a ladder whose sentences were read before needs no model at all: reading the
 * two OpenNLP models was most of a lint's run (they load only when a sentence is not in the store).
 * The file belongs to one build (see {@code AppFolders.cacheFileOfThisBuild}), so a new version never
 * reads tags another version's pipeline made.
 *
 * <p>A file that cannot be read is treated as empty and written anew; a store that cannot be written
 * costs the next run its speed, nothing else. It keeps the {@value #LIMIT} sentences seen last.
 */
public final class AnnotationStore {
    /** "DTA" and the layout's version. */
    private static final int MAGIC = 0x44544101;
    static final int LIMIT = 20_000;

    private final Path file;
    private final Map<String, AnnotatedSentence> stored;

    private AnnotationStore(Path file, Map<String, AnnotatedSentence> stored) {
        this.file = file;
        this.stored = stored;
    }

    /** Reads the store and hands its annotations to the pipeline; an absent or unreadable file gives an empty store. */
    public static AnnotationStore open(Path file) {
        Map<String, AnnotatedSentence> stored = new LinkedHashMap<>();
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            readInto(in, stored);
        } catch (NoSuchFileException e) {
            stored.clear();
        } catch (IOException | RuntimeException e) {
            // a store of an interrupted write or a damaged disk: it is only a cache, the next save replaces it
            stored.clear();
        }
        LanguagePipeline.remember(stored.values());
        return new AnnotationStore(file, stored);
    }

    /** True when the store held annotations: a run may then not need the models at all. */
    public boolean warm() {
        return !stored.isEmpty();
    }

    /**
     * Writes the sentences the pipeline annotated in this run, followed by those stored before, when
     * there are new ones; replaces the file in one step, so a reader sees the old store or the new.
     */
    public void save() throws IOException {
        List<AnnotatedSentence> fresh = LanguagePipeline.annotated().stream()
                .filter(a -> !stored.containsKey(a.text()) && storable(a)).toList();
        if (fresh.isEmpty()) {
            return;
        }
        List<AnnotatedSentence> all = new ArrayList<>(fresh);
        all.addAll(stored.values());
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path temp = Files.createTempFile(file.toAbsolutePath().getParent(), file.getFileName().toString(), ".tmp");
        try {
            try (OutputStream os = Files.newOutputStream(temp); DataOutputStream out = new DataOutputStream(new BufferedOutputStream(os, 1 << 16))) {
                write(out, all.subList(0, Math.min(LIMIT, all.size())));
            }
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
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
