// Builds the baseline benchmark page from its query string, as bench/pages/render.js does for Peakline:
//   ?widget=gauge|trajectory|sectors|mix  n=<count>  targets=<id,id,…>  delay=<ms for the data>
// `mix` is the same gallery (ten gauges, a sector panel, two trajectories); the baseline's gauges have one variant.
// Also defines window.__armResize() for the resize measurement (bench/pages/resize.js), timed as Peakline's is: from the window's resize
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
    return window.__timeRedraws(charts, 'draw');
  };
})();
