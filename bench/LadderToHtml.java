import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * Writes the XHTML Dualtrack lays out for a ladder's PDF (audit and level steps on), so that another
 * engine can print the same document. Run with the app on the class path:
 * java -cp target/dualtrack.jar bench/LadderToHtml.java LADDER.json OUT.html
 * (Reflection: the document builder is internal to the export package.)
 */
public class LadderToHtml {
    public static void main(String[] args) throws Exception {
        Object ladder = Class.forName("app.dualtrack.format.LadderFiles").getMethod("read", Path.class).invoke(null, Path.of(args[0]));
        Class<?> optionsType = Class.forName("app.dualtrack.export.ExportOptions");
        Object options = optionsType.getMethod("defaults", LocalDate.class).invoke(null, LocalDate.now());
        options = optionsType.getMethod("withAudit", boolean.class).invoke(options, true);
        options = optionsType.getMethod("withChanges", boolean.class).invoke(options, true);
        Object report = Class.forName("app.dualtrack.analysis.Analyzer").getMethod("standard").invoke(null);
        report = report.getClass().getMethod("analyze", ladder.getClass(), LocalDate.class).invoke(report, ladder, LocalDate.now());
        Class<?> safeText = Class.forName("app.dualtrack.export.SafeText");
        Constructor<?> st = safeText.getDeclaredConstructor(java.util.List.class);
        st.setAccessible(true);
        Object text = st.newInstance(java.util.List.of());
        Class<?> html = Class.forName("app.dualtrack.export.LadderHtml");
        Constructor<?> c = html.getDeclaredConstructors()[0];
        c.setAccessible(true);
        Object builder = c.newInstance(ladder, options, text, report);
        Method build = html.getDeclaredMethod("build", String.class);
        build.setAccessible(true);
        Method resource = Class.forName("app.dualtrack.export.LadderPdfExporter").getDeclaredMethod("resource", String.class);
        resource.setAccessible(true);
        String css = ((String) resource.invoke(null, "/app/dualtrack/export/ladder.css")).replace("FALLBACKS", "serif");
        Files.writeString(Path.of(args[1]), (String) build.invoke(builder, css));
    }
}
