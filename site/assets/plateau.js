/* Plateau course site: math, highlighting, copy buttons, theme, progress, outline, search.
 * Plain script (no modules, no fetch) so that every page works from file:// offline. */
(function () {
  "use strict";
  var doc = document;
  var root = doc.body.getAttribute("data-root") || "";
  var pageID = doc.body.getAttribute("data-page") || "";
  var params = new URLSearchParams(location.search);

  function store(key, value) {
    try {
      if (value === undefined) return localStorage.getItem(key);
      if (value === null) localStorage.removeItem(key); else localStorage.setItem(key, value);
    } catch (e) { return null; }
    return null;
  }

  // ---- Math: every .math span holds TeX; KaTeX replaces it in place. --------------------
  var macros = {
    "\\Tr": "\\operatorname{Tr}",
    "\\tr": "\\operatorname{tr}",
    "\\Var": "\\operatorname{Var}",
    "\\E": "\\mathbb{E}",
    "\\ad": "\\operatorname{ad}",
    "\\span": "\\operatorname{span}"
  };
  if (window.katex) {
    doc.querySelectorAll(".math").forEach(function (el) {
      var tex = el.textContent;
      var display = el.classList.contains("math-display");
      try {
        katex.render(tex, el, { displayMode: display, throwOnError: false, macros: macros, strict: "ignore" });
      } catch (e) {
        el.classList.add("math-error");
      }
      el.setAttribute("data-tex", tex);
    });
  }

  // ---- Code: highlight.js 9 (Debian's), then copy buttons. --------------------------------
  // Block by block rather than hljs.initHighlighting(): in 9.18 one unknown language class
  // throws and stops every block after it.
  if (window.hljs) {
    doc.querySelectorAll("pre code").forEach(function (block) {
      var lang = (block.className.match(/language-([\w-]+)/) || [])[1];
      if (lang && !hljs.getLanguage(lang)) block.className = block.className.replace("language-" + lang, "language-plaintext");
      try { hljs.highlightBlock(block); } catch (e) {}
    });
  }
  doc.querySelectorAll(".code-block > pre").forEach(function (pre) {
    var button = doc.createElement("button");
    button.type = "button";
    button.className = "copy-button";
    button.textContent = "Copy";
    button.setAttribute("aria-label", "Copy code to clipboard");
    button.addEventListener("click", function () {
      var text = pre.querySelector("code").textContent;
      var done = function () {
        button.textContent = "Copied";
        button.classList.add("copied");
        setTimeout(function () { button.textContent = "Copy"; button.classList.remove("copied"); }, 1500);
      };
      if (navigator.clipboard && window.isSecureContext) {
        navigator.clipboard.writeText(text).then(done, function () { fallbackCopy(text); done(); });
      } else {
        fallbackCopy(text);
        done();
      }
    });
    pre.parentNode.insertBefore(button, pre);
  });
  function fallbackCopy(text) {
    var area = doc.createElement("textarea");
    area.value = text;
    area.setAttribute("readonly", "");
    area.style.position = "fixed";
    area.style.opacity = "0";
    doc.body.appendChild(area);
    area.select();
    try { doc.execCommand("copy"); } catch (e) {}
    area.remove();
  }

  // ---- Theme: system preference unless the reader chose; ?theme=dark|light for links. ------
  var html = doc.documentElement;
  var toggle = doc.getElementById("theme-toggle");
  var requested = params.get("theme");
  if (requested === "dark" || requested === "light") html.setAttribute("data-theme", requested);
  function syncToggle() {
    var dark = html.getAttribute("data-theme") === "dark";
    if (!toggle) return;
    toggle.setAttribute("aria-pressed", dark ? "true" : "false");
    toggle.setAttribute("title", dark ? "Switch to the light theme" : "Switch to the dark theme");
  }
  syncToggle();
  if (toggle) {
    toggle.addEventListener("click", function () {
      var next = html.getAttribute("data-theme") === "dark" ? "light" : "dark";
      html.setAttribute("data-theme", next);
      store("plateau.theme", next);
      syncToggle();
    });
  }
  if (window.matchMedia) {
    var media = matchMedia("(prefers-color-scheme: dark)");
    var follow = function (e) {
      if (!store("plateau.theme") && !requested) { html.setAttribute("data-theme", e.matches ? "dark" : "light"); syncToggle(); }
    };
    if (media.addEventListener) media.addEventListener("change", follow);
  }

  // ---- Outline on small screens. ------------------------------------------------------------
  var menu = doc.getElementById("menu-toggle");
  var sidebar = doc.getElementById("sidebar");
  function setMenu(open) {
    if (!menu || !sidebar) return;
    menu.setAttribute("aria-expanded", open ? "true" : "false");
    doc.body.classList.toggle("menu-open", open);
  }
  if (menu) menu.addEventListener("click", function () { setMenu(menu.getAttribute("aria-expanded") !== "true"); });
  doc.addEventListener("keydown", function (e) { if (e.key === "Escape") setMenu(false); });
  var current = sidebar && sidebar.querySelector("[aria-current=page]");
  if (current && current.scrollIntoView && sidebar.scrollHeight > sidebar.clientHeight) {
    current.scrollIntoView({ block: "center" });
  }

  // ---- Progress: visited and done markers, kept in this browser (localStorage). -------------
  var progress = {};
  try { progress = JSON.parse(store("plateau.progress") || "{}") || {}; } catch (e) { progress = {}; }
  var isCoursePage = /^(lessons|exercises)\//.test(pageID);
  if (isCoursePage && !progress[pageID]) {
    progress[pageID] = "visited";
    store("plateau.progress", JSON.stringify(progress));
  }
  function paintProgress() {
    doc.querySelectorAll("[data-page]").forEach(function (el) {
      if (el === doc.body) return;
      var state = progress[el.getAttribute("data-page")];
      if (state) el.setAttribute("data-progress", state); else el.removeAttribute("data-progress");
      var mark = el.querySelector(".mark");
      if (mark) mark.setAttribute("title", state === "done" ? "Done" : state === "visited" ? "Visited" : "Not started");
    });
    doc.querySelectorAll("[data-progress-toggle]").forEach(function (b) {
      var done = progress[pageID] === "done";
      b.setAttribute("aria-pressed", done ? "true" : "false");
      b.textContent = done ? "Done ✓ (click to undo)" : "Mark as done";
    });
  }
  doc.querySelectorAll("[data-progress-toggle]").forEach(function (b) {
    b.addEventListener("click", function () {
      progress[pageID] = progress[pageID] === "done" ? "visited" : "done";
      store("plateau.progress", JSON.stringify(progress));
      paintProgress();
    });
  });
  paintProgress();

  // ---- Table of contents: highlight the section in view. ------------------------------------
  var tocLinks = doc.querySelectorAll(".toc a");
  if (tocLinks.length && window.IntersectionObserver) {
    var byID = {};
    tocLinks.forEach(function (a) { byID[decodeURIComponent(a.getAttribute("href").slice(1))] = a; });
    var observer = new IntersectionObserver(function (entries) {
      entries.forEach(function (entry) {
        if (!entry.isIntersecting) return;
        tocLinks.forEach(function (a) { a.removeAttribute("aria-current"); });
        var link = byID[entry.target.id];
        if (link) link.setAttribute("aria-current", "true");
      });
    }, { rootMargin: "0px 0px -70% 0px" });
    Object.keys(byID).forEach(function (id) { var h = doc.getElementById(id); if (h) observer.observe(h); });
  }

  // ---- Search over the prebuilt index (assets/search-index.js, loaded on first use). --------
  var input = doc.getElementById("search-input");
  var panel = doc.getElementById("search-results");
  var form = doc.getElementById("search");
  var index = null;
  var sortedTerms = null;
  var pending = [];
  var stopWords = {};
  ("a an and are as at be by for from in is it of on or that the this to we with you").split(" ")
    .forEach(function (w) { stopWords[w] = true; });

  /* Mirrors SearchIndex.tokens and SearchIndex.stem in the Swift generator. */
  function stem(w) {
    if (w.length > 4 && /ies$/.test(w)) return w.slice(0, -3) + "y";
    if (w.length > 4 && /sses$/.test(w)) return w.slice(0, -2);
    if (w.length > 3 && /s$/.test(w) && !/(ss|is)$/.test(w) && !(/us$/.test(w) && !/aus$/.test(w))) return w.slice(0, -1);
    return w;
  }
  function tokens(text) {
    return text.toLowerCase().normalize("NFD").replace(/[\u0300-\u036f]/g, "")
      .split(/[^\p{L}\p{N}]+/u)
      .filter(function (w) { return w.length > 1 && !stopWords[w]; })
      .map(stem);
  }

  function loadIndex(then) {
    if (index) { then(); return; }
    pending.push(then);
    if (pending.length > 1) return;
    var script = doc.createElement("script");
    script.src = root + "assets/search-index.js";
    script.onload = function () {
      index = window.PLATEAU_SEARCH || { docs: [], terms: {} };
      sortedTerms = Object.keys(index.terms).sort();
      pending.splice(0).forEach(function (f) { f(); });
    };
    doc.head.appendChild(script);
  }

  function termsWithPrefix(prefix) {
    var lo = 0, hi = sortedTerms.length;
    while (lo < hi) { var mid = (lo + hi) >> 1; if (sortedTerms[mid] < prefix) lo = mid + 1; else hi = mid; }
    var out = [];
    for (var i = lo; i < sortedTerms.length && sortedTerms[i].lastIndexOf(prefix, 0) === 0 && out.length < 50; i++) {
      out.push(sortedTerms[i]);
    }
    return out;
  }

  function search(query) {
    var words = tokens(query);
    if (!words.length) return [];
    var n = index.docs.length;
    var scores = null;
    words.forEach(function (word, k) {
      var candidates = (k === words.length - 1 || word.length >= 4) ? termsWithPrefix(word) : (index.terms[word] ? [word] : []);
      var wordScores = {};
      candidates.forEach(function (term) {
        var postings = index.terms[term];
        var idf = Math.log(1 + n / postings.length);
        var exact = term === word ? 1 : 0.6;
        postings.forEach(function (p) {
          var s = p[1] * idf * exact;
          if (!wordScores[p[0]] || wordScores[p[0]] < s) wordScores[p[0]] = s;
        });
      });
      if (scores === null) { scores = wordScores; return; }
      var merged = {};
      Object.keys(scores).forEach(function (d) { if (wordScores[d]) merged[d] = scores[d] + wordScores[d]; });
      scores = merged;
    });
    return Object.keys(scores || {}).map(function (d) { return { doc: +d, score: scores[d] }; })
      .sort(function (a, b) { return b.score - a.score; }).slice(0, 12);
  }

  function snippet(text, words) {
    var lower = text.toLowerCase();
    var at = -1;
    words.forEach(function (w) { var i = lower.indexOf(w.slice(0, Math.max(3, w.length - 1))); if (i >= 0 && (at < 0 || i < at)) at = i; });
    var start = Math.max(0, at - 60);
    var piece = (start > 0 ? "…" : "") + text.slice(start, start + 180) + (start + 180 < text.length ? "…" : "");
    return piece;
  }

  function highlight(el, text, words) {
    var pattern = words.filter(function (w) { return w.length > 1; })
      .map(function (w) { return w.slice(0, Math.max(3, w.length - 1)).replace(/[.*+?^${}()|[\]\\]/g, "\\$&"); })
      .join("|");
    if (!pattern) { el.textContent = text; return; }
    var re = new RegExp("(" + pattern + ")", "ig");
    var last = 0, m;
    while ((m = re.exec(text)) !== null) {
      el.appendChild(doc.createTextNode(text.slice(last, m.index)));
      var mark = doc.createElement("mark");
      mark.textContent = m[0];
      el.appendChild(mark);
      last = m.index + m[0].length;
      if (m[0].length === 0) re.lastIndex++;
    }
    el.appendChild(doc.createTextNode(text.slice(last)));
  }

  var selected = -1;
  function render(query) {
    panel.textContent = "";
    selected = -1;
    if (!query.trim()) { panel.hidden = true; return; }
    var words = tokens(query);
    var results = search(query);
    panel.hidden = false;
    var heading = doc.createElement("p");
    heading.className = "search-count";
    heading.textContent = results.length ? results.length + (results.length === 1 ? " result" : " results") + " for “" + query + "”"
      : "No results for “" + query + "”";
    panel.appendChild(heading);
    var list = doc.createElement("ol");
    results.forEach(function (r) {
      var d = index.docs[r.doc];
      var li = doc.createElement("li");
      var a = doc.createElement("a");
      a.href = root + d[0];
      var title = doc.createElement("span");
      title.className = "search-title";
      title.textContent = d[1] + (d[2] ? " › " + d[2] : "");
      var text = doc.createElement("span");
      text.className = "search-snippet";
      highlight(text, snippet(d[3], words), words);
      a.appendChild(title);
      a.appendChild(text);
      li.appendChild(a);
      list.appendChild(li);
    });
    panel.appendChild(list);
  }

  function move(delta) {
    var links = panel.querySelectorAll("a");
    if (!links.length) return;
    selected = (selected + delta + links.length) % links.length;
    links.forEach(function (a, i) { a.classList.toggle("selected", i === selected); });
    links[selected].scrollIntoView({ block: "nearest" });
  }

  if (input && panel) {
    var timer = null;
    input.addEventListener("focus", function () { loadIndex(function () {}); });
    input.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(function () { loadIndex(function () { render(input.value); }); }, 60);
    });
    input.addEventListener("keydown", function (e) {
      if (e.key === "ArrowDown") { e.preventDefault(); move(1); }
      else if (e.key === "ArrowUp") { e.preventDefault(); move(-1); }
      else if (e.key === "Escape") { input.value = ""; render(""); input.blur(); }
    });
    form.addEventListener("submit", function (e) {
      e.preventDefault();
      var links = panel.querySelectorAll("a");
      if (links.length) location.href = links[Math.max(selected, 0)].href;
    });
    doc.addEventListener("keydown", function (e) {
      var typing = /^(INPUT|TEXTAREA|SELECT)$/.test((e.target && e.target.tagName) || "");
      if (!typing && (e.key === "/" || e.key === "s") && !e.ctrlKey && !e.metaKey && !e.altKey) {
        e.preventDefault();
        input.focus();
      }
    });
    doc.addEventListener("click", function (e) {
      if (!form.contains(e.target)) panel.hidden = true;
    });
    var q = params.get("q");
    if (q) {
      input.value = q;
      loadIndex(function () { render(q); });
    }
  }

  // ---- Self-check for the browser test (?selftest): what a reader would see, as JSON. -------
  if (params.has("selftest")) {
    var report = function () {
      var style = getComputedStyle(doc.body);
      var out = {
        theme: html.getAttribute("data-theme"),
        background: style.backgroundColor,
        color: style.color,
        contrast: contrast(style.color, style.backgroundColor),
        linkContrast: (function () {
          var a = doc.querySelector("main a[href]");
          return a ? contrast(getComputedStyle(a).color, style.backgroundColor) : null;
        })(),
        mathSpans: doc.querySelectorAll(".math").length,
        typeset: doc.querySelectorAll(".math .katex").length,
        katexErrors: doc.querySelectorAll(".katex-error, .math-error").length,
        codeBlocks: doc.querySelectorAll("pre code").length,
        highlighted: doc.querySelectorAll("pre code.hljs").length,
        searchResults: panel ? panel.querySelectorAll("a").length : 0
      };
      var pre = doc.createElement("pre");
      pre.id = "plateau-selftest";
      pre.hidden = true;
      pre.textContent = JSON.stringify(out);
      doc.body.appendChild(pre);
    };
    if (params.get("q")) loadIndex(report); else report();
  }
  function luminance(rgb) {
    var c = rgb.match(/[\d.]+/g).slice(0, 3).map(function (v) {
      v = +v / 255;
      return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    });
    return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
  }
  function contrast(a, b) {
    var la = luminance(a), lb = luminance(b);
    return Math.round(((Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05)) * 100) / 100;
  }
})();
