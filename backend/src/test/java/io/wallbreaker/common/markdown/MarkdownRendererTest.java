package io.wallbreaker.common.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class MarkdownRendererTest {

    private static final MarkdownRenderer RENDERER = new MarkdownRenderer();

    private static final Set<String> FORBIDDEN_ELEMENTS = Set.of(
            "script",
            "iframe",
            "frame",
            "frameset",
            "svg",
            "math",
            "object",
            "embed",
            "applet",
            "style",
            "meta",
            "link",
            "base",
            "form",
            "input",
            "button",
            "textarea",
            "select",
            "video",
            "audio",
            "source",
            "template");
    private static final Set<String> ALLOWED_ATTRIBUTES =
            Set.of("href", "src", "alt", "title", "rel", "class", "align", "start");

    /** Known vectors beyond the public corpus: raw HTML, event handlers, dangerous schemes and their disguises. */
    private static final List<String> MORE_VECTORS = List.of(
            "<script>alert(1)</script>",
            "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
            "text <script>alert(1)</script> inline",
            "<img src=x onerror=alert(1)>",
            "<img src=\"x\" ONERROR=\"alert(1)\">",
            "<body onload=alert(1)>",
            "<div onmouseover=\"alert(1)\">hover</div>",
            "<a href=\"javascript:alert(1)\">x</a>",
            "[x](JaVaScRiPt:alert(1))",
            "[x](java&#x09;script:alert(1))",
            "[x](&#106;avascript:alert(1))",
            "[x](&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058alert(1))",
            "[x]( javascript:alert(1))",
            "[x](<javascript:alert(1)>)",
            "[x](java%0ascript:alert(1))",
            "[x](javascript&colon;alert(1))",
            "[x](\u0000javascript:alert(1))",
            "[x](jav\u200Bascript:alert(1))",
            "[x](vbscript:msgbox(1))",
            "[x](VBScript:msgbox(1))",
            "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
            "![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)",
            "![x](javascript:alert(1))",
            "[ref]\n\n[ref]: javascript:alert(1)",
            "[ref][r]\n\n[r]: JAVASCRIPT:alert(1) \"title\"",
            "<javascript:alert(1)>",
            "<svg onload=alert(1)>",
            "<svg><script>alert(1)</script></svg>",
            "<iframe src=\"https://evil.example\"></iframe>",
            "<iframe srcdoc=\"<script>alert(1)</script>\"></iframe>",
            "<object data=\"javascript:alert(1)\"></object>",
            "<embed src=\"javascript:alert(1)\">",
            "<style>body{background:url(javascript:alert(1))}</style>",
            "<div style=\"width: expression(alert(1))\">x</div>",
            "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
            "<form action=\"javascript:alert(1)\"><button>go</button></form>",
            "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
            "<details open ontoggle=alert(1)>",
            "<a href=\"x\" onclick=\"alert(1)\">click</a>",
            "[click](https://ok.example \"x\\\" onmouseover=\\\"alert(1)\")",
            "![a\" onerror=\"alert(1)](https://ok.example/a.png)",
            "<base href=\"javascript:alert(1)//\">",
            "<link rel=stylesheet href=\"javascript:alert(1)\">",
            "```\n</code></pre><script>alert(1)</script>\n```",
            "`<script>alert(1)</script>`",
            "| a |\n|---|\n| <img src=x onerror=alert(1)> |",
            "<!--><script>alert(1)</script>-->",
            "<x onclick=alert(1)>text</x>");

    static Stream<String> payloads() throws IOException {
        List<String> all = new ArrayList<>();
        try (InputStream in = MarkdownRendererTest.class.getResourceAsStream("/xss/markdown-xss-payloads.txt")) {
            assertNotNull(in, "corpus on the test classpath");
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    all.add(line);
                }
            }
        }
        assertTrue(all.size() >= 20, "corpus read: " + all.size());
        all.addAll(MORE_VECTORS);
        return all.stream();
    }

    @ParameterizedTest
    @MethodSource("payloads")
    void shouldNeutraliseEveryXssPayloadWhenRendering(String markdown) {
        String html = RENDERER.render(markdown);
        assertFalse(html.toLowerCase(Locale.ROOT).contains("<script"), html);
        Document doc = Jsoup.parseBodyFragment(html);
        for (Element e : doc.body().getAllElements()) {
            assertFalse(FORBIDDEN_ELEMENTS.contains(e.normalName()), "element " + e.normalName() + " in " + html);
            for (Attribute a : e.attributes()) {
                String name = a.getKey().toLowerCase(Locale.ROOT);
                assertFalse(name.matches("on\\w+"), "event handler " + name + " in " + html);
                assertTrue(ALLOWED_ATTRIBUTES.contains(name), "attribute " + name + " in " + html);
                if (name.equals("href") || name.equals("src")) {
                    String url = normalise(a.getValue());
                    for (String scheme : List.of("javascript:", "vbscript:", "data:")) {
                        assertFalse(url.startsWith(scheme), name + "=" + a.getValue() + " in " + html);
                    }
                }
            }
        }
    }

    /** How a browser would read the scheme: control characters and whitespace dropped, case folded. */
    private static String normalise(String url) {
        StringBuilder sb = new StringBuilder();
        url.codePoints()
                .filter(cp -> cp > 0x20 && !Character.isWhitespace(cp) && Character.getType(cp) != Character.FORMAT)
                .forEach(sb::appendCodePoint);
        return sb.toString().toLowerCase(Locale.ROOT);
    }

    @Test
    void shouldRenderBenignMarkdownWhenItUsesTablesLinksEmphasisCodeAndImages() {
        String markdown = """
                # Title

                Some *emphasis*, **strong** and ~~gone~~ text, see https://example.org/docs for more.

                | service | impact |
                |:--------|-------:|
                | orders  | high   |

                ```java
                cache.invalidate(key);
                ```

                ![diagram](https://example.org/diagram.png "Flow")

                [relative](/api/incidents/1) and [mail](mailto:ops@example.org)
                """;
        Document doc = Jsoup.parseBodyFragment(RENDERER.render(markdown));
        assertEquals("Title", doc.selectFirst("h1").text());
        assertEquals("emphasis", doc.selectFirst("em").text());
        assertEquals("strong", doc.selectFirst("strong").text());
        assertEquals(2, doc.select("table th").size());
        assertEquals("orders", doc.selectFirst("table td").text());
        Element autolink = doc.selectFirst("a[href=https://example.org/docs]");
        assertNotNull(autolink, doc.html());
        assertEquals(
                Set.of("nofollow", "noopener", "noreferrer"),
                Set.of(autolink.attr("rel").split(" ")));
        assertEquals("cache.invalidate(key);", doc.selectFirst("pre > code").text());
        assertEquals("language-java", doc.selectFirst("pre > code").attr("class"));
        Element img = doc.selectFirst("img");
        assertEquals("https://example.org/diagram.png", img.attr("src"));
        assertEquals("diagram", img.attr("alt"));
        assertNotNull(doc.selectFirst("a[href=/api/incidents/1]"), doc.html());
        assertNotNull(doc.selectFirst("a[href=mailto:ops@example.org]"), doc.html());
    }

    @Test
    void shouldShowRawHtmlAsTextWhenMarkdownContainsIt() {
        Document doc = Jsoup.parseBodyFragment(RENDERER.render("Before <b>bold</b> after"));
        assertEquals("Before <b>bold</b> after", doc.body().text());
        assertTrue(doc.select("b").isEmpty());
    }

    @Test
    void shouldRecogniseDisguisedSchemesWhenCheckingUrls() {
        for (String bad : List.of(
                "javascript:alert(1)",
                "JaVaScRiPt:alert(1)",
                "java\tscript:alert(1)",
                "java&#x09;script:alert(1)",
                "&#106;avascript:alert(1)",
                " javascript:alert(1)",
                "\u0001javascript:alert(1)",
                "javascript&colon;alert(1)",
                "jav%61script:alert(1)",
                "vbscript:x",
                "data:text/html,x",
                "file:///etc/passwd")) {
            assertFalse(SafeUrls.isAllowed(bad), bad);
        }
        for (String good : List.of(
                "https://example.org",
                "HTTP://example.org",
                "mailto:a@example.org",
                "/relative/path",
                "relative?q=a:b",
                "#anchor",
                "//example.org/x",
                "")) {
            assertTrue(SafeUrls.isAllowed(good), good);
        }
    }
}
