// Runs before the module: says plainly why the page cannot start (opened from a file, or a
// browser without WebAssembly, modules or IndexedDB) instead of a blank page. Otherwise starts
// compiling the module while the rest of the page loads, and stands ready to say so, in both
// languages, if the page's scripts or its module fail to load or to start (app.js calls
// `window.berdayaCannotStart`; app.js not running at all is seen here).
(function () {
  window.berdayaCannotStart = cannotStart;
  var reason = null;
  if (location.protocol === 'file:') reason = 'needs_server';
  else if (typeof WebAssembly !== 'object' || !('noModule' in document.createElement('script')) || !window.indexedDB) reason = 'old_browser';
  if (!reason) {
    // app.js not running leaves the page without its code: not loaded (itself or anything it
    // imports), or not parsed, linked or run (a browser without its syntax). The page's module
    // scripts have run, or failed, when DOMContentLoaded fires; app.js marks that it ran.
    document.addEventListener('DOMContentLoaded', function () {
      if (!window.berdayaRan) cannotStart('module_failed');
    });
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
    // The page as the build serves it (index.built.html, scripts/prerender-page.mjs) already
    // holds the default case's report in one language, parsed and painted with the page: then
    // nothing is fetched for it; start.js only marks it as the pre-rendered report once parsed.
    // When the officer's language is another, or a saved assessment will be reopened, it must
    // not be seen: the class hides the page (style.css) until a report of the page's own is
    // there, and the pre-rendered nodes are taken out once parsed.
    var built = document.querySelector('meta[name="berdaya-first"]');
    var inPage = built ? built.getAttribute('content') : null;
    if (inPage && (inPage !== lang || saved)) {
      document.documentElement.className += ' berdaya-not-first';
      whenParsed(takeOut);
    } else if (inPage) {
      whenParsed(function () { adoptInPage(built, lang); });
    }
    // Otherwise the default case's report in that language, rendered by the build
    // (scripts/prerender-page.mjs), shown as soon as it and the page's elements are there —
    // before the page's scripts and module; app.js's live report takes over (the same report:
    // tests/browser/first-report.test.mjs). Not fetched when a saved assessment will be
    // reopened (the hint app.js writes on every save).
    if (inPage !== lang && !saved && typeof fetch === 'function') {
      window.berdayaFirst = fetch('pkg/first/' + lang + '.json')
        .then(function (r) { return r.ok ? r.json() : null; })['catch'](function () { return null; });
      window.berdayaFirst.then(function (first) {
        whenParsed(function () { showFirst(first, lang); });
      });
    }
    return;
  }
  // The page cannot start: its pre-rendered report (if it has one) is not shown either.
  if (document.querySelector('meta[name="berdaya-first"]')) document.documentElement.className += ' berdaya-not-first';
  cannotStart(reason);

  // Shows why the page cannot start, in both languages (index.html holds the core's words,
  // static because the module is not there to give them). The first reason stays.
  function cannotStart(why) {
    whenParsed(function () {
      var box = document.getElementById('cannot-start');
      if (!box || document.body.hasAttribute('data-cannot-start')) return;
      box.hidden = false;
      var ps = box.querySelectorAll('[data-cannot="' + why + '"]');
      for (var i = 0; i < ps.length; i += 1) ps[i].hidden = false;
      document.body.setAttribute('data-cannot-start', why);
    });
  }

  // Runs `f` once the body has been parsed (at once if it has).
  function whenParsed(f) {
    if (document.readyState !== 'loading') { f(); return; }
    document.addEventListener('readystatechange', function parsed() {
      document.removeEventListener('readystatechange', parsed);
      f();
    });
  }

  // The page's own pre-rendered report is the one shown: what app.js needs to keep its nodes
  // (the case, the report's length and hash, checked against the module's own report).
  function adoptInPage(meta, lang) {
    var body = document.body;
    if (body.hasAttribute('data-report') || !document.querySelector('#report > article')) return;
    body.setAttribute('data-stale', 'false');
    body.setAttribute('data-report', 'prerendered');
    window.berdayaPrerendered = {
      case: meta.getAttribute('data-case'), lang: lang,
      length: Number(meta.getAttribute('data-length')), hash: meta.getAttribute('data-hash'),
    };
    painted();
  }

  // The page's pre-rendered report is not this visit's: out before anything shows it (the
  // labels stay, hidden with the rest until showFirst or app.js give the page's own).
  function takeOut() {
    var ids = ['report', 'diagnostics', 'problems'];
    for (var i = 0; i < ids.length; i += 1) {
      var n = document.getElementById(ids[i]);
      while (n && n.firstChild) n.removeChild(n.firstChild);
    }
    document.getElementById('title').textContent = '';
  }

  function painted() {
    if (window.performance && performance.mark) performance.mark('berdaya:prerendered');
    // Its frame, before the module's first calls (slow: V8 compiles each function on first use)
    // hold the thread; app.js waits for it. A hidden tab has no frames, hence the timer.
    window.berdayaPrerenderPainted = new Promise(function (done) {
      requestAnimationFrame(function () { setTimeout(done, 0); });
      setTimeout(done, 250);
    });
  }

  // What app.js shows of a valid case (applyLabels, showProblems, showReport, the title), from
  // the pre-rendered data: the page's labels, the diagnostics, the core's report HTML (it
  // escapes everything from the document), the title — all text set as text. Nothing when the
  // module's own report is already there.
  function showFirst(first, lang) {
    var body = document.body;
    if (!first || first.lang !== lang || typeof first.html !== 'string' || body.hasAttribute('data-report')) return;
    var ui = pairs(first.ui);
    var words = pairs(first.words);
    var say = function (map, code) { return Object.prototype.hasOwnProperty.call(map, code) ? map[code] : code; };
    document.documentElement.lang = lang;
    document.title = say(ui, 'title');
    each('[data-ui]', function (n) { n.textContent = say(ui, n.getAttribute('data-ui')); });
    each('[data-word]', function (n) { n.textContent = say(words, n.getAttribute('data-word')); });
    var ok = document.createElement('p');
    ok.setAttribute('class', 'ok');
    ok.textContent = say(ui, 'no_problems');
    document.getElementById('problems').replaceChildren(ok);
    body.setAttribute('data-stale', 'false');
    var list = document.getElementById('diagnostics');
    list.replaceChildren.apply(list, first.diagnostics.map(function (d) {
      var li = document.createElement('li');
      li.setAttribute('data-diagnostic', d.id);
      var sev = document.createElement('span');
      sev.setAttribute('class', 'sev-' + d.severity);
      sev.textContent = '[' + d.severity_label + '] ';
      var text = document.createElement('span');
      text.textContent = d.title + ' — ' + d.recommendation;
      li.append(sev, text);
      return li;
    }));
    document.getElementById('report').innerHTML = first.html;
    document.getElementById('title').textContent = first.title;
    body.setAttribute('data-report', 'prerendered');
    window.berdayaPrerendered = first;
    painted();
  }
  function pairs(rows) {
    var map = {};
    for (var i = 0; i < rows.length; i += 1) map[rows[i][0]] = rows[i][1];
    return map;
  }
  function each(selector, f) {
    var nodes = document.querySelectorAll(selector);
    for (var i = 0; i < nodes.length; i += 1) f(nodes[i]);
  }
})();
