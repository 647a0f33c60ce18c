package app.dualtrack.outcomes;

import app.dualtrack.model.Ladder;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;

/** Reads a records file from disk; the parsing itself is {@link RecordsCsv}'s. */
public final class RecordsFile {
    /** Ten megabytes is some 300 000 rows: far beyond any company's promotion history. */
    static final long MAX_BYTES = 10L * 1024 * 1024;

    private RecordsFile() {
    }

    /** A records file that cannot be read at all (as opposed to single bad rows). */
    public static final class UnreadableException extends Exception {
        public UnreadableException(String message) {
            super(message);
        }
    }

    public static OutcomeRecords read(Path file, Ladder ladder, LocalDate today) throws UnreadableException {
        String name = file.toString();
        byte[] bytes;
        try {
            if (Files.isDirectory(file)) {
                throw new UnreadableException(name + ": is a folder, not a records file");
            }
            if (Files.size(file) > MAX_BYTES) {
                throw new UnreadableException(name + ": is larger than 10 MB, which is not a promotion history Dualtrack expects; "
                        + "check that this is the person,date,level file");
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new UnreadableException(name + ": no such file");
        } catch (IOException e) {
            throw new UnreadableException(name + ": cannot be read: " + e.getMessage());
        }
        return new RecordsCsv(ladder, today).parse(decode(bytes), name);
    }

    /** UTF-8 as everything should be; a spreadsheet's Windows export is read as Latin-1 rather than refused. */
    static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, StandardCharsets.ISO_8859_1);
        }
    }
}
