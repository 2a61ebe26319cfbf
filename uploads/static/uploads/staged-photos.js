/* Staged photo uploads: a chosen photo is sent at once to uploads:stage and the form posts its id instead of the
 * file, so a form that comes back with an error still has every photo.
 *
 * Two kinds of box, found by [data-staged-photos]:
 *  - "inline": the article admin's photo inline. One picker takes several files; each becomes a new inline row with
 *    a thumbnail. Rows reorder by dragging or with the ↑ ↓ buttons (the keyboard way); the first row is featured
 *    unless another is ticked; the alt text folds behind "Thêm mô tả ảnh".
 *  - "slots": the "Gửi tin bài" form. Each numbered slot's file input uploads its photo and shows it.
 * Without this script the plain file inputs work as before. No inline style or handler: the CSP forbids them.
 */
(function () {
  "use strict";

  function csrfToken(form) {
    const input = form && form.querySelector("input[name=csrfmiddlewaretoken]");
    return input ? input.value : "";
  }

  function stage(box, token, file) {
    const form = box.closest("form");
    const body = new FormData();
    body.append("file", file);
    body.append("purpose", box.dataset.purpose);
    body.append("form_token", token.value);
    body.append("csrfmiddlewaretoken", csrfToken(form));
    return fetch(box.dataset.stageUrl, {
      method: "POST", body: body, credentials: "same-origin", headers: {"X-CSRFToken": csrfToken(form)},
    }).then(function (response) {
      return response.json().catch(function () { return {}; }).then(function (data) {
        if (!response.ok || !data.id) {
          throw new Error(data.error || box.dataset.msgFailed);
        }
        return data;
      });
    }, function () {
      throw new Error(box.dataset.msgFailed);
    });
  }

  function thumbnail(url, alt) {
    const img = document.createElement("img");
    img.className = "staged-photo-thumb";
    img.src = url;
    img.alt = alt || "";
    img.width = 160;
    img.setAttribute("data-staged-thumb", "");
    return img;
  }

  function button(label, text, className) {
    const b = document.createElement("button");
    b.type = "button";
    b.className = className;
    b.textContent = text;
    b.setAttribute("aria-label", label);
    b.title = label;
    return b;
  }

  /* ---- The admin inline ---- */

  function initInline(box) {
    const prefix = box.dataset.prefix;
    const group = document.getElementById(prefix + "-group");
    const token = document.querySelector("[data-staging-token='" + prefix + "']");
    if (!group || !token) {
      return;
    }
    const heading = group.querySelector("fieldset > h2, fieldset > details > summary");
    (heading || group.firstElementChild).after(box);
    box.hidden = false;
    const picker = box.querySelector("[data-staged-picker]");
    const status = box.querySelector("[data-staged-status]");
    let dragged = null;

    function rows() {
      return Array.from(group.querySelectorAll(".inline-related")).filter(function (row) {
        return !row.classList.contains("empty-form") && row.id !== prefix + "-empty";
      });
    }

    function field(row, name) {
      return row.querySelector("[name$='-" + name + "']");
    }

    function isDeleted(row) {
      const checkbox = field(row, "DELETE");
      return Boolean(checkbox && checkbox.checked);
    }

    /* Django's inlines.js numbers rows by their place on the page when one is removed; but saved rows must keep
     * the first numbers (the formset finds them by number), whatever order they were dragged into. */
    function renumber() {
      const all = rows();
      const ordered = all.filter(function (row) { return row.dataset.initialForm; })
        .concat(all.filter(function (row) { return !row.dataset.initialForm; }));
      const pattern = new RegExp("(" + prefix + "-(\\d+|__prefix__))");
      ordered.forEach(function (row, index) {
        const replacement = prefix + "-" + index;
        [row].concat(Array.from(row.querySelectorAll("*"))).forEach(function (el) {
          ["for", "id", "name"].forEach(function (attribute) {
            const value = el.getAttribute(attribute);
            if (value && pattern.test(value)) {
              el.setAttribute(attribute, value.replace(pattern, replacement));
            }
          });
        });
      });
    }

    function refresh() {
      const all = rows();
      all.forEach(function (row, index) {
        const position = field(row, "position");
        if (position) {
          position.value = index;
        }
        row.querySelector(".staged-up").disabled = index === 0;
        row.querySelector(".staged-down").disabled = index === all.length - 1;
      });
      const live = all.filter(function (row) { return !isDeleted(row); });
      const ticked = live.find(function (row) { const f = field(row, "is_featured"); return f && f.checked; });
      const withPhoto = live.filter(function (row) {
        const staged = field(row, "staged_photo");
        return row.classList.contains("has_original") || (staged && staged.value);
      });
      const featured = ticked || withPhoto[0];
      all.forEach(function (row) {
        row.querySelector(".staged-featured").hidden = row !== featured;
      });
    }

    function move(row, offset) {
      const all = rows();
      const index = all.indexOf(row);
      const target = all[index + offset];
      if (!target) {
        return;
      }
      if (offset < 0) {
        target.before(row);
      } else {
        target.after(row);
      }
      refresh();
      status.textContent = box.dataset.msgMoved.replace("%s", String(rows().indexOf(row) + 1));
    }

    function showStaged(row) {
      const staged = field(row, "staged_photo");
      if (!staged || !staged.value) {
        return;
      }
      row.classList.add("is-staged");
      const place = row.querySelector(".staged-thumb-place");
      const existing = row.querySelector("[data-staged-thumb]");
      if (existing) {
        place.append(existing);
      }
    }

    function enhance(row) {
      if (row.dataset.stagedReady) {
        return;
      }
      row.dataset.stagedReady = "1";
      row.classList.add("staged-row");
      const title = row.querySelector("h3");
      const tools = document.createElement("span");
      tools.className = "staged-tools";
      const handle = button(box.dataset.msgDrag, "⠿", "staged-handle");
      const up = button(box.dataset.msgUp, "↑", "staged-up");
      const down = button(box.dataset.msgDown, "↓", "staged-down");
      const badge = document.createElement("span");
      badge.className = "staged-featured";
      badge.textContent = box.dataset.msgFeatured;
      badge.hidden = true;
      tools.append(handle, up, down, badge);
      title.append(tools);
      // Moving a row takes the focus away with it: give it back, and say where the photo went.
      up.addEventListener("click", function () { move(row, -1); (up.disabled ? down : up).focus(); });
      down.addEventListener("click", function () { move(row, 1); (down.disabled ? up : down).focus(); });

      const place = document.createElement("div");
      place.className = "staged-thumb-place";
      title.after(place);

      const imageBox = row.querySelector(".fieldBox.field-image");
      if (imageBox && imageBox.parentElement) {
        imageBox.parentElement.classList.add("staged-image-field");  // the box and its help, gone once staged
      }
      const position = row.querySelector(".form-row.field-position");
      if (position) {
        position.hidden = true;  // the order is the rows' order now
      }
      const alt = row.querySelector(".form-row.field-alt_text");
      const altInput = field(row, "alt_text");
      if (alt && altInput && !altInput.value && !alt.querySelector(".errorlist")) {
        alt.hidden = true;
        const toggle = button(box.dataset.msgAlt, box.dataset.msgAlt, "staged-alt-toggle");
        toggle.setAttribute("aria-expanded", "false");
        toggle.setAttribute("aria-controls", altInput.id);
        alt.before(toggle);
        toggle.addEventListener("click", function () {
          alt.hidden = false;
          toggle.remove();
          altInput.focus();
        });
      }
      const featured = field(row, "is_featured");
      if (featured) {
        featured.addEventListener("change", refresh);
      }
      const deleted = field(row, "DELETE");
      if (deleted) {
        deleted.addEventListener("change", refresh);
      }

      // A file chosen in the row's own input is staged too, so "Thêm ảnh" rows keep theirs after an error.
      const plain = row.querySelector(".field-image input[type=file]");
      if (plain) {
        plain.addEventListener("change", function () {
          const file = plain.files[0];
          if (!file) {
            return;
          }
          place.textContent = box.dataset.msgUploading + " " + file.name;
          stage(box, token, file).then(function (data) {
            plain.value = "";
            field(row, "staged_photo").value = data.id;
            place.textContent = "";
            place.append(thumbnail(data.url, file.name));
            row.classList.add("is-staged");
            refresh();
          }, function (error) {
            plain.value = "";
            place.textContent = "";
            status.textContent = file.name + ": " + error.message;
          });
        });
      }

      handle.addEventListener("mousedown", function () { row.draggable = true; });
      handle.addEventListener("mouseup", function () { row.draggable = false; });
      row.addEventListener("dragstart", function (event) {
        dragged = row;
        row.classList.add("is-dragging");
        event.dataTransfer.effectAllowed = "move";
        event.dataTransfer.setData("text/plain", row.id);
      });
      row.addEventListener("dragend", function () {
        row.draggable = false;
        row.classList.remove("is-dragging");
        dragged = null;
        refresh();
      });
      row.addEventListener("dragover", function (event) {
        if (!dragged || dragged === row) {
          return;
        }
        event.preventDefault();
        const rect = row.getBoundingClientRect();
        if (event.clientY < rect.top + rect.height / 2) {
          row.before(dragged);
        } else {
          row.after(dragged);
        }
      });
      row.addEventListener("drop", function (event) { event.preventDefault(); });
      showStaged(row);
    }

    function addRow() {
      const link = group.querySelector(".add-row a");
      if (!link) {
        return null;
      }
      let added = null;
      const catcher = function (event) { added = event.target; };
      document.addEventListener("formset:added", catcher);
      link.click();
      document.removeEventListener("formset:added", catcher);
      return added;
    }

    function removeRow(row) {
      const link = row.querySelector(".inline-deletelink");
      if (link) {
        link.click();
      } else {
        row.remove();
      }
      refresh();
    }

    function upload(file) {
      const row = addRow();
      if (!row) {
        status.textContent = box.dataset.msgNoRoom;
        return Promise.resolve();
      }
      enhance(row);
      row.classList.add("is-uploading");
      const place = row.querySelector(".staged-thumb-place");
      place.textContent = box.dataset.msgUploading + " " + file.name;
      refresh();
      return stage(box, token, file).then(function (data) {
        field(row, "staged_photo").value = data.id;
        place.textContent = "";
        place.append(thumbnail(data.url, file.name));
        row.classList.remove("is-uploading");
        row.classList.add("is-staged");
        refresh();
      }, function (error) {
        removeRow(row);
        status.textContent = file.name + ": " + error.message;
      });
    }

    picker.addEventListener("change", function () {
      const files = Array.from(picker.files);
      picker.value = "";
      status.textContent = box.dataset.msgUploading;
      let chain = Promise.resolve();
      files.forEach(function (file) {
        chain = chain.then(function () {
          return upload(file);
        });
      });
      chain.then(function () {
        if (status.textContent === box.dataset.msgUploading) {
          status.textContent = "";
        }
        const staged = rows().filter(function (row) { return row.classList.contains("is-staged"); });
        const first = staged.find(function (row) { const c = field(row, "caption"); return c && !c.value; });
        if (first) {
          field(first, "caption").focus();
        }
      });
    });

    document.addEventListener("formset:added", function (event) {
      if (event.detail && event.detail.formsetName === prefix) {
        enhance(event.target);
        refresh();
      }
    });
    document.addEventListener("formset:removed", function (event) {
      if (event.detail && event.detail.formsetName === prefix) {
        renumber();
        refresh();
      }
    });
    const initialCount = document.getElementById("id_" + prefix + "-INITIAL_FORMS");
    rows().slice(0, initialCount ? parseInt(initialCount.value, 10) || 0 : 0).forEach(function (row) {
      row.dataset.initialForm = "1";
    });
    // A form shown again after an error lists its rows by number; the order the user chose is in their positions.
    const anchor = document.getElementById(prefix + "-empty");
    if (anchor) {
      rows().map(function (row, index) {
        const position = field(row, "position");
        return {row: row, key: position && position.value !== "" ? Number(position.value) : index, index: index};
      }).sort(function (a, b) {
        return a.key - b.key || a.index - b.index;
      }).forEach(function (item) {
        anchor.before(item.row);
      });
    }
    rows().forEach(enhance);
    refresh();
    const form = group.closest("form");
    if (form) {
      form.addEventListener("submit", function () {
        renumber();
        refresh();
      });
    }
  }

  /* ---- The "Gửi tin bài" slots ---- */

  function initSlots(box) {
    const token = box.querySelector("[data-staging-token]");
    box.querySelectorAll("[data-photo-slot]").forEach(function (slot) {
      const input = slot.querySelector("input[type=file]");
      const staged = slot.querySelector("[data-staged-photo]");
      const status = slot.querySelector("[data-slot-status]");
      const clear = slot.querySelector("[data-slot-clear]");
      const place = slot.querySelector("[data-slot-thumb]");
      if (!input || !staged || !token) {
        return;
      }
      const existing = slot.querySelector("[data-staged-thumb]");
      if (existing && place) {
        place.append(existing);
      }

      function show(hasPhoto) {
        slot.classList.toggle("is-staged", hasPhoto);
        clear.hidden = !hasPhoto;
      }

      show(Boolean(staged.value));
      input.addEventListener("change", function () {
        const file = input.files[0];
        if (!file) {
          return;
        }
        status.textContent = box.dataset.msgUploading;
        slot.classList.add("is-uploading");
        stage(box, token, file).then(function (data) {
          input.value = "";  // sent already: the form posts the id, not the file again
          staged.value = data.id;
          place.textContent = "";
          place.append(thumbnail(data.url, file.name));
          status.textContent = box.dataset.msgDone;
          show(true);
        }, function (error) {
          input.value = "";
          status.textContent = error.message;
        }).finally(function () {
          slot.classList.remove("is-uploading");
        });
      });
      clear.addEventListener("click", function () {
        const id = staged.value;
        staged.value = "";
        place.textContent = "";
        status.textContent = "";
        show(false);
        input.focus();
        if (id) {
          const form = box.closest("form");
          fetch(box.dataset.discardUrl.replace("0", id), {
            method: "POST", credentials: "same-origin", headers: {"X-CSRFToken": csrfToken(form)},
          }).catch(function () { /* expiry removes it anyway */ });
        }
      });
    });
  }

  function init() {
    document.querySelectorAll("[data-staged-photos]").forEach(function (box) {
      if (!window.fetch || !window.FormData) {
        return;  // the plain file inputs stay
      }
      if (box.dataset.stagedPhotos === "inline") {
        initInline(box);
      } else if (box.dataset.stagedPhotos === "slots") {
        initSlots(box);
      }
    });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
}());
