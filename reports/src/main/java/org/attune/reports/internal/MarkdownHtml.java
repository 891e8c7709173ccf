package org.attune.reports.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.attune.evaluator.SharedMemo;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Markdown (CommonMark) of model and data text as HTML that is safe to put in a report page: raw
 * HTML in the text is escaped and shown as text, a link keeps its target only when it is http(s)
 * (any other link shows as its text), and an image becomes a link to it (a report page loads
 * nothing from the network). The one place that turns text into HTML, for every page that shows
 * a response, an edit or a turn. GitHub-style pipe tables, which models write often, render as
 * tables (commonmark's own tables extension). Thread-safe.
 */
final class MarkdownHtml {
    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder()
            .extensions(EXTENSIONS)
            .escapeHtml(true)
            .nodeRendererFactory(WebLinks::new)
            .build();

    /** Short texts recur across episodes (an agent's questions, the simulated user's replies): rendered once. */
    private static final int MEMO_CHARS = 400;
    private static final SharedMemo<String, String> MEMO = new SharedMemo<>(20_000);

    private MarkdownHtml() {
    }

    /** The HTML of a Markdown text; empty for null. */
    static String render(String markdown) {
        if (markdown == null) {
            return "";
        }
        return markdown.length() > MEMO_CHARS ? html(markdown) : MEMO.get(markdown, MarkdownHtml::html);
    }

    private static String html(String markdown) {
        return RENDERER.render(PARSER.parse(markdown));
    }

    /** Whether a link target may be followed from a report: http and https only. */
    static boolean followable(String url) {
        String u = url == null ? "" : url.strip().toLowerCase(Locale.ROOT);
        return u.startsWith("http://") || u.startsWith("https://");
    }

    /** Renders links and images: a link to an http(s) target, else the text alone. */
    private static final class WebLinks implements NodeRenderer {
        private final HtmlNodeRendererContext context;

        WebLinks(HtmlNodeRendererContext context) {
            this.context = context;
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(Link.class, Image.class);
        }

        @Override
        public void render(Node node) {
            String url = node instanceof Link l ? l.getDestination() : ((Image) node).getDestination();
            boolean follow = followable(url);
            if (follow) {
                Map<String, String> attributes = new LinkedHashMap<>();
                attributes.put("href", context.encodeUrl(url.strip()));
                attributes.put("rel", "nofollow noopener noreferrer");
                context.getWriter().tag("a", attributes);
            }
            if (node instanceof Image && !follow) {
                context.getWriter().text("[image] ");
            }
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                context.render(child);
            }
            if (node instanceof Image && follow && node.getFirstChild() == null) {
                context.getWriter().text("image");
            }
            if (follow) {
                context.getWriter().tag("/a");
            }
        }
    }
}
