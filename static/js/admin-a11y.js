// Accessible names for inputs that Django's admin and its widgets leave without one (WCAG 4.1.2,
// BITV 2.0): the rich-text editor (ProseMirror), autocomplete boxes (select2), file inputs inside
// a fieldset, and the inputs of tabular inlines and editable lists. Each gets the text of its
// field's label, legend or column heading. Runs again when widgets appear later (editors start,
// inline rows are added).
(function () {
  "use strict";
  var counter = 0;

  function text(element) {
    return element ? element.textContent.replace(/[:*]\s*$/, "").trim() : "";
  }

  function idOf(element) {
    if (!element.id) { counter += 1; element.id = "a11y-name-" + counter; }
    return element.id;
  }

  function named(element) {
    return element.hasAttribute("aria-label") || element.hasAttribute("aria-labelledby") ||
      (element.id && document.querySelector('label[for="' + element.id + '"]'));
  }

  function labelOfField(element) {
    var row = element.closest(".form-row, .fieldBox");
    var select = row && row.querySelector("select[id], textarea[id]");
    var label = select && document.querySelector('label[for="' + select.id + '"]');
    return label || (row && row.querySelector("label, legend"));
  }

  function nameAll() {
    document.querySelectorAll(
      ".ProseMirror[contenteditable], .select2-selection[role=combobox], " +
      ".select2-selection__rendered[role=textbox], .select2-search__field, fieldset input[type=file]"
    ).forEach(function (element) {
      var label = labelOfField(element);
      if (!label) { return; }
      var current = element.getAttribute("aria-labelledby") || "";
      if (element.matches(".select2-selection") && current.indexOf(idOf(label)) === -1) {
        // select2 names the box by its current value only, which is empty before a choice
        element.setAttribute("aria-labelledby", (idOf(label) + " " + current).trim());
      } else if (!named(element)) {
        element.setAttribute("aria-labelledby", idOf(label));
      }
    });
    document.querySelectorAll(".tabular table, table#result_list").forEach(function (table) {
      var headings = table.querySelectorAll("thead th");
      table.querySelectorAll("tbody tr").forEach(function (row) {
        row.querySelectorAll("td").forEach(function (cell) {
          var heading = headings[cell.cellIndex];
          cell.querySelectorAll("input:not([type=hidden]), select, textarea").forEach(function (input) {
            if (!named(input) && text(heading)) { input.setAttribute("aria-label", text(heading)); }
          });
        });
      });
    });
  }

  function start() {
    nameAll();
    new MutationObserver(nameAll).observe(document.body, {childList: true, subtree: true});
  }

  if (document.readyState === "loading") { document.addEventListener("DOMContentLoaded", start); }
  else { start(); }
})();
