package org.attune.runners.models;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.attune.evaluator.Editor;
import org.attune.personas.ActivePreferences;
import org.attune.personas.AttributeCatalog;
import org.attune.personas.Persona;
import org.attune.runners.models.internal.ChatCall;
import org.attune.runners.models.internal.ModelClient;
import org.attune.runners.models.internal.PromptText;
import org.attune.runners.models.internal.Prompts;
import org.attune.runners.models.internal.Template;

/**
 * The simulated person's revision done by a model (SPEC §3, as in PRELUDE): given the response and
 * the active preferences, never the task, it returns the revised response as plain text. Fence
 * lines or a code fence the model echoes are removed; a revision that differs only in surrounding
 * white space counts as accepting the response. Temperature 0: the editor is a measuring instrument.
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
        String reply = client.chat(new ChatCall(ROLE, t, t.render(Map.of(
                "preferences", PromptText.preferences(preferences, catalog, persona, true),
                "nonce", nonce,
                "response", text)), true));
        String revised = unwrap(reply, nonce);
        return revised.strip().equals(text.strip()) ? text : revised;
    }

    /** Drops echoed marker lines and one code fence around the whole reply. */
    static String unwrap(String reply, String nonce) {
        List<String> kept = new ArrayList<>();
        for (String line : reply.split("\n", -1)) {
            String s = line.strip();
            if (s.equals("<<<RESPONSE " + nonce + ">>>") || s.equals("<<<END RESPONSE " + nonce + ">>>")) {
                continue;
            }
            kept.add(line);
        }
        String out = String.join("\n", kept).strip();
        if (out.startsWith("```") && out.endsWith("```") && out.length() >= 6) {
            int firstBreak = out.indexOf('\n');
            int lastFence = out.lastIndexOf("```");
            if (firstBreak > 0 && lastFence > firstBreak) {
                out = out.substring(firstBreak + 1, lastFence).strip();
            }
        }
        return out;
    }
}
