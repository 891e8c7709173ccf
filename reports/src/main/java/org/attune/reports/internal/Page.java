package org.attune.reports.internal;

import java.util.HashMap;
import java.util.Map;
import org.attune.evaluator.RunInfo;

/** Variables every page template uses: title, navigation and the shared stylesheet. */
final class Page {
    private Page() {
    }

    /**
     * @param root relative path from the page to the report root ("" or "../../")
     * @param nav  which navigation entry is current: overview, browser, compare or episode
     */
    /**
     * Adds an inlined script (the assets one after another) and allows exactly it (by hash) in the
     * page's content security policy.
     */
    static void script(Map<String, Object> c, String... assets) {
        StringBuilder text = new StringBuilder();
        for (String a : assets) {
            text.append(Templates.get().asset(a));
        }
        c.put("script", new io.pebbletemplates.pebble.extension.escaper.SafeString(text.toString()));
        c.put("scriptHash", Templates.get().assetHash(assets));
    }

    static Map<String, Object> common(String title, String nav, String root, boolean hasCompare, RunInfo info) {
        Map<String, Object> c = new HashMap<>();
        c.put("title", title);
        c.put("nav", nav);
        c.put("root", root);
        c.put("hasCompare", hasCompare);
        c.put("hasLongitudinal", LongitudinalPage.MODE.equals(info.mode()));
        c.put("runId", info.id() == null ? "" : info.id());
        c.put("baseCss", Templates.get().asset("base.css"));
        c.put("scriptHash", null);
        c.put("script", null);
        return c;
    }
}
