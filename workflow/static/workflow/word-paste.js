// Paste from Word into the body editor: keep paragraphs, bold, italic, lists and links; drop the rest.
//
// Word puts a list on the clipboard as paragraphs styled "mso-list" whose bullet or number is text in a span
// marked "mso-list:Ignore", and wraps everything in fonts, colours, classes and <o:p> elements. ProseMirror would
// keep those paragraphs as paragraphs (with "·" typed in them), so the list is rebuilt here before it parses the
// HTML. Anything that is not Word's is returned as it came. The server's allow-list still cleans what is saved.

const WORD = /urn:schemas-microsoft-com:office|class="?Mso|mso-list/i;
const NUMBERED = /^\(?([0-9]{1,3}|[a-zA-Z]|[ivxlcdmIVXLCDM]{1,5})[.)]$/;

function unwrap(element) {
  element.replaceWith(...element.childNodes);
}

function isListParagraph(p) {
  return /mso-list:\s*l\d/i.test(p.getAttribute("style") || "") || /MsoListParagraph/i.test(p.className || "");
}

function rebuildLists(doc) {
  let list = null;
  for (const p of Array.from(doc.body.querySelectorAll("p"))) {
    if (!isListParagraph(p)) {
      list = null;
      continue;
    }
    const marker = Array.from(p.querySelectorAll("span")).find(
      (span) => /mso-list:\s*ignore/i.test(span.getAttribute("style") || ""));
    const markerText = marker ? marker.textContent.replace(/\u00a0/g, " ").trim() : "";
    if (marker) marker.remove();
    const kind = NUMBERED.test(markerText) ? "ol" : "ul";
    if (!list || list.tagName.toLowerCase() !== kind || p.previousElementSibling !== list) {
      list = doc.createElement(kind);
      p.before(list);
    }
    const item = doc.createElement("li");
    const paragraph = doc.createElement("p");
    paragraph.append(...p.childNodes);
    item.append(paragraph);
    list.append(item);
    p.remove();
  }
}

export function cleanWordHtml(html) {
  if (!WORD.test(html)) return html;
  const doc = new DOMParser().parseFromString(html, "text/html");
  // Conditional comments ("<![if !supportLists]>") and fragment markers are comments once parsed.
  const comments = doc.createTreeWalker(doc.body, NodeFilter.SHOW_COMMENT);
  const found = [];
  while (comments.nextNode()) found.push(comments.currentNode);
  found.forEach((node) => node.remove());
  doc.body.querySelectorAll("style, script, meta, link, xml").forEach((node) => node.remove());
  rebuildLists(doc);
  // Word's own elements (<o:p>, <w:…>) and font wrappers carry no text formatting of their own.
  Array.from(doc.body.querySelectorAll("*"))
    .filter((el) => el.tagName.includes(":") || el.tagName.toLowerCase() === "font")
    .forEach(unwrap);
  doc.body.querySelectorAll("*").forEach((el) => {
    for (const name of ["style", "class", "lang", "align", "face", "color", "size", "width", "height"]) {
      el.removeAttribute(name);
    }
  });
  return doc.body.innerHTML;
}
