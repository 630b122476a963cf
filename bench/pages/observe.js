// Benchmark instrumentation, loaded first in <head> (a file, so it also runs under a strict CSP).
// window.__bench: long tasks, layout shifts (with what moved), and when every widget on the page
// has fired peakline-ready (or peakline-error), and when the frame showing the last of them was drawn. The
// hand-written d3 baseline's charts (bench/baseline/: `[data-chart]` elements, which fire peakline-ready too) count
// as widgets.
(function () {
  'use strict';
  var TAGS = ['peakline-gauge', 'peakline-trajectory', 'peakline-sectors'];
  var b = (window.__bench = { longtasks: [], shifts: [], ready: 0, errors: [], readyAt: null, firstEventAt: null, paintedAt: null });
  function describe(node) {
    if (!node) return '(gone)';
    var path = [];
    var n = node;
    while (n) {
      if (n.nodeType === 1) {
        path.unshift(n.localName + (n.id ? '#' + n.id : '') + (n.getAttribute && n.getAttribute('class') ? '.' + n.getAttribute('class').trim().split(/\s+/).join('.') : ''));
      }
      var root = n.getRootNode && n.getRootNode();
      if (n.parentNode && n.parentNode.nodeType !== 11) n = n.parentNode;
      else if (root && root.host) { path.unshift('⟨shadow⟩'); n = root.host; }
      else n = null;
      if (path.length > 6) break;
    }
    return path.slice(-6).join(' > ');
  }
  try {
    new PerformanceObserver(function (list) {
      list.getEntries().forEach(function (e) {
        b.longtasks.push({ start: e.startTime, duration: e.duration });
      });
    }).observe({ type: 'longtask', buffered: true });
  } catch (e) { b.longtaskError = String(e); }
  try {
    new PerformanceObserver(function (list) {
      list.getEntries().forEach(function (e) {
        b.shifts.push({
          at: e.startTime,
          value: e.value,
          hadRecentInput: e.hadRecentInput,
          sources: (e.sources || []).map(function (s) {
            return { node: describe(s.node), from: [s.previousRect.y, s.previousRect.height], to: [s.currentRect.y, s.currentRect.height] };
          }),
        });
      });
    }).observe({ type: 'layout-shift', buffered: true });
  } catch (e) { b.shiftError = String(e); }
  function expected() {
    var n = 0;
    TAGS.forEach(function (t) {
      if (customElements.get(t)) n += document.getElementsByTagName(t).length;
    });
    return n + document.querySelectorAll('[data-chart]').length;
  }
  function settle() {
    var now = performance.now();
    if (b.firstEventAt === null) b.firstEventAt = now;
    if (b.readyAt === null && b.ready + b.errors.length >= expected()) {
      b.readyAt = now;
      // The frame that shows the last widget: style, layout and paint run after this frame's
      // callbacks, so a task queued from one runs once that frame is drawn.
      requestAnimationFrame(function () {
        setTimeout(function () { b.paintedAt = performance.now(); });
      });
    }
  }
  document.addEventListener('peakline-ready', function () { b.ready++; settle(); });
  document.addEventListener('peakline-error', function (e) {
    var p = (e.detail && e.detail.problems) || [];
    b.errors.push(e.composedPath()[0].localName + ': ' + p.map(function (x) { return x.message; }).join('; '));
    settle();
  });
})();
