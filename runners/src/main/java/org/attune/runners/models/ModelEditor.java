package org.attune.runners.models;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.attune.api.ActivePreferences;
import org.attune.api.Editor;
import org.attune.api.Persona;
import org.attune.personas.AttributeCatalog;
import org.attune.runners.models.internal.ChatCall;
import org.attune.runners.models.internal.ModelClient;
import org.attune.runners.models.internal.PromptText;
import org.attune.runners.models.internal.Prompts;
import org.attune.runners.models.internal.ReplyShape;
import org.attune.runners.models.internal.Template;

/**
 * The simulated person's revision done by a model (SPEC §3, as in PRELUDE): given the response and
 * the active preferences, never the task, it returns the revised response as plain text, normalized
 * first (reasoning apart, a whole-reply fence unwrapped, an announcing first line such as "Here is the
 * revised response:" dropped); echoed marker lines are removed; a revision that differs only in
 * surrounding white space counts as accepting the response. Temperature 0: the editor is a measuring instrument.
 */
public final class ModelEditor implements Editor {
    static final String ROLE = "editor";

    private final ModelClient client;
    private final AttributeCatalog catalog;

    ModelEditor(ModelClient client, AttributeCatalog catalog) {
        this.client = client;
        this.catalog = catalog;
    }

    @Override
    public String edit(String response, ActivePreferences preferences, Persona persona) {
        Template t = Prompts.get(Prompts.EDITOR);
        String text = response == null ? "" : response;
        String nonce = PromptText.nonce(text);
        String revised = client.ask(new ChatCall(ROLE, t, t.render(Map.of(
                "preferences", PromptText.preferences(preferences, catalog, persona, true),
                "nonce", nonce,
                "response", text)), true), ReplyShape.TEXT, r -> withoutMarkers(r.text(), nonce)).value();
        return revised == null || revised.strip().equals(text.strip()) ? text : revised;
    }

    /** The revision without echoed marker lines (the fence around a whole reply went in normalization). */
    static String withoutMarkers(String reply, String nonce) {
        List<String> kept = new ArrayList<>();
        for (String line : reply.split("\n", -1)) {
            String s = line.strip();
            if (s.equals("<<<RESPONSE " + nonce + ">>>") || s.equals("<<<END RESPONSE " + nonce + ">>>")) {
                continue;
            }
            kept.add(line);
        }
        String out = String.join("\n", kept).strip();
        return out.isEmpty() ? null : out;
    }
}
