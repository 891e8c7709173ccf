// Draws one episode's page from its view data (window.attuneEpisode.draw): the object the report
// writer puts in the shards (EpisodeViewJson) and the shard's persona cards. Every text is set as
// text (textContent, setAttribute); the only markup inserted is the HTML the report writer made of
// the Markdown of the response, each turn and the edited text (responseHtml, html, editedHtml).
(function () {
  'use strict';
  var HASH = /^[0-9a-f]{12}$/;
  var own = Object.prototype.hasOwnProperty;

  // an element with a class and children: strings and numbers become text nodes, null is skipped
  function el(tag, cls, kids) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    add(e, kids);
    return e;
  }
  function add(e, kids) {
    (Array.isArray(kids) ? kids : [kids]).forEach(function (k) {
      if (k === null || k === undefined) { return; }
      if (Array.isArray(k)) { add(e, k); return; }
      e.appendChild(typeof k === 'object' ? k : document.createTextNode(String(k)));
    });
    return e;
  }
  function attrs(e, map) {
    Object.keys(map).forEach(function (k) { e.setAttribute(k, map[k]); });
    return e;
  }
  // Markdown rendered and escaped by the report writer (MarkdownHtml): the one innerHTML of the page
  function md(html) {
    var d = el('div', 'md');
    d.innerHTML = typeof html === 'string' ? html : '';
    return d;
  }
  function dl(cls, pairs) {
    var list = el('dl', cls);
    pairs.forEach(function (p) {
      if (p) { add(list, [el('dt', null, p[0]), el('dd', null, p[1])]); }
    });
    return list;
  }
  function table(heads, rows) {
    var tr = el('tr');
    heads.forEach(function (h) { add(tr, h[0] === '#' ? el('th', 'num', h.slice(1)) : el('th', null, h)); });
    return el('div', 'table-wrap', el('table', null, [el('thead', null, tr), el('tbody', null, rows)]));
  }
  function td(kids, cls) { return el('td', cls, kids); }
  function chip(cls, text) { return el('span', 'chip' + (cls ? ' ' + cls : ''), text); }
  function list(v) { return Array.isArray(v) ? v : []; }
  function reasoning(text) {
    if (typeof text !== 'string') { return null; }
    return el('details', 'reasoning small', [el('summary', null, 'the model\'s reasoning (not scored)'),
      el('pre', 'text muted', text)]);
  }

  function head(v, out) {
    add(out, [el('h1', null, v.item), el('p', 'muted', [v.task, ' \u00b7 persona ', v.persona, ' \u00b7 ',
      el('strong', null, v.agent), ' \u00b7 ', v.condition,
      v.round !== undefined ? ' \u00b7 round ' + v.round : ' \u00b7 epoch ' + v.epoch]),
      el('p', 'small', el('span', 'mono muted', v.key)),
      attrs(el('input', 'raw-toggle no-print'), {type: 'checkbox', id: 'raw-toggle'}),
      attrs(el('label', 'small no-print', ' Show responses and turns as raw text (not rendered as Markdown)'),
        {'for': 'raw-toggle'})]);
    if (v.error) {
      add(out, attrs(el('div', 'card err', [el('h2', null, 'This episode ended in an error'),
        el('p', null, el('strong', null, v.error.kind)), el('pre', 'text mono', v.error.message),
        el('p', 'muted small', 'Errored episodes are left out of every figure.')]), {role: 'alert'}));
    }
  }

  function scores(v, out) {
    var s = v.scores;
    var rows = [];
    if (s) {
      var worse = s.worse === true ? [' ', chip('bad', 'worse than generic')]
        : s.worse === false ? [' ', chip('good', 'not worse than generic')] : [];
      rows.push(['Alignment', [el('strong', null, s.alignment), ' ', el('span', 'muted', 'of 5 (' + s.alignmentPct + ')'),
        s.generic !== undefined ? ' \u00b7 generic answer on this pair: ' + s.generic : null].concat(worse)]);
      rows.push(['Correct', [s.correct === undefined ? el('span', 'muted', 'not scored (no gold answer)')
        : s.correct ? '\u2713 yes' : '\u2717 no',
        s.extracted !== undefined ? ' \u00b7 extracted answer: ' : null,
        s.extracted !== undefined ? el('span', 'mono', s.extracted) : null,
        s.reason !== undefined ? ' ' : null, s.reason !== undefined ? el('span', 'muted small', '(' + s.reason + ')') : null]]);
      if (s.editCost !== undefined) {
        rows.push(['Edit cost', [s.editCost + ' word edits', s.editPct !== undefined ? ' (' + s.editPct + ' of the length)' : null,
          s.accepted ? ' \u00b7 ' : null, s.accepted ? chip('good', 'accepted as is') : null]]);
      }
      if (s.questions !== undefined) {
        rows.push(['Questions', s.questions + ' asked \u00b7 recall ' + s.recall + ' \u00b7 precision ' + s.precision]);
      }
    }
    rows.push(['Cost', '$' + v.cost + (v.ms !== undefined ? ' \u00b7 ' + v.ms + ' ms \u00b7 started ' + v.started : '')]);
    if (list(v.usage).length) {
      rows.push(['Usage', v.usage.map(function (u) {
        return u.role + ': ' + u.calls + ' calls, ' + u['in'] + ' in / ' + u.out + ' out';
      }).join('; ')]);
    }
    add(out, attrs(el('section', 'card', dl('kv', rows)), {'aria-label': 'Scores', style: 'margin-top:.8rem'}));
  }

  function persona(id, card) {
    if (!card || card.name === undefined) {
      return [el('p', null, el('span', 'mono', id)), el('p', 'muted small',
        'This persona is not in the built-in library, so only its id is known here.')];
    }
    var facts = [['Expertise', card.expertise], card.thinking !== undefined ? ['Thinking', card.thinking] : null,
      card.feeling !== undefined ? ['Feeling', card.feeling] : null];
    list(card.traits).forEach(function (t) {
      facts.push([t.name, t.score + '/5' + (t.reading !== undefined ? ' \u00b7 ' + t.reading : '')]);
    });
    return [el('p', null, [el('strong', null, card.name), ', ' + card.age + ' \u00b7 ' + card.occupation + ' \u00b7 '
      + card.location + ' ', el('span', 'muted small mono', id)]), el('p', null, card.background), dl('kv small', facts)];
  }

  function questionAndPersona(v, personas, out) {
    var card = personas && own.call(personas, v.persona) ? personas[v.persona] : null;
    add(out, el('div', 'grid2', [el('section', 'card', [el('h2', null, 'Question'), el('pre', 'text', v.question),
      el('h3', null, 'Gold answer'), v.gold === undefined ? el('p', 'muted', 'none (an open item)')
        : el('pre', 'text mono', v.gold)]),
      el('section', 'card', [el('h2', null, 'Persona')].concat(persona(v.persona, card)))]));
  }

  var STATUS = {asked: ['asked', '\u2713 asked'], missed: ['missed', '\u2717 missed'], given: ['', 'given']};

  function preferences(v, out) {
    // asked or missed: the condition let the agent ask (discovery), whether or not it did
    var elicited = list(v.prefs).some(function (p) { return p.status === 'asked' || p.status === 'missed'; });
    var note = v.condition === 'oracle' ? 'Under oracle they were given to the agent.'
      : !elicited ? 'This condition has no dialogue, so none could be asked about.'
        : [list(v.turns).length ? '' : 'The agent asked no questions, so each was missed. ',
          chip('asked', 'asked'), ' a user reply was matched to it; ', chip('missed', 'missed'), ' never asked about.'];
    add(out, [el('h2', null, 'Active preferences'), el('p', 'muted small',
      ['The preferences that mattered for this question, with their weights. '].concat(note)),
      table(['Attribute', 'Wanted', '#Weight', 'Asked?', '#Score'], list(v.prefs).map(function (p) {
        var status = own.call(STATUS, p.status) ? chip(STATUS[p.status][0], STATUS[p.status][1]) : el('span', 'muted', '\u2013');
        return el('tr', null, [td([p.name, el('br'), el('span', 'muted small mono', p.attr)]),
          td([el('strong', null, p.value), p.meaning !== undefined ? el('br') : null,
            p.meaning !== undefined ? el('span', 'muted small', p.meaning) : null]),
          td(p.weight, 'num'), td(status), td(p.score, 'num')]);
      }))]);
  }

  function transcript(v, out) {
    var turns = list(v.turns);
    if (turns.length) {
      add(out, el('h2', null, 'Transcript'));
    }
    turns.forEach(function (t, n) {
      var matches = list(t.matches).map(function (m) {
        return [attrs(chip(m.active ? 'asked' : '', m.name + ' ' + m.similarity + (m.active ? '' : ' \u00b7 not active')),
          {title: 'similarity ' + m.similarity}), ' '];
      });
      add(out, el('div', 'turn ' + t.role, [el('div', 'who', (n + 1) + ' \u00b7 ' + t.role), md(t.html),
        el('pre', 'text raw', t.text), reasoning(t.reasoning),
        matches.length ? el('p', 'small', ['matched: ', matches]) : null]));
    });
    if (v.learner !== undefined) {
      add(out, [el('h2', null, 'What the learner believed'), el('p', 'small muted', ['What ', el('strong', null, v.learner),
        ' had inferred from earlier edits and acted on in this round (see the ',
        attrs(el('a', null, 'longitudinal page'), {href: 'longitudinal.html'}), ').']),
        v.inferred === undefined ? el('p', 'muted', 'No explicit belief: past edits were shown to the model as examples.')
          : v.inferred === '' ? el('p', 'muted', 'Nothing yet.') : el('div', 'card', el('pre', 'text mono', v.inferred))]);
    }
  }

  function response(v, out) {
    add(out, [el('h2', null, 'Final response'), typeof v.response !== 'string'
      ? el('p', 'muted', 'No response (the episode ended in an error).')
      : el('div', 'card', [md(v.responseHtml), el('pre', 'text raw', v.response), reasoning(v.responseReasoning)])]);
  }

  function criteria(v, out) {
    var rows = list(v.criteria).map(function (c) {
      var bar = el('span');
      if (typeof c.bar === 'number' && isFinite(c.bar)) { bar.style.width = c.bar + '%'; }
      return el('tr', null, [td(c.name), td(c.weight, 'num'),
        attrs(td([el('span', 'track', bar), c.score], 'num'), {style: 'white-space:nowrap'}), td(c.kind), td(c.why)]);
    });
    if (rows.length) {
      add(out, [el('h2', null, 'Criterion scores'), table(['Attribute', '#Weight', 'Score', 'Judge', 'Justification'], rows)]);
    }
    var unscored = list(v.unscored);
    if (unscored.length) {
      add(out, el('div', 'card err small', [el('p', null, [el('strong', null, 'Left unscored'),
        ' (the judge gave no usable score; the alignment is over the scored criteria, weights renormalized; ',
        el('code', null, 'attune run --resume DIR --retry-errors'), ' judges them again):']),
        el('ul', null, unscored.map(function (u) { return el('li', null, [el('span', 'mono', u.attr), ': ' + u.reason]); }))]));
    }
  }

  function edit(v, out) {
    if (typeof v.edited !== 'string' || typeof v.response !== 'string') { return; }
    var diff = el('div', 'diff');
    window.attuneDiff.draw(diff, v.response, v.edited);
    var cost = v.scores && v.scores.editCost !== undefined ? v.scores.editCost + ' word edits turn' : 'The edit turns';
    add(out, [el('h2', null, 'The user\'s edit'), el('p', 'small', [cost + ' the response into what this person wanted. ',
      el('span', 'key', [el('ins', null, 'inserted'), ' ', el('del', null, 'deleted')])]), diff,
      el('details', 'edited', [el('summary', null, 'The edited response'),
        el('div', 'card', [md(v.editedHtml), el('pre', 'text raw', v.edited)])])]);
  }

  function siblings(v, out) {
    // longitudinal rounds of one pair all have epoch 1: they are told apart by their round
    var rounds = v.round !== undefined;
    add(out, [el('h2', null, 'Same item and persona'), table(['Agent', 'Condition', rounds ? '#Round' : '#Epoch',
      '#Alignment', 'Correct'], list(v.siblings).map(function (s) {
        var condition = s.current ? s.condition + ' (this page)' : HASH.test(String(s.hash))
          ? attrs(el('a', null, s.condition), {href: 'episode.html#' + s.hash}) : s.condition;
        return el('tr', s.current ? 'current' : null, [td(s.agent), td(condition), td(rounds ? s.round : s.epoch, 'num'),
          td(s.error ? chip('bad', 'error') : s.alignment, 'num'),
          td(s.correct === undefined ? '\u2013' : s.correct ? '\u2713' : '\u2717')]);
      }))]);
  }

  // the page of view v (personas: the shard's cards by persona id) as a fragment to insert
  function draw(v, personas) {
    var out = document.createDocumentFragment();
    head(v, out);
    scores(v, out);
    questionAndPersona(v, personas, out);
    preferences(v, out);
    transcript(v, out);
    response(v, out);
    criteria(v, out);
    edit(v, out);
    siblings(v, out);
    return out;
  }

  window.attuneEpisode = {draw: draw};
})();
