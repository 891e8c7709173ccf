package org.attune.runners.models.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Brings a reply into the shape its role asked for, before it is parsed or recorded (SPEC §2):
 * reasoning blocks ({@code <think>}, {@code <thinking>}, {@code <reasoning>}, a lone closing tag
 * whose opening the chat template sent, gpt-oss's Harmony analysis channel, and the provider's reasoning
 * field) move to the reasoning;
 * a reply that is entirely one fenced block is unwrapped (fences inside a reply are content and
 * stay); for plain text, a short first line that only announces the content ("Here is the revised
 * response:") is dropped and an {@code {"action": ..., "text": ...}} object is unwrapped. Each step
 * that changed something is named in {@link NormalizedReply#applied()}.
 */
public final class ReplyNormalizer {
    public static final String REASONING = "reasoning";
    public static final String REASONING_FIELD = "reasoning-field";
    public static final String FENCE = "fence";
    public static final String PREAMBLE = "preamble";
    public static final String ACTION_JSON = "action-json";

    private static final Pattern BLOCK = Pattern.compile("<(think|thinking|reasoning)>(.*?)</\\1>",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern LONE_CLOSE = Pattern.compile("^(.*?)</(?:think|thinking|reasoning)>",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern UNCLOSED = Pattern.compile("^\\s*<(think|thinking|reasoning)>(.*)$",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    // gpt-oss's Harmony channels left in the content by a server without its parser
    private static final Pattern HARMONY_FINAL = Pattern.compile(
            "<\\|channel\\|>\\s*final\\s*(?:<\\|constrain\\|>\\S*?)?\\s*<\\|message\\|>", Pattern.CASE_INSENSITIVE);
    private static final Pattern HARMONY_THOUGHT = Pattern.compile("<\\|channel\\|>\\s*(?:analysis|commentary)[^<]*"
            + "<\\|message\\|>(.*?)(?=<\\|end\\|>|<\\|start\\|>|<\\|channel\\|>|$)", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern HARMONY_END = Pattern.compile("(?:<\\|(?:return|end|call)\\|>\\s*)+$");
    private static final Pattern WHOLE_FENCE = Pattern.compile("^```[\\w+.-]*[ \\t]*\\n(.*?)\\n?```$", Pattern.DOTALL);
    private static final Pattern ANNOUNCE = Pattern.compile("^(?:(?:sure|certainly|okay|ok|of course|absolutely|great"
            + "|alright|no problem)[!,.]*\\s*)?(?:(?:here(?:'s|’s| is| are| it is| you go)|below is|the following is)\\b[^:\\n]{0,70}"
            + "|(?:the |my |your )?(?:revised|edited|rewritten|updated|improved|final)\\s+(?:response|version|text"
            + "|answer)):$", Pattern.CASE_INSENSITIVE);
    private static final int MAX_ANNOUNCE = 100;

    private ReplyNormalizer() {
    }

    public static NormalizedReply normalize(ChatReply reply, ReplyShape shape) {
        String raw = reply.text() == null ? "" : reply.text();
        List<String> applied = new ArrayList<>();
        List<String> thoughts = new ArrayList<>();
        if (reply.reasoning() != null && !reply.reasoning().isBlank()) {
            thoughts.add(reply.reasoning().strip());
            applied.add(REASONING_FIELD);
        }
        String text = raw;
        String stripped = stripReasoning(text, thoughts);
        if (!stripped.equals(text)) {
            applied.add(REASONING);
            text = stripped;
        }
        text = text.strip();
        text = unfence(text, applied);
        if (shape == ReplyShape.TEXT) {
            String rest = dropAnnouncement(text);
            if (rest != null) {
                applied.add(PREAMBLE);
                text = unfence(rest, applied);
            }
            String inner = actionText(text);
            if (inner != null) {
                applied.add(ACTION_JSON);
                text = inner;
            }
        }
        String reasoning = thoughts.isEmpty() ? null : String.join("\n\n", thoughts);
        return new NormalizedReply(text, reasoning, List.copyOf(new java.util.LinkedHashSet<>(applied)), raw);
    }

    /** The text without reasoning blocks; what they held is added to {@code thoughts}. */
    static String stripReasoning(String text, List<String> thoughts) {
        text = harmony(text, thoughts);
        Matcher m = BLOCK.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            addThought(thoughts, m.group(2));
            m.appendReplacement(sb, "");
        }
        m.appendTail(sb);
        String out = sb.toString();
        Matcher lone = LONE_CLOSE.matcher(out); // the template opened <think>, the model only closed it
        if (lone.find()) {
            addThought(thoughts, lone.group(1));
            out = out.substring(lone.end());
        }
        Matcher open = UNCLOSED.matcher(out); // cut off while still thinking: nothing was answered
        if (open.find()) {
            addThought(thoughts, open.group(2));
            out = "";
        }
        return out;
    }

    /**
     * The final channel of a reply in gpt-oss's Harmony format, its analysis and commentary channels added
     * to {@code thoughts}; "" when it was cut off before a final channel; the text itself when no channel opens.
     */
    static String harmony(String text, List<String> thoughts) {
        if (!text.contains("<|channel|>")) {
            return text;
        }
        Matcher fin = HARMONY_FINAL.matcher(text);
        int start = -1;
        int end = -1;
        while (fin.find()) {
            start = fin.start();
            end = fin.end();
        }
        Matcher t = HARMONY_THOUGHT.matcher(start < 0 ? text : text.substring(0, start));
        boolean any = false;
        while (t.find()) {
            addThought(thoughts, t.group(1));
            any = true;
        }
        if (start < 0) {
            return any ? "" : text;
        }
        return HARMONY_END.matcher(text.substring(end)).replaceAll("");
    }

    private static void addThought(List<String> thoughts, String t) {
        if (t != null && !t.isBlank()) {
            thoughts.add(t.strip());
        }
    }

    /** The content of a reply that is entirely one fenced block; the text itself otherwise. */
    static String unfence(String text, List<String> applied) {
        Matcher m = WHOLE_FENCE.matcher(text);
        if (!m.matches()) {
            return text;
        }
        String inner = m.group(1);
        for (String line : inner.split("\n")) {
            if (line.strip().startsWith("```")) {
                return text; // several blocks, or one inside prose: content
            }
        }
        applied.add(FENCE);
        return inner.strip();
    }

    /** The text after a first line that only announces it, or null when there is none. */
    static String dropAnnouncement(String text) {
        int nl = text.indexOf('\n');
        if (nl < 0) {
            return null;
        }
        String first = text.substring(0, nl).strip();
        String rest = text.substring(nl + 1).strip();
        if (first.length() > MAX_ANNOUNCE || rest.isEmpty() || !ANNOUNCE.matcher(first).matches()) {
            return null;
        }
        return rest;
    }

    /** The text of a reply that is wholly an {@code {"action": ..., "text": ...}} object, else null. */
    static String actionText(String text) {
        if (!(text.startsWith("{") && text.endsWith("}"))) {
            return null;
        }
        JsonNode n = JsonReplies.lastObject(text, x -> JsonReplies.text(x, "action") != null
                && JsonReplies.text(x, "text") != null);
        if (n == null) {
            return null;
        }
        return n.get("text").asText().strip();
    }
}
