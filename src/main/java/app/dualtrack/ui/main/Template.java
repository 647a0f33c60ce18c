package app.dualtrack.ui.main;

import app.dualtrack.format.LadderFormatException;
import app.dualtrack.format.LadderReader;
import app.dualtrack.model.Ladder;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Starting points for a new ladder, shipped as ladder files in the jar. */
public enum Template {
    STARTUP("A 40-person startup", "/app/dualtrack/ui/templates/startup-40.ladder.json"),
    SCALE_UP("A 200-person scale-up", "/app/dualtrack/ui/templates/scale-up-200.ladder.json"),
    BLANK("Blank ladder", "/app/dualtrack/ui/templates/blank.ladder.json"),
    EXAMPLE("The example ladder (with flaws to fix)", "/app/dualtrack/examples/example.ladder.json");

    private final String label;
    private final String resource;

    Template(String label, String resource) {
        this.label = label;
        this.resource = resource;
    }

    public String label() {
        return label;
    }

    public Ladder load() {
        try (InputStream in = Template.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing template " + resource);
            }
            return LadderReader.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), resource);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (LadderFormatException e) {
            throw new IllegalStateException("broken built-in template: " + e.getMessage(), e);
        }
    }
}
