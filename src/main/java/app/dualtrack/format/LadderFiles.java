package app.dualtrack.format;

import app.dualtrack.model.Ladder;

import java.io.IOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reading and saving ladder files on disk. */
public final class LadderFiles {
    private LadderFiles() {
    }

    /** Reads and validates a ladder file. */
    public static Ladder read(Path file) throws LadderFormatException {
        String name = file.toString();
        byte[] bytes;
        try {
            if (Files.isDirectory(file)) {
                throw new LadderFormatException(name, 0, 0, "is a folder, not a ladder file");
            }
            long size = Files.size(file);
            if (size > FormatLimits.MAX_FILE_BYTES) {
                throw new LadderFormatException(name, 0, 0, "is " + (size / (1024 * 1024)) + " MB; a ladder file is at most "
                        + (FormatLimits.MAX_FILE_BYTES / (1024 * 1024)) + " MB, so this is not one Dualtrack can open");
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new LadderFormatException(name, 0, 0, "no such file");
        } catch (IOException e) {
            throw new LadderFormatException(name, 0, 0, "cannot be read: " + e.getMessage());
        }
        return LadderReader.parse(decode(bytes, name), name);
    }

    /**
     * Reads and validates a ladder from bytes that did not come from a file on disk (a version in git);
     * {@code name} is what messages call it, e.g. "HEAD~3:ladder.json".
     */
    public static Ladder parse(byte[] bytes, String name) throws LadderFormatException {
        if (bytes.length > FormatLimits.MAX_FILE_BYTES) {
            throw new LadderFormatException(name, 0, 0, "is " + (bytes.length / (1024 * 1024)) + " MB; a ladder file is at most "
                    + (FormatLimits.MAX_FILE_BYTES / (1024 * 1024)) + " MB, so this is not one Dualtrack can open");
        }
        return LadderReader.parse(decode(bytes, name), name);
    }

    /** Strict UTF-8: a broken byte is reported with its line and column instead of becoming "\uFFFD". */
    static String decode(byte[] bytes, String name) throws LadderFormatException {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        java.nio.ByteBuffer in = java.nio.ByteBuffer.wrap(bytes);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length + 1);
        var result = decoder.decode(in, out, true);
        if (result.isError()) {
            int offset = in.position();
            int line = 1;
            int column = 1;
            for (int i = 0; i < offset; i++) {
                if (bytes[i] == '\n') {
                    line++;
                    column = 1;
                } else if ((bytes[i] & 0xC0) != 0x80) {
                    column++;
                }
            }
            throw new LadderFormatException(name, line, column, "is not valid UTF-8 text: byte " + (offset + 1)
                    + " (0x" + String.format("%02X", bytes[offset] & 0xff) + ") cannot start or continue a character; save the file as UTF-8");
        }
        decoder.flush(out);
        out.flip();
        String text = out.toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** Writes a ladder in canonical form, atomically, keeping the previous file as NAME.bak. */
    public static void save(Ladder ladder, Path file) throws IOException {
        AtomicFileWriter.write(file, LadderWriter.toCanonicalJson(ladder).getBytes(StandardCharsets.UTF_8));
    }
}
