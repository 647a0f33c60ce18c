package app.dualtrack.ui.editing;

import app.dualtrack.analysis.AnalysisReport;
import app.dualtrack.analysis.Analyzer;
import app.dualtrack.analysis.RuleCatalog;
import app.dualtrack.analysis.RuleInfo;
import app.dualtrack.analysis.RuleOverrides;
import app.dualtrack.model.Ladder;
import app.dualtrack.session.ManualScheduler;
import app.dualtrack.session.OpenLadder;
import app.dualtrack.session.SessionContext;
import app.dualtrack.ui.main.FakeDialogs;
import app.dualtrack.ui.main.Template;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the editor tells its views about the analysis: whether there has been one yet, and every new
 * one, even one whose findings equal the last (the views decide from it which levels were looked at).
 */
class LadderEditorAnalysisTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-03T10:00:00Z"), ZoneOffset.UTC);

    private final ManualScheduler scheduler = new ManualScheduler();
    private final SessionContext context = new SessionContext(scheduler, Runnable::run, 150, CLOCK, null, message -> { });
    private final LadderEditor editor = new LadderEditor(new FakeDialogs(), CLOCK);

    private static Analyzer findingNothing() {
        Set<String> every = RuleCatalog.builtIn().all().stream().map(RuleInfo::id).collect(Collectors.toSet());
        return Analyzer.withOverrides(new RuleOverrides(Map.of(), every, Map.of(), Map.of(), Set.of()));
    }

    private OpenLadder open(Ladder ladder, Analyzer analyzer) {
        OpenLadder open = OpenLadder.untitled(ladder, context);
        open.analysis().setAnalyzer(analyzer); // read when the (pending) analysis runs
        return open;
    }

    @Test
    void beforeItsFirstAnalysisALadderHasNoneAndNoLevelCountsAsAnalysed() {
        Ladder ladder = Template.SCALE_UP.load();
        editor.show(open(ladder, Analyzer.standard()));

        assertThat(scheduler.hasPending()).isTrue();
        assertThat(editor.analysisProperty().get()).isNull();
        assertThat(editor.isAnalysed(ladder.allLevels().get(0).id())).isFalse();

        scheduler.advance(150);
        assertThat(editor.analysisProperty().get()).isNotNull();
        assertThat(editor.analysisProperty().get().ladder()).isEqualTo(ladder);
        assertThat(editor.analysisProperty().get().report()).isSameAs(editor.reportProperty().get());
        assertThat(editor.reportProperty().get().findings()).isNotEmpty();
        assertThat(editor.isAnalysed(ladder.allLevels().get(0).id())).isTrue();
    }

    @Test
    void aFirstAnalysisThatFindsNothingIsAnnouncedThoughItEqualsTheEmptyReport() {
        Ladder ladder = Template.SCALE_UP.load();
        editor.show(open(ladder, findingNothing()));
        List<LadderEditor.Analysis> heard = new ArrayList<>();
        editor.analysisProperty().addListener((o, before, now) -> heard.add(now));

        scheduler.advance(150);

        assertThat(editor.reportProperty().get()).isEqualTo(AnalysisReport.EMPTY);
        assertThat(heard).hasSize(1);
        assertThat(heard.get(0).report()).isEqualTo(AnalysisReport.EMPTY);
        assertThat(ladder.allLevels()).allSatisfy(l -> assertThat(editor.isAnalysed(l.id())).isTrue());
    }

    @Test
    void anotherLadderStartsUnanalysedAndItsAnalysisNamesItsOwnLevels() {
        Ladder first = Template.SCALE_UP.load();
        editor.show(open(first, Analyzer.standard()));
        scheduler.advance(150);
        assertThat(editor.analysisProperty().get()).isNotNull();

        Ladder second = Ladder.named("Second");
        List<Ladder> ladderWhenHeard = new ArrayList<>();
        editor.analysisProperty().addListener((o, before, now) -> ladderWhenHeard.add(editor.ladder()));
        editor.show(open(second, Analyzer.standard()));

        assertThat(editor.analysisProperty().get()).as("the first ladder's analysis is not the second's").isNull();
        assertThat(ladderWhenHeard).as("views hear of it with the new ladder already shown").containsExactly(second);
        scheduler.advance(150);
        assertThat(editor.analysisProperty().get().ladder()).isEqualTo(second);
    }
}
