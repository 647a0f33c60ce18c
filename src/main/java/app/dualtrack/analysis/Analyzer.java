package app.dualtrack.analysis;

import app.dualtrack.model.Ladder;
import app.dualtrack.model.Level;
import app.dualtrack.model.Suppression;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The one analysis engine behind the editor's warnings pane, the PDF audit appendix, the
 * comparison and {@code lint}. Pure and thread-safe: analyse any ladder on any thread.
 *
 * <p>Sentence verdicts are cached by text, so re-analysing after one edited sentence reads only
 * that sentence again; the structural rules are linear in the number of levels.
 */
public final class Analyzer {
    private static final Analyzer STANDARD = new Analyzer(Lexicon.builtIn(), RuleOverrides.NONE);

    private final RuleCatalog catalog = RuleCatalog.builtIn();
    private final RuleOverrides overrides;
    private final LanguageRules languageRules;
    private final StructureRules structureRules;
    private final Lexicon lexicon;

    private Analyzer(Lexicon lexicon, RuleOverrides overrides) {
        this.overrides = overrides;
        this.lexicon = lexicon;
        this.languageRules = new LanguageRules(new LanguageAnalyzer(lexicon), catalog);
        this.structureRules = new StructureRules(lexicon);
    }

    /** The analyzer with the built-in rules and lexicons. */
    public static Analyzer standard() {
        return STANDARD;
    }

    /**
     * Starts loading the language models on background threads and returns at once, for a caller
     * that knows it will analyse soon and has other work to do first (a command reading its
     * arguments and files): loading them is most of the first analysis's time.
     */
    public static void prepareInBackground() {
        LanguagePipeline.loadModelsInBackground();
    }

    /** An analyzer with a user's rules file applied on top of the built-in rules. */
    public static Analyzer withOverrides(RuleOverrides overrides) {
        if (overrides == null || overrides.equals(RuleOverrides.NONE)) {
            return STANDARD;
        }
        Lexicon lexicon = overrides.addsWords() ? Lexicon.builtIn().extendedWith(overrides) : Lexicon.builtIn();
        return new Analyzer(lexicon, overrides);
    }

    /** What the language analysis says about one behaviour sentence (cached by text). */
    public SentenceVerdict languageVerdict(String sentence) {
        return languageRules.verdict(sentence);
    }

    /** Analyses a ladder as of {@code today} (review dates are judged against it). */
    public AnalysisReport analyze(Ladder ladder, LocalDate today) {
        Findings out = new Findings(catalog, overrides);
        languageRules.check(ladder, out);
        structureRules.check(ladder, out);
        VisibilityRules.check(ladder, lexicon, out);
        CurrencyRules.check(ladder, today, out);

        List<Finding> active = new ArrayList<>();
        List<SuppressedFinding> suppressed = new ArrayList<>();
        for (Finding f : out.all()) {
            Suppression s = ladder.suppressionFor(f.rule(), f.level()).orElse(null);
            if (s == null) {
                active.add(f);
            } else {
                suppressed.add(new SuppressedFinding(f, s.reason()));
            }
        }
        Comparator<Finding> order = Comparator.comparing(Finding::severity).thenComparing(ladderOrder(ladder));
        active.sort(order);
        suppressed.sort(Comparator.comparing(SuppressedFinding::finding, order));
        return new AnalysisReport(active, suppressed);
    }

    /** Ladder-wide findings first, then levels in file order, then field position. */
    private static Comparator<Finding> ladderOrder(Ladder ladder) {
        Map<String, Integer> position = new HashMap<>();
        List<Level> all = ladder.allLevels();
        for (int i = 0; i < all.size(); i++) {
            position.put(all.get(i).id(), i);
        }
        return Comparator.<Finding>comparingInt(f -> f.level() == null ? -1 : position.getOrDefault(f.level(), Integer.MAX_VALUE))
                .thenComparingInt(Finding::index)
                .thenComparingInt(Finding::start);
    }
}
