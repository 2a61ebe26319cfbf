// "Chức danh khi đưa tin": when an official is chosen in "Nhân vật trong bài", fill their current position in,
// unless the writer has typed a title of their own. The field stays editable; the server fills an empty one on
// save too (workflow.selectors.with_current_titles), so this is a convenience, not the rule.
(function () {
  "use strict";
  const config = document.getElementById("wf-mention-title");
  if (!config || !window.django || !window.django.jQuery) {
    return;
  }
  const urlFor = (id) => config.dataset.url.replace("/ID/", "/" + encodeURIComponent(id) + "/");

  function titleInputFor(select) {
    const name = select.name.replace(/-official$/, "-title_as_printed");
    return document.querySelector('input[name="' + name + '"]');
  }

  async function fill(select) {
    const input = titleInputFor(select);
    const id = select.value;
    if (!input || !id || !/^\d+$/.test(id)) {
      return;
    }
    // Only an empty field, or one this script filled and nobody edited since, is ours to replace.
    if (input.value.trim() && input.value !== input.dataset.autofilled) {
      return;
    }
    let data;
    try {
      const response = await fetch(urlFor(id), {credentials: "same-origin", headers: {Accept: "application/json"}});
      if (!response.ok) {
        return;
      }
      data = await response.json();
    } catch (error) {
      return; // offline or refused: the writer types the title, or the server fills it on save
    }
    if (select.value !== id || !data.title) {
      return; // another official was chosen meanwhile
    }
    if (input.value.trim() && input.value !== input.dataset.autofilled) {
      return;
    }
    input.value = data.title;
    input.dataset.autofilled = data.title;
    input.dispatchEvent(new Event("input", {bubbles: true}));
  }

  // Select2 (the admin's autocomplete) announces a choice with a jQuery "change" event, not a native one.
  window.django.jQuery(document).on("change", 'select[name$="-official"]', function () {
    fill(this);
  });
})();
