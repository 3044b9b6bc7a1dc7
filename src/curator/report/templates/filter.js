"use strict";
(function () {
  var list = document.getElementById("routes");
  if (!list) { return; }
  var routes = Array.prototype.slice.call(list.children);
  var flag = document.getElementById("flag-filter");
  var text = document.getElementById("text-filter");
  var shown = document.getElementById("shown");
  var none = document.getElementById("no-match");
  var chips = document.querySelectorAll("[data-filter-status]");
  var cards = document.querySelectorAll(".card[data-status]");
  var state = { status: "", flag: "", text: "" };

  function apply() {
    var count = 0;
    var words = state.text.toLowerCase().split(/\s+/).filter(Boolean);
    routes.forEach(function (li) {
      var ok = (!state.status || li.dataset.status === state.status) &&
        (!state.flag || li.dataset.codes.indexOf(" " + state.flag + " ") !== -1) &&
        words.every(function (w) { return li.dataset.text.indexOf(w) !== -1; });
      li.hidden = !ok;
      if (ok) { count += 1; }
    });
    shown.textContent = "Showing " + count + " of " + routes.length + " routes";
    none.hidden = count !== 0;
    chips.forEach(function (b) {
      b.setAttribute("aria-pressed", String(b.dataset.filterStatus === state.status));
    });
    cards.forEach(function (b) {
      b.setAttribute("aria-pressed", String(b.dataset.status === state.status));
    });
    var hash = [];
    if (state.status) { hash.push("status=" + encodeURIComponent(state.status)); }
    if (state.flag) { hash.push("flag=" + encodeURIComponent(state.flag)); }
    var wanted = hash.length ? "#" + hash.join("&") : "";
    if (location.hash !== wanted) {
      history.replaceState(null, "", wanted || location.pathname + location.search);
    }
  }

  function readHash() {
    location.hash.replace(/^#/, "").split("&").forEach(function (pair) {
      var parts = pair.split("=");
      var value = "";
      try { value = decodeURIComponent(parts[1] || ""); } catch (e) { return; }  // "#status=%"
      var known = Array.prototype.some.call(chips, function (b) {
        return b.dataset.filterStatus === value;
      });
      if (parts[0] === "status" && known) { state.status = value; }
      if (parts[0] === "flag" && flag.querySelector("option[value='" + CSS.escape(value) + "']")) {
        state.flag = value;
        flag.value = value;
      }
    });
  }

  chips.forEach(function (b) {
    b.addEventListener("click", function () { state.status = b.dataset.filterStatus; apply(); });
  });
  cards.forEach(function (b) {
    b.addEventListener("click", function () {
      state.status = state.status === b.dataset.status ? "" : b.dataset.status;
      apply();
      list.scrollIntoView({ behavior: "smooth", block: "start" });
    });
  });
  flag.addEventListener("change", function () { state.flag = flag.value; apply(); });
  text.addEventListener("input", function () { state.text = text.value; apply(); });
  readHash();
  apply();
}());
