package app.dualtrack.ui.outcomes;

import app.dualtrack.model.Level;
import app.dualtrack.outcomes.GroupFigure;
import app.dualtrack.outcomes.OutcomeReport;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Tooltip;
import javafx.util.Duration;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * The three outcome charts as JavaFX bar charts. A withheld figure gets no bar; its category says
 * so, and every bar has a tooltip with the figure and the size of its group.
 */
final class OutcomeCharts {
    private OutcomeCharts() {
    }

    static BarChart<String, Number> promotionRates(OutcomeReport report) {
        CategoryAxis x = new CategoryAxis();
        NumberAxis y = new NumberAxis();
        y.setLabel("promotions per person-year");
        BarChart<String, Number> chart = chart(new BarChart<>(x, y), "Promotions per person-year, by track");
        chart.setCategoryGap(18);
        chart.setBarGap(2);
        XYChart.Series<String, Number> tech = new XYChart.Series<>();
        tech.setName("Technical");
        XYChart.Series<String, Number> mgmt = new XYChart.Series<>();
        mgmt.setName("Management");
        for (OutcomeReport.YearRates r : report.promotionRates()) {
            String year = r.year() + (r.technical().withheld() && r.management().withheld() ? " (withheld)" : "");
            add(tech, year, r.technical(), year + " · technical track", "%.2f promotions per person-year", true);
            add(mgmt, year, r.management(), year + " · management track", "%.2f promotions per person-year", false);
        }
        chart.getData().setAll(List.of(tech, mgmt));
        headroom(y, report.promotionRates().stream().flatMapToDouble(r -> java.util.stream.DoubleStream.of(
                r.technical().value().orElse(0), r.management().value().orElse(0))).max().orElse(0));
        return chart;
    }

    static BarChart<Number, String> timeAtLevel(OutcomeReport report) {
        NumberAxis x = new NumberAxis();
        x.setLabel("median years at level");
        CategoryAxis y = new CategoryAxis();
        BarChart<Number, String> chart = chart(new BarChart<>(x, y), "Median years at level, at the same height");
        chart.setCategoryGap(10);
        chart.setBarGap(1);
        XYChart.Series<Number, String> tech = new XYChart.Series<>();
        tech.setName("Technical");
        XYChart.Series<Number, String> mgmt = new XYChart.Series<>();
        mgmt.setName("Management");
        for (OutcomeReport.RungTimes r : report.timeAtLevel()) {
            String label = rungLabel(r);
            addHorizontal(tech, label, r.technical() == null ? null : r.technicalYears(),
                    r.technical() == null ? "" : name(r.technical()), "median %.1f years", true);
            if (r.management() != null) {
                addHorizontal(mgmt, label, r.managementYears(), name(r.management()), "median %.1f years", false);
            }
        }
        chart.getData().setAll(List.of(tech, mgmt));
        headroom(x, report.timeAtLevel().stream().flatMapToDouble(r -> java.util.stream.DoubleStream.of(
                r.technicalYears().value().orElse(0), r.managementYears().value().orElse(0))).max().orElse(0));
        return chart;
    }

    static BarChart<Number, String> flows(OutcomeReport report) {
        NumberAxis x = new NumberAxis();
        x.setLabel("people");
        x.setMinorTickVisible(false);
        CategoryAxis y = new CategoryAxis();
        BarChart<Number, String> chart = chart(new BarChart<>(x, y), "Moves between tracks, and out");
        chart.setLegendVisible(false);
        XYChart.Series<Number, String> series = new XYChart.Series<>();
        List<OutcomeReport.Flow> flows = new ArrayList<>(report.flows());
        Collections.reverse(flows);               // the axis puts its first category at the bottom: first flow on top
        for (OutcomeReport.Flow f : flows) {
            String label = f.from() + " → " + f.to() + (f.people().withheld() ? " (fewer than " + GroupFigure.MIN_GROUP + ", withheld)" : "");
            if (f.people().withheld()) {
                series.getData().add(hidden(label));
            } else {
                XYChart.Data<Number, String> d = new XYChart.Data<>(f.people().value().getAsDouble(), label);
                // the chart resets a bar's style classes when it draws it: colour by destination inline
                String colour = f.to().startsWith("Technical") ? "#0f766e" : f.to().startsWith("Management") ? "#d97706" : "#9aa4b1";
                d.nodeProperty().addListener((o, old, node) -> {
                    if (node != null) {
                        node.setStyle("-fx-bar-fill: " + colour + ";");
                        valueLabel(node, String.valueOf((int) f.people().value().getAsDouble()), false);
                        tooltip(node, f.from() + " → " + f.to() + ": " + (int) f.people().value().getAsDouble() + " people");
                    }
                });
                series.getData().add(d);
            }
        }
        chart.getData().setAll(List.of(series));
        headroom(x, report.flows().stream().mapToDouble(f -> f.people().value().orElse(0)).max().orElse(0), true);
        return chart;
    }

    /** Room above the tallest bar for its value label: the axis ends on a round step past 115% of the largest value. */
    static void headroom(NumberAxis axis, double max) {
        headroom(axis, max, false);
    }

    /** As {@link #headroom(NumberAxis, double)}; {@code counts} keeps the steps whole numbers (people). */
    static void headroom(NumberAxis axis, double max, boolean counts) {
        if (max <= 0) {
            return;
        }
        double target = max * 1.15;
        double magnitude = Math.pow(10, Math.floor(Math.log10(target / 5)));
        if (counts) {
            magnitude = Math.max(1, magnitude);
        }
        double step = magnitude;
        for (double m : new double[] {1, 2, 2.5, 5, 10}) {
            if (counts && m * magnitude != Math.floor(m * magnitude)) {
                continue;
            }
            step = m * magnitude;
            if (target / step <= 6) {
                break;
            }
        }
        axis.setAutoRanging(false);
        axis.setLowerBound(0);
        axis.setUpperBound(Math.ceil(target / step) * step);
        axis.setTickUnit(step);
    }

    private static <X, Y> BarChart<X, Y> chart(BarChart<X, Y> chart, String title) {
        chart.setTitle(title);
        chart.setAnimated(false);
        chart.setVerticalGridLinesVisible(false);
        chart.setAlternativeRowFillVisible(false);
        chart.getStyleClass().add("outcomes-chart");
        chart.setMinHeight(300);
        return chart;
    }

    /**
     * The axis takes its categories in the order the first series meets them, so the first series
     * gets a hidden placeholder where its figure is withheld: years and rungs stay in order.
     */
    private static final String HIDDEN = "-fx-opacity: 0;";

    private static void add(XYChart.Series<String, Number> s, String category, GroupFigure g, String what, String format, boolean placeholder) {
        if (g.withheld()) {
            if (placeholder) {
                XYChart.Data<String, Number> d = new XYChart.Data<>(category, 0);
                d.nodeProperty().addListener((o, old, node) -> {
                    if (node != null) {
                        node.setStyle(HIDDEN);
                    }
                });
                s.getData().add(d);
            }
            return;
        }
        XYChart.Data<String, Number> d = new XYChart.Data<>(category, g.value().getAsDouble());
        d.nodeProperty().addListener((o, old, node) -> {
            if (node != null) {
                tooltip(node, what + ": " + String.format(Locale.ROOT, format, g.value().getAsDouble()) + " (" + g.people() + " people)");
                valueLabel(node, String.format(Locale.ROOT, "%.2f", g.value().getAsDouble()), true);
            }
        });
        s.getData().add(d);
    }

    private static void addHorizontal(XYChart.Series<Number, String> s, String category, GroupFigure g, String what, String format,
                                      boolean placeholder) {
        if (g == null || g.withheld()) {
            if (placeholder) {
                s.getData().add(hidden(category));
            }
            return;
        }
        XYChart.Data<Number, String> d = new XYChart.Data<>(g.value().getAsDouble(), category);
        d.nodeProperty().addListener((o, old, node) -> {
            if (node != null) {
                tooltip(node, what + ": " + String.format(Locale.ROOT, format, g.value().getAsDouble()) + " (" + g.people() + " people)");
                valueLabel(node, String.format(Locale.ROOT, "%.1f", g.value().getAsDouble()), false);
            }
        });
        s.getData().add(d);
    }

    private static XYChart.Data<Number, String> hidden(String category) {
        XYChart.Data<Number, String> d = new XYChart.Data<>(0, category);
        d.nodeProperty().addListener((o, old, node) -> {
            if (node != null) {
                node.setStyle(HIDDEN);
            }
        });
        return d;
    }

    /**
     * Writes the figure at the end of its bar (above a column, right of a horizontal bar), so that
     * the chart reads without hovering. The bar's own pane does not clip, so the label may stand outside it.
     */
    private static void valueLabel(Node node, String text, boolean above) {
        if (!(node instanceof StackPane bar)) {
            return;
        }
        Label label = new Label(text);
        label.getStyleClass().add("outcomes-bar-value");
        label.setMinSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        label.setMouseTransparent(true);
        if (above) {
            StackPane.setAlignment(label, Pos.TOP_CENTER);
            label.translateYProperty().bind(label.heightProperty().negate().subtract(2));
        } else {
            StackPane.setAlignment(label, Pos.CENTER_RIGHT);
            label.translateXProperty().bind(label.widthProperty().add(4));
        }
        bar.getChildren().add(label);
    }

    private static void tooltip(Node node, String text) {
        Tooltip t = new Tooltip(text);
        t.setShowDelay(Duration.millis(150));
        Tooltip.install(node, t);
    }

    /** "IC4 · M2", with "withheld" marks where a side has fewer than three people. */
    static String rungLabel(OutcomeReport.RungTimes r) {
        List<String> parts = new ArrayList<>();
        if (r.technical() != null) {
            parts.add(shortName(r.technical()) + (r.technicalYears().withheld() ? " (withheld)" : ""));
        }
        if (r.management() != null) {
            parts.add(shortName(r.management()) + (r.managementYears().withheld() ? " (withheld)" : ""));
        }
        return String.join("  ·  ", parts);
    }

    private static String shortName(Level l) {
        return l.code() == null || l.code().isBlank() ? l.title() : l.code() + " " + l.title();
    }

    static String name(Level l) {
        return shortName(l);
    }
}
