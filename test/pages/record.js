// Host-page instrumentation for the embedding tests (an external file, so it runs under a strict CSP).
// Records what the page's owner would see: warnings, uncaught errors, CSP violations, and which
// widgets announced themselves ready or failed. Read it as `window.__peaklineTest`.
(function () {
  'use strict';
  var rec = { warns: [], errors: [], violations: [], ready: [], failed: [] };
  window.__peaklineTest = rec;
  function name(el) {
    return el && el.localName ? el.localName + (el.id ? '#' + el.id : '') : String(el);
  }
  var warn = console.warn;
  console.warn = function () {
    rec.warns.push(Array.prototype.map.call(arguments, String).join(' '));
    return warn.apply(console, arguments);
  };
  window.addEventListener('error', function (e) {
    rec.errors.push(String(e.message || e.error));
  });
  window.addEventListener('unhandledrejection', function (e) {
    rec.errors.push('Unhandled rejection: ' + String(e.reason));
  });
  document.addEventListener(
    'securitypolicyviolation',
    function (e) {
      rec.violations.push({
        directive: e.effectiveDirective,
        blockedURI: e.blockedURI,
        sample: e.sample,
        source: e.sourceFile + ':' + e.lineNumber + ':' + e.columnNumber,
        target: name(e.composedPath()[0]),
      });
    },
    true,
  );
  document.addEventListener('peakline-ready', function (e) {
    rec.ready.push(name(e.composedPath()[0]));
  });
  document.addEventListener('peakline-error', function (e) {
    var problems = (e.detail && e.detail.problems) || [];
    rec.failed.push(name(e.composedPath()[0]) + ': ' + problems.map(function (p) { return p.message; }).join('; '));
  });
})();
