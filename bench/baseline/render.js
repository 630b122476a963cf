// Builds the baseline benchmark page from its query string, as bench/pages/render.js does for Peakline:
//   ?widget=gauge|trajectory|sectors|mix  n=<count>  targets=<id,id,…>  delay=<ms for the data>
// `mix` is the same gallery (ten gauges, a sector panel, two trajectories); the baseline's gauges have one variant.
// Also defines window.__armResize() for the resize measurement, timed as Peakline's is: from the window's resize
// event to each chart's last redraw (its draw() returning), once no chart has redrawn for two frames.
(function () {
  'use strict';
  var q = new URLSearchParams(location.search);
  var widget = q.get('widget') || 'gauge';
  var n = Number(q.get('n') || 1);
  var targets = (q.get('targets') || '').split(',').filter(Boolean);
  var delay = q.get('delay');
  var src = '/data/illustrative-demo.json' + (delay ? '?delay=' + delay : '');
  var root = document.getElementById('root');
  var charts = [];
  function make(kind, i) {
    var el = document.createElement('div');
    el.id = kind + '-' + i;
    el.dataset.chart = kind;
    if (kind !== 'sectors') el.dataset.target = targets[i % targets.length];
    root.append(el);
  }
  if (widget === 'mix') {
    targets.forEach(function (_, i) { make('gauge', i); });
    make('sectors', 0);
    make('trajectory', 0);
    make('trajectory', 1);
  } else {
    for (var i = 0; i < n; i++) make(widget, i);
  }
  Baseline.renderAll(root, src).then(function (c) { charts = c; });

  window.__armResize = function () {
    var drawnAt = new Map();
    var draws = 0;
    var t0 = null;
    var checking = false;
    return new Promise(function (resolve) {
      function finish(partial) {
        var times = Array.from(drawnAt.values());
        resolve({
          lastUpdate: times.length ? Math.max.apply(null, times) - t0 : null,
          updated: drawnAt.size,
          updates: draws,
          widgets: charts.length,
          partial: partial,
        });
      }
      function quiet() {
        if (checking) return;
        checking = true;
        var seen = draws;
        requestAnimationFrame(function () {
          requestAnimationFrame(function () {
            checking = false;
            if (draws === seen) finish(drawnAt.size < charts.length);
            else quiet();
          });
        });
      }
      charts.forEach(function (c) {
        var own = c.draw;
        c.draw = function () {
          own.call(this);
          if (t0 === null) return;
          draws++;
          drawnAt.set(this, performance.now());
          if (drawnAt.size === charts.length) quiet();
        };
      });
      window.addEventListener('resize', function () {
        t0 = performance.now();
        setTimeout(function () { if (drawnAt.size < charts.length) quiet(); }, 1000);
      }, { once: true });
    });
  };
})();
