package org.attune.reports.internal;

import java.util.List;
import org.attune.evaluator.Episode;
import org.attune.evaluator.Scores;
import org.attune.evaluator.UnscoredCriterion;
import org.unbescape.html.HtmlEscape;

/**
 * The HTML of one episode as {@code episode.html} inserts it, written straight into a
 * StringBuilder. This was a Pebble template; a report renders one fragment per episode (120,000 for
 * {@code --suite full}), and evaluating the template was most of the report's CPU. The markup is the
 * template's, and every model or data text goes through {@link #text}, the HTML escaping the
 * templates autoescape with (unbescape's {@code escapeHtml4Xml}, Pebble's "html" strategy); Markdown
 * goes through {@link MarkdownHtml}, numbers through {@link Fmt}.
 */
final class EpisodeHtml {
    /** A persona's card is the same on each of its episodes: written once per persona. */
    private static final BoundedMemo<PersonaCard, String> PERSONAS = new BoundedMemo<>(10_000);

    private final StringBuilder out;

    private EpisodeHtml(int capacity) {
        out = new StringBuilder(capacity);
    }

    /** The fragment of {@code e} from its page data ({@link EpisodePage#view}). */
    static String render(EpisodePage.View v) {
        EpisodeHtml h = new EpisodeHtml(8192);
        h.head(v);
        h.scores(v);
        h.questionAndPersona(v);
        h.preferences(v);
        h.transcript(v);
        h.response(v);
        h.criteria(v);
        h.diff(v);
        h.siblings(v);
        return h.out.toString();
    }

    private EpisodeHtml raw(String markup) {
        out.append(markup);
        return this;
    }

    /** Model or data text, escaped; null prints nothing (as the templates print it). */
    private EpisodeHtml text(Object value) {
        if (value != null) {
            out.append(HtmlEscape.escapeHtml4Xml(value.toString()));
        }
        return this;
    }

    private EpisodeHtml markdown(String md) {
        out.append(MarkdownHtml.render(md));
        return this;
    }

    private void head(EpisodePage.View v) {
        Episode e = v.episode();
        raw("<h1>").text(e.item()).raw("</h1>\n<p class=\"muted\">").text(e.task()).raw(" · persona ").text(e.persona())
                .raw(" · <strong>").text(e.agent()).raw("</strong> · ").text(e.condition());
        if (e.round() != null) {
            raw(" · round ").text(e.round());
        } else {
            raw(" · epoch ").text(e.epoch());
        }
        raw("</p>\n<p class=\"small\"><span class=\"mono muted\">").text(e.key()).raw("</span></p>\n")
                .raw("<input type=\"checkbox\" id=\"raw-toggle\" class=\"raw-toggle no-print\"><label for=\"raw-toggle\""
                        + " class=\"small no-print\"> Show responses and turns as raw text (not rendered as Markdown)</label>\n\n");
        if (e.error() != null) {
            raw("<div class=\"card err\" role=\"alert\"><h2>This episode ended in an error</h2><p><strong>")
                    .text(e.error().kind()).raw("</strong></p><pre class=\"text mono\">").text(e.error().message())
                    .raw("</pre><p class=\"muted small\">Errored episodes are left out of every figure.</p></div>\n");
        }
        raw("\n");
    }

    private void scores(EpisodePage.View v) {
        Episode e = v.episode();
        Scores s = e.scores();
        raw("<section class=\"card\" aria-label=\"Scores\" style=\"margin-top:.8rem\">\n<dl class=\"kv\">\n");
        if (s != null) {
            raw("<dt>Alignment</dt><dd><strong>").text(Fmt.num(s.alignment(), 2)).raw("</strong> <span class=\"muted\">of 5 (")
                    .text(Fmt.alignmentPct(s.alignment())).raw(")</span>");
            if (v.genericAlignment() != null && !"generic".equals(e.condition())) {
                raw(" · generic answer on this pair: ").text(Fmt.num(v.genericAlignment(), 2));
            }
            if (Boolean.TRUE.equals(v.worse())) {
                raw(" <span class=\"chip bad\">worse than generic</span>");
            } else if (Boolean.FALSE.equals(v.worse())) {
                raw(" <span class=\"chip good\">not worse than generic</span>");
            }
            raw("</dd>\n<dt>Correct</dt><dd>");
            if (s.correct() == null) {
                raw("<span class=\"muted\">not scored (no gold answer)</span>");
            } else {
                raw(s.correct() ? "✓ yes" : "✗ no");
            }
            if (s.extracted() != null) {
                raw(" · extracted answer: <span class=\"mono\">").text(s.extracted()).raw("</span>");
            }
            if (s.correctnessReason() != null) {
                raw(" <span class=\"muted small\">(").text(s.correctnessReason()).raw(")</span>");
            }
            raw("</dd>\n");
            if (s.editCost() != null) {
                raw("<dt>Edit cost</dt><dd>").text(s.editCost()).raw(" word edits");
                if (s.editCostNormalized() != null) {
                    raw(" (").text(Fmt.pct(s.editCostNormalized(), 0)).raw(" of the length)");
                }
                if (Boolean.TRUE.equals(s.accepted())) {
                    raw(" · <span class=\"chip good\">accepted as is</span>");
                }
                raw("</dd>");
            }
            if (s.questions() != null) {
                raw("<dt>Questions</dt><dd>").text(s.questions()).raw(" asked · recall ").text(Fmt.pct(s.recall(), 0))
                        .raw(" · precision ").text(Fmt.pct(s.precision(), 0)).raw("</dd>");
            }
        }
        raw("<dt>Cost</dt><dd>$").text(Fmt.num(e.costUsd(), 4));
        if (e.timing() != null) {
            raw(" · ").text(e.timing().millis()).raw(" ms · started ").text(e.timing().startedAt());
        }
        raw("</dd>\n");
        if (!v.usage().isEmpty()) {
            raw("<dt>Usage</dt><dd>");
            for (int i = 0; i < v.usage().size(); i++) {
                EpisodePage.Usage u = v.usage().get(i);
                text(u.role()).raw(": ").text(u.calls()).raw(" calls, ").text(u.inputTokens()).raw(" in / ")
                        .text(u.outputTokens()).raw(" out");
                if (i < v.usage().size() - 1) {
                    raw("; ");
                }
            }
            raw("</dd>");
        }
        raw("</dl>\n</section>\n\n");
    }

    private void questionAndPersona(EpisodePage.View v) {
        Episode e = v.episode();
        raw("<div class=\"grid2\">\n<section class=\"card\"><h2>Question</h2><pre class=\"text\">").text(e.question())
                .raw("</pre>\n<h3>Gold answer</h3>");
        if (e.goldAnswer() == null) {
            raw("<p class=\"muted\">none (an open item)</p>");
        } else {
            raw("<pre class=\"text mono\">").text(e.goldAnswer()).raw("</pre>");
        }
        raw("</section>\n<section class=\"card\"><h2>Persona</h2>\n");
        PersonaCard p = v.persona();
        String card = PERSONAS.get(p, q -> {
            EpisodeHtml h = new EpisodeHtml(1024);
            h.persona(q);
            return h.out.toString();
        });
        raw(card).raw("</section>\n</div>\n\n");
    }

    private void persona(PersonaCard p) {
        if (p.known()) {
            raw("<p><strong>").text(p.name()).raw("</strong>, ").text(p.age()).raw(" · ").text(p.occupation()).raw(" · ")
                    .text(p.location()).raw(" <span class=\"muted small mono\">").text(p.id()).raw("</span></p>\n<p>")
                    .text(p.background()).raw("</p>\n<dl class=\"kv small\">\n<dt>Expertise</dt><dd>")
                    .text(String.join(", ", p.expertise())).raw("</dd>\n");
            if (p.cognitive() != null) {
                raw("<dt>Thinking</dt><dd>").text(p.cognitive()).raw("</dd>");
            }
            if (p.affective() != null) {
                raw("<dt>Feeling</dt><dd>").text(p.affective()).raw("</dd>");
            }
            for (PersonaCard.Trait t : p.traits()) {
                raw("<dt>").text(t.name()).raw("</dt><dd>").text(t.score()).raw("/5");
                if (t.reading() != null) {
                    raw(" · ").text(t.reading());
                }
                raw("</dd>");
            }
            raw("</dl>\n");
        } else {
            raw("<p><span class=\"mono\">").text(p.id()).raw("</span></p><p class=\"muted small\">This persona is not in"
                    + " the built-in library, so only its id is known here.</p>\n");
        }
    }

    private void preferences(EpisodePage.View v) {
        Episode e = v.episode();
        raw("<h2>Active preferences</h2>\n<p class=\"muted small\">The preferences that mattered for this question, with"
                + " their weights. ");
        if ("oracle".equals(e.condition())) {
            raw("Under oracle they were given to the agent.");
        } else if (v.turns().isEmpty()) {
            raw("This condition has no dialogue, so none could be asked about.");
        } else {
            raw("<span class=\"chip asked\">asked</span> a user reply was matched to it; <span class=\"chip missed\">"
                    + "missed</span> never asked about.");
        }
        raw("</p>\n<div class=\"table-wrap\"><table>\n<thead><tr><th>Attribute</th><th>Wanted</th><th class=\"num\">"
                + "Weight</th><th>Asked?</th><th class=\"num\">Score</th></tr></thead>\n<tbody>\n");
        for (EpisodePage.Preference p : v.preferences()) {
            raw("<tr><td>").text(p.name()).raw("<br><span class=\"muted small mono\">").text(p.attribute())
                    .raw("</span></td>\n<td><strong>").text(p.value()).raw("</strong>");
            if (p.meaning() != null) {
                raw("<br><span class=\"muted small\">").text(p.meaning()).raw("</span>");
            }
            raw("</td>\n<td class=\"num\">").text(Fmt.pct(p.weight(), 0)).raw("</td>\n<td>");
            switch (p.status()) {
                case EpisodePage.ASKED -> raw("<span class=\"chip asked\">✓ asked</span>");
                case EpisodePage.MISSED -> raw("<span class=\"chip missed\">✗ missed</span>");
                case EpisodePage.GIVEN -> raw("<span class=\"chip\">given</span>");
                default -> raw("<span class=\"muted\">–</span>");
            }
            raw("</td>\n<td class=\"num\">").text(Fmt.num(p.score(), 1)).raw("</td></tr>\n");
        }
        raw("</tbody></table></div>\n\n");
    }

    private void transcript(EpisodePage.View v) {
        if (!v.turns().isEmpty()) {
            raw("<h2>Transcript</h2>\n");
            for (EpisodePage.TurnView t : v.turns()) {
                raw("<div class=\"turn ").text(t.role()).raw("\"><div class=\"who\">").text(t.number()).raw(" · ")
                        .text(t.role()).raw("</div><div class=\"md\">").markdown(t.text())
                        .raw("</div><pre class=\"text raw\">").text(t.text()).raw("</pre>\n");
                reasoning(t.reasoning());
                if (!t.matches().isEmpty()) {
                    raw("<p class=\"small\">matched: ");
                    for (EpisodePage.MatchView m : t.matches()) {
                        raw("<span class=\"chip ").raw(m.active() ? "asked" : "").raw("\" title=\"similarity ")
                                .text(Fmt.num(m.similarity(), 2)).raw("\">").text(m.name()).raw(" ")
                                .text(Fmt.num(m.similarity(), 2)).raw(m.active() ? "" : " · not active").raw("</span> ");
                    }
                    raw("</p>");
                }
                raw("</div>\n");
            }
        }
        raw("\n");
        Episode e = v.episode();
        if (e.learner() != null) {
            raw("<h2>What the learner believed</h2>\n<p class=\"small muted\">What <strong>").text(e.learner())
                    .raw("</strong> had inferred from earlier edits and acted on in this round (see the <a href=\"")
                    .raw("longitudinal.html\">longitudinal page</a>).</p>\n");
            if (e.inferred() == null) {
                raw("<p class=\"muted\">No explicit belief: past edits were shown to the model as examples.</p>");
            } else if (e.inferred().isEmpty()) {
                raw("<p class=\"muted\">Nothing yet.</p>");
            } else {
                raw("<div class=\"card\"><pre class=\"text mono\">").text(e.inferred()).raw("</pre></div>");
            }
        }
        raw("\n");
    }

    private void reasoning(String reasoning) {
        if (reasoning != null) {
            raw("<details class=\"reasoning small\"><summary>the model's reasoning (not scored)</summary>"
                    + "<pre class=\"text muted\">").text(reasoning).raw("</pre></details>");
        }
    }

    private void response(EpisodePage.View v) {
        Episode e = v.episode();
        raw("<h2>Final response</h2>\n");
        if (e.response() == null) {
            raw("<p class=\"muted\">No response (the episode ended in an error).</p>");
        } else {
            raw("<div class=\"card\"><div class=\"md\">").markdown(e.response()).raw("</div><pre class=\"text raw\">")
                    .text(e.response()).raw("</pre>");
            if (e.responseReasoning() != null) {
                reasoning(e.responseReasoning());
            }
            raw("</div>");
        }
        raw("\n");
    }

    private void criteria(EpisodePage.View v) {
        if (!v.criteria().isEmpty()) {
            raw("<h2>Criterion scores</h2>\n<div class=\"table-wrap\"><table>\n<thead><tr><th>Attribute</th>"
                    + "<th class=\"num\">Weight</th><th>Score</th><th>Judge</th><th>Justification</th></tr></thead>\n<tbody>\n");
            for (EpisodePage.Criterion c : v.criteria()) {
                raw("<tr><td>").text(c.name()).raw("</td><td class=\"num\">").text(Fmt.pct(c.weight(), 0))
                        .raw("</td>\n<td class=\"num\" style=\"white-space:nowrap\"><span class=\"track\"><span style=\"width:")
                        .text((c.score() - 1) * 25).raw("%\"></span></span>").text(Fmt.num(c.score(), 1))
                        .raw("</td>\n<td>").text(c.kind()).raw("</td><td>").text(c.justification()).raw("</td></tr>\n");
            }
            raw("</tbody></table></div>\n");
        }
        Scores s = v.episode().scores();
        if (s != null && !s.unscored().isEmpty()) {
            raw("<div class=\"card err small\"><p><strong>Left unscored</strong> (the judge gave no usable score; the"
                    + " alignment is over the scored criteria, weights renormalized; <code>attune run --resume DIR"
                    + " --retry-errors</code> judges them again):</p>\n<ul>");
            for (UnscoredCriterion u : s.unscored()) {
                raw("<li><span class=\"mono\">").text(u.attribute()).raw("</span>: ").text(u.reason()).raw("</li>");
            }
            raw("</ul></div>\n");
        }
        raw("\n");
    }

    private void diff(EpisodePage.View v) {
        List<TokenDiff.Segment> diff = v.diff();
        if (diff != null) {
            Scores s = v.episode().scores();
            raw("<h2>The user's edit</h2>\n<p class=\"small\">");
            if (s.editCost() != null) {
                text(s.editCost()).raw(" word edits turn");
            } else {
                raw("The edit turns");
            }
            raw(" the response into what this person wanted. <span class=\"key\"><ins>inserted</ins> <del>deleted</del>"
                    + "</span></p>\n<div class=\"diff\">");
            for (TokenDiff.Segment g : diff) {
                switch (g.op()) {
                    case TokenDiff.INSERTED -> raw("<ins>").text(g.text()).raw("</ins>");
                    case TokenDiff.DELETED -> raw("<del>").text(g.text()).raw("</del>");
                    default -> text(g.text());
                }
            }
            raw("</div>\n<details class=\"edited\"><summary>The edited response</summary><div class=\"card\">"
                    + "<div class=\"md\">").markdown(s.edited()).raw("</div><pre class=\"text raw\">").text(s.edited())
                    .raw("</pre></div></details>\n");
        }
        raw("\n");
    }

    private void siblings(EpisodePage.View v) {
        raw("<h2>Same item and persona</h2>\n<div class=\"table-wrap\"><table>\n<thead><tr><th>Agent</th><th>Condition"
                + "</th><th class=\"num\">Epoch</th><th class=\"num\">Alignment</th><th>Correct</th></tr></thead>\n<tbody>\n");
        for (EpisodePage.Sibling s : v.siblings()) {
            raw(s.current() ? "<tr class=\"current\"><td>" : "<tr><td>").text(s.agent()).raw("</td><td>");
            if (s.current()) {
                text(s.condition()).raw(" (this page)");
            } else {
                raw("<a href=\"").text(s.href()).raw("\">").text(s.condition()).raw("</a>");
            }
            raw("</td><td class=\"num\">").text(s.epoch()).raw("</td>\n<td class=\"num\">");
            if (s.errored()) {
                raw("<span class=\"chip bad\">error</span>");
            } else {
                text(Fmt.num(s.alignment(), 2));
            }
            raw("</td>\n<td>");
            if (s.correct() == null) {
                raw("–");
            } else {
                raw(s.correct() ? "✓" : "✗");
            }
            raw("</td></tr>\n");
        }
        raw("</tbody></table></div>\n");
    }
}
