package app.dualtrack.analysis;

import app.dualtrack.model.Ladder;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;

/** A ladder drifts within about 18 months unless it is reviewed. */
final class CurrencyRules {
    static final int DRIFT_MONTHS = 18;

    private CurrencyRules() {
    }

    static void check(Ladder ladder, LocalDate today, Findings out) {
        if (ladder.reviewed() == null) {
            out.add("currency/unknown", FindingLocation.ladder(FindingField.REVIEWED), Map.of());
            return;
        }
        long months = ChronoUnit.MONTHS.between(ladder.reviewed(), today);
        Map<String, String> values = Map.of("reviewed", ladder.reviewed().toString(), "months", String.valueOf(months),
                "cadence", String.valueOf(ladder.reviewCadenceMonths()));
        if (months >= DRIFT_MONTHS) {
            out.add("currency/drift", FindingLocation.ladder(FindingField.REVIEWED), values);
        } else if (months >= ladder.reviewCadenceMonths()) {
            out.add("currency/stale", FindingLocation.ladder(FindingField.REVIEWED), values);
        }
    }
}
