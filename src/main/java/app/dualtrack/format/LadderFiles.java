package app.dualtrack.format;

import app.dualtrack.model.Ladder;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
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
        return parse(readBytes(file), FileNames.display(file));
    }

    /**
     * The bytes of a ladder file: an ordinary file (following links) of at most
     * {@link FormatLimits#MAX_FILE_BYTES}. Devices, pipes and sockets are refused before they are
     * opened (opening a pipe waits for a writer; a device can be endless), and the reading stops at
     * the limit whatever size the file system reports, so nothing can exhaust memory or hang.
     */
    public static byte[] readBytes(Path file) throws LadderFormatException {
        String name = FileNames.display(file);
        BasicFileAttributes attrs;
        try {
            attrs = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            throw new LadderFormatException(name, 0, 0, Files.isSymbolicLink(file)
                    ? "is a link to a file that does not exist" : "no such file");
        } catch (IOException e) {
            throw new LadderFormatException(name, 0, 0, "cannot be read: " + reason(e));
        }
        if (attrs.isDirectory()) {
            throw new LadderFormatException(name, 0, 0, "is a folder, not a ladder file");
        }
        if (!attrs.isRegularFile()) {
            throw new LadderFormatException(name, 0, 0, "is a device, pipe or socket, not a ladder file; Dualtrack reads only ordinary files");
        }
        if (attrs.size() > FormatLimits.MAX_FILE_BYTES) {
            long mb = attrs.size() / (1024 * 1024);
            throw tooLarge(name, mb > FormatLimits.MAX_FILE_BYTES / (1024 * 1024) ? mb + " MB"
                    : "more than " + (FormatLimits.MAX_FILE_BYTES / (1024 * 1024)) + " MB");
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes((int) FormatLimits.MAX_FILE_BYTES + 1);
            if (bytes.length > FormatLimits.MAX_FILE_BYTES) {
                throw tooLarge(name, "more than " + (FormatLimits.MAX_FILE_BYTES / (1024 * 1024)) + " MB");
            }
            return bytes;
        } catch (NoSuchFileException e) {
            throw new LadderFormatException(name, 0, 0, "no such file");
        } catch (IOException e) {
            throw new LadderFormatException(name, 0, 0, "cannot be read: " + reason(e));
        }
    }

    private static LadderFormatException tooLarge(String name, String size) {
        return new LadderFormatException(name, 0, 0, "is " + size + "; a ladder file is at most "
                + (FormatLimits.MAX_FILE_BYTES / (1024 * 1024)) + " MB, so this is not one Dualtrack can open");
    }

    /** Why the system refused, in its own short words ("permission denied"), without repeating the path. */
    static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        String r = e instanceof FileSystemException fse && fse.getReason() != null ? fse.getReason() : e.getMessage();
        if (r == null || r.isBlank()) {
            return "the system gave no reason";
        }
        return Character.toLowerCase(r.charAt(0)) + r.substring(1);
    }

    /**
     * Decodes and validates the bytes of a ladder, from a file or from a version in git;
     * {@code name} is what messages call it, e.g. "ladder.json" or "HEAD~3:ladder.json".
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
        AtomicFileWriter.write(file, canonicalBytes(ladder));
    }

    /**
     * As {@link #save(Ladder, Path)}, but only if the file on disk still has the SHA-256 the caller
     * read ({@code null}: whatever it holds); otherwise {@link FileChangedException} and nothing is written.
     */
    public static void save(Ladder ladder, Path file, byte[] expectedSha256) throws IOException {
        AtomicFileWriter.write(file, canonicalBytes(ladder), AtomicFileWriter.Options.DEFAULT.expecting(expectedSha256));
    }

    /** What {@link #format(Path)} did. */
    public enum Formatted { ALREADY_CANONICAL, REWRITTEN }

    /**
     * Rewrites a ladder file in canonical form. A file already canonical is not touched (so its
     * .bak keeps the previous version, and a read-only folder is no obstacle); another program's
     * change made while formatting is never overwritten.
     */
    public static Formatted format(Path file) throws LadderFormatException, IOException {
        byte[] original = readBytes(file);
        byte[] canonical = canonicalBytes(parse(original, FileNames.display(file)));
        if (Arrays.equals(original, canonical)) {
            return Formatted.ALREADY_CANONICAL;
        }
        AtomicFileWriter.write(file, canonical, AtomicFileWriter.Options.DEFAULT.expecting(AtomicFileWriter.sha256(original)));
        return Formatted.REWRITTEN;
    }

    private static byte[] canonicalBytes(Ladder ladder) {
        return LadderWriter.toCanonicalJson(ladder).getBytes(StandardCharsets.UTF_8);
    }
}
