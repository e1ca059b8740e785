// Saves an entry as soon as it is chosen or typed (the page also works without this script):
// the step page's answers and notes, and the coordinator's agreed answers in the team view.
// Each [data-question] element of form[data-autosave] is one entry; all its named fields are
// sent. A choice is saved at once, typing after a short pause, and whatever is still waiting
// when the page is left or hidden. One save per entry at a time: a change while a save is on its
// way is sent after it, so the last state is the one that stays. "Saved" only when the server
// says so. The texts come from the page (data attributes of the script element, in django.po).
// The server may answer with the consensus states of the questions and the open divergences
// (team view), which are then shown without reloading the page.
(function () {
  "use strict";
  var text = document.currentScript.dataset;
  var form = document.querySelector("form[data-autosave]");
  if (!form || !window.fetch) { return; }
  var url = form.getAttribute("data-autosave");
  var token = form.querySelector("input[name=csrfmiddlewaretoken]").value;
  var TYPING_PAUSE = 800;
  var busy = {};     // entry id -> a save is on its way
  var again = {};    // entry id -> changed again meanwhile
  var timers = {};   // entry id -> a save waits for the typing to pause

  Array.prototype.forEach.call(form.querySelectorAll("[data-no-js]"), function (element) {
    element.hidden = true;  // buttons that only the page without JavaScript needs
  });

  function firstError(data) {
    var errors = (data && data.errors) || {};
    for (var key in errors) {
      if (errors[key] && errors[key].length) { return errors[key][0].message || errors[key][0]; }
    }
    return "";
  }

  function entryBody(entry, extra) {
    var body = new URLSearchParams();
    body.append("question", entry.getAttribute("data-question"));
    Array.prototype.forEach.call(entry.querySelectorAll("input, select, textarea"), function (el) {
      if (!el.name || el.type === "submit" || el.type === "button") { return; }
      if ((el.type === "radio" || el.type === "checkbox") && !el.checked) { return; }
      body.append(el.name, el.value);
    });
    for (var key in (extra || {})) { body.append(key, extra[key]); }
    return body;
  }

  function showStates(data) {
    var states = (data && data.states) || {};
    for (var id in states) {
      var badge = document.getElementById("state-" + id);
      if (!badge) { continue; }
      badge.setAttribute("data-state", states[id].state);
      badge.querySelector(".state-text").textContent = states[id].text;
      var row = document.getElementById("question-" + id);
      if (row) {
        row.className = "state-" + states[id].state;
        var hint = row.querySelector(".suggestion");
        if (hint) { hint.hidden = states[id].state !== "unanimous"; }
      }
    }
    var count = document.querySelector("[data-open-count]");
    if (count && data && data.open_text) { count.textContent = data.open_text; }
  }

  function post(body, keepalive) {
    return fetch(url, {method: "POST", body: body, credentials: "same-origin", redirect: "error",
                       keepalive: !!keepalive,
                       headers: {"X-CSRFToken": token, "Accept": "application/json"}});
  }

  function report(status, response, data) {
    if (response.ok && data.saved === true) {
      status.textContent = text.saved;
    } else {
      var message = firstError(data);
      status.textContent = message ? text.notSaved + " " + message : text.failed;
    }
  }

  function save(entry, extra, keepalive) {
    var id = entry.getAttribute("data-question");
    var status = entry.querySelector(".autosave-status");
    clearTimeout(timers[id]);
    delete timers[id];
    if (busy[id]) { again[id] = true; return; }
    busy[id] = true;
    status.textContent = text.saving;
    post(entryBody(entry, extra), keepalive)
      .then(function (response) {
        return response.json().catch(function () { return {}; }).then(function (data) {
          report(status, response, data);
          showStates(data);
          var clear = entry.querySelector("[data-clear]");
          if (clear && response.ok) { clear.hidden = !entry.querySelector("input[type=radio]:checked"); }
        });
      })
      .catch(function () {
        status.textContent = text.offline;
      })
      .then(function () {
        busy[id] = false;
        if (again[id]) { again[id] = false; save(entry); }
      });
  }

  function entryOf(element) { return element.closest("[data-question]"); }

  form.addEventListener("change", function (event) {
    var entry = entryOf(event.target);
    if (entry) { save(entry); }
  });

  form.addEventListener("input", function (event) {
    var entry = entryOf(event.target);
    if (!entry || !event.target.matches("textarea, input[type=text]")) { return; }
    var id = entry.getAttribute("data-question");
    clearTimeout(timers[id]);
    timers[id] = setTimeout(function () { save(entry); }, TYPING_PAUSE);
  });

  function flush() {  // the page is left or hidden: send what still waits for a typing pause
    for (var id in timers) {
      var entry = form.querySelector("[data-question='" + id + "']");
      if (entry) { save(entry, null, true); }
    }
  }
  window.addEventListener("pagehide", flush);
  document.addEventListener("visibilitychange", function () {
    if (document.visibilityState === "hidden") { flush(); }
  });

  form.addEventListener("click", function (event) {
    var clear = event.target.closest("[data-clear]");
    if (clear) {  // "Remove answer": the question is open again, its note stays
      event.preventDefault();
      var entry = entryOf(clear);
      Array.prototype.forEach.call(entry.querySelectorAll("input[type=radio]"), function (radio) {
        radio.checked = false;
      });
      save(entry, {clear: entry.getAttribute("data-question")});
      entry.querySelector("input[type=radio]").focus();
      return;
    }
    var bulk = event.target.closest("[data-bulk]");
    if (bulk) {  // one action for the whole form (e.g. take all unanimous answers)
      event.preventDefault();
      var status = document.querySelector("[data-open-count]");
      var body = new URLSearchParams(new FormData(form));
      body.append(bulk.name, bulk.value);
      post(body)
        .then(function (response) {
          return response.json().catch(function () { return {}; }).then(function (data) {
            showStates(data);
            Array.prototype.forEach.call(form.querySelectorAll(".autosave-status"), function (s) {
              s.textContent = "";
            });
            if (!(response.ok && data.saved === true) && status) {
              var message = firstError(data);
              status.textContent = message ? text.notSaved + " " + message : text.failed;
            }
          });
        })
        .catch(function () { if (status) { status.textContent = text.offline; } });
    }
  });
})();
