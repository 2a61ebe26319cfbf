// Vietnamese for the strings django-prose-editor passes through gettext (its dialogs). The package ships no
// Vietnamese catalogue, and its bundle reads window.gettext once, when the module is evaluated: this classic
// script runs first (modules are deferred), after the admin's own catalogue (jsi18n) has defined gettext.
(function () {
  "use strict";
  const labels = {
    "Update": "Cập nhật",
    "Insert": "Chèn",
    "Cancel": "Hủy",
    "URL": "Địa chỉ liên kết",
    "Title": "Mô tả khi rê chuột (không bắt buộc)",
    "Edit Link": "Liên kết",
    "Open in new window": "Mở trong cửa sổ mới",
    "Insert Table": "Chèn bảng",
    "Table Properties": "Thuộc tính bảng",
    "Rows": "Số hàng",
    "Columns": "Số cột",
    "Include header row": "Có hàng tiêu đề",
    "List properties": "Thuộc tính danh sách",
    "List type": "Kiểu đánh số",
    "Start at": "Bắt đầu từ",
    "Decimal numbers": "Số 1, 2, 3",
    "Lowercase letters": "Chữ a, b, c",
    "Uppercase letters": "Chữ A, B, C",
    "Lowercase Roman numerals": "Số La Mã i, ii, iii",
    "Uppercase Roman numerals": "Số La Mã I, II, III",
    "Bullets": "Dấu chấm",
    "Toggle fullscreen": "Toàn màn hình",
    "Caption": "Chú thích",
    "Alternative Text": "Mô tả ảnh",
  };
  const base = window.gettext;
  window.gettext = function (text) {
    if (Object.prototype.hasOwnProperty.call(labels, text)) {
      return labels[text];
    }
    return base ? base(text) : text;
  };
})();
