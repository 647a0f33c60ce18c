package app.dualtrack.ui.export;

import app.dualtrack.export.ExportResult;
import app.dualtrack.ui.main.FakeDialogs;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/** "PDF exported" is news with an offer to open the file, not a question with a Cancel button. */
class ExportOutcomeTest {
    private final FakeDialogs dialogs = new FakeDialogs();
    private final List<String> opened = new ArrayList<>();
    private final Path file = Path.of("/tmp/team.pdf");

    @Test
    void aFinishedExportIsNewsWithAnOpenLinkNotAQuestion() {
        ExportPdfDialog.tell(new ExportPdfViewModel.Outcome(file, new ExportResult(7, new TreeSet<>()), null), dialogs, opened::add);
        assertThat(dialogs.confirmations).as("questions asked").isEmpty();
        assertThat(dialogs.news).containsExactly("Exported team.pdf (7 pages).");
        assertThat(dialogs.newsActions).singleElement().satisfies(offer -> {
            assertThat(offer.getKey()).isEqualTo("Open PDF");
            offer.getValue().run();
        });
        assertThat(opened).containsExactly(file.toUri().toString());
    }

    @Test
    void whereNothingCanOpenItTheNewsOffersNothing() {
        ExportPdfDialog.tell(new ExportPdfViewModel.Outcome(file, new ExportResult(1, new TreeSet<>()), null), dialogs, null);
        assertThat(dialogs.news).containsExactly("Exported team.pdf (1 page).");
        assertThat(dialogs.newsActions).containsExactly((java.util.Map.Entry<String, Runnable>) null);
        assertThat(dialogs.confirmations).isEmpty();
    }

    @Test
    void aFailedExportIsAnError() {
        ExportPdfDialog.tell(new ExportPdfViewModel.Outcome(file, null, "The disk is full."), dialogs, opened::add);
        assertThat(dialogs.errors).containsExactly("The PDF was not exported: The disk is full.");
        assertThat(dialogs.news).isEmpty();
    }
}
