/* Reader tools: adjustable text size, print, copy link. No third-party code; nothing runs inline.
   Without JavaScript the page reads the same, only these buttons stay hidden. */
(function () {
  "use strict";
  var KEY = "newsroom-text-size";
  var SCALES = [0.875, 1, 1.125, 1.25, 1.5];
  var DEFAULT = 1;
  var root = document.documentElement;

  function stored() {
    try {
      var value = parseInt(window.localStorage.getItem(KEY), 10);
      return isNaN(value) ? DEFAULT : Math.min(Math.max(value, 0), SCALES.length - 1);
    } catch (e) {
      return DEFAULT;
    }
  }

  function apply(index) {
    root.style.setProperty("--font-scale", String(SCALES[index]));
    var buttons = document.querySelectorAll("[data-text-size]");
    for (var i = 0; i < buttons.length; i++) {
      var step = buttons[i].getAttribute("data-text-size");
      buttons[i].disabled = (step === "-1" && index === 0) || (step === "1" && index === SCALES.length - 1);
      if (step === "0") { buttons[i].setAttribute("aria-pressed", String(index === DEFAULT)); }
    }
  }

  function save(index) {
    try { window.localStorage.setItem(KEY, String(index)); } catch (e) { /* private mode: size lasts this page */ }
  }

  var current = stored();
  if (current !== DEFAULT) { root.style.setProperty("--font-scale", String(SCALES[current])); }

  document.addEventListener("DOMContentLoaded", function () {
    var tools = document.querySelectorAll("[data-reader-tools], [data-copy-wrapper]");
    for (var i = 0; i < tools.length; i++) { tools[i].hidden = false; }
    apply(current);

    document.addEventListener("click", function (event) {
      var target = event.target.closest ? event.target.closest("button") : null;
      if (!target) { return; }
      if (target.hasAttribute("data-text-size")) {
        var step = parseInt(target.getAttribute("data-text-size"), 10);
        current = step === 0 ? DEFAULT : Math.min(Math.max(current + step, 0), SCALES.length - 1);
        apply(current);
        save(current);
      } else if (target.hasAttribute("data-print")) {
        window.print();
      } else if (target.hasAttribute("data-copy-link")) {
        var link = target.getAttribute("data-copy-link");
        var done = function () { target.textContent = target.getAttribute("data-copied-text"); };
        if (navigator.clipboard && navigator.clipboard.writeText) {
          navigator.clipboard.writeText(link).then(done, function () { window.prompt("", link); });
        } else {
          window.prompt("", link);
        }
      }
    });
  });
}());
