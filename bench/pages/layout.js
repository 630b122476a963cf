// Which widgets a benchmark page shows, from its query string; shared by Peakline's page (bench/pages/render.js) and
// the d3 baseline's (bench/baseline/render.js), each of which makes its own elements from the list:
//   ?widget=gauge|trajectory|sectors|mix  n=<count>  targets=<id,id,…>  delay=<ms for the data>  lang=<page language>
// `mix` is a gallery: a gauge per target (every third a bar; the baseline draws every gauge as an arc), a sector panel
// and two trajectories. window.__benchLayout() returns { src, widgets: [{ kind, id, target, variant }] }, `target`
// null for a sector panel, `variant` null but for the gallery's gauges, and sets the page's language.
(function () {
  'use strict';
  window.__benchLayout = function () {
    var q = new URLSearchParams(location.search);
    var widget = q.get('widget') || 'gauge';
    var n = Number(q.get('n') || 1);
    var targets = (q.get('targets') || '').split(',').filter(Boolean);
    var delay = q.get('delay');
    // The page's language from the start, as a Chinese article has it (widgets inherit it).
    if (q.get('lang')) document.documentElement.lang = q.get('lang');
    var widgets = [];
    function add(kind, i, variant) {
      widgets.push({ kind: kind, id: kind + '-' + i, target: kind === 'sectors' ? null : targets[i % targets.length], variant: variant || null });
    }
    if (widget === 'mix') {
      targets.forEach(function (_, i) { add('gauge', i, i % 3 === 2 ? 'bar' : 'arc'); });
      add('sectors', 0);
      add('trajectory', 0);
      add('trajectory', 1);
    } else {
      for (var i = 0; i < n; i++) add(widget, i);
    }
    return { src: '/data/illustrative-demo.json' + (delay ? '?delay=' + delay : ''), widgets: widgets };
  };
})();
