// Builds the baseline benchmark page from its query string (bench/pages/layout.js), as bench/pages/render.js does for
// Peakline; the baseline's gauges have one variant.
// Also defines window.__armResize() for the resize measurement (bench/pages/resize.js), timed as Peakline's is: from the window's resize
// event to each chart's last redraw (its draw() returning), once no chart has redrawn for two frames.
(function () {
  'use strict';
  var root = document.getElementById('root');
  var charts = [];
  var page = window.__benchLayout();
  page.widgets.forEach(function (w) {
    var el = document.createElement('div');
    el.id = w.id;
    el.dataset.chart = w.kind;
    if (w.target) el.dataset.target = w.target;
    root.append(el);
  });
  Baseline.renderAll(root, page.src).then(function (c) { charts = c; });

  window.__armResize = function () {
    return window.__timeRedraws(charts, 'draw');
  };
})();
