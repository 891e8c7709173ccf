package org.attune.reports.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PageNamesTest {

    @Test
    void namesPagesByAShortStableHashInTwoHexFolders() {
        String key = "arithmetic|item-001|persona-001|discovery|builtin:reference|1";
        String hash = PageNames.hash(key);
        assertThat(hash).matches("[0-9a-f]{12}").isEqualTo(PageNames.hash(key));
        assertThat(PageNames.path(key)).isEqualTo("episodes/" + hash.substring(0, 2) + "/" + hash + ".html");
        assertThat(PageNames.fromEpisode(key)).isEqualTo("../../" + PageNames.path(key));
        assertThat(PageNames.hash(key.replace("|1", "|2"))).isNotEqualTo(hash);
    }
}
