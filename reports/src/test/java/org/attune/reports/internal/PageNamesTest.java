package org.attune.reports.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PageNamesTest {

    @Test
    void linksEveryEpisodeIntoTheOneEpisodePageByAShortStableHash() {
        String key = "arithmetic|item-001|persona-001|discovery|builtin:reference|1";
        String hash = PageNames.hash(key);
        assertThat(hash).matches("[0-9a-f]{12}").isEqualTo(PageNames.hash(key));
        assertThat(PageNames.link(key)).isEqualTo("episode.html#" + hash);
        assertThat(PageNames.hash(key.replace("|1", "|2"))).isNotEqualTo(hash);
    }
}
