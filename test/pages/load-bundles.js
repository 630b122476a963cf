// Loads the standalone bundles named in the page's query string, in that order, as classic
// scripts: one-widget.html?bundles=gauge,all loads dist/peakline-gauge.js then dist/peakline.js
// ("all"). Inserted scripts with async = false run in order and delay the load event, so every
// bundle has run when the page has loaded. See plain.html for "%2E".
(function () {
  'use strict';
  var names = (new URLSearchParams(location.search).get('bundles') || '').split(',').filter(Boolean);
  names.forEach(function (name) {
    var s = document.createElement('script');
    s.src = name === 'all' ? '/dist/peakline%2Ejs' : '/dist/peakline-' + name + '%2Ejs';
    s.async = false;
    document.head.append(s);
  });
})();
