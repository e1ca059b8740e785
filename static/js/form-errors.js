// After a form comes back with errors, move the focus to the error summary so that screen
// reader and phone users notice it (the summary links to each field).
document.addEventListener("DOMContentLoaded", function () {
  var summary = document.getElementById("form-errors");
  if (summary) { summary.focus(); }
});
