// Builds the benchmark page from its query string, at the end of <body>:
//   ?widget=gauge|trajectory|sectors|mix  n=<count>  targets=<id,id,…>  delay=<ms for the data>  lang=<page language>
// `mix` is a gallery: every registered widget kind, gauges in both variants.
// Also defines window.__armResize() for the resize measurement.
(function () {
  'use strict';
  var q = new URLSearchParams(location.search);
  var widget = q.get('widget') || 'gauge';
  var n = Number(q.get('n') || 1);
  var targets = (q.get('targets') || '').split(',').filter(Boolean);
  var delay = q.get('delay');
  var src = '/data/illustrative-demo.json' + (delay ? '?delay=' + delay : '');
  var root = document.getElementById('root');
  // The page's language from the start, as a Chinese article has it (widgets inherit it).
  if (q.get('lang')) document.documentElement.lang = q.get('lang');
  function make(kind, i, variant) {
    var el = document.createElement('peakline-' + kind);
    el.id = kind + '-' + i;
    el.setAttribute('src', src);
    if (kind !== 'sectors') el.setAttribute('target', targets[i % targets.length]);
    if (variant) el.setAttribute('variant', variant);
    root.append(el);
  }
  if (widget === 'mix') {
    targets.forEach(function (_, i) { make('gauge', i, i % 3 === 2 ? 'bar' : 'arc'); });
    make('sectors', 0);
    make('trajectory', 0);
    make('trajectory', 1);
  } else {
    for (var i = 0; i < n; i++) make(widget, i);
  }

  // Resize measurement. Call, then change the viewport: resolves once every widget has
  // re-rendered after the window's resize event and no widget has updated for two frames
  // (some widgets apply a new width in the next animation frame). Times are from the event to
  // each widget's LAST update (Lit's updated()), so they cover the work, not the waiting.
  window.__armResize = function () {
    var widgets = Array.prototype.filter.call(root.children, function (el) { return customElements.get(el.localName); });
    var updatedAt = new Map();
    var updates = 0;
    var t0 = null;
    var checking = false;
    return new Promise(function (resolve) {
      function finish(partial) {
        var times = Array.from(updatedAt.values());
        resolve({
          lastUpdate: times.length ? Math.max.apply(null, times) - t0 : null,
          updated: updatedAt.size,
          updates: updates,
          widgets: widgets.length,
          partial: partial,
        });
      }
      function quiet() {
        if (checking) return;
        checking = true;
        var seen = updates;
        requestAnimationFrame(function () {
          requestAnimationFrame(function () {
            checking = false;
            if (updates === seen) finish(updatedAt.size < widgets.length);
            else quiet();
          });
        });
      }
      widgets.forEach(function (w) {
        var own = w.updated;
        w.updated = function (changed) {
          own.call(this, changed);
          if (t0 === null) return;
          updates++;
          updatedAt.set(this, performance.now());
          if (updatedAt.size === widgets.length) quiet();
        };
      });
      window.addEventListener('resize', function () {
        t0 = performance.now();
        // A widget with nothing to redraw at the new width (a sector panel, whose layout is CSS, once it keeps no
        // loading height) never updates: after a second, the measurement ends once updates have stopped.
        setTimeout(function () { if (updatedAt.size < widgets.length) quiet(); }, 1000);
      }, { once: true });
    });
  };
})();
