/*
 * Live password advice (CNIL 2022-100): for each element with data-password-strength, watches the
 * input named by data-for and says, in its aria-live region, what the password still lacks.
 * The texts come from data-* attributes filled from the page's bundle. The server checks again.
 */
(function () {
  "use strict";

  function words(value) {
    return value.trim().split(/[\s\-_.,;:]+/).filter(function (w) { return w.length > 0; }).length;
  }

  function missing(value) {
    var lacks = [];
    if (value.length < 12) { lacks.push("length"); }
    if (!/\p{Lu}/u.test(value)) { lacks.push("upper"); }
    if (!/\p{Ll}/u.test(value)) { lacks.push("lower"); }
    if (!/\p{Nd}/u.test(value)) { lacks.push("digit"); }
    if (!/[^\p{L}\p{Nd}\s]/u.test(value)) { lacks.push("special"); }
    return lacks;
  }

  function accepted(value, lacks) {
    if (value.length === 0 || value.length > 256) { return false; }
    if (lacks.length === 0) { return true; }
    var onlySpecial = lacks.length === 1 && lacks[0] === "special";
    return (value.length >= 14 && onlySpecial) || words(value) >= 7;
  }

  function advise(region, input) {
    var value = input.value;
    if (value.length === 0) {
      region.textContent = "";
      region.className = "strength";
      return;
    }
    var lacks = missing(value);
    if (accepted(value, lacks)) {
      region.textContent = region.getAttribute("data-ok");
      region.className = "strength strength--ok";
      return;
    }
    var parts = lacks.map(function (l) { return region.getAttribute("data-" + l); });
    region.textContent = region.getAttribute("data-missing") + " " + parts.join(", ") + ".";
    region.className = "strength strength--weak";
  }

  function init() {
    var regions = document.querySelectorAll("[data-password-strength]");
    Array.prototype.forEach.call(regions, function (region) {
      var input = document.getElementById(region.getAttribute("data-for"));
      if (input) {
        input.addEventListener("input", function () { advise(region, input); });
      }
    });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
