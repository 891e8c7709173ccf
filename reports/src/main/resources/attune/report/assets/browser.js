// The episode browser: filters, text search, sorting and paging over the rows of data/*.js.
// Every cell is set with textContent, so no text from a run is ever parsed as markup.
(function () {
  'use strict';
  var F = { href: 0, task: 1, item: 2, persona: 3, condition: 4, agent: 5, epoch: 6, alignment: 7,
    correct: 8, edit: 9, questions: 10, worse: 11, error: 12, question: 13 };
  var PAGE = 50;
  var PAGE_LINK = /^episode\.html#[0-9a-f]{12}$/;
  var meta = JSON.parse(document.getElementById('attune-meta').textContent);
  var rows = [];
  (window.attuneEpisodes || []).forEach(function (chunk) { Array.prototype.push.apply(rows, chunk); });
  var hay = new Array(rows.length);
  var state = { agent: '', condition: '', task: '', persona: '', correct: '', worse: false, errored: false,
    q: '', page: 0, sort: -1, desc: true };
  var byId = function (id) { return document.getElementById(id); };
  var personaIds = meta.personas.map(function (p) { return p[0]; });

  function fill(select, labels) {
    labels.forEach(function (label, i) {
      var o = document.createElement('option');
      o.value = String(i);
      o.textContent = label;
      select.appendChild(o);
    });
  }
  fill(byId('f-agent'), meta.agents);
  fill(byId('f-condition'), meta.conditions);
  fill(byId('f-task'), meta.tasks);
  fill(byId('f-persona'), meta.personas.map(function (p) { return p[1] === p[0] ? p[0] : p[1] + ' (' + p[0] + ')'; }));

  function indexIn(list, value) {
    var i = list.indexOf(value);
    return i < 0 ? '' : String(i);
  }
  function readHash() {
    var h = location.hash.replace(/^#/, '');
    h.split('&').forEach(function (part) {
      if (!part) { return; }
      var at = part.indexOf('=');
      var k;
      var v;
      try {
        k = decodeURIComponent(at < 0 ? part : part.slice(0, at));
        v = decodeURIComponent(at < 0 ? '' : part.slice(at + 1));
      } catch (e) { return; }
      if (k === 'agent') { state.agent = indexIn(meta.agents, v); }
      else if (k === 'condition') { state.condition = indexIn(meta.conditions, v); }
      else if (k === 'task') { state.task = indexIn(meta.tasks, v); }
      else if (k === 'persona') { state.persona = indexIn(personaIds, v); }
      else if (k === 'correct' && (v === 'yes' || v === 'no' || v === 'na')) { state.correct = v; }
      else if (k === 'worse') { state.worse = v === '1'; }
      else if (k === 'errored') { state.errored = v === '1'; }
      else if (k === 'q') { state.q = v; }
      else if (k === 'page') { state.page = Math.max(0, (parseInt(v, 10) || 1) - 1); }
    });
  }
  function writeHash() {
    var p = [];
    var add = function (k, v) { p.push(k + '=' + encodeURIComponent(v)); };
    if (state.agent !== '') { add('agent', meta.agents[+state.agent]); }
    if (state.condition !== '') { add('condition', meta.conditions[+state.condition]); }
    if (state.task !== '') { add('task', meta.tasks[+state.task]); }
    if (state.persona !== '') { add('persona', personaIds[+state.persona]); }
    if (state.correct) { add('correct', state.correct); }
    if (state.worse) { add('worse', '1'); }
    if (state.errored) { add('errored', '1'); }
    if (state.q) { add('q', state.q); }
    if (state.page > 0) { add('page', String(state.page + 1)); }
    try {
      history.replaceState(null, '', location.href.split('#')[0] + (p.length ? '#' + p.join('&') : ''));
    } catch (e) { /* some file:// setups refuse; the filters still work */ }
  }
  function haystack(i) {
    if (hay[i] === undefined) {
      var r = rows[i];
      var person = meta.personas[r[F.persona]] || ['', ''];
      hay[i] = [r[F.item], r[F.question], meta.tasks[r[F.task]], person[0], person[1], meta.agents[r[F.agent]],
        meta.conditions[r[F.condition]], r[F.error] || ''].join(' ').toLowerCase();
    }
    return hay[i];
  }
  function keep(r, i, q) {
    if (state.agent !== '' && r[F.agent] !== +state.agent) { return false; }
    if (state.condition !== '' && r[F.condition] !== +state.condition) { return false; }
    if (state.task !== '' && r[F.task] !== +state.task) { return false; }
    if (state.persona !== '' && r[F.persona] !== +state.persona) { return false; }
    if (state.correct === 'yes' && r[F.correct] !== 1) { return false; }
    if (state.correct === 'no' && r[F.correct] !== 0) { return false; }
    if (state.correct === 'na' && r[F.correct] !== null) { return false; }
    if (state.worse && r[F.worse] !== 1) { return false; }
    if (state.errored && r[F.error] === null) { return false; }
    return !q || haystack(i).indexOf(q) >= 0;
  }
  function cell(tr, text, cls) {
    var td = document.createElement('td');
    td.textContent = text === null || text === undefined ? '\u2013' : String(text);
    if (cls) { td.className = cls; }
    tr.appendChild(td);
    return td;
  }
  function chip(td, text, cls) {
    var s = document.createElement('span');
    s.className = 'chip ' + cls;
    s.textContent = text;
    td.appendChild(s);
    td.appendChild(document.createTextNode(' '));
  }
  function render() {
    var q = state.q.trim().toLowerCase();
    var found = [];
    for (var i = 0; i < rows.length; i++) {
      if (keep(rows[i], i, q)) { found.push(rows[i]); }
    }
    if (state.sort >= 0) {
      var s = state.sort;
      var sign = state.desc ? -1 : 1;
      found.sort(function (a, b) {
        var x = a[s];
        var y = b[s];
        if (x === null || y === null) { return x === y ? 0 : (x === null ? 1 : -1); }
        return x < y ? -sign : x > y ? sign : 0;
      });
    }
    var pages = Math.max(1, Math.ceil(found.length / PAGE));
    state.page = Math.min(state.page, pages - 1);
    var start = state.page * PAGE;
    var body = byId('rows');
    var fresh = document.createElement('tbody');
    fresh.id = 'rows';
    found.slice(start, start + PAGE).forEach(function (r) {
      var tr = document.createElement('tr');
      var first = document.createElement('td');
      var a = document.createElement('a');
      if (PAGE_LINK.test(r[F.href])) { a.href = r[F.href]; }
      a.textContent = r[F.item];
      first.appendChild(a);
      tr.appendChild(first);
      cell(tr, meta.tasks[r[F.task]]);
      cell(tr, meta.personas[r[F.persona]][0]);
      cell(tr, meta.agents[r[F.agent]]);
      cell(tr, meta.conditions[r[F.condition]]);
      cell(tr, r[F.epoch], 'num');
      cell(tr, r[F.alignment] === null ? null : r[F.alignment].toFixed(2), 'num');
      cell(tr, r[F.correct] === null ? null : (r[F.correct] === 1 ? '\u2713 yes' : '\u2717 no'));
      cell(tr, r[F.edit], 'num');
      cell(tr, r[F.questions], 'num');
      var flags = cell(tr, '');
      if (r[F.worse] === 1) { chip(flags, 'worse than generic', 'bad'); }
      if (r[F.error] !== null) { chip(flags, 'error: ' + r[F.error], 'bad'); }
      cell(tr, r[F.question], 'q');
      fresh.appendChild(tr);
    });
    body.parentNode.replaceChild(fresh, body);
    var shown = found.length === 0 ? 'No matching episodes'
      : 'Showing ' + (start + 1).toLocaleString('en') + '\u2013' + Math.min(start + PAGE, found.length).toLocaleString('en')
        + ' of ' + found.length.toLocaleString('en') + ' matching episodes';
    byId('count').textContent = shown + ' (' + rows.length.toLocaleString('en') + ' in the run).';
    byId('page').textContent = 'Page ' + (state.page + 1) + ' of ' + pages;
    byId('prev').disabled = state.page === 0;
    byId('next').disabled = state.page >= pages - 1;
    writeHash();
  }
  function syncInputs() {
    byId('f-agent').value = state.agent;
    byId('f-condition').value = state.condition;
    byId('f-task').value = state.task;
    byId('f-persona').value = state.persona;
    byId('f-correct').value = state.correct;
    byId('f-worse').checked = state.worse;
    byId('f-errored').checked = state.errored;
    byId('f-q').value = state.q;
  }
  function bind(id, field, prop) {
    byId(id).addEventListener('change', function (ev) {
      state[field] = ev.target[prop];
      state.page = 0;
      render();
    });
  }
  bind('f-agent', 'agent', 'value');
  bind('f-condition', 'condition', 'value');
  bind('f-task', 'task', 'value');
  bind('f-persona', 'persona', 'value');
  bind('f-correct', 'correct', 'value');
  bind('f-worse', 'worse', 'checked');
  bind('f-errored', 'errored', 'checked');
  var timer = null;
  byId('f-q').addEventListener('input', function (ev) {
    clearTimeout(timer);
    timer = setTimeout(function () { state.q = ev.target.value; state.page = 0; render(); }, 150);
  });
  function clear() {
    state = { agent: '', condition: '', task: '', persona: '', correct: '', worse: false, errored: false,
      q: '', page: 0, sort: -1, desc: true };
    document.querySelectorAll('th[data-field]').forEach(function (th) { th.removeAttribute('aria-sort'); });
  }
  byId('reset').addEventListener('click', function () {
    clear();
    syncInputs();
    render();
  });
  // a link opened on this page with other filters changes only the hash (render's own replaceState fires no event)
  window.addEventListener('hashchange', function () {
    clear();
    readHash();
    syncInputs();
    render();
  });
  byId('filters').addEventListener('submit', function (ev) { ev.preventDefault(); });
  byId('prev').addEventListener('click', function () { state.page--; render(); });
  byId('next').addEventListener('click', function () { state.page++; render(); });
  document.querySelectorAll('th[data-field]').forEach(function (th) {
    th.tabIndex = 0;
    var go = function () {
      var f = F[th.getAttribute('data-field')];
      state.desc = state.sort === f ? !state.desc : true;
      state.sort = f;
      document.querySelectorAll('th[data-field]').forEach(function (o) { o.removeAttribute('aria-sort'); });
      th.setAttribute('aria-sort', state.desc ? 'descending' : 'ascending');
      render();
    };
    th.addEventListener('click', go);
    th.addEventListener('keydown', function (ev) {
      if (ev.key === 'Enter' || ev.key === ' ') { ev.preventDefault(); go(); }
    });
  });
  if (rows.length < meta.total) {
    var warn = byId('missing');
    warn.hidden = false;
    warn.textContent = 'Only ' + rows.length + ' of ' + meta.total
      + ' episodes could be loaded: some data files of this report are missing.';
  }
  readHash();
  syncInputs();
  render();
})();
