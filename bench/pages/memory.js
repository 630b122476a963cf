// Mount/unmount benchmark helpers: window.__mount(what, n) puts n widgets (data property, no
// network) on the page and resolves when all have fired peakline-ready; window.__unmount()
// removes them. The document is fetched once and shared, as a real page would.
// For Peakline `what` is a tag; a page may set window.__benchCharts before this script to mount something else
// (bench/baseline/memory.js: the d3 baseline's charts): make(what, target, doc) builds one element, start(el, doc) draws
// it once it is in the page, and stop(el) lets it go before it is removed.
(function () {
  'use strict';
  var root = document.getElementById('root');
  var doc = null;
  var targets = [];
  var charts = window.__benchCharts || {
    make: function (tag, target, d) {
      var el = document.createElement(tag);
      if (tag !== 'peakline-sectors') el.setAttribute('target', target);
      el.data = d;
      return el;
    },
    start: function () {},
    stop: function () {},
  };
  window.__init = function () {
    return fetch('/data/illustrative-demo.json')
      .then(function (r) { return r.json(); })
      .then(function (d) {
        doc = d;
        targets = d.targets.map(function (t) { return t.id; });
        return targets.length;
      });
  };
  window.__mount = function (what, n) {
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
      var els = [];
      var frag = document.createDocumentFragment();
      for (var i = 0; i < n; i++) {
        var el = charts.make(what, targets[i % targets.length], doc);
        els.push(el);
        frag.append(el);
      }
      root.append(frag);
      els.forEach(function (el) { charts.start(el, doc); });
    });
  };
  window.__unmount = function () {
    Array.prototype.forEach.call(root.children, charts.stop);
    root.replaceChildren();
    return new Promise(function (r) { setTimeout(r, 50); });
  };
})();
