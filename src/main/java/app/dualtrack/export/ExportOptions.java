package app.dualtrack.export;

import java.time.LocalDate;

/**
 * How a ladder is exported.
 *
 * @param includeBands   pay bands are printed (off by default: ladders are often shared without pay)
 * @param includeAudit   an appendix lists the analysis findings
 * @param includeChanges each level's section says what changes from the level below
 * @param today          the date on the cover and the day review currency is judged
 * @param overviewSheet  instead of the whole document, one page: the ladder at a glance with each
 *                       level's one-line summary, for noticeboards and onboarding packs
 * @param includeMatrix  an appendix shows the competency matrix (levels × areas)
 */
public record ExportOptions(Paper paper, boolean includeBands, boolean includeAudit, boolean includeChanges, LocalDate today,
                            boolean overviewSheet, boolean includeMatrix) {
    public enum Paper {
        A4("A4"), LETTER("letter");

        private final String css;

        Paper(String css) {
            this.css = css;
        }

        public String css() {
            return css;
        }
    }

    /** The whole document (not the overview sheet), without the matrix appendix. */
    public ExportOptions(Paper paper, boolean includeBands, boolean includeAudit, boolean includeChanges, LocalDate today) {
        this(paper, includeBands, includeAudit, includeChanges, today, false, false);
    }

    public static ExportOptions defaults(LocalDate today) {
        return new ExportOptions(Paper.A4, false, false, false, today);
    }

    public ExportOptions withPaper(Paper p) {
        return new ExportOptions(p, includeBands, includeAudit, includeChanges, today, overviewSheet, includeMatrix);
    }

    public ExportOptions withBands(boolean b) {
        return new ExportOptions(paper, b, includeAudit, includeChanges, today, overviewSheet, includeMatrix);
    }

    public ExportOptions withAudit(boolean b) {
        return new ExportOptions(paper, includeBands, b, includeChanges, today, overviewSheet, includeMatrix);
    }

    public ExportOptions withChanges(boolean b) {
        return new ExportOptions(paper, includeBands, includeAudit, b, today, overviewSheet, includeMatrix);
    }

    public ExportOptions withOverviewSheet(boolean b) {
        return new ExportOptions(paper, includeBands, includeAudit, includeChanges, today, b, includeMatrix);
    }

    public ExportOptions withMatrix(boolean b) {
        return new ExportOptions(paper, includeBands, includeAudit, includeChanges, today, overviewSheet, b);
    }
}
