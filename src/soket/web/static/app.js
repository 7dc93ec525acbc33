// soket dashboard: render the Vega-Lite charts and follow fact links to their sentence.
(function () {
  "use strict";

  function renderCharts() {
    if (typeof window.vegaEmbed !== "function") return;
    document.querySelectorAll(".chart[data-spec]").forEach(function (el) {
      var script = document.getElementById(el.getAttribute("data-spec"));
      if (!script) return;
      var spec = JSON.parse(script.textContent);
      window.vegaEmbed(el, spec, { renderer: "svg", actions: false, loader: { target: "_self" } })
        .then(function () { el.setAttribute("data-rendered", "1"); })
        .catch(function (err) {
          el.setAttribute("data-error", String(err));
          el.textContent = (el.getAttribute("data-failed") || "") + " " + err;  // the page's words (labels.yaml chrome)
        });
    });
  }

  function markTarget() {
    document.querySelectorAll(".target").forEach(function (el) { el.classList.remove("target"); });
    var m = /^#fact-(\d+)$/.exec(window.location.hash);
    if (!m) return;
    var id = m[1];
    var mark = document.getElementById("fact-" + id);
    if (!mark) return;
    document.querySelectorAll('mark[data-fact="' + id + '"]').forEach(function (el) { el.classList.add("target"); });
    var ev = mark.getAttribute("data-ev");
    if (ev !== null) {
      document.querySelectorAll('.ev[data-ev="' + ev + '"]').forEach(function (el) { el.classList.add("target"); });
    }
    var row = document.getElementById("row-" + id);
    if (row) {
      row.classList.add("target");
      scrollPaneTo(row);
    }
    // the browser scrolls the text to the fragment itself (scroll-margin in style.css centres it)
  }

  // the facts pane is a scroll box of its own: bring the chosen fact's row to its middle, without
  // moving the window
  function scrollPaneTo(row) {
    var pane = row.closest(".facts-pane");
    if (!pane) return;
    var r = row.getBoundingClientRect(), p = pane.getBoundingClientRect();
    var head = pane.querySelector("thead th");
    var top = head ? head.getBoundingClientRect().height : 0;
    var room = pane.clientHeight - top;
    pane.scrollTop += (r.top - p.top - pane.clientTop - top) - Math.max(0, (room - r.height) / 2);
  }

  document.addEventListener("DOMContentLoaded", function () {
    renderCharts();
    markTarget();
  });
  window.addEventListener("hashchange", markTarget);
})();
