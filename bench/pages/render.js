// Builds the benchmark page, at the end of <body>: the widgets its query string names (bench/pages/layout.js), each with
// the data by URL.
// Also defines window.__armResize() for the resize measurement (bench/pages/resize.js).
(function () {
  'use strict';
  var root = document.getElementById('root');
  var page = window.__benchLayout();
  page.widgets.forEach(function (w) {
    var el = document.createElement('peakline-' + w.kind);
    el.id = w.id;
    el.setAttribute('src', page.src);
    if (w.target) el.setAttribute('target', w.target);
    if (w.variant) el.setAttribute('variant', w.variant);
    root.append(el);
  });

  // Resize measurement (bench/pages/resize.js): call, then change the viewport.
  window.__armResize = function () {
    var widgets = Array.prototype.filter.call(root.children, function (el) { return customElements.get(el.localName); });
    return window.__timeRedraws(widgets, 'updated');
  };
})();
