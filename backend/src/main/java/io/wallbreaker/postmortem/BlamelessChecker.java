package io.wallbreaker.postmortem;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.micronaut.core.annotation.Nullable;
import io.wallbreaker.common.markdown.MarkdownRenderer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.parser.Parser;

/**
 * Advisory check of postmortem Markdown for blaming language. The phrases are data
 * ({@code blameless-phrases.json}); this class only finds them, skipping text that quotes rather
 * than judges: inline code spans, fenced and indented code blocks, block quotes ({@code > …}) and
 * lines that look like log output (starting with an ISO timestamp or an upper-case log level).
 * Line and column are 1-based positions in the Markdown source.
 */
public final class BlamelessChecker {

    /** The resource the phrase list is read from. */
    public static final String RESOURCE = "blameless-phrases.json";

    /** Stands in for masked text: neither a word character nor whitespace, so no phrase can match across it. */
    private static final char MASK = '\0';

    private static final Parser PARSER = MarkdownRenderer.sourceParser();
    private static final Pattern LOG_LINE = Pattern.compile(
            "^\\s*\\[?(?:\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}|(?:TRACE|DEBUG|INFO|WARN|WARNING|ERROR|FATAL|SEVERE|CRITICAL)\\b)");

    /**
     * One entry of the phrase list. With {@code personGroup} set, the match names a person only when
     * that group's text is not one of the {@code systemWords}.
     */
    public record Rule(Pattern pattern, String reason, String suggestion, String personGroup) {}

    /** One finding: where in the source, what matched, why it reads as blame, and what to write instead. */
    public record Finding(int line, int column, String phrase, String reason, String suggestion) {}

    private final List<Rule> rules;
    private final Set<String> systemWords;

    public BlamelessChecker(List<Rule> rules, Set<String> systemWords) {
        this.rules = List.copyOf(rules);
        this.systemWords =
                systemWords.stream().map(w -> w.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
    }

    /** The checker with the phrase list shipped in the application. */
    public static BlamelessChecker fromClasspath() {
        try (InputStream in = BlamelessChecker.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            return load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a phrase list in the format documented at the top of {@code blameless-phrases.json}. */
    public static BlamelessChecker load(InputStream json) throws IOException {
        List<Rule> rules = new ArrayList<>();
        Set<String> systemWords = new HashSet<>();
        try (JsonParser p = new JsonFactory().createParser(json)) {
            expect(p.nextToken(), JsonToken.START_OBJECT);
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                p.nextToken();
                switch (field) {
                    case "systemWords" -> systemWords.addAll(strings(p));
                    case "rules" -> {
                        expect(p.currentToken(), JsonToken.START_ARRAY);
                        while (p.nextToken() == JsonToken.START_OBJECT) {
                            rules.add(rule(p));
                        }
                    }
                    default -> p.skipChildren();
                }
            }
        }
        return new BlamelessChecker(rules, systemWords);
    }

    private static Rule rule(JsonParser p) throws IOException {
        Map<String, String> values = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            p.nextToken();
            values.put(name, p.getValueAsString());
        }
        String reason = required(values, "reason");
        String suggestion = required(values, "suggestion");
        int flags = Pattern.MULTILINE;
        if (!"true".equals(values.get("caseSensitive"))) {
            flags |= Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
        }
        Pattern pattern;
        if (values.get("regex") != null) {
            pattern = Pattern.compile(values.get("regex"), flags);
        } else {
            pattern = Pattern.compile(phraseRegex(required(values, "phrase")), flags);
        }
        return new Rule(pattern, reason, suggestion, values.get("personGroup"));
    }

    /** A literal phrase: whole words, any run of whitespace or emphasis markers between them. */
    static String phraseRegex(String phrase) {
        String body =
                Arrays.stream(phrase.trim().split("\\s+")).map(Pattern::quote).collect(Collectors.joining("[\\s*_]+"));
        String start = Character.isLetterOrDigit(phrase.trim().charAt(0)) ? "\\b" : "";
        String end =
                Character.isLetterOrDigit(phrase.trim().charAt(phrase.trim().length() - 1)) ? "\\b" : "";
        return start + body + end;
    }

    public List<Finding> check(String markdown) {
        return check(markdown, List.of());
    }

    /**
     * Verbs and nouns of failure that, with a named person as subject or owner, put the cause in a
     * person: "Bob broke the build", "Priya's mistake".
     */
    private static final String FAILURE_VERBS = "(?:broke|caused|missed|failed|forgot|ignored|overlooked|neglected"
            + "|mistyped|misconfigured|botched|fat[\\s-]?fingered|screwed\\s+up|messed\\s+up|dropped\\s+the\\s+ball"
            + "|(?:did\\s+not|didn['’]?t)\\s+(?:check|test|notice|follow|read|review))";

    private static final String FAILURE_NOUNS =
            "(?:mistake|error|fault|screw[\\s-]?up|blunder|oversight|slip|negligence"
                    + "|carelessness|failure|bad|typo|lapse)s?";

    /**
     * Like {@link #check(String)}, and also flags the given people's names (users' display names and
     * logins) as the subject of a failure verb or the owner of a failure noun. A display name counts
     * whole ("Larry Page") and by its first word ("Larry"), ignoring parenthesised remarks.
     */
    public List<Finding> check(String markdown, Collection<String> personNames) {
        List<Rule> all = new ArrayList<>(rules);
        Rule named = namedPeopleRule(personNames);
        if (named != null) {
            all.add(named);
        }
        return checkWith(markdown, all);
    }

    private @Nullable Rule namedPeopleRule(Collection<String> personNames) {
        Set<String> names = new TreeSet<>(
                Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        for (String raw : personNames) {
            if (raw == null) {
                continue;
            }
            String name = raw.replaceAll("\\(.*?\\)", " ").strip().replaceAll("\\s+", " ");
            addName(names, name);
            int space = name.indexOf(' ');
            if (space > 0) {
                addName(names, name.substring(0, space));
            }
        }
        if (names.isEmpty()) {
            return null;
        }
        String alternatives = names.stream().map(BlamelessChecker::phraseRegex).collect(Collectors.joining("|"));
        String regex = "(?:" + alternatives + ")(?:\\s+" + FAILURE_VERBS + "\\b|['’]s\\s+(?:\\w+\\s+)?" + FAILURE_NOUNS
                + "\\b)";
        return new Rule(
                Pattern.compile(regex, Pattern.MULTILINE | Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
                "Names a person as the cause: people act sensibly given what they could see at the time.",
                "Describe the action and its context without the name (\"a deploy at 14:02 …\", \"the on-call engineer …\").",
                null);
    }

    private void addName(Set<String> names, String name) {
        if (name.length() >= 3 && !systemWords.contains(name.toLowerCase(Locale.ROOT))) {
            names.add(name);
        }
    }

    private List<Finding> checkWith(String markdown, List<Rule> rules) {
        if (markdown == null || markdown.isEmpty()) {
            return List.of();
        }
        String masked = mask(markdown);
        int[] lineStarts = lineStarts(markdown);
        Map<String, Finding> found = new LinkedHashMap<>();
        List<int[]> spans = new ArrayList<>();
        for (Rule rule : rules) {
            Matcher m = rule.pattern().matcher(masked);
            while (m.find()) {
                if (m.end() == m.start()) {
                    continue;
                }
                if (rule.personGroup() != null) {
                    String name = m.group(rule.personGroup());
                    if (name == null || systemWords.contains(name.toLowerCase(Locale.ROOT))) {
                        continue;
                    }
                }
                int line = lineOf(lineStarts, m.start());
                Finding f = new Finding(
                        line + 1,
                        m.start() - lineStarts[line] + 1,
                        markdown.substring(m.start(), m.end()),
                        rule.reason(),
                        rule.suggestion());
                if (found.putIfAbsent(m.start() + ":" + m.end(), f) == null) {
                    spans.add(new int[] {m.start(), m.end()});
                }
            }
        }
        // A phrase inside a longer finding ("dropped the ball" in "Carol dropped the ball") is one finding.
        for (int[] inner : spans) {
            for (int[] outer : spans) {
                if (outer != inner
                        && outer[0] <= inner[0]
                        && inner[1] <= outer[1]
                        && outer[1] - outer[0] > inner[1] - inner[0]) {
                    found.remove(inner[0] + ":" + inner[1]);
                    break;
                }
            }
        }
        return found.values().stream()
                .sorted(Comparator.comparingInt(Finding::line).thenComparingInt(Finding::column))
                .toList();
    }

    /**
     * The text the phrase rules may look at: the Markdown with everything that is not the author's
     * own prose blanked out — code blocks (fenced or indented, also inside list items), inline
     * code, block quotes (quoted words are not the author's) and log lines. Code and quotes are
     * found by walking the same commonmark syntax tree the renderer builds, so the check sees the
     * document exactly as it will be shown; offsets are kept, so findings point at the right line.
     */
    static String mask(String markdown) {
        char[] out = markdown.toCharArray();
        int[] starts = lineStarts(markdown);
        Node document = PARSER.parse(markdown);
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(FencedCodeBlock block) {
                blank(block);
            }

            @Override
            public void visit(IndentedCodeBlock block) {
                blank(block);
            }

            @Override
            public void visit(BlockQuote quote) {
                blank(quote);
            }

            @Override
            public void visit(Code code) {
                blank(code);
            }

            private void blank(Node node) {
                for (SourceSpan span : node.getSourceSpans()) {
                    int from = starts[span.getLineIndex()] + span.getColumnIndex();
                    Arrays.fill(out, from, Math.min(out.length, from + span.getLength()), MASK);
                }
            }
        });
        for (int i = 0; i < starts.length; i++) {
            int end = i + 1 < starts.length ? starts[i + 1] - 1 : markdown.length();
            if (LOG_LINE.matcher(markdown.substring(starts[i], end)).find()) {
                Arrays.fill(out, starts[i], end, MASK);
            }
        }
        return new String(out);
    }

    private static int[] lineStarts(String text) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                starts.add(i + 1);
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    private static int lineOf(int[] lineStarts, int offset) {
        int index = Arrays.binarySearch(lineStarts, offset);
        return index >= 0 ? index : -index - 2;
    }

    private static List<String> strings(JsonParser p) throws IOException {
        expect(p.currentToken(), JsonToken.START_ARRAY);
        List<String> values = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
            values.add(p.getValueAsString());
        }
        return values;
    }

    private static String required(Map<String, String> values, String name) {
        String value = values.get(name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("blameless phrase rule " + values + " lacks '" + name + "'");
        }
        return value;
    }

    private static void expect(JsonToken actual, JsonToken expected) {
        if (actual != expected) {
            throw new IllegalArgumentException("blameless phrase list: expected " + expected + " but found " + actual);
        }
    }
}
