// soket dashboard in English (?lang=en): links and forms within the site keep the language.
(function () {
  "use strict";
  function keep() {
    document.querySelectorAll("a[href^='/']:not([href^='/static/']):not([href^='/api/']):not(.lang)").forEach(function (a) {
      var u = new URL(a.getAttribute("href"), window.location.origin);
      if (!u.searchParams.has("lang")) {
        u.searchParams.set("lang", "en");
        a.setAttribute("href", u.pathname + u.search + u.hash);
      }
    });
    document.querySelectorAll("form[action^='/']").forEach(function (f) {
      if (!f.querySelector("input[name='lang']")) {
        var i = document.createElement("input");
        i.type = "hidden"; i.name = "lang"; i.value = "en";
        f.appendChild(i);
      }
    });
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", keep);
  else keep();
})();
