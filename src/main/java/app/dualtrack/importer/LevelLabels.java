package app.dualtrack.importer;

import app.dualtrack.model.Track;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads level labels the way ladders write them ("IC3 — Senior Engineer", "Level 2: Engineer",
 * "Staff Engineer (L6)", "M1 Engineering Manager") and makes the guesses the mapping starts from.
 */
final class LevelLabels {
    /** A code: a few capitals then a number ("IC3", "L6", "E-4", "M1", "SE2"). */
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Za-z]{0,3}[- ]?\\d{1,2}[a-z]?");
    private static final Pattern LEADING = Pattern.compile("^(" + CODE.pattern() + ")\\s*(?:—|–|-|:|·|\\||\\.)?\\s+(.+)$", Pattern.DOTALL);
    private static final Pattern TRAILING = Pattern.compile("^(.+?)\\s*[(\\[](" + CODE.pattern() + ")[)\\]]$", Pattern.DOTALL);
    private static final Pattern LEVEL_N = Pattern.compile("^(?:level|grade|band|tier)\\s*(\\d{1,2})\\b\\s*(?:—|–|-|:|·|\\|)?\\s*(.*)$", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern ONLY_CODE = Pattern.compile("^" + CODE.pattern() + "$");
    private static final Pattern DIGITS = Pattern.compile("(\\d{1,2})");
    private static final Pattern ROMAN = Pattern.compile("\\b(I{1,3}|IV|V|VI)$");

    private static final Pattern LEVEL_WORDS = Pattern.compile(
            "\\b(engineer|developer|manager|director|lead|principal|staff|fellow|architect|head of|vp|cto|"
                    + "junior|senior|intern|associate|distinguished|apprentice|graduate)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern NOT_A_LEVEL = Pattern.compile("\\b(ladder|levels|framework|career|progression|track)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern MANAGEMENT_WORDS = Pattern.compile(
            "\\b(manager|management|director|head of|vp|vice president|cto|chief)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern MANAGEMENT_CODE = Pattern.compile("^(M|EM|D|MGR|VP)[- ]?\\d", Pattern.CASE_INSENSITIVE);

    record Parsed(String code, String title, Integer grade) {
    }

    private LevelLabels() {
    }

    static Parsed parse(String label) {
        String s = label.strip();
        Matcher m = LEADING.matcher(s);
        if (m.matches() && !m.group(2).isBlank()) {
            return new Parsed(m.group(1), m.group(2).strip(), grade(m.group(1)));
        }
        m = TRAILING.matcher(s);
        if (m.matches()) {
            return new Parsed(m.group(2), m.group(1).strip(), grade(m.group(2)));
        }
        m = LEVEL_N.matcher(s);
        if (m.matches()) {
            String rest = m.group(2).strip();
            return new Parsed(null, rest.isEmpty() ? s : rest, Integer.parseInt(m.group(1)));
        }
        if (ONLY_CODE.matcher(s).matches()) {
            return new Parsed(s, s, grade(s));
        }
        return new Parsed(null, s, null);
    }

    static Integer grade(String code) {
        if (code == null) {
            return null;
        }
        Matcher d = DIGITS.matcher(code);
        return d.find() ? Integer.parseInt(d.group(1)) : null;
    }

    /** True when a heading or column header reads like a level rather than an area or a note. */
    static boolean looksLikeLevel(String label) {
        String s = label.strip();
        if (s.length() > 80 || NOT_A_LEVEL.matcher(s).find()) {
            return false;
        }
        return LEADING.matcher(s).matches() || TRAILING.matcher(s).matches() || LEVEL_N.matcher(s).matches()
                || ONLY_CODE.matcher(s).matches() || LEVEL_WORDS.matcher(s).find() || ROMAN.matcher(s).find() && s.split("\\s+").length <= 4;
    }

    /** The track a level's title or code suggests; technical unless it reads as management. */
    static Track trackOf(String code, String title) {
        if (code != null && MANAGEMENT_CODE.matcher(code).find()) {
            return Track.MANAGEMENT;
        }
        return title != null && MANAGEMENT_WORDS.matcher(title).find() ? Track.MANAGEMENT : Track.TECHNICAL;
    }

    /** The track a heading like "Management track" or "Individual contributors" names, or null. */
    static Track trackHeading(String heading) {
        String h = heading.toLowerCase(Locale.ROOT);
        if (h.length() > 60) {
            return null;
        }
        if (h.matches(".*\\b(shared|foundation|foundational|common|before the branch|all engineers)\\b.*")) {
            return Track.SHARED;
        }
        if (h.matches(".*\\b(management|manager|managers|leadership|people leads?)\\b.*") && !LEVEL_N.matcher(heading).find()) {
            return Track.MANAGEMENT;
        }
        if (h.matches(".*\\b(technical|individual contributors?|ic track|engineering track|specialist)\\b.*")) {
            return Track.TECHNICAL;
        }
        return null;
    }

    /** Parses "shared", "Technical", "IC", "management", "M" …; null when the word names no track. */
    static Track trackWord(String word) {
        if (word == null) {
            return null;
        }
        String w = word.strip().toLowerCase(Locale.ROOT);
        return switch (w) {
            case "shared", "common", "foundation", "both", "all" -> Track.SHARED;
            case "technical", "tech", "ic", "individual contributor", "engineering", "t" -> Track.TECHNICAL;
            case "management", "manager", "m", "mgmt", "people" -> Track.MANAGEMENT;
            default -> w.isEmpty() ? null : trackHeading(word);
        };
    }
}
