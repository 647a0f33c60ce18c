package app.dualtrack.importer;

import app.dualtrack.format.LadderWriter;
import app.dualtrack.model.Ladder;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The import fixtures (written for this project in the shapes of real ladders) and helpers to import them. */
public final class ImportFixtures {
    public static final Path DIR = Path.of("src", "test", "resources", "app", "dualtrack", "importer");

    private ImportFixtures() {
    }

    public static Path fixture(String name) {
        return DIR.resolve(name);
    }

    public static ImportResult importFiles(ImportOptions options, Path... files) throws ImportException {
        List<Importer.Source> sources = new ArrayList<>();
        for (Path f : files) {
            sources.add(Importer.load(f, null));
        }
        Draft draft = Importer.read(sources, options);
        return Importer.assemble(draft, MappingGuesser.guess(draft, "Imported"));
    }

    /**
     * An Excel ladder as people keep them: a title row, the matrix with area cells merged over two
     * rows, a header cell that is a formula, a second sheet of notes, and one per behaviour per line.
     */
    public static byte[] workbookWithMergedAreas() throws IOException {
        return workbookWithMergedAreas(true);
    }

    /**
     * As above; {@code cachedFormulas} false leaves the formula without a stored result, as a workbook
     * written by a script (never opened in Excel) has it.
     */
    public static byte[] workbookWithMergedAreas(boolean cachedFormulas) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet s = wb.createSheet("Engineering ladder");
            row(s, 0, "Area", "Engineer", "Senior Engineer", "Staff Engineer");
            s.getRow(0).createCell(4).setCellFormula("\"Principal\"&\" Engineer\"");
            row(s, 1, "Design", "Follows the team's design patterns.", "Designs a component with clear interfaces.",
                    "Designs systems that span several teams.", "Sets design standards for the whole company.");
            row(s, 2, "", "Asks why a design was chosen.", "Writes down alternatives it rejected.", "Reviews designs across the group.",
                    "Mentors staff engineers on large designs.");
            s.addMergedRegion(new CellRangeAddress(1, 2, 0, 0));
            row(s, 3, "Quality", "Writes unit tests.\nFixes flaky tests they meet.", "Adds integration tests for a service.",
                    "Sets the testing strategy for a product area.", "Cuts escaped defects across products.");
            Sheet notes = wb.createSheet("Read me");
            row(notes, 0, "This workbook is owned by the engineering council.");
            if (cachedFormulas) {
                wb.getCreationHelper().createFormulaEvaluator().evaluateAll();   // what Excel does when it saves
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        }
    }

    private static void row(Sheet s, int index, String... cells) {
        Row r = s.createRow(index);
        for (int i = 0; i < cells.length; i++) {
            r.createCell(i).setCellValue(cells[i]);
        }
    }

    /** Words of four letters or more in a source, as a reader sees them (markup dropped). */
    public static List<String> words(String visibleText) {
        List<String> words = new ArrayList<>();
        Matcher m = Pattern.compile("\\p{L}{4,}").matcher(visibleText);
        while (m.find()) {
            words.add(m.group().toLowerCase(Locale.ROOT));
        }
        return words;
    }

    /** The words of the source that appear nowhere in the ladder (titles, behaviours, summaries, notes). */
    public static List<String> lostWords(String visibleSourceText, Ladder ladder, List<String> ignore) {
        String json = LadderWriter.toCanonicalJson(ladder).toLowerCase(Locale.ROOT);
        return words(visibleSourceText).stream().filter(w -> !json.contains(w) && !ignore.contains(w)).distinct().toList();
    }

    public static String htmlText(Path file) throws IOException {
        return Jsoup.parse(Files.readString(file)).body().text();
    }
}
