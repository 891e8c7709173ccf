package org.attune.reports.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.attune.evaluator.Episode;
import org.attune.evaluator.RunInfo;
import org.attune.evaluator.Summarizer;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class JUnitReportTest {
    private final List<Episode> episodes = List.of(
            Fixtures.scored("i1", "p1", "generic", "a", 2.0, List.of()),
            Fixtures.scored("i1", "p1", "discovery", "a", 3.0, List.of()),
            Fixtures.scored("i2", "p1", "discovery", "a", 4.0, List.of()),
            Fixtures.scored("i1", "p1", "oracle", "a", 4.8, List.of()),
            Fixtures.errored("i1", "p1", "persona", "a"));

    private Document render(Double min) throws Exception {
        RunInfo info = new RunInfo(RunInfo.SCHEMA, "run-<1>", "0", null, null, null, null, 0, 1, 0, 5, 5, 1,
                null, null, null, null, null, null, null, null, null, null, null);
        RunData run = new RunData(Path.of("."), info, episodes, Summarizer.defaults(0).summarize("r", episodes));
        String xml = Templates.get().render("junit.xml.peb", JUnitReport.context(run, min));
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void oneCasePerAgentConditionAndTaskPassingWithoutAThreshold() throws Exception {
        Document d = render(null);
        NodeList cases = d.getElementsByTagName("testcase");
        assertThat(cases.getLength()).isEqualTo(4);
        assertThat(d.getElementsByTagName("failure").getLength()).isZero();
        assertThat(d.getDocumentElement().getAttribute("name")).isEqualTo("attune run-<1>");
        Element persona = (Element) d.getElementsByTagName("error").item(0);
        assertThat(((Element) persona.getParentNode()).getAttribute("classname")).isEqualTo("attune.a.persona");
    }

    @Test
    void failsPersonalizedCasesBelowTheMinimumButNeverTheGenericBaseline() throws Exception {
        Document d = render(3.6);
        NodeList failures = d.getElementsByTagName("failure");
        assertThat(failures.getLength()).isEqualTo(1);
        Element failed = (Element) failures.item(0).getParentNode();
        assertThat(failed.getAttribute("classname")).isEqualTo("attune.a.discovery");
        assertThat(((Element) failures.item(0)).getAttribute("message"))
                .isEqualTo("mean alignment 3.500 is below the minimum 3.60 (2 scored episodes)");
        assertThat(d.getDocumentElement().getAttribute("failures")).isEqualTo("1");
        assertThat(d.getDocumentElement().getAttribute("errors")).isEqualTo("1");
    }

    @Test
    void aPersonalizedCaseWhoseEpisodesAllErroredMissesTheMinimumSoTheCommandCannotPass() throws Exception {
        RunInfo info = new RunInfo(RunInfo.SCHEMA, "r", "0", null, null, null, null, 0, 1, 0, 5, 5, 1,
                null, null, null, null, null, null, null, null, null, null, null);
        RunData run = new RunData(Path.of("."), info, episodes, Summarizer.defaults(0).summarize("r", episodes));
        // the all-errored persona case stays an <error> in junit.xml, and is no pass of the threshold either
        assertThat(JUnitReport.missed(run, 3.6)).hasSize(2)
                .anySatisfy(m -> assertThat(m).startsWith("a \u00b7 discovery / ").contains("below the minimum 3.60"))
                .anySatisfy(m -> assertThat(m).startsWith("a \u00b7 persona / ")
                        .contains("no scored episodes to hold against the minimum alignment 3.60")
                        .contains("all 1 episodes ended in an error"));
        assertThat(JUnitReport.missed(run, 1.0)).singleElement().asString().startsWith("a \u00b7 persona / ");
        assertThat(render(3.6).getElementsByTagName("failure").getLength()).isEqualTo(1);
    }

    @Test
    void aCaseWithSomeErroredEpisodesCarriesAnErrorWithTheCountTheFirstMessageAndItsPage() throws Exception {
        List<Episode> mixed = List.of(
                Fixtures.scored("i1", "p1", "discovery", "a", 3.0, List.of()),
                Fixtures.errored("i2", "p1", "discovery", "a"),
                Fixtures.scored("i3", "p1", "discovery", "a", 4.0, List.of()));
        RunInfo info = new RunInfo(RunInfo.SCHEMA, "r", "0", null, null, null, null, 0, 1, 0, 5, 5, 1,
                null, null, null, null, null, null, null, null, null, null, null);
        RunData run = new RunData(Path.of("."), info, mixed, Summarizer.defaults(0).summarize("r", mixed));
        String xml = Templates.get().render("junit.xml.peb", JUnitReport.context(run, 3.8));
        Document d = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        assertThat(d.getElementsByTagName("testcase").getLength()).isEqualTo(1);
        Element error = (Element) d.getElementsByTagName("error").item(0);
        assertThat(error).isNotNull();
        String key = mixed.get(1).key();
        assertThat(error.getAttribute("message")).startsWith("1 of 3 episodes ended in an error; first: " + key + ": ")
                .contains(mixed.get(1).error().kind()).endsWith("(report/" + PageNames.link(key) + ")");
        // a missed threshold is a failure beside it
        assertThat(d.getElementsByTagName("failure").getLength()).isEqualTo(1);
        assertThat(JUnitReport.missed(run, 3.8)).singleElement().asString().startsWith("a \u00b7 discovery / ")
                .contains("below the minimum 3.80");
    }
}
