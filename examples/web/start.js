// Runs before the module: says plainly why the page cannot start (opened from a file, or a
// browser without WebAssembly, modules or IndexedDB) instead of a blank page. Otherwise starts
// compiling the module while the rest of the page loads.
(function () {
  var reason = null;
  if (location.protocol === 'file:') reason = 'needs_server';
  else if (typeof WebAssembly !== 'object' || !('noModule' in document.createElement('script')) || !window.indexedDB) reason = 'old_browser';
  if (!reason) {
    // The module starts streaming and compiling now, before the page's scripts have loaded;
    // app.js instantiates it (and fetches it itself if this failed).
    if (typeof WebAssembly.compileStreaming === 'function') {
      window.berdayaModule = WebAssembly.compileStreaming(fetch('pkg/berdaya_wasm_bg.wasm'));
      window.berdayaModule['catch'](function () {});
    }
    // The language the page starts in: the officer's last choice on this device, else
    // Indonesian (app.js keeps the choice under the same key).
    var lang = 'id';
    var saved = false;
    try {
      if (localStorage.getItem('berdaya-lang') === 'en') lang = 'en';
      saved = localStorage.getItem('berdaya-has-saved') === '1';
    } catch (e) { /* no storage: Indonesian, nothing saved */ }
    window.berdayaLang = lang;
    // The default case's report in that language, rendered by the build
    // (scripts/prerender-page.mjs): app.js shows it before the module is ready. Not fetched
    // when a saved assessment will be reopened (the hint app.js writes on every save).
    if (!saved) {
      window.berdayaFirst = fetch('pkg/first/' + lang + '.json')
        .then(function (r) { return r.ok ? r.json() : null; })['catch'](function () { return null; });
    }
    return;
  }
  document.addEventListener('DOMContentLoaded', function () {
    var box = document.getElementById('cannot-start');
    box.hidden = false;
    var ps = box.querySelectorAll('[data-cannot="' + reason + '"]');
    for (var i = 0; i < ps.length; i += 1) ps[i].hidden = false;
    document.body.setAttribute('data-cannot-start', reason);
  });
})();
