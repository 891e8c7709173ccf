// The word diff of a response and its edit (window.attuneDiff), drawn in the browser from the two
// texts. Same tokens as the edit cost (evaluator EditDistance: letter/digit/mark runs, English
// contractions split, any other non-space character alone), a shortest edit script by Myers'
// middle-snake recursion with Commons Text StringsComparator's choices, changes slid to sentence
// ends, and insertions shown after the deletions of their stretch. Segments: [op, text] with op
// 'same', 'del' or 'ins'; text keeps the whitespace before each token. Kept identical to the Java
// reference in the tests (TokenDiff) by WordDiffBrowserTest.
(function () {
  'use strict';
  var SAME = 'same';
  var DEL = 'del';
  var INS = 'ins';
  // a word: letters and digits with their combining marks; a contraction ends where none follows
  var WORD = '[\\p{L}\\p{N}\\p{M}]';
  var RUN = WORD + '+';
  var END = '(?!' + WORD + ')';
  var TOKEN = new RegExp(RUN + '(?=n[\'\u2019]t' + END + ')|n[\'\u2019]t' + END + '|[\'\u2019](?:s|re|ve|ll|d|m)'
    + END + '|' + RUN + '|[^\\p{Zs}\\p{Zl}\\p{Zp}\\t-\\r\\x85]', 'giu');
  // more distinct tokens than the Java side can code as one char each: shown as a replacement
  var MAX_CODES = 0xFFFD - 0x900 + 1;

  // Java's Character.isWhitespace, which String.strip uses
  function blank(c) {
    return c >= 9 && c <= 13 || c >= 0x1C && c <= 0x20 || c === 0x1680 || c >= 0x2000 && c <= 0x2006
      || c >= 0x2008 && c <= 0x200A || c === 0x2028 || c === 0x2029 || c === 0x205F || c === 0x3000;
  }
  function strip(s) {
    var a = 0;
    var b = s.length;
    while (a < b && blank(s.charCodeAt(a))) { a++; }
    while (b > a && blank(s.charCodeAt(b - 1))) { b--; }
    return s.slice(a, b);
  }
  // each token with the whitespace between it and the token before (what follows the last is dropped)
  function spaced(text) {
    var out = [];
    var pos = 0;
    var m;
    TOKEN.lastIndex = 0;
    while ((m = TOKEN.exec(text || '')) !== null) {
      out.push(text.slice(pos, m.index) + m[0]);
      pos = m.index + m[0].length;
    }
    return out;
  }
  function encode(tokens, codes) {
    return tokens.map(function (t) {
      var k = strip(t);
      if (!codes.has(k)) { codes.set(k, codes.size); }
      return codes.get(k);
    });
  }

  // Myers' shortest edit script of a into b: the middle snake, then each side of it
  function Script(a, b) {
    this.a = a;
    this.b = b;
    this.down = new Int32Array(a.length + b.length + 2);
    this.up = new Int32Array(a.length + b.length + 2);
    this.ops = [];
  }
  Script.prototype.snake = function (start, diag, end1, end2) {
    var end = start;
    while (end - diag < end2 && end < end1 && this.a[end] === this.b[end - diag]) { end++; }
    return {start: start, end: end, diag: diag};
  };
  Script.prototype.middle = function (start1, end1, start2, end2) {
    var a = this.a;
    var b = this.b;
    var down = this.down;
    var up = this.up;
    var m = end1 - start1;
    var n = end2 - start2;
    if (m === 0 || n === 0) { return null; }
    var delta = m - n;
    var sum = n + m;
    var offset = (sum % 2 === 0 ? sum : sum + 1) / 2;
    down[1 + offset] = start1;
    up[1 + offset] = end1 + 1;
    for (var d = 0; d <= offset; d++) {
      for (var k = -d; k <= d; k += 2) {
        var i = k + offset;
        down[i] = k === -d || k !== d && down[i - 1] < down[i + 1] ? down[i + 1] : down[i - 1] + 1;
        var x = down[i];
        var y = x - start1 + start2 - k;
        while (x < end1 && y < end2 && a[x] === b[y]) { down[i] = ++x; y++; }
        if (delta % 2 !== 0 && delta - d <= k && k <= delta + d && up[i - delta] <= down[i]) {
          return this.snake(up[i - delta], k + start1 - start2, end1, end2);
        }
      }
      for (k = delta - d; k <= delta + d; k += 2) {
        i = k + offset - delta;
        up[i] = k === delta - d || k !== delta + d && up[i + 1] <= up[i - 1] ? up[i + 1] - 1 : up[i - 1];
        x = up[i] - 1;
        y = x - start1 + start2 - k;
        while (x >= start1 && y >= start2 && a[x] === b[y]) { up[i] = x--; y--; }
        if (delta % 2 === 0 && -d <= k && k <= d && up[i] <= down[i + delta]) {
          return this.snake(up[i], k + start1 - start2, end1, end2);
        }
      }
    }
    throw new Error('word diff: no middle snake');
  };
  Script.prototype.build = function (start1, end1, start2, end2) {
    var s = this.middle(start1, end1, start2, end2);
    if (s === null || s.start === end1 && s.diag === end1 - end2 || s.end === start1 && s.diag === start1 - start2) {
      var i = start1;
      var j = start2;
      while (i < end1 || j < end2) {
        if (i < end1 && j < end2 && this.a[i] === this.b[j]) {
          this.ops.push(SAME); i++; j++;
        } else if (end1 - start1 > end2 - start2) {
          this.ops.push(DEL); i++;
        } else {
          this.ops.push(INS); j++;
        }
      }
      return;
    }
    this.build(start1, s.start, start2, s.start - s.diag);
    for (var k = s.start; k < s.end; k++) { this.ops.push(SAME); }
    this.build(s.end, end1, s.end - s.diag, end2);
  };

  // a run of deletions (or insertions) moves right while the token after it equals its first
  function slideRight(ops, texts) {
    var k = 0;
    while (k < ops.length) {
      var op = ops[k];
      if (op === SAME) { k++; continue; }
      var end = k;
      while (end < ops.length && ops[end] === op) { end++; }
      while (end < ops.length && ops[end] === SAME && strip(texts[end]) === strip(texts[k])) {
        ops[k] = SAME;
        ops[end] = op;
        k++;
        end++;
      }
      k = end;
    }
  }

  function Segments() {
    this.out = [];
    this.op = null;
    this.text = '';
  }
  Segments.prototype.add = function (op, token) {
    if (token === '') { return; }
    if (op !== this.op) { this.flush(); this.op = op; }
    this.text += token;
  };
  Segments.prototype.flush = function () {
    if (this.op !== null && this.text !== '') { this.out.push([this.op, this.text]); }
    this.text = '';
  };
  Segments.prototype.done = function () {
    this.flush();
    return this.out;
  };

  function segments(before, after) {
    var a = spaced(before);
    var b = spaced(after);
    var codes = new Map();
    var ca = encode(a, codes);
    var cb = encode(b, codes);
    var out = new Segments();
    if (codes.size > MAX_CODES) {
      out.add(DEL, before || '');
      out.add(INS, after || '');
      return out.done();
    }
    var script = new Script(ca, cb);
    script.build(0, ca.length, 0, cb.length);
    var ops = script.ops;
    var texts = [];
    var i = 0;
    var j = 0;
    ops.forEach(function (op) {
      texts.push(op === DEL ? a[i++] : b[j++]);
      if (op === SAME) { i++; }
    });
    slideRight(ops, texts);
    var inserted = [];
    for (var k = 0; k < ops.length; k++) {
      // within a changed stretch, what went out shows before what came in
      if (ops[k] === INS) { inserted.push(texts[k]); continue; }
      if (ops[k] === SAME) {
        inserted.forEach(function (t) { out.add(INS, t); });
        inserted = [];
      }
      out.add(ops[k], texts[k]);
    }
    inserted.forEach(function (t) { out.add(INS, t); });
    return out.done();
  }

  // fills el with the diff as text and ins/del elements (no markup from the texts)
  function draw(el, before, after) {
    el.textContent = '';
    segments(before, after).forEach(function (s) {
      if (s[0] === SAME) {
        el.appendChild(document.createTextNode(s[1]));
      } else {
        var mark = document.createElement(s[0]);
        mark.textContent = s[1];
        el.appendChild(mark);
      }
    });
  }

  window.attuneDiff = {segments: segments, draw: draw};
  // pages that carry their texts in data attributes (the longitudinal page) are drawn on load
  Array.prototype.forEach.call(document.querySelectorAll('div.diff[data-before]'), function (el) {
    draw(el, el.getAttribute('data-before'), el.getAttribute('data-after'));
  });
})();
