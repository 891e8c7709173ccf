package org.attune.runners.learners;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import org.attune.api.InferredPreferences;
import org.attune.api.Round;
import org.attune.evaluator.rules.RulesLibrary;
import org.attune.personas.AttributeCatalog;
import org.junit.jupiter.api.Test;

/** The offline edit reading against the real rules library (skips while the library is a stub). */
class RulesEditReaderTest {
    static final String TEXT = """
            The council voted on Tuesday to turn the old bus depot into a covered market. Supporters said the \
            market would bring people back to the high street and give local growers a place to sell. Opponents \
            worried about parking and about the cost of repairing the roof, which has leaked for years. The first \
            stalls could open next spring if the repairs go to plan, and the council will review the scheme after \
            a year of trading to decide whether it should continue in its present form or be changed.""";

    final AttributeCatalog catalog = AttributeCatalog.builtin();
    final RulesLibrary rules = RulesLibrary.builtin();
    final RulesEditReader reader = new RulesEditReader(catalog, rules);
    final Round round = TagWorld.stream(1).get(0); // a writing-domain round

    @Test
    void anEditRevealsTheValuesItMadeTrue() {
        assumeTrue(rules.find("layout").isPresent(), "needs the rules library");
        Map<String, String> wanted = new LinkedHashMap<>();
        wanted.put("layout", "bullets");
        wanted.put("emoji", "some");
        String edited = rules.applyAll(TEXT, wanted);
        InferredPreferences read = reader.read(round, TEXT, edited, InferredPreferences.NONE);
        assertThat(read.values()).containsEntry("layout", "bullets").containsEntry("emoji", "some");
    }

    @Test
    void aBeliefTheEditKeptIsConfirmedAndOneItUndidIsNot() {
        assumeTrue(rules.find("layout").isPresent(), "needs the rules library");
        String response = rules.applyAll(TEXT, Map.of("emoji", "some", "layout", "prose"));
        // as the editor does: every wanted value applied again, here the person wants bullets and emoji
        String edited = rules.applyAll(response, Map.of("emoji", "some", "layout", "bullets"));
        InferredPreferences applied = InferredPreferences.of(Map.of("emoji", "some", "layout", "prose"));
        InferredPreferences read = reader.read(round, response, edited, applied);
        assertThat(read.values()).containsEntry("layout", "bullets").containsEntry("emoji", "some");
    }

    @Test
    void anUneditedResponseRevealsNothingNew() {
        assumeTrue(rules.find("layout").isPresent(), "needs the rules library");
        assertThat(reader.read(round, TEXT, TEXT, InferredPreferences.NONE).values()).isEmpty();
    }
}
