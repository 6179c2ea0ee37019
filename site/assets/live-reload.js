/* plateau serve: reloads the page after each rebuild and shows build errors. */
(function () {
  var seen = null;
  var banner = null;
  function show(error) {
    if (!error) { if (banner) { banner.remove(); banner = null; } return; }
    if (!banner) {
      banner = document.createElement("pre");
      banner.className = "live-reload-error";
      banner.setAttribute("role", "alert");
      document.body.prepend(banner);
    }
    banner.textContent = "plateau serve: the last build failed; showing the previous site.\n\n" + error;
  }
  function poll() {
    fetch("/__plateau/status", { cache: "no-store" })
      .then(function (r) { return r.json(); })
      .then(function (s) {
        if (seen !== null && s.build !== seen && !s.error) { location.reload(); return; }
        seen = s.build;
        show(s.error);
      })
      .catch(function () {})
      .then(function () { setTimeout(poll, 700); });
  }
  poll();
})();
