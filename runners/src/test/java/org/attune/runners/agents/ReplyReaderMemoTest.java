package org.attune.runners.agents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.attune.api.Attribute;
import org.attune.personas.AttributeCatalog;
import org.junit.jupiter.api.Test;

/**
 * Readings are remembered by the reply and the very attribute objects: what read returns, first
 * time or again, is what reading afresh gives, for the same attributes in another order and for
 * equal copies of them too.
 */
class ReplyReaderMemoTest {
    private final AttributeCatalog catalog = AttributeCatalog.builtin();

    @Test
    void aRememberedReadingIsWhatReadingAfreshGives() {
        List<Attribute> all = catalog.all();
        Random r = new Random(18);
        int values = 0;
        for (int i = 0; i < 400; i++) {
            Attribute a = all.get(r.nextInt(all.size()));
            Attribute b = all.get(r.nextInt(all.size()));
            String va = a.values().get(r.nextInt(a.values().size()));
            String reply = switch (r.nextInt(4)) {
                case 0 -> "Thanks for asking. " + a.describe(va) + ".";
                case 1 -> "No strong preference about " + a.name().toLowerCase() + ". " + b.describe(b.values().get(0));
                case 2 -> a.describe(va) + ", and about " + b.name() + ": I don't mind.";
                default -> "I don't know, that is what I am asking you.";
            };
            List<Attribute> asked = List.of(a);
            List<Attribute> others = new ArrayList<>(all.subList(0, 1 + r.nextInt(all.size())));
            ReplyReader.Reading fresh = ReplyReader.readNow(reply, asked, others);
            assertThat(ReplyReader.read(reply, asked, others)).isEqualTo(fresh);
            assertThat(ReplyReader.read(new String(reply), List.of(a), List.copyOf(others))).isEqualTo(fresh);
            List<Attribute> copies = others.stream().map(ReplyReaderMemoTest::copy).toList();
            assertThat(ReplyReader.read(reply, List.of(copy(a)), copies)).isEqualTo(ReplyReader.readNow(reply, asked, copies));
            List<Attribute> reversed = new ArrayList<>(others);
            java.util.Collections.reverse(reversed);
            assertThat(ReplyReader.read(reply, asked, reversed)).isEqualTo(ReplyReader.readNow(reply, asked, reversed));
            values += fresh.values().size();
        }
        assertThat(values).as("replies that state values").isGreaterThan(100);
    }

    private static Attribute copy(Attribute a) {
        return new Attribute(a.id(), a.name(), a.description(), a.category(), a.scale(), a.choices(), a.domains(),
                a.questionHints(), a.check(), a.cues());
    }
}
