package org.attune.reports.gate;

import java.io.StringWriter;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Renders {@code gate-junit.xml}: one test case per metric, so CI systems show a regressed metric
 * as a failed test; a metric that does not apply is skipped. Runs that are not comparable give a
 * single failed "comparability" case.
 */
final class GateJunit {
    private static final String SUITE = "attune.gate";

    private GateJunit() {
    }

    static String render(GateOutcome outcome) {
        try {
            StringWriter out = new StringWriter();
            XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            w.writeStartDocument("UTF-8", "1.0");
            w.writeCharacters("\n");
            if (outcome instanceof GateReport r) {
                suite(w, r);
            } else if (outcome instanceof NotComparable nc) {
                notComparable(w, nc);
            }
            w.writeEndDocument();
            w.close();
            return out + "\n";
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write JUnit XML", e);
        }
    }

    private static void suite(XMLStreamWriter w, GateReport r) throws XMLStreamException {
        long skipped = r.metrics().stream().filter(m -> m.verdict() == Verdict.NOT_APPLICABLE).count();
        w.writeStartElement("testsuite");
        w.writeAttribute("name", SUITE);
        w.writeAttribute("tests", String.valueOf(r.metrics().size()));
        w.writeAttribute("failures", String.valueOf(r.regressions().size()));
        w.writeAttribute("errors", "0");
        w.writeAttribute("skipped", String.valueOf(skipped));
        for (MetricResult m : r.metrics()) {
            w.writeCharacters("\n  ");
            w.writeStartElement("testcase");
            w.writeAttribute("classname", SUITE + "." + m.agent() + "." + m.condition());
            w.writeAttribute("name", m.id());
            String figures = m.title() + ": baseline " + Figures.value(m.share(), m.baseline()) + ", candidate "
                    + Figures.value(m.share(), m.candidate()) + ", change " + Figures.delta(m.share(), m.delta())
                    + " " + Figures.interval(m.share(), m.lo(), m.hi()) + ", threshold "
                    + Figures.threshold(m.share(), m.threshold()) + " (" + m.direction().label() + ")";
            if (m.verdict() == Verdict.REGRESSION) {
                w.writeStartElement("failure");
                w.writeAttribute("type", "regression");
                w.writeAttribute("message", m.comparison() + ": " + m.id() + " regressed: " + (m.delta() == null && m.note() != null
                        ? m.note() : Figures.delta(m.share(), m.delta()) + " " + Figures.interval(m.share(), m.lo(), m.hi())));
                w.writeCharacters(figures);
                w.writeEndElement();
            } else if (m.verdict() == Verdict.NOT_APPLICABLE) {
                w.writeStartElement("skipped");
                w.writeAttribute("message", m.note() == null ? "not applicable" : m.note());
                w.writeEndElement();
            } else {
                w.writeStartElement("system-out");
                w.writeCharacters(figures + ": " + m.verdict().label());
                w.writeEndElement();
            }
            w.writeEndElement();
        }
        w.writeCharacters("\n");
        w.writeEndElement();
    }

    private static void notComparable(XMLStreamWriter w, NotComparable nc) throws XMLStreamException {
        w.writeStartElement("testsuite");
        w.writeAttribute("name", SUITE);
        w.writeAttribute("tests", "1");
        w.writeAttribute("failures", "1");
        w.writeAttribute("errors", "0");
        w.writeAttribute("skipped", "0");
        w.writeCharacters("\n  ");
        w.writeStartElement("testcase");
        w.writeAttribute("classname", SUITE);
        w.writeAttribute("name", "comparability");
        w.writeStartElement("failure");
        w.writeAttribute("type", "not comparable");
        w.writeAttribute("message", "runs are not comparable");
        w.writeCharacters(String.join("\n", nc.reasons()));
        w.writeEndElement();
        w.writeEndElement();
        w.writeCharacters("\n");
        w.writeEndElement();
    }
}
