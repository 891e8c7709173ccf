package org.attune.reports.internal;

import io.pebbletemplates.pebble.extension.AbstractExtension;
import io.pebbletemplates.pebble.extension.Filter;
import io.pebbletemplates.pebble.extension.escaper.SafeString;
import io.pebbletemplates.pebble.template.EvaluationContext;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.util.List;
import java.util.Map;

/**
 * Number formatting for templates, so Java hands templates raw figures: {@code num(d)},
 * {@code pct(d)} (a share as a percentage), {@code signed(d)} (a delta with its sign),
 * {@code spct(d)} (a delta of shares in percentage points) and {@code a100} (alignment 1-5 as a
 * 0-100% scale). A missing figure renders as an en dash. {@code markdown} renders model and data
 * text as safe HTML ({@link MarkdownHtml}).
 */
final class ReportExtension extends AbstractExtension {

    @Override
    public Map<String, Filter> getFilters() {
        return Map.of(
                "num", new NumberFilter((v, d) -> Fmt.num(v, d), 2),
                "pct", new NumberFilter((v, d) -> Fmt.pct(v, d), 0),
                "signed", new NumberFilter((v, d) -> Fmt.signed(v, d), 2),
                "spct", new NumberFilter((v, d) -> Fmt.signedPoints(v, d), 0),
                "a100", new NumberFilter((v, d) -> Fmt.alignmentPct(v), 0),
                "markdown", new MarkdownFilter());
    }

    private static final class MarkdownFilter implements Filter {
        @Override
        public List<String> getArgumentNames() {
            return List.of();
        }

        @Override
        public Object apply(Object input, Map<String, Object> args, PebbleTemplate self, EvaluationContext context,
                            int lineNumber) {
            return new SafeString(MarkdownHtml.render(input == null ? null : input.toString()));
        }
    }

    private interface Formatter {
        String format(Double value, int digits);
    }

    private record NumberFilter(Formatter formatter, int defaultDigits) implements Filter {
        @Override
        public List<String> getArgumentNames() {
            return List.of("digits");
        }

        @Override
        public Object apply(Object input, Map<String, Object> args, PebbleTemplate self, EvaluationContext context,
                            int lineNumber) {
            Object d = args.get("digits");
            int digits = d instanceof Number n ? n.intValue() : defaultDigits;
            Double value = input instanceof Number n ? Double.valueOf(n.doubleValue()) : null;
            return formatter.format(value, digits);
        }
    }
}
