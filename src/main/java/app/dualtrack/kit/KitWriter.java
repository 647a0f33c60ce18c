package app.dualtrack.kit;

import app.dualtrack.export.DocumentPdf;
import app.dualtrack.export.ExportException;
import app.dualtrack.export.ExportOptions;
import app.dualtrack.format.AtomicFileWriter;
import app.dualtrack.model.Ladder;
import app.dualtrack.model.Level;
import app.dualtrack.model.MechanismKind;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the visibility kit into a folder: a scope document template per technical level it
 * applies to and the review outline, each as Markdown (to fill in) and PDF (to print), and the
 * calendar. Files already in the folder are never replaced unless asked, since a template may
 * have been filled in under the same name.
 */
public final class KitWriter {
    private static final Logger LOG = LoggerFactory.getLogger(KitWriter.class);
    private static final List<org.commonmark.Extension> EXTENSIONS = List.of(TablesExtension.create());

    /** The kit could not be written; the message is one sentence for the user. */
    public static final class KitException extends Exception {
        public KitException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** What was written. */
    public record Result(List<Path> files, boolean proposed) {
    }

    private KitWriter() {
    }

    /** The file names the kit would write, each with its content, without touching the disk. */
    static Map<String, byte[]> contents(Ladder ladder, LocalDate today, ExportOptions.Paper paper) throws KitException {
        KitPlan plan = KitPlan.of(ladder);
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (KitPlan.Part part : plan.parts(MechanismKind.SCOPE_DOCUMENT)) {
            for (Level level : part.levels()) {
                String base = "scope-document-" + level.id();
                String md = ScopeDocumentTemplate.markdown(ladder, level, part);
                files.put(base + ".md", md.getBytes(StandardCharsets.UTF_8));
                files.put(base + ".pdf", pdf(ladder, part.mechanism().title() + ": " + KitText.name(level), md, paper));
            }
        }
        List<KitPlan.Part> reviews = plan.parts(MechanismKind.TECHNICAL_REVIEW);
        for (int i = 0; i < reviews.size(); i++) {
            String base = "technical-review-outline" + (i == 0 ? "" : "-" + (i + 1));
            String md = ReviewOutline.markdown(ladder, reviews.get(i));
            files.put(base + ".md", md.getBytes(StandardCharsets.UTF_8));
            files.put(base + ".pdf", pdf(ladder, reviews.get(i).mechanism().title(), md, paper));
        }
        files.put("visibility-calendar.ics", KitCalendar.text(plan, today).getBytes(StandardCharsets.UTF_8));
        return files;
    }

    public static Result write(Ladder ladder, Path dir, LocalDate today, ExportOptions.Paper paper, boolean replace) throws KitException {
        Map<String, byte[]> files = contents(ladder, today, paper);
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new KitException(dir + ": the folder cannot be created: " + e.getMessage(), e);
        }
        if (!replace) {
            List<String> existing = files.keySet().stream().filter(n -> Files.exists(dir.resolve(n))).toList();
            if (!existing.isEmpty()) {
                throw new KitException(dir.resolve(existing.get(0)) + " already exists"
                        + (existing.size() > 1 ? " (and " + (existing.size() - 1) + " more of the kit's files)" : "")
                        + "; nothing was written. Choose another folder, or replace them if they are not filled in.", null);
            }
        }
        List<Path> written = new ArrayList<>();
        for (Map.Entry<String, byte[]> f : files.entrySet()) {
            Path target = dir.resolve(f.getKey());
            try {
                AtomicFileWriter.write(target, f.getValue());
                written.add(target);
            } catch (IOException e) {
                LOG.warn("Writing {} failed", target, e);
                throw new KitException(target + ": cannot be written: " + e.getMessage(), e);
            }
        }
        return new Result(written, KitPlan.of(ladder).anyProposed());
    }

    private static byte[] pdf(Ladder ladder, String title, String markdown, ExportOptions.Paper paper) throws KitException {
        String body = HtmlRenderer.builder().extensions(EXTENSIONS).build()
                .render(Parser.builder().extensions(EXTENSIONS).build().parse(markdown))
                .replace(KitText.WRITE_HERE, "<div class=\"write\"></div>");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            DocumentPdf.render(title, body, ladder, paper, out);
        } catch (ExportException e) {
            throw new KitException(title + ": the PDF could not be made: " + e.getMessage(), e);
        }
        return out.toByteArray();
    }
}
