// Mount/unmount helpers for the baseline, as bench/pages/memory.js for Peakline: window.__mount(kind, n) draws n
// charts (parsed document, no network) and resolves when all have fired peakline-ready; window.__unmount() stops
// them (Baseline.unmount: the page's ResizeObserver lets go) and removes them. Peakline's widgets need only the removal.
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
  window.__mount = function (kind, n) {
    return new Promise(function (resolve) {
      var pending = n;
      function done() {
        if (--pending === 0) {
          root.removeEventListener('peakline-ready', done);
          resolve(n);
        }
      }
      root.addEventListener('peakline-ready', done);
      var els = [];
      var frag = document.createDocumentFragment();
      for (var i = 0; i < n; i++) {
        var el = document.createElement('div');
        el.dataset.chart = kind;
        if (kind !== 'sectors') el.dataset.target = targets[i % targets.length];
        els.push(el);
        frag.append(el);
      }
      root.append(frag);
      els.forEach(function (el) { Baseline.mount(el, doc); });
    });
  };
  window.__unmount = function () {
    Array.prototype.forEach.call(root.children, function (el) { Baseline.unmount(el); });
    root.replaceChildren();
    return new Promise(function (r) { setTimeout(r, 50); });
  };
})();
