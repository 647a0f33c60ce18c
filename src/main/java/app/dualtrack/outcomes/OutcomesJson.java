package app.dualtrack.outcomes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The outcomes report as plain maps for JSON, findings in exactly the shape {@code lint} writes so
 * that tools reading one read both. Withheld figures are written as null with {@code "withheld": true}.
 */
public final class OutcomesJson {
    private OutcomesJson() {
    }

    public static Map<String, Object> of(String ladderFile, OutcomeRecords records, OutcomeReport report) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("file", ladderFile);
        m.put("records", records.source());
        m.put("period", Map.of("from", report.from().toString(), "to", report.to().toString()));
        m.put("findings", report.findings().stream().map(OutcomesJson::finding).toList());
        m.put("suppressed", List.of());
        m.put("problems", records.problems().stream().map(p -> {
            Map<String, Object> pm = new LinkedHashMap<>();
            pm.put("line", p.line());
            pm.put("message", p.message());
            return pm;
        }).toList());
        m.put("figures", figures(report));
        return m;
    }

    static Map<String, Object> finding(OutcomeFinding f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("rule", f.rule());
        m.put("severity", f.severity().key());
        m.put("level", f.level());
        m.put("field", OutcomeFinding.FIELD);
        m.put("index", null);
        m.put("start", null);
        m.put("end", null);
        m.put("text", null);
        m.put("message", f.message());
        m.put("suggestion", f.suggestion());
        return m;
    }

    private static Map<String, Object> figures(OutcomeReport report) {
        List<Object> rates = new ArrayList<>();
        for (OutcomeReport.YearRates y : report.promotionRates()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("year", y.year());
            m.put("technical", figure(y.technical()));
            m.put("management", figure(y.management()));
            rates.add(m);
        }
        List<Object> times = new ArrayList<>();
        for (OutcomeReport.RungTimes r : report.timeAtLevel()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("technicalLevel", r.technical() == null ? null : r.technical().id());
            m.put("technical", r.technical() == null ? null : figure(r.technicalYears()));
            m.put("managementLevel", r.management() == null ? null : r.management().id());
            m.put("management", r.management() == null ? null : figure(r.managementYears()));
            times.add(m);
        }
        List<Object> flows = new ArrayList<>();
        for (OutcomeReport.Flow f : report.flows()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("from", f.from());
            m.put("to", f.to());
            m.put("people", f.people().withheld() ? null : f.people().people());
            m.put("withheld", f.people().withheld());
            flows.add(m);
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("promotionsPerPersonYear", rates);
        m.put("medianYearsAtLevel", times);
        m.put("flows", flows);
        return m;
    }

    private static Map<String, Object> figure(GroupFigure g) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("value", g.withheld() ? null : Math.round(g.value().getAsDouble() * 100) / 100.0);
        m.put("people", g.withheld() ? null : g.people());
        m.put("withheld", g.withheld());
        return m;
    }
}
