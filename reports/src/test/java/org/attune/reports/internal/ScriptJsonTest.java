package org.attune.reports.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScriptJsonTest {

    @Test
    void escapesEverythingThatCouldLeaveAScriptElementAndReadsBackUnchanged() throws Exception {
        String hostile = "</script><script>alert(1)</script><!-- & \u2028\u2029 \"quoted\" \\ end";
        String json = ScriptJson.encode(Map.of("text", hostile, "list", List.of("<b>", 1)));
        assertThat(json).doesNotContain("<", ">", "&", "\u2028", "\u2029");
        Map<?, ?> back = new ObjectMapper().readValue(json, Map.class);
        assertThat(back.get("text")).isEqualTo(hostile);
        assertThat(back.get("list")).isEqualTo(List.of("<b>", 1));
    }
}
