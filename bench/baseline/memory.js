// The baseline's charts for bench/pages/memory.js (loaded after this): window.__mount(kind, n) draws n charts, and
// window.__unmount() stops them (Baseline.unmount: the page's ResizeObserver lets go) before removing them.
// Peakline's widgets need only the removal.
window.__benchCharts = {
  make: function (kind, target) {
    var el = document.createElement('div');
    el.dataset.chart = kind;
    if (kind !== 'sectors') el.dataset.target = target;
    return el;
  },
  start: function (el, doc) { Baseline.mount(el, doc); },
  stop: function (el) { Baseline.unmount(el); },
};
