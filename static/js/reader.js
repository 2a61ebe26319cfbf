/* Reader tools: adjustable text size, print, share, copy link, the phone's folding filter form. No third-party code; nothing runs inline.
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
    // The device's share sheet (Zalo, Messenger, SMS…) where the browser offers one; copy-link stays beside it.
    if (navigator.share) {
      var sharers = document.querySelectorAll("[data-share-wrapper]");
      for (var s = 0; s < sharers.length; s++) { sharers[s].hidden = false; }
    }
    // On phones the filter form folds behind its "Lọc" button (CSS below 600 px); open when it shows an error.
    var panels = document.querySelectorAll("[data-filter-panel]");
    for (var p = 0; p < panels.length; p++) {
      var panel = panels[p];
      var toggle = panel.querySelector("[data-filter-toggle]");
      if (!toggle) { continue; }
      panel.classList.add("is-collapsible");
      var open = panel.querySelector(".has-error, .errors, [aria-invalid=true]") !== null;
      panel.classList.toggle("is-open", open);
      toggle.setAttribute("aria-expanded", String(open));
    }
    apply(current);

    document.addEventListener("click", function (event) {
      var target = event.target.closest ? event.target.closest("button") : null;
      if (!target) { return; }
      if (target.hasAttribute("data-text-size")) {
        var step = parseInt(target.getAttribute("data-text-size"), 10);
        current = step === 0 ? DEFAULT : Math.min(Math.max(current + step, 0), SCALES.length - 1);
        apply(current);
        save(current);
      } else if (target.hasAttribute("data-filter-toggle")) {
        var holder = target.closest("[data-filter-panel]");
        var opened = !holder.classList.contains("is-open");
        holder.classList.toggle("is-open", opened);
        target.setAttribute("aria-expanded", String(opened));
        if (opened) {
          var first = holder.querySelector(".filters input, .filters select");
          if (first) { first.focus(); }
        }
      } else if (target.hasAttribute("data-share-url")) {
        navigator.share({ title: target.getAttribute("data-share-title"), url: target.getAttribute("data-share-url") })
          .catch(function () { /* dismissed by the reader, or refused: the copy-link button is still there */ });
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
