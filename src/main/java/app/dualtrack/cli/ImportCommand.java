package app.dualtrack.cli;

import app.dualtrack.format.LadderFiles;
import app.dualtrack.importer.Draft;
import app.dualtrack.importer.ImportException;
import app.dualtrack.importer.ImportMapping;
import app.dualtrack.importer.ImportOptions;
import app.dualtrack.importer.ImportResult;
import app.dualtrack.importer.Importer;
import app.dualtrack.importer.MappingFile;
import app.dualtrack.importer.MappingGuesser;
import app.dualtrack.importer.SourceFormat;
import app.dualtrack.model.BehaviourKind;
import app.dualtrack.model.Track;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "import", mixinStandardHelpOptions = true, versionProvider = Version.class, description = {
        "Make a ladder from an existing one in Markdown, CSV, Excel, YAML, HTML or plain text.",
        "Levels, tracks, codes, order, peers and sections are guessed; --show-mapping prints the guess in the form --mapping reads.",
        "Every sentence lands in a level or in the ladder's notes; the report says which and why.",
        "Exit 0 when written, 2 when a source cannot be read or the ladder cannot be written."})
final class ImportCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "SOURCE", description = "files to read (all into one ladder)")
    List<Path> sources;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT.ladder.json", description = "where to write the ladder (required unless --show-mapping)")
    Path output;

    @Option(names = "--from", paramLabel = "markdown|csv|xlsx|yaml|html|text", description = "the sources' format (default: from the extension)")
    String from;

    @Option(names = "--mapping", paramLabel = "FILE", description = "a YAML file of mapping choices (see --show-mapping)")
    Path mappingFile;

    @Option(names = "--show-mapping", description = "print the mapping that would be used, as YAML, and write nothing")
    boolean showMapping;

    @Option(names = "--shape", paramLabel = "auto|rows|matrix", description = "tables: one row per behaviour, or areas × levels (default: ${DEFAULT-VALUE})")
    String shape = "auto";

    @Option(names = "--sheet", paramLabel = "NAME|N|all", description = "which spreadsheet sheet to read (default: the first with content)")
    String sheet;

    @Option(names = "--track", paramLabel = "shared|technical|management", description = "every level of the sources is on this track")
    String track;

    @Option(names = "--name", paramLabel = "TEXT", description = "the ladder's name")
    String name;

    @Option(names = "--branch-after", paramLabel = "LEVEL", description = "levels up to this one are shared (below the branch point)")
    String branchAfter;

    @Option(names = "--level-track", paramLabel = "LEVEL=TRACK", description = "put a level on a track (repeatable)")
    Map<String, String> levelTracks = new LinkedHashMap<>();

    @Option(names = "--peer", paramLabel = "LEVEL=LEVEL", description = "pair two levels (repeatable)")
    Map<String, String> peers = new LinkedHashMap<>();

    @Option(names = "--supporting", paramLabel = "SECTION", description = "read this section as supporting behaviours (repeatable)")
    List<String> supporting = new ArrayList<>();

    @Option(names = "--force", description = "replace OUT.ladder.json if it exists (the old one is kept as .bak)")
    boolean force;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            if (output == null && !showMapping) {
                err.println("dualtrack import: say where to write the ladder with -o OUT.ladder.json (or use --show-mapping)");
                return DualtrackCommand.EXIT_REFUSED;
            }
            if (!List.of("auto", "rows", "matrix").contains(shape)) {
                err.println("dualtrack import: --shape is auto, rows or matrix, not “" + shape + "”");
                return DualtrackCommand.EXIT_REFUSED;
            }
            SourceFormat format = null;
            if (from != null) {
                format = SourceFormat.parse(from);
                if (format == null) {
                    err.println("dualtrack import: --from is one of markdown, csv, xlsx, yaml, html, text; not “" + from + "”");
                    return DualtrackCommand.EXIT_REFUSED;
                }
            }
            Track allOn = null;
            if (track != null) {
                allOn = trackWord(track);
                if (allOn == null) {
                    err.println("dualtrack import: --track is shared, technical or management, not “" + track + "”");
                    return DualtrackCommand.EXIT_REFUSED;
                }
            }
            if (output != null && Files.exists(output) && !force) {
                err.println(output + ": already exists; choose another name or add --force to replace it (the old one is kept as .bak)");
                return DualtrackCommand.EXIT_REFUSED;
            }
            List<Importer.Source> loaded = new ArrayList<>();
            for (Path p : sources) {
                loaded.add(Importer.load(p, format));
            }
            Draft draft = Importer.read(loaded, new ImportOptions(shape, sheet, allOn));
            String fallback = sources.get(0).getFileName().toString().replaceFirst("\\.[^.]+$", "");
            ImportMapping mapping = MappingGuesser.guess(draft, fallback);
            applyOptions(mapping);
            if (showMapping) {
                out.print(MappingFile.write(mapping));
                return 0;
            }
            ImportResult result = Importer.assemble(draft, mapping);
            LadderFiles.save(result.ladder(), output);
            out.println("Wrote " + output);
            result.report().lines().forEach(out::println);
            return 0;
        } catch (ImportException e) {
            err.println(e.getMessage());
            return DualtrackCommand.EXIT_REFUSED;
        } catch (IOException e) {
            err.println(output + ": the ladder could not be written: " + e.getMessage());
            return DualtrackCommand.EXIT_REFUSED;
        }
    }

    private void applyOptions(ImportMapping mapping) throws ImportException {
        if (mappingFile != null) {
            String text;
            try {
                text = Files.readString(mappingFile, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new ImportException(mappingFile + ": the mapping file cannot be read (" + e.getMessage() + ")");
            }
            MappingFile.apply(text, mappingFile.toString(), mapping);
        }
        if (name != null) {
            mapping.name(name);
        }
        for (Map.Entry<String, String> e : levelTracks.entrySet()) {
            String key = need(mapping, e.getKey(), "--level-track");
            Track t = trackWord(e.getValue());
            if (t == null) {
                throw new ImportException("--level-track: “" + e.getValue() + "” is none of shared, technical or management");
            }
            mapping.level(key, mapping.level(key).withTrack(t));
        }
        if (branchAfter != null) {
            mapping.branchAfter(need(mapping, branchAfter, "--branch-after"));
        }
        for (Map.Entry<String, String> e : peers.entrySet()) {
            mapping.pair(need(mapping, e.getKey(), "--peer"), need(mapping, e.getValue(), "--peer"));
        }
        for (String s : supporting) {
            if (mapping.section(s) == null) {
                throw new ImportException("--supporting: the sources have no section “" + s + "”; they have " + String.join(", ", mapping.sections().keySet()));
            }
            mapping.section(s, new ImportMapping.SectionChoice(BehaviourKind.SUPPORTING, mapping.section(s).area()));
        }
    }

    private static String need(ImportMapping mapping, String label, String option) throws ImportException {
        String key = mapping.find(label);
        if (key == null) {
            throw new ImportException(option + ": the sources have no level “" + label + "”");
        }
        return key;
    }

    private static Track trackWord(String s) {
        for (Track t : Track.values()) {
            if (t.key().equalsIgnoreCase(s.strip())) {
                return t;
            }
        }
        return null;
    }
}
