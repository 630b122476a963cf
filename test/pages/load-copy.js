// Loads a second copy of the built bundle whose version string is changed, as a different
// release of the kit would be (two articles on one CMS page, each with its own <script>).
// <script src="/test/pages/load-copy.js" data-version="0.0.9" data-then="/dist/peakline%2Ejs">:
// fetches the bundle, replaces the package version with data-version, runs it from a blob: URL,
// then (optionally) loads data-then. Sets window.__copiesLoaded when done.
(function () {
  'use strict';
  var me = document.currentScript;
  var version = me.dataset.version;
  var then = me.dataset.then;
  function load(src) {
    return new Promise(function (resolve, reject) {
      var s = document.createElement('script');
      s.src = src;
      s.onload = resolve;
      s.onerror = function () { reject(new Error('could not load ' + src)); };
      document.head.append(s);
    });
  }
  // "%2E" is ".": served as built by any server, including wtr's (see plain.html).
  Promise.all([
    fetch('/package%2Ejson').then(function (r) { return r.json(); }),
    fetch('/dist/peakline%2Ejs').then(function (r) { return r.text(); }),
  ])
    .then(function (res) {
      var current = res[0].version;
      if (res[1].indexOf('`' + current + '`') < 0 && res[1].indexOf('"' + current + '"') < 0) {
        throw new Error('version ' + current + ' not found in the bundle');
      }
      var text = res[1].split('`' + current + '`').join('`' + version + '`').split('"' + current + '"').join('"' + version + '"');
      return load(URL.createObjectURL(new Blob([text], { type: 'text/javascript' })));
    })
    .then(function () { return then ? load(then) : undefined; })
    .then(function () { window.__copiesLoaded = true; })
    .catch(function (e) { window.__copiesLoaded = 'failed: ' + e.message; });
})();
