package app.dualtrack.format;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Says in plain words what is wrong with text that is not valid JSON. The parser's own messages
 * speak to programmers ("enable `JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS`", "Trailing token (of
 * type START_OBJECT)"); a person editing a ladder needs to know what to change. Any message not
 * recognised here becomes a neutral sentence rather than leaking the parser's vocabulary.
 */
final class JsonSyntaxMessages {
    private static final Pattern CHAR = Pattern.compile("^Unexpected character \\('(.+?)' \\(code (\\d+)\\)\\)");
    private static final Pattern TOKEN = Pattern.compile("^(?:Unrecognized token|Non-standard token) '(.*?)'", Pattern.DOTALL);
    private static final Pattern CONTROL = Pattern.compile("CTRL-CHAR, code (\\d+)");
    private static final Pattern CLOSE = Pattern.compile("^Unexpected close marker '(.)': expected '(.)'");
    private static final Pattern STRAY_CLOSE = Pattern.compile("^Unexpected close marker '(.)': no open");
    private static final Pattern DUPLICATE = Pattern.compile("^Duplicate field '(.*)'", Pattern.DOTALL);
    private static final Pattern ESCAPE = Pattern.compile("^Unrecognized character escape '(.+?)' \\(code (\\d+)\\)");

    private JsonSyntaxMessages() {
    }

    /** The problem, in a sentence without location (the caller adds line and column). */
    static String explain(String parserMessage) {
        String m = parserMessage == null ? "" : parserMessage;
        if (m.startsWith("Non-standard token")) {
            return shown(token(m)) + " is not a number JSON allows; write a number such as 12 or 12.5, or leave the field out";
        }
        if (m.contains("maybe a (non-standard) comment")) {
            return "JSON has no comments; remove the text starting with /, or move the remark into the ladder's notes";
        }
        if (m.startsWith("Trailing token")) {
            return "there is more text after the ladder's closing }; a ladder file holds exactly one JSON object";
        }
        if (m.startsWith("Document nesting depth")) {
            return "values are nested more than " + FormatLimits.MAX_NESTING_DEPTH + " levels deep here; a ladder file never needs more than a few";
        }
        if (m.startsWith("Name length")) {
            return "a field name here is more than " + String.format(Locale.ROOT, "%,d", FormatLimits.MAX_TEXT_CHARS)
                    + " characters long; no field of a ladder has such a name";
        }
        if (m.startsWith("Number value length")) {
            return "a number here is more than 100 digits long; no ladder needs such a number";
        }
        if (m.startsWith("String value length")) {
            return "a text here is far longer than any ladder needs";
        }
        if (m.contains("Leading zeroes not allowed")) {
            return "a number cannot start with 0 (write 7, not 07)";
        }
        if (m.contains("numbers to have plus signs")) {
            return "a number cannot start with + (write 7, not +7)";
        }
        if (m.contains("Decimal point not followed by a digit")) {
            return "a decimal point must be followed by a digit (write 1.0 or 1, not 1.)";
        }
        if (m.contains("Exponent indicator not followed by a digit")) {
            return "the exponent of a number must have digits (write 1e3, not 1e)";
        }
        if (m.contains("to follow minus sign")) {
            return "a minus sign must be followed by a digit";
        }
        if (m.startsWith("Illegal unquoted character")) {
            return controlInText(m);
        }
        if (m.startsWith("Illegal character") && m.contains("CTRL-CHAR")) {
            return "the control character " + codePoint(m) + " cannot stand between values; only spaces, tabs and line breaks can";
        }
        Matcher esc = ESCAPE.matcher(m);
        if (esc.find()) {
            return "\\" + shown(esc.group(1)).replace("“", "").replace("”", "") + " is not an escape JSON knows; write \\\\ for a backslash";
        }
        if (m.contains("expected a hex-digit for character escape")) {
            return "a \\u escape needs four hexadecimal digits, as in \\u00E9";
        }
        if (m.contains("surrogate")) {
            return "a \\u escape here is half of a character pair (an unpaired surrogate), which stands for no character";
        }
        if (m.startsWith("Unrecognized token")) {
            return shown(token(m)) + " is not a JSON value; text needs double quotes, as in \"Staff Engineer\"";
        }
        Matcher close = CLOSE.matcher(m);
        if (close.find()) {
            return "“" + close.group(1) + "” closes " + (close.group(2).equals("}") ? "an object" : "a list")
                    + " that needs “" + close.group(2) + "” to close it";
        }
        Matcher stray = STRAY_CLOSE.matcher(m);
        if (stray.find()) {
            return "“" + stray.group(1) + "” closes nothing: no " + (stray.group(1).equals("}") ? "object" : "list") + " is open here";
        }
        Matcher dup = DUPLICATE.matcher(m);
        if (dup.find()) {
            return "the field " + shown(dup.group(1)) + " appears twice in the same object; keep one";
        }
        if (m.contains("end-of-input")) {
            return endOfInput(m);
        }
        Matcher ch = CHAR.matcher(m);
        if (ch.find()) {
            return unexpected(ch.group(1), Integer.parseInt(ch.group(2)), m);
        }
        return "the text here does not follow JSON's rules";
    }

    private static String unexpected(String c, int code, String m) {
        String it = code < 0x20 || code == 0x7f ? "the control character " + String.format("U+%04X", code) : "“" + c + "”";
        if (m.contains("double-quote to start field name")) {
            if (c.equals("}")) {
                return "a comma stands before } with no field after it; remove the comma (JSON allows no trailing comma)";
            }
            if (c.equals("'")) {
                return "field names need double quotes (\"name\"), not single quotes";
            }
            return "expected a field name in double quotes, found " + it;
        }
        if (m.contains("colon to separate field name and value")) {
            return "expected a colon after the field name, found " + it;
        }
        if (m.contains("comma to separate Object entries")) {
            return "expected a comma or } after the value, found " + it;
        }
        if (m.contains("comma to separate Array entries")) {
            return "expected a comma or ] after the list item, found " + it;
        }
        if (m.contains("expected a valid value")) {
            if (c.equals("]") || c.equals("}")) {
                return "a value is missing before " + c + " (JSON allows no trailing comma)";
            }
            if (c.equals("'")) {
                return "text needs double quotes (\"like this\"), not single quotes";
            }
            return it + " cannot start a value; expected text in double quotes, a number, true, false, null, a list or an object";
        }
        return it + " is not expected here";
    }

    private static String endOfInput(String m) {
        if (m.contains("closing quote")) {
            return "the file ends inside a text: a closing \" is missing";
        }
        if (m.contains("in field name")) {
            return "the file ends inside a field name: a closing \" is missing";
        }
        if (m.contains("Array")) {
            return "the file ends before a list is closed: a ] is missing";
        }
        if (m.contains("Object")) {
            return "the file ends before an object is closed: a } is missing";
        }
        return "the file ends too early";
    }

    private static String controlInText(String m) {
        Matcher c = CONTROL.matcher(m);
        int code = c.find() ? Integer.parseInt(c.group(1)) : -1;
        if (code == '\n' || code == '\r') {
            return "a text runs over a line break; inside quotes write a line break as \\n";
        }
        if (code == '\t') {
            return "a text holds a tab character; inside quotes write it as \\t";
        }
        return "a text holds the control character " + (code < 0 ? "" : String.format("U+%04X ", code))
                + "that must be written as an escape (\\u" + (code < 0 ? "XXXX" : String.format("%04X", code)) + ") or removed";
    }

    private static String codePoint(String m) {
        Matcher c = CONTROL.matcher(m);
        return c.find() ? String.format("U+%04X", Integer.parseInt(c.group(1))) : "here";
    }

    private static String token(String m) {
        Matcher t = TOKEN.matcher(m);
        return t.find() ? t.group(1) : "this";
    }

    /** A piece of the file quoted in a message: shortened, and with invisible characters escaped. */
    static String shown(String s) {
        String cut = s.codePointCount(0, s.length()) > 40 ? s.substring(0, s.offsetByCodePoints(0, 40)) + "…" : s;
        return "“" + FileNames.escape(cut) + "”";
    }
}
