package io.wallbreaker.common.markdown;

import java.util.List;
import java.util.regex.Pattern;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.UrlSanitizer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * Markdown written by users → HTML safe to put into a page. Three layers, each enough on its own
 * for the common attacks: commonmark escapes raw HTML instead of passing it through; link and image
 * URLs go through {@link SafeUrls} (http, https, mailto, relative only); and the result is run through
 * OWASP's allow-list sanitizer, which keeps only the elements and attributes commonmark itself emits.
 * Thread-safe; build once and share.
 */
public final class MarkdownRenderer {

    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create(), AutolinkExtension.create());

    /**
     * The parser the renderer uses, also recording where each block and inline came from, for
     * checks that read the Markdown the way it will be rendered (the blameless check).
     */
    public static Parser sourceParser() {
        return Parser.builder()
                .extensions(EXTENSIONS)
                .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
                .build();
    }

    private static final UrlSanitizer URLS = new UrlSanitizer() {
        @Override
        public String sanitizeLinkUrl(String url) {
            return SafeUrls.sanitize(url);
        }

        @Override
        public String sanitizeImageUrl(String url) {
            return SafeUrls.sanitize(url);
        }
    };

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements(
                    "p",
                    "h1",
                    "h2",
                    "h3",
                    "h4",
                    "h5",
                    "h6",
                    "em",
                    "strong",
                    "code",
                    "pre",
                    "blockquote",
                    "ul",
                    "ol",
                    "li",
                    "a",
                    "img",
                    "table",
                    "thead",
                    "tbody",
                    "tr",
                    "th",
                    "td",
                    "hr",
                    "br",
                    "del")
            .allowUrlProtocols("http", "https", "mailto")
            .allowAttributes("href", "title")
            .onElements("a")
            .allowAttributes("src", "alt", "title")
            .onElements("img")
            // What commonmark adds for fenced code info strings, table column alignment and list starts.
            .allowAttributes("class")
            .matching(Pattern.compile("language-[A-Za-z0-9_+#.\\-]{1,40}"))
            .onElements("code")
            .allowAttributes("align")
            .matching(Pattern.compile("left|center|right"))
            .onElements("th", "td")
            .allowAttributes("start")
            .matching(Pattern.compile("[0-9]{1,9}"))
            .onElements("ol")
            .requireRelsOnLinks("nofollow", "noopener", "noreferrer")
            .toFactory();

    private final Parser parser = Parser.builder().extensions(EXTENSIONS).build();
    private final HtmlRenderer renderer = HtmlRenderer.builder()
            .extensions(EXTENSIONS)
            .escapeHtml(true)
            .sanitizeUrls(true)
            .urlSanitizer(URLS)
            .build();

    public String render(String markdown) {
        String html = renderer.render(parser.parse(markdown == null ? "" : markdown));
        return POLICY.sanitize(html);
    }
}
