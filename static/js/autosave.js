// Saves an answer as soon as it is chosen (the page also works without this script).
(function () {
  "use strict";
  var form = document.querySelector("form[data-autosave]");
  if (!form || !window.fetch) { return; }
  var url = form.getAttribute("data-autosave");
  var token = form.querySelector("input[name=csrfmiddlewaretoken]").value;

  function save(fieldset) {
    var id = fieldset.getAttribute("data-question");
    var status = fieldset.querySelector(".autosave-status");
    var chosen = fieldset.querySelector("input[type=radio]:checked");
    if (!chosen) { return; }
    var body = new URLSearchParams();
    body.append("question", id);
    body.append("q" + id, chosen.value);
    body.append("note" + id, fieldset.querySelector("textarea").value);
    status.textContent = "Wird gespeichert …";
    fetch(url, {method: "POST", body: body, credentials: "same-origin",
                headers: {"X-CSRFToken": token}})
      .then(function (response) {
        status.textContent = response.ok ? "Gespeichert." : "Nicht gespeichert – bitte mit der Schaltfläche unten speichern.";
      })
      .catch(function () {
        status.textContent = "Keine Verbindung – bitte mit der Schaltfläche unten speichern.";
      });
  }

  form.addEventListener("change", function (event) {
    var fieldset = event.target.closest("fieldset[data-question]");
    if (fieldset) { save(fieldset); }
  });
})();
