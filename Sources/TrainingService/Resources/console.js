// The console's only script: it makes two pages quicker, and every page works without it.
"use strict";

// Attendance (Điểm danh): a tap sends its mark in the background and the page stays at the name. A mark that
// does not reach the server (a slow or lost connection at the hall's door) is kept on the row, shown as not
// saved, and sent again when the connection comes back or the row is tapped again.
function markAttendance(form, button) {
  const row = form.closest("li");
  const state = document.getElementById("save-state");
  const body = new URLSearchParams(new FormData(form));
  body.set("status", button.value);
  row.classList.add("saving");
  const buttons = form.querySelectorAll("button[name=status]");
  buttons.forEach((other) => other.setAttribute("aria-pressed", String(other === button)));
  return fetch(form.action, {
    method: "POST", body, credentials: "same-origin", headers: { Accept: "application/json" },
  }).then((response) => {
    if (!response.ok) throw new Error(String(response.status));
    row.classList.remove("unsaved");
    row.removeAttribute("data-pending");
    updateCount();
    if (!document.querySelector("li.unsaved")) state.textContent = "";
  }).catch(() => {
    row.classList.add("unsaved");
    row.dataset.pending = button.value;
    // The words are the page's, in its language.
    state.textContent = state.dataset.unsaved;
  }).finally(() => row.classList.remove("saving"));
}

function updateCount() {
  const rows = document.querySelectorAll(".register li");
  const marked = Array.from(rows).filter((row) => row.querySelector('button[aria-pressed="true"]')).length;
  const count = document.getElementById("marked");
  if (count) count.textContent = marked + "/" + rows.length;
}

function retryPending() {
  document.querySelectorAll("li[data-pending]").forEach((row) => {
    const form = row.querySelector("form");
    const button = form.querySelector('button[value="' + row.dataset.pending + '"]');
    if (button) markAttendance(form, button);
  });
}

document.addEventListener("submit", (event) => {
  const form = event.target;
  if (!form.matches("form[data-mark]") || !event.submitter) return;
  event.preventDefault();
  markAttendance(form, event.submitter);
});
window.addEventListener("online", retryPending);

// Delegates (Đại biểu): the results follow the search box as the person types.
let searchTimer;
document.addEventListener("input", (event) => {
  const form = event.target.closest("form[data-live-search]");
  if (!form) return;
  clearTimeout(searchTimer);
  searchTimer = setTimeout(() => {
    const url = form.action + "?" + new URLSearchParams(new FormData(form));
    fetch(url, { credentials: "same-origin" }).then((response) => response.text()).then((html) => {
      const fresh = new DOMParser().parseFromString(html, "text/html").getElementById("results");
      const results = document.getElementById("results");
      if (fresh && results) results.replaceWith(fresh);
      history.replaceState(null, "", url);
    }).catch(() => {});
  }, 250);
});
