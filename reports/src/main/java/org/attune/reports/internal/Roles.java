package org.attune.reports.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.attune.evaluator.RoleUsage;

/** Lists usage by role in the order of an episode: agent, user, judge, editor, then any other. */
final class Roles {
    private static final List<String> ORDER = List.of("agent", "user", "judge", "editor");

    private Roles() {
    }

    static List<Map.Entry<String, RoleUsage>> ordered(Map<String, RoleUsage> usage) {
        List<Map.Entry<String, RoleUsage>> out = new ArrayList<>(usage.entrySet());
        out.sort(Comparator.comparingInt((Map.Entry<String, RoleUsage> e) -> rank(e.getKey()))
                .thenComparing(Map.Entry::getKey));
        return out;
    }

    private static int rank(String role) {
        int i = ORDER.indexOf(role);
        return i < 0 ? ORDER.size() : i;
    }
}
