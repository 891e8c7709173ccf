// Click (or Enter on) a header of a table.sortable to sort its rows; figures sort high-first.
(function () {
  'use strict';
  function key(row, i) {
    var cell = row.cells[i];
    if (!cell) { return null; }
    var v = cell.getAttribute('data-v');
    if (v === null) { v = cell.textContent.trim(); }
    if (v === '') { return null; }
    var n = Number(v);
    return isNaN(n) ? v.toLowerCase() : n;
  }
  function sortBy(th) {
    var table = th.closest('table');
    var body = table.tBodies[0];
    var i = th.hasAttribute('data-col') ? Number(th.getAttribute('data-col')) : th.cellIndex;
    var rows = Array.prototype.slice.call(body.rows);
    var sample = null;
    for (var r = 0; r < rows.length && sample === null; r++) { sample = key(rows[r], i); }
    var now = th.getAttribute('aria-sort');
    var dir = now === 'descending' ? 'ascending' : now === 'ascending' ? 'descending'
      : (typeof sample === 'number' ? 'descending' : 'ascending');
    var sign = dir === 'ascending' ? 1 : -1;
    rows.sort(function (a, b) {
      var x = key(a, i);
      var y = key(b, i);
      if (x === null || y === null) { return x === y ? 0 : (x === null ? 1 : -1); }
      if (typeof x !== typeof y) { x = String(x); y = String(y); }
      return x < y ? -sign : x > y ? sign : 0;
    });
    table.tHead.querySelectorAll('th').forEach(function (c) {
      if (c !== th) { c.removeAttribute('aria-sort'); }
    });
    th.setAttribute('aria-sort', dir);
    rows.forEach(function (row) { body.appendChild(row); });
  }
  document.querySelectorAll('table.sortable th.sortable').forEach(function (th) {
    th.tabIndex = 0;
    th.title = th.title ? th.title + ' \u00b7 click to sort' : 'Sort by this column';
    th.addEventListener('click', function () { sortBy(th); });
    th.addEventListener('keydown', function (ev) {
      if (ev.key === 'Enter' || ev.key === ' ') { ev.preventDefault(); sortBy(th); }
    });
  });
})();
