// Saves an answer as soon as it is chosen (the page also works without this script).
// One save per question at a time: a change while a save is on its way is sent after it, so the
// last choice is the one that stays. "Saved" only when the server says so. The texts come from the
// page (data attributes of the script element, translated in django.po).
(function () {
  "use strict";
  var text = document.currentScript.dataset;
  var form = document.querySelector("form[data-autosave]");
  if (!form || !window.fetch) { return; }
  var url = form.getAttribute("data-autosave");
  var token = form.querySelector("input[name=csrfmiddlewaretoken]").value;
  var busy = {};     // question id -> a save is on its way
  var again = {};    // question id -> changed again meanwhile

  function firstError(data) {
    var errors = (data && data.errors) || {};
    for (var key in errors) {
      if (errors[key] && errors[key].length) { return errors[key][0].message || errors[key][0]; }
    }
    return "";
  }

  function save(fieldset) {
    var id = fieldset.getAttribute("data-question");
    var status = fieldset.querySelector(".autosave-status");
    var chosen = fieldset.querySelector("input[type=radio]:checked");
    if (!chosen) { return; }
    if (busy[id]) { again[id] = true; return; }
    busy[id] = true;
    var body = new URLSearchParams();
    body.append("question", id);
    body.append("q" + id, chosen.value);
    body.append("note" + id, fieldset.querySelector("textarea").value);
    status.textContent = text.saving;
    fetch(url, {method: "POST", body: body, credentials: "same-origin", redirect: "error",
                headers: {"X-CSRFToken": token, "Accept": "application/json"}})
      .then(function (response) {
        return response.json().catch(function () { return {}; }).then(function (data) {
          if (response.ok && data.saved === true) {
            status.textContent = text.saved;
          } else {
            var message = firstError(data);
            status.textContent = message ? text.notSaved + " " + message : text.failed;
          }
        });
      })
      .catch(function () {
        status.textContent = text.offline;
      })
      .then(function () {
        busy[id] = false;
        if (again[id]) { again[id] = false; save(fieldset); }
      });
  }

  form.addEventListener("change", function (event) {
    var fieldset = event.target.closest("fieldset[data-question]");
    if (fieldset) { save(fieldset); }
  });
})();
