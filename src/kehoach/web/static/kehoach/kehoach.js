// kehoach: small behaviours shared by pages (no framework; HTMX does the requests).
(function () {
  "use strict";

  // Values carry data-lines="first-last"; hovering or clicking one highlights those
  // lines of the source text (#source) and scrolls them into view on click.
  function sourceLines(spec) {
    var parts = String(spec).split("-");
    var first = parseInt(parts[0], 10), last = parseInt(parts[1] || parts[0], 10);
    var found = [];
    for (var n = first; n <= last; n++) {
      var li = document.getElementById("L" + n);
      if (li) found.push(li);
    }
    return found;
  }
  function clearHighlight() {
    document.querySelectorAll("#source li.hl").forEach(function (li) { li.classList.remove("hl"); });
  }
  function highlight(el, scroll) {
    clearHighlight();
    var lines = sourceLines(el.getAttribute("data-lines"));
    lines.forEach(function (li) { li.classList.add("hl"); });
    if (scroll && lines.length) lines[0].scrollIntoView({block: "center", behavior: "smooth"});
  }
  document.addEventListener("mouseover", function (e) {
    var el = e.target.closest && e.target.closest("[data-lines]");
    if (el) highlight(el, false);
  });
  document.addEventListener("click", function (e) {
    var el = e.target.closest && e.target.closest("[data-lines]");
    if (el) highlight(el, true);
  });

  // Forms with data-confirm ask before they submit (issuing a plan, deleting).
  document.addEventListener("submit", function (e) {
    var msg = e.target.getAttribute && e.target.getAttribute("data-confirm");
    if (msg && !window.confirm(msg)) e.preventDefault();
  });
})();
