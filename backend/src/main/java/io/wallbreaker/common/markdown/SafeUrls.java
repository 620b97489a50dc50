package io.wallbreaker.common.markdown;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides whether a link or image URL from Markdown may be emitted: only http, https, mailto and
 * relative URLs pass. The scheme is read the way a lenient browser would read it, after undoing the
 * usual disguises (entities with or without ';', percent-encoding, mixed case, whitespace and
 * control or invisible characters), so {@code JaVaScRiPt:}, {@code java&#x09;script:} or
 * {@code &#106;avascript:} are all recognised as {@code javascript:}.
 */
public final class SafeUrls {

    /** What a refused URL becomes: harmless on its own, and dropped by the HTML sanitizer afterwards. */
    public static final String BLOCKED = "about:invalid#blocked";

    private static final Set<String> ALLOWED_SCHEMES = Set.of("http", "https", "mailto");
    private static final Pattern NUMERIC_ENTITY = Pattern.compile("&#(?:[xX]([0-9a-fA-F]{1,6})|([0-9]{1,7}));?");
    private static final Pattern NAMED_ENTITY =
            Pattern.compile("&(colon|tab|newline|sol|num|quest|period|amp|lpar|rpar);?", Pattern.CASE_INSENSITIVE);
    private static final Pattern PERCENT = Pattern.compile("%([0-9a-fA-F]{2})");
    private static final Pattern SCHEME = Pattern.compile("[a-z][a-z0-9+.\\-]*");

    private SafeUrls() {}

    public static boolean isAllowed(String url) {
        String normalized = normalize(url);
        int colon = normalized.indexOf(':');
        if (colon < 0) {
            return true;
        }
        // A ':' after the first '/', '?' or '#' belongs to the path or query: the URL is relative.
        for (int i = 0; i < colon; i++) {
            char c = normalized.charAt(i);
            if (c == '/' || c == '?' || c == '#') {
                return true;
            }
        }
        String scheme = normalized.substring(0, colon);
        return SCHEME.matcher(scheme).matches() && ALLOWED_SCHEMES.contains(scheme);
    }

    /** The URL itself if allowed, otherwise {@link #BLOCKED}. */
    public static String sanitize(String url) {
        return isAllowed(url) ? url : BLOCKED;
    }

    static String normalize(String url) {
        String current = url;
        // Decoding can reveal another layer (&amp;#106; → &#106; → j); a few rounds undo any practical nesting.
        for (int round = 0; round < 5; round++) {
            String decoded = percentDecode(decodeEntities(current));
            if (decoded.equals(current)) {
                break;
            }
            current = decoded;
        }
        StringBuilder out = new StringBuilder(current.length());
        current.codePoints().filter(cp -> !ignorable(cp)).forEach(out::appendCodePoint);
        return out.toString().toLowerCase(Locale.ROOT);
    }

    /** Characters browsers drop or that cannot be part of a real scheme: whitespace, controls, invisible marks. */
    private static boolean ignorable(int cp) {
        return cp <= 0x20
                || (cp >= 0x7f && cp <= 0xa0)
                || Character.isWhitespace(cp)
                || Character.getType(cp) == Character.FORMAT
                || cp == 0xfffd
                || cp == 0xfeff
                || Character.isISOControl(cp);
    }

    private static String decodeEntities(String text) {
        Matcher m = NUMERIC_ENTITY.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            int cp;
            try {
                cp = m.group(1) != null ? Integer.parseInt(m.group(1), 16) : Integer.parseInt(m.group(2));
            } catch (NumberFormatException e) {
                cp = 0xfffd;
            }
            String replacement = Character.isValidCodePoint(cp) ? new String(Character.toChars(cp)) : "\ufffd";
            m.appendReplacement(sb, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(sb);
        Matcher named = NAMED_ENTITY.matcher(sb.toString());
        StringBuilder out = new StringBuilder();
        while (named.find()) {
            String replacement = switch (named.group(1).toLowerCase(Locale.ROOT)) {
                case "colon" -> ":";
                case "tab" -> "\t";
                case "newline" -> "\n";
                case "sol" -> "/";
                case "num" -> "#";
                case "quest" -> "?";
                case "period" -> ".";
                case "lpar" -> "(";
                case "rpar" -> ")";
                default -> "&";
            };
            named.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        named.appendTail(out);
        return out.toString();
    }

    private static String percentDecode(String text) {
        Matcher m = PERCENT.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            char c = (char) Integer.parseInt(m.group(1), 16);
            m.appendReplacement(sb, Matcher.quoteReplacement(String.valueOf(c)));
        }
        m.appendTail(sb);
        return sb.toString();
    }
}
