// Builds the benchmark page from its query string, at the end of <body>:
//   ?widget=gauge|trajectory|sectors|mix  n=<count>  targets=<id,id,…>  delay=<ms for the data>  lang=<page language>
// `mix` is a gallery: every registered widget kind, gauges in both variants.
// Also defines window.__armResize() for the resize measurement (bench/pages/resize.js).
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

  // Resize measurement (bench/pages/resize.js): call, then change the viewport.
  window.__armResize = function () {
    var widgets = Array.prototype.filter.call(root.children, function (el) { return customElements.get(el.localName); });
    return window.__timeRedraws(widgets, 'updated');
  };
})();
