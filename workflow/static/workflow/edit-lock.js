/* Keeps the article's soft edit lock alive while the edit page is open, and says who else holds it.
   Configured by data- attributes on #edit-lock; no inline script, so it runs under a strict CSP. */
(function () {
  "use strict";
  var box = document.getElementById("edit-lock");
  if (!box || !box.dataset.heartbeatUrl) {
    return;
  }
  var message = box.querySelector(".wf-lock-message");
  var seconds = parseInt(box.dataset.interval, 10);
  var interval = Math.max(isNaN(seconds) ? 30 : seconds, 5) * 1000;

  /* This page's own lock token: the server lets only the page holding the lock renew or release it, so the
     release sent by this page as it unloads cannot free the lock the next page (a reload, "Lưu và tiếp tục
     sửa") has already taken. */
  var tokenInput = box.querySelector("input[name=_lock_token]");
  var pageToken = tokenInput ? tokenInput.value : "";

  function csrfToken() {
    var input = document.querySelector("input[name=csrfmiddlewaretoken]");
    return input ? input.value : "";
  }

  function lockData() {
    var data = new FormData();
    data.append("csrfmiddlewaretoken", csrfToken());
    if (pageToken) {
      data.append("token", pageToken);
    }
    return data;
  }

  function show(state) {
    if (state.held) {
      box.dataset.state = "held";
      box.classList.remove("wf-lock-other");
      message.textContent = "";
      return;
    }
    box.dataset.state = state.taken_over ? "taken-over" : (state.holder ? "other" : "free");
    box.classList.toggle("wf-lock-other", Boolean(state.holder));
    message.textContent = state.message || "";
  }

  function beat() {
    fetch(box.dataset.heartbeatUrl, {
      method: "POST",
      credentials: "same-origin",
      headers: {"X-CSRFToken": csrfToken(), "X-Requested-With": "XMLHttpRequest"},
      body: lockData()
    }).then(function (response) {
      return response.ok ? response.json() : null;
    }).then(function (state) {
      if (state) {
        show(state);
      }
    }).catch(function () {
      /* Offline for a moment: the next beat retries; the lock expires by itself if we never come back. */
    });
  }

  window.setInterval(beat, interval);
  document.addEventListener("visibilitychange", function () {
    if (document.visibilityState === "visible") {
      beat();
    }
  });
  window.addEventListener("pagehide", function () {
    if (!box.dataset.releaseUrl || box.dataset.state === "other" || !navigator.sendBeacon) {
      return;
    }
    navigator.sendBeacon(box.dataset.releaseUrl, lockData());
  });
  window.addEventListener("pageshow", function (event) {
    if (event.persisted) {
      beat();  /* back from the browser's page cache: the release above went out, so take the lock again */
    }
  });
}());
