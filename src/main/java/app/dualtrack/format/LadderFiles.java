package app.dualtrack.format;

import app.dualtrack.model.Ladder;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
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
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new LadderFormatException(name, 0, 0, "no such file");
        } catch (IOException e) {
            throw new LadderFormatException(name, 0, 0, "cannot be read: " + e.getMessage());
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new LadderFormatException(name, 0, 0, "is not UTF-8 text");
        }
        return LadderReader.parse(text, name);
    }

    /** Writes a ladder in canonical form, atomically, keeping the previous file as NAME.bak. */
    public static void save(Ladder ladder, Path file) throws IOException {
        AtomicFileWriter.write(file, LadderWriter.toCanonicalJson(ladder).getBytes(StandardCharsets.UTF_8));
    }
}
