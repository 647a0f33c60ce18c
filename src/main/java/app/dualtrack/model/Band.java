package app.dualtrack.model;

import java.math.BigDecimal;

/**
 * A pay band. Amounts keep the exact decimal written in the file.
 *
 * @param min      lowest pay, or null when not given
 * @param max      highest pay, or null when not given
 * @param currency ISO currency code such as "EUR", or null
 */
public record Band(BigDecimal min, BigDecimal max, String currency, Extras extras) {
    public Band {
        extras = extras == null ? Extras.NONE : extras;
    }

    public Band(BigDecimal min, BigDecimal max, String currency) {
        this(min, max, currency, Extras.NONE);
    }
}
