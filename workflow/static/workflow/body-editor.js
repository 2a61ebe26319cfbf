// The article body editor: django-prose-editor's Tiptap bundle, set up for a newsroom body and for our CSP.
//
// The bundle is imported by a relative URL, not through the package's inline import map (refused by the CSP),
// and the editor is created with injectCSS: false (Tiptap would add a <style> element, refused too; the same
// rules are in admin_editor.css). The editor writes its HTML into the hidden textarea the form posts; the
// server sanitises it (core.html.sanitize_html) like any body.
import {
  Blockquote, Bold, BulletList, Document, Dropcursor, Editor, Gapcursor, HardBreak, Heading, History,
  HorizontalRule, Italic, Link, ListItem, Menu, Node, OrderedList, Paragraph, Placeholder, Strike, Subscript,
  Superscript, Table, TableCell, TableHeader, TableRow, Text, TrailingNode, Underline,
} from "../django_prose_editor/editor.js";

import {cleanWordHtml} from "./word-paste.js";

// Menu titles are hard-coded in English in the bundle (not passed through gettext).
const TITLES = {
  "paragraph": "Đoạn văn",
  "heading 2": "Tiêu đề phụ",
  "heading 3": "Tiêu đề nhỏ",
  "heading 4": "Tiêu đề cấp 4",
  "Heading 2": "Tiêu đề phụ",
  "Heading 3": "Tiêu đề nhỏ",
  "Heading 4": "Tiêu đề cấp 4",
  "bold": "Chữ đậm",
  "italic": "Chữ nghiêng",
  "underline": "Gạch chân",
  "strike": "Gạch ngang",
  "subscript": "Chỉ số dưới",
  "superscript": "Chỉ số trên",
  "unordered list": "Danh sách gạch đầu dòng",
  "ordered list": "Danh sách đánh số",
  "blockquote": "Trích dẫn",
  "insert link": "Chèn liên kết",
  "remove link": "Bỏ liên kết",
  "horizontal rule": "Đường kẻ ngang",
  "undo": "Hoàn tác",
  "redo": "Làm lại",
  "Insert table": "Chèn bảng",
  "Merge cells": "Gộp ô",
  "Split cell": "Tách ô",
};
// Kept so existing bodies (Word imports: tables, underline, sub/superscript) survive an edit unchanged, but not
// offered for new writing: the newsroom's body is paragraphs, subheadings, lists, quotes, links and photos.
const UNOFFERED = new Set([
  "heading 4", "Heading 4", "underline", "strike", "subscript", "superscript", "horizontal rule", "Insert table",
]);

function figureFromDom(dom) {
  const img = dom.querySelector("img");
  if (!img) {
    return false; // not a photo figure: its content is read as ordinary blocks
  }
  const caption = dom.querySelector("figcaption");
  let text = "";
  let credit = "";
  if (caption) {
    const copy = caption.cloneNode(true);
    // What the editor writes (<small>), or the public page's own markup (<span class="credit">).
    const creditNode = copy.querySelector("small, .credit");
    if (creditNode) {
      credit = creditNode.textContent.trim();
      creditNode.remove();
    }
    text = copy.textContent.replace(/\s+/g, " ").trim();
  }
  const id = dom.getAttribute("data-photo-id");
  return {
    photoId: id && /^\d+$/.test(id) ? id : null,
    src: img.getAttribute("src") || "",
    alt: img.getAttribute("alt") || "",
    width: img.getAttribute("width"),
    height: img.getAttribute("height"),
    caption: text,
    credit,
  };
}

function attribute() {
  // Rendered by the node itself (renderHTML below), never copied onto <figure> as they are.
  return {default: null, rendered: false};
}

const PhotoFigure = Node.create({
  name: "photoFigure",
  group: "block",
  atom: true,
  draggable: true,
  selectable: true,
  // No raised extension priority: the first block type of the schema is what Enter and empty documents create.

  addOptions() {
    return {photos: []};
  },

  addAttributes() {
    return {
      photoId: attribute(), src: attribute(), alt: attribute(), width: attribute(), height: attribute(),
      caption: attribute(), credit: attribute(),
    };
  },

  parseHTML() {
    return [{tag: "figure", getAttrs: figureFromDom}];
  },

  renderHTML({node}) {
    const {photoId, src, alt, width, height, caption, credit} = node.attrs;
    const img = {src: src || "", alt: alt || ""};
    if (width && height) {
      img.width = width;
      img.height = height;
    }
    const children = [["img", img]];
    if (caption || credit) {
      const parts = [caption || ""];
      if (credit) {
        parts.push(" ", ["small", {}, credit]);
      }
      children.push(["figcaption", {}, ...parts]);
    }
    return ["figure", photoId ? {"data-photo-id": String(photoId)} : {}, ...children];
  },

  addCommands() {
    return {
      insertPhoto: (photo) => ({commands}) => commands.insertContent({
        type: this.name,
        attrs: {
          photoId: String(photo.id), src: photo.src, alt: photo.alt, width: String(photo.width),
          height: String(photo.height), caption: photo.caption, credit: photo.credit,
        },
      }),
    };
  },

  addMenuItems({buttons, menu}) {
    const photos = this.options.photos;
    menu.defineItem({
      name: "insertPhoto",
      groups: "photos",
      button: buttons.text("Chèn ảnh", "Chèn một ảnh của bài vào giữa các đoạn"),
      command(editor) {
        choosePhoto(editor, photos);
      },
    });
  },
});

// The link dialog's optional title comes back as "" when left empty; no title="" in the stored body then.
const QuietLink = Link.extend({
  addAttributes() {
    return {
      ...this.parent?.(),
      title: {default: null, renderHTML: (attrs) => (attrs.title ? {title: attrs.title} : {})},
    };
  },
});

function element(tag, className, text) {
  const node = document.createElement(tag);
  if (className) {
    node.className = className;
  }
  if (text) {
    node.textContent = text;
  }
  return node;
}

function placedIds(editor) {
  const ids = new Set();
  editor.state.doc.descendants((node) => {
    if (node.type.name === "photoFigure" && node.attrs.photoId) {
      ids.add(String(node.attrs.photoId));
    }
  });
  return ids;
}

function choosePhoto(editor, photos) {
  const dialog = element("dialog", "prose-editor-dialog body-editor-photos");
  dialog.setAttribute("aria-labelledby", "body-editor-photos-title");
  const title = element("h3", "prose-editor-dialog-title", "Chèn ảnh vào nội dung");
  title.id = "body-editor-photos-title";
  dialog.append(title);
  if (!photos.length) {
    dialog.append(element("p", "body-editor-photos__empty",
      "Bài chưa có ảnh nào đã lưu. Hãy thêm ảnh ở mục “Ảnh” bên dưới, bấm “Lưu và tiếp tục sửa”, " +
      "rồi chèn ảnh vào nội dung."));
  } else {
    dialog.append(element("p", "body-editor-photos__help",
      "Ảnh được chèn ở vị trí con trỏ, giữa hai đoạn. Chú thích và nguồn ảnh lấy từ mục “Ảnh”."));
    const placed = placedIds(editor);
    const list = element("ul", "body-editor-photos__list");
    for (const photo of photos) {
      const button = element("button", "body-editor-photos__choice");
      button.type = "button";
      const thumb = element("img");
      thumb.src = photo.thumb;
      thumb.alt = "";
      button.append(thumb, element("span", "body-editor-photos__caption", photo.caption));
      if (placed.has(String(photo.id))) {
        button.append(element("span", "body-editor-photos__placed", "Đã có trong nội dung"));
      }
      button.addEventListener("click", () => {
        dialog.close();
        editor.chain().focus().insertPhoto(photo).run();
      });
      const item = element("li");
      item.append(button);
      list.append(item);
    }
    dialog.append(list);
  }
  const close = element("button", "", "Đóng");
  close.type = "button";
  close.addEventListener("click", () => dialog.close());
  const buttons = element("div", "prose-editor-dialog-buttons");
  buttons.append(close);
  dialog.append(buttons);
  dialog.addEventListener("close", () => dialog.remove());
  editor.view.dom.parentElement.append(dialog);
  dialog.showModal();
}

function translateMenu(root) {
  for (const node of root.querySelectorAll(".prose-menubar [title], .prose-menubar [aria-label]")) {
    const key = node.getAttribute("title") || node.getAttribute("aria-label");
    if (UNOFFERED.has(key)) {
      node.classList.add("body-editor-unoffered");
    }
    if (Object.prototype.hasOwnProperty.call(TITLES, key)) {
      node.setAttribute("title", TITLES[key]);
      node.setAttribute("aria-label", TITLES[key]);
    }
  }
  // The block type picker lists its options as text ("paragraph", "Heading 2").
  for (const node of root.querySelectorAll(".prose-menubar__picker *, .prose-menubar__selected *")) {
    if (node.children.length === 0 && Object.prototype.hasOwnProperty.call(TITLES, node.textContent)) {
      if (UNOFFERED.has(node.textContent)) {
        node.classList.add("body-editor-unoffered");
      }
      node.textContent = TITLES[node.textContent];
    }
  }
}

function readPhotos(textarea) {
  try {
    const photos = JSON.parse(textarea.dataset.photos || "[]");
    return Array.isArray(photos) ? photos : [];
  } catch {
    return [];
  }
}

function createBodyEditor(textarea) {
  if (textarea.closest(".prose-editor")) {
    return null;
  }
  const wrapper = element("div", "prose-editor body-editor");
  textarea.before(wrapper);
  wrapper.append(textarea);
  const label = document.querySelector(`label[for="${textarea.id}"]`);
  const editor = new Editor({
    element: wrapper,
    injectCSS: false,
    content: textarea.value,
    editorProps: {
      transformPastedHTML: cleanWordHtml,
      attributes: {
        "aria-label": label ? label.textContent.replace(/:$/, "").trim() : "Nội dung",
        "aria-multiline": "true",
        "role": "textbox",
      },
    },
    extensions: [
      Document, Paragraph, Text, HardBreak, Dropcursor, Gapcursor, History, TrailingNode,
      Bold, Italic, Underline, Strike, Subscript, Superscript,
      Heading.configure({levels: [2, 3, 4]}),
      BulletList, OrderedList, ListItem, Blockquote, HorizontalRule,
      QuietLink.configure({openOnClick: false, enableTarget: false, protocols: ["http", "https", "mailto"]}),
      Table, TableRow, TableHeader, TableCell,
      Placeholder.configure({placeholder: "Viết nội dung bài tại đây…"}),
      PhotoFigure.configure({photos: readPhotos(textarea)}),
      Menu.configure({
        groups: [
          {group: "blockType -lists", type: "dropdown", minItems: 2},
          {group: "lists"},
          {group: "nodes -blockType -lists"},
          {group: "marks"},
          {group: "link"},
          {group: "photos"},
          {group: "table"},
          {group: "history"},
        ],
      }),
    ],
    onUpdate({editor: current}) {
      const html = current.getHTML();
      textarea.value = /^<(\w+)(\s[^>]*)?><\/\1>$/i.test(html) ? "" : html;
      textarea.dispatchEvent(new Event("input", {bubbles: true}));
    },
  });
  translateMenu(wrapper);
  // Some menu parts (the block type picker) are built or refreshed later.
  new MutationObserver(() => translateMenu(wrapper)).observe(wrapper, {childList: true, subtree: true});
  wrapper.dataset.ready = "true";
  return editor;
}

for (const textarea of document.querySelectorAll("textarea[data-body-editor]")) {
  createBodyEditor(textarea);
}
