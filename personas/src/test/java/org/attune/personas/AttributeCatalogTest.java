package org.attune.personas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.attune.api.Attribute;
import org.attune.api.Category;
import org.attune.personas.util.Files2;
import org.junit.jupiter.api.Test;

class AttributeCatalogTest {
    @Test
    void builtinCatalogCoversEveryCategoryWithEnoughRulesAttributes() {
        AttributeCatalog c = AttributeCatalog.builtin();
        assertThat(c.size()).isGreaterThanOrEqualTo(24);
        assertThat(c.all().stream().filter(Attribute::isRules).count()).isGreaterThanOrEqualTo(12);
        Set<Category> cats = c.all().stream().map(Attribute::category).collect(Collectors.toSet());
        assertThat(cats).isEqualTo(EnumSet.allOf(Category.class));
        for (Attribute a : c.all()) {
            assertThat(a.questionHints()).as(a.id()).hasSizeGreaterThanOrEqualTo(4);
            if (!a.isRules()) {
                assertThat(a.isScale()).as(a.id() + " judge attributes use a 1-5 scale").isTrue();
                assertThat(a.scale()).as(a.id()).containsKeys(1, 3, 5);
            }
        }
    }

    @Test
    void describeGivesAnchorsAndInBetweens() {
        Attribute a = AttributeCatalog.builtin().get("encouragement");
        assertThat(a.describe("1")).isEqualTo(a.scale().get(1));
        assertThat(a.describe("2")).contains(a.scale().get(1)).contains(a.scale().get(3));
        assertThat(AttributeCatalog.builtin().get("layout").describe("bullets")).contains("bullet");
    }

    @Test
    void brokenCatalogsNameTheField() {
        String text = """
                schema: attune.attributes/v1
                attributes:
                  - id: Bad Id
                    name: x
                    description: y
                    category: mood
                    check: maybe
                    questionHints: [a]
                  - id: ok-one
                    name: x
                    description: y
                    category: format
                    check: judge
                    scale: {1: a, 5: b}
                    questionHints: [a]
                """;
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                () -> AttributeCatalog.parse("cat.yaml", Files2.parse("cat.yaml", text)));
        assertThat(e.problems()).anySatisfy(l -> assertThat(l).contains("attributes.Bad Id.id: must be kebab-case"));
        assertThat(e.problems()).anySatisfy(l -> assertThat(l).contains("category: must be one of"));
        assertThat(e.problems()).anySatisfy(l -> assertThat(l).contains("check: must be rules or judge"));
        assertThat(e.problems()).anySatisfy(l -> assertThat(l).contains("attributes.ok-one.scale: needs anchor texts at 1, 3 and 5"));
    }
}
