package org.attune.evaluator.rules;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * address: "second-person" speaks to the reader as "you" at least once; "impersonal" never does
 * (answer statements aside). The impersonal rewrite uses "one" and impersonal constructions.
 */
final class AddressRule extends RuleBase {
    static final Pattern YOU = Pattern.compile("(?i)(?<![\\p{L}])(?:you|your|yours|yourself|yourselves)(?![\\p{L}])");
    static final String FALLBACK = "You can check each step.";
    static final String CLAUSE = ", and you can see it";
    static final String OPENER = "As you can see, ";
    private static final Pattern WE = Pattern.compile(
            "(?<![\\p{L}'’])(we|We|our|Our|ours|ourselves|us)(?=(['’](?:re|ve|ll|d))?(?![\\p{L}]))");
    private static final Pattern LET_US = Pattern.compile("(?i)\\blet\\s+$");
    private static final Set<String> VERBS = Set.of("add", "apply", "ask", "buy", "calculate", "call", "check",
            "choose", "combine", "come", "compare", "compute", "consider", "count", "divide", "drink", "eat", "end",
            "expect", "feel", "find", "follow", "get", "give", "go", "have", "hold", "keep", "know", "learn", "leave",
            "look", "lose", "make", "move", "multiply", "need", "notice", "pay", "pick", "plug", "put", "read",
            "remember", "rest", "see", "sell", "set", "sleep", "solve", "spend", "start", "subtract", "substitute",
            "take", "talk", "think", "try", "use", "want", "write", "work", "do", "say", "tell", "run");

    AddressRule() {
        super("address", "second-person", "impersonal");
    }

    @Override
    String contrary(String value) {
        return value.equals("second-person") ? "impersonal" : "second-person";
    }

    static int count(String text) {
        return (int) YOU.matcher(Outline.of(text).editableText()).results().count();
    }

    @Override
    double score(String text, String value) {
        int n = count(text);
        return value.equals("second-person") ? (n >= 1 ? 1 : 0) : decay(n, 4);
    }

    @Override
    String rewrite(String text, String value) {
        if (value.equals("second-person")) {
            String out = Edits.mapText(text, Edits::notGlossary, true, AddressRule::toYou);
            if (count(out) >= 1) {
                return out;
            }
            String seen = Edits.prefixConclusion(out, OPENER, true, "You can ");
            return seen != null ? seen : Edits.addClause(out, CLAUSE, FALLBACK);
        }
        return Edits.mapText(text, Edits::notGlossary, true, AddressRule::impersonal);
    }

    /** "we", "our", "us" as "you", "your", "you" ("let us" stays). */
    static String toYou(String s) {
        Matcher m = WE.matcher(s);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String w = m.group(1);
            String rep;
            if (w.equals("us") && LET_US.matcher(s.substring(0, m.start())).find()) {
                rep = w;
            } else {
                rep = switch (w) {
                    case "we", "us" -> "you";
                    case "We" -> "You";
                    case "our" -> "your";
                    case "Our" -> "Your";
                    case "ours" -> "yours";
                    default -> "yourselves";
                };
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(rep));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private static final String[][] PHRASES = {
        {"thank you", "thanks"}, {"you should", "it is best to"}, {"you need to", "it is necessary to"},
        {"you must", "it is necessary to"}, {"you have to", "it is necessary to"}, {"you're", "one is"},
        {"you’re", "one is"}, {"you've", "one has"}, {"you’ve", "one has"}, {"you'll", "one will"},
        {"you’ll", "one will"}, {"you'd", "one would"}, {"you’d", "one would"}, {"you are", "one is"},
        {"you were", "one was"}, {"you have", "one has"}, {"you do", "one does"}, {"you don't", "one doesn't"},
        {"you don’t", "one doesn’t"}, {"you did", "one did"}, {"do you", "does one"}, {"are you", "is one"},
        {"have you", "has one"}, {"yourselves", "oneself"}, {"yourself", "oneself"}, {"yours", "one's"},
        {"your", "one's"},
    };

    /** Second-person wording rewritten with "one" and impersonal constructions. */
    static String impersonal(String s) {
        String out = s;
        for (String[] p : PHRASES) {
            Pattern pat = Pattern.compile("(?i)(?<![\\p{L}])" + Pattern.quote(p[0]) + "(?![\\p{L}])");
            Matcher m = pat.matcher(out);
            StringBuilder sb = new StringBuilder();
            while (m.find()) {
                m.appendReplacement(sb, Matcher.quoteReplacement(Words.matchCase(m.group(), p[1])));
            }
            m.appendTail(sb);
            out = sb.toString();
        }
        Matcher m = Pattern.compile("(?i)(?<![\\p{L}])you(?![\\p{L}])(\\s+)([a-z]+)?").matcher(out);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String one = Words.matchCase(m.group().substring(0, 3), "one");
            String verb = m.group(2);
            String[] before = out.substring(0, m.start()).strip().split("\\s+");
            boolean object = OBJECT_AFTER.contains(before[before.length - 1].toLowerCase());
            String rest = m.group(1) + (verb == null ? "" : VERBS.contains(verb) && !object ? conjugate(verb) : verb);
            m.appendReplacement(sb, Matcher.quoteReplacement(one + rest));
        }
        m.appendTail(sb);
        out = sb.toString();
        return Pattern.compile("(?i)(?<![\\p{L}])you(?![\\p{L}])").matcher(out)
                .replaceAll(r -> Words.matchCase(r.group(), "one"));
    }

    private static final Set<String> INSTRUCTIONS = Set.of("mix", "let", "stir", "heat", "cook", "bake", "knead",
            "note", "avoid", "stop", "draw", "list", "place", "turn", "open", "close", "press", "wait", "be", "don't",
            "do", "make", "see", "go", "try", "keep", "call", "ask", "book", "visit", "drink", "rest", "cut", "limit",
            "reduce", "increase", "measure", "record", "write", "find", "start", "finish", "begin", "repeat", "remove");

    /** Words after which "you" is an object ("makes you feel"), so the next verb keeps its form. */
    private static final Set<String> OBJECT_AFTER = Set.of("make", "makes", "made", "let", "lets", "help", "helps",
            "helped", "to", "for", "with", "at", "from", "about", "tell", "tells", "give", "gives", "show", "shows",
            "ask", "asks", "want", "wants", "see", "sees", "hear", "remind", "reminds", "keep", "keeps", "get", "gets",
            "by", "of", "on", "into", "than", "like", "have", "has", "had", "saw", "watch", "watches", "leave", "leaves");

    /** Whether a sentence starting with this word reads as an instruction. */
    static boolean isVerb(String word) {
        return VERBS.contains(word) || INSTRUCTIONS.contains(word);
    }

    static String conjugate(String verb) {
        return switch (verb) {
            case "have" -> "has";
            case "do" -> "does";
            case "go" -> "goes";
            default -> verb.matches(".*(s|sh|ch|x|z)") ? verb + "es"
                    : verb.matches(".*[^aeiou]y") ? verb.substring(0, verb.length() - 1) + "ies" : verb + "s";
        };
    }
}
