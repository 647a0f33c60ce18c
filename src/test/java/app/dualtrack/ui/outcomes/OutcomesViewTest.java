package app.dualtrack.ui.outcomes;

import app.dualtrack.outcomes.GeneratedHistories;
import javafx.scene.Scene;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.prefs.Preferences;

import static org.assertj.core.api.Assertions.assertThat;

/** The Outcomes window, headless: findings shown, charts drawn in ladder order, withheld figures without bars. */
@ExtendWith(ApplicationExtension.class)
class OutcomesViewTest {
    private final Preferences node = Preferences.userRoot().node("app/dualtrack-test/outcomes-view-" + System.nanoTime());

    @Start
    void start(Stage stage) throws Exception {
        javafx.application.Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        Path csv = Files.createTempFile("records", ".csv");
        Files.writeString(csv, GeneratedHistories.principalFunnel());
        OutcomesViewModel vm = new OutcomesViewModel(GeneratedHistories::ladder, null, new RecordsLocations(node), () -> GeneratedHistories.TODAY);
        vm.open(csv);
        Files.delete(csv);
        Scene scene = new Scene(new OutcomesView(vm), 1200, 900);
        scene.getStylesheets().add(OutcomesWindow.STYLESHEET);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void removeNode() throws Exception {
        node.removeNode();
    }

    @Test
    @SuppressWarnings("unchecked")
    void findingsAndChartsAreShown(FxRobot robot) {
        assertThat(robot.lookup(".outcomes-finding").queryAll()).hasSize(2);
        assertThat(robot.lookup(".outcomes-severity").queryAllAs(Label.class)).extracting(Label::getText).containsExactly("WARNING", "INFO");
        List<BarChart<?, ?>> charts = new java.util.ArrayList<>();
        robot.lookup(".outcomes-chart").queryAllAs(BarChart.class).forEach(charts::add);
        assertThat(charts).extracting(BarChart::getTitle).containsExactly("Promotions per person-year, by track",
                "Median years at level, at the same height", "Moves between tracks, and out");
        CategoryAxis years = (CategoryAxis) charts.get(0).getXAxis();
        assertThat(years.getCategories()).containsExactly("2018 (withheld)", "2019", "2020", "2021", "2022", "2023", "2024", "2025", "2026");
        CategoryAxis rungs = (CategoryAxis) charts.get(1).getYAxis();
        assertThat(rungs.getCategories()).containsExactly("M1 Engineering Manager",
                "IC4 Staff Engineer  ·  M2 Senior Engineering Manager", "IC5 Principal Engineer  ·  M3 Director of Engineering",
                "IC6 Distinguished Engineer  ·  M4 VP Engineering (withheld)");
        // VP is withheld: the management series has no bar for the top rung
        var management = charts.get(1).getData().get(1);
        assertThat(management.getData()).noneMatch(d -> d.getYValue().toString().startsWith("IC6"));
    }
}
