// Mount/unmount benchmark helpers: window.__mount(tag, n) puts n widgets (data property, no
// network) on the page and resolves when all have fired peakline-ready; window.__unmount()
// removes them. The document is fetched once and shared, as a real page would.
(function () {
  'use strict';
  var root = document.getElementById('root');
  var doc = null;
  var targets = [];
  window.__init = function () {
    return fetch('/data/illustrative-demo.json')
      .then(function (r) { return r.json(); })
      .then(function (d) {
        doc = d;
        targets = d.targets.map(function (t) { return t.id; });
        return targets.length;
      });
  };
  window.__mount = function (tag, n) {
    return new Promise(function (resolve) {
      var pending = n;
      function done() {
        if (--pending === 0) {
          root.removeEventListener('peakline-ready', done);
          root.removeEventListener('peakline-error', done);
          resolve(n);
        }
      }
      root.addEventListener('peakline-ready', done);
      root.addEventListener('peakline-error', done);
      var frag = document.createDocumentFragment();
      for (var i = 0; i < n; i++) {
        var el = document.createElement(tag);
        if (tag !== 'peakline-sectors') el.setAttribute('target', targets[i % targets.length]);
        el.data = doc;
        frag.append(el);
      }
      root.append(frag);
    });
  };
  window.__unmount = function () {
    root.replaceChildren();
    return new Promise(function (r) { setTimeout(r, 50); });
  };
})();
