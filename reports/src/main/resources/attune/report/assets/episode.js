// Shows the episode named after '#': data/where-<prefix>.js says which shard holds it, and
// data/pages-<n>.js holds that shard's episodes (a gzip of JSON, in base64): {episodes: {hash: view},
// personas: {id: card}}, drawn by episode-view.js (which sets every text as text).
(function () {
  'use strict';
  var HASH = /^[0-9a-f]{12}$/;
  var meta = JSON.parse(document.getElementById('attune-shards').textContent);
  var box = document.getElementById('episode');
  var unpacked = {};
  window.attuneWhere = window.attuneWhere || {};
  window.attunePages = window.attunePages || {};

  function say(text) {
    var p = document.createElement('p');
    p.className = 'warning';
    p.setAttribute('role', 'status');
    p.textContent = text;
    box.textContent = '';
    box.appendChild(p);
    box.setAttribute('data-hash', '');
  }
  function script(src) {
    return new Promise(function (ready, fail) {
      var s = document.createElement('script');
      s.src = src;
      s.onload = function () { s.remove(); ready(); };
      s.onerror = function () { s.remove(); fail(new Error('missing data file ' + src)); };
      document.body.appendChild(s);
    });
  }
  function where(prefix) {
    if (window.attuneWhere[prefix]) { return Promise.resolve(window.attuneWhere[prefix]); }
    return script('data/where-' + prefix + '.js').then(function () { return window.attuneWhere[prefix] || {}; });
  }
  function unpack(b64) {
    var bin = atob(b64);
    var bytes = new Uint8Array(bin.length);
    for (var i = 0; i < bin.length; i++) { bytes[i] = bin.charCodeAt(i); }
    var stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
    return new Response(stream).text().then(JSON.parse);
  }
  function pages(shard) {
    if (unpacked[shard]) { return unpacked[shard]; }
    var name = String(shard);
    unpacked[shard] = (window.attunePages[name] ? Promise.resolve() : script('data/pages-' + name + '.js'))
      .then(function () {
        var packed = window.attunePages[name];
        if (typeof packed !== 'string') { throw new Error('data/pages-' + name + '.js holds no episodes'); }
        delete window.attunePages[name];
        return unpack(packed);
      });
    unpacked[shard].catch(function () { delete unpacked[shard]; });
    return unpacked[shard];
  }
  function show() {
    var hash = location.hash.replace(/^#/, '');
    if (!HASH.test(hash)) {
      say('No episode is named in this link: open one from the episode browser.');
      return;
    }
    if (typeof DecompressionStream === 'undefined') {
      say('This browser cannot unpack the report\u2019s data (it needs DecompressionStream: Chrome 80, Firefox 113, Safari 16.4 or newer).');
      return;
    }
    where(hash.slice(0, meta.digits)).then(function (map) {
      if (!Object.prototype.hasOwnProperty.call(map, hash)) { throw new Error('no episode ' + hash + ' in this report'); }
      return pages(map[hash]);
    }).then(function (shard) {
      if (location.hash.replace(/^#/, '') !== hash) { return; } // another episode was asked for meanwhile
      var episodes = shard && shard.episodes;
      if (!episodes || !Object.prototype.hasOwnProperty.call(episodes, hash)) {
        throw new Error('no episode ' + hash + ' in its data file');
      }
      var page = window.attuneEpisode.draw(episodes[hash], shard.personas);
      box.textContent = '';
      box.appendChild(page);
      box.setAttribute('data-hash', hash);
      var h1 = box.querySelector('h1');
      document.title = (h1 ? h1.textContent + ' \u00b7 ' : '') + 'Attune report';
      window.scrollTo(0, 0);
    }).catch(function (err) {
      say('This episode cannot be shown: ' + err.message + '.');
    });
  }
  window.addEventListener('hashchange', show);
  show();
})();
