// Resize measurement, shared by Peakline's bench page (bench/pages/render.js) and the d3 baseline's
// (bench/baseline/render.js). window.__timeRedraws(items, method) wraps each item's redraw method (Lit's
// `updated` for a widget, `draw` for a baseline chart); call it, then change the viewport. It resolves once every
// item has redrawn after the window's resize event and none has redrawn for two frames (some widgets apply a new
// width in the next animation frame). Times are from the event to each item's LAST redraw, so they cover the work,
// not the waiting.
(function () {
  'use strict';
  window.__timeRedraws = function (items, method) {
    var redrawnAt = new Map();
    var redraws = 0;
    var t0 = null;
    var checking = false;
    return new Promise(function (resolve) {
      function finish(partial) {
        var times = Array.from(redrawnAt.values());
        resolve({
          lastUpdate: times.length ? Math.max.apply(null, times) - t0 : null,
          updated: redrawnAt.size,
          updates: redraws,
          widgets: items.length,
          partial: partial,
        });
      }
      function quiet() {
        if (checking) return;
        checking = true;
        var seen = redraws;
        requestAnimationFrame(function () {
          requestAnimationFrame(function () {
            checking = false;
            if (redraws === seen) finish(redrawnAt.size < items.length);
            else quiet();
          });
        });
      }
      items.forEach(function (item) {
        var own = item[method];
        item[method] = function () {
          var r = own.apply(this, arguments);
          if (t0 !== null) {
            redraws++;
            redrawnAt.set(this, performance.now());
            if (redrawnAt.size === items.length) quiet();
          }
          return r;
        };
      });
      window.addEventListener('resize', function () {
        t0 = performance.now();
        // An item with nothing to redraw at the new width (a sector panel, whose layout is CSS, once it keeps no
        // loading height) never redraws: after a second, the measurement ends once redraws have stopped.
        setTimeout(function () { if (redrawnAt.size < items.length) quiet(); }, 1000);
      }, { once: true });
    });
  };
})();
