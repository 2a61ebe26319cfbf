/* The run page imports its files a few at a time: it asks the server for the next step until the run is done,
   redrawing the progress bar, the counts and the per-file report from each answer. Without this script the
   "Nhập tiếp" button does the same one step per click. */
(function () {
  "use strict";
  var section = document.getElementById("import-progress");
  if (!section || section.dataset.finished === "1") { return; }
  var url = section.dataset.stepUrl;
  var form = document.getElementById("import-step-form");
  var token = form ? form.querySelector("input[name=csrfmiddlewaretoken]").value : "";
  var bar = document.getElementById("import-bar");
  var status = document.getElementById("import-status");
  var report = document.getElementById("import-report");
  var error = document.getElementById("import-error");
  var failures = 0;

  if (form) { form.hidden = true; }

  function show(data) {
    bar.max = Math.max(data.total, 1);
    bar.value = data.done;
    status.textContent = (data.finished ? "Đã xong: " : "Đang nhập: ") + data.done + "/" + data.total + " tệp" +
      (data.finished ? "." : "…");
    Object.keys(data.counts).forEach(function (key) {
      var cell = section.querySelector("[data-count=" + key + "]");
      if (cell) { cell.textContent = data.counts[key]; }
    });
    report.innerHTML = data.html;  // rendered and escaped by the server (importer/includes/run_report.html)
  }

  function fail(message) {
    failures += 1;
    error.hidden = false;
    error.textContent = message + (failures < 5 ? " Đang thử lại…" : " Hãy tải lại trang để thử tiếp.");
    if (failures < 5) { window.setTimeout(step, 2000 * failures); } else if (form) { form.hidden = false; }
  }

  function step() {
    fetch(url, {
      method: "POST", credentials: "same-origin",
      headers: {"Accept": "application/json", "X-CSRFToken": token},
    }).then(function (response) {
      return response.json().catch(function () { return {error: "Máy chủ trả lời không hợp lệ (" + response.status + ")."}; });
    }).then(function (data) {
      if (data.error) { fail(data.error); return; }
      failures = 0;
      error.hidden = true;
      show(data);
      section.dataset.finished = data.finished ? "1" : "0";
      if (!data.finished) { window.setTimeout(step, 50); }
    }).catch(function () { fail("Mất kết nối với máy chủ."); });
  }

  step();
})();
