package org.attune.runners.models.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A versioned prompt template from {@code attune/prompts/NAME.vN.txt}: a system part and an
 * optional user part (after a line {@code === user ===}), with {@code {{name}}} placeholders.
 * {@code hash} is the SHA-256 of the file, recorded in run.json and part of every cache key.
 */
public record Template(String name, int version, String hash, String system, String user) {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([a-zA-Z][a-zA-Z0-9]*)}}");

    /** {@code name.vN}, as recorded. */
    public String id() {
        return name + ".v" + version;
    }

    public String renderSystem(Map<String, String> values) {
        return fill(system, values);
    }

    public String renderUser(Map<String, String> values) {
        if (user == null) {
            throw new IllegalStateException(id() + ": has no user part");
        }
        return fill(user, values);
    }

    /** System and user messages, both rendered with the same values. */
    public List<Message> render(Map<String, String> values) {
        List<Message> out = new ArrayList<>();
        out.add(Message.system(renderSystem(values)));
        if (user != null) {
            out.add(Message.user(renderUser(values)));
        }
        return out;
    }

    private String fill(String text, Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String v = values.get(m.group(1));
            if (v == null) {
                throw new IllegalStateException(id() + ": no value for {{" + m.group(1) + "}}");
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(v));
        }
        m.appendTail(sb);
        return sb.toString().strip();
    }
}
