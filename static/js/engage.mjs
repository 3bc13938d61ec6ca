// Starts GOV.UK Frontend components and the inactivity warning. Pages work without it.
import { initAll } from "../dist/govuk-frontend.min.js";

initAll();

function startTimeoutWarning(dialog) {
  const idle = Number(dialog.dataset.idleSeconds) * 1000;
  const warning = Number(dialog.dataset.warningSeconds) * 1000;
  let warnTimer;
  let outTimer;

  function schedule() {
    clearTimeout(warnTimer);
    clearTimeout(outTimer);
    warnTimer = setTimeout(() => {
      if (typeof dialog.showModal === "function" && !dialog.open) dialog.showModal();
    }, Math.max(idle - warning, 0));
    outTimer = setTimeout(() => {
      window.location.assign(dialog.dataset.timedOutUrl);
    }, idle);
  }

  async function stay() {
    const body = new URLSearchParams({ csrf_token: dialog.dataset.csrfToken });
    const response = await fetch(dialog.dataset.keepAliveUrl, {
      method: "POST",
      body,
      credentials: "same-origin",
    });
    if (response.ok) {
      dialog.close();
      schedule();
    } else {
      window.location.assign(dialog.dataset.timedOutUrl);
    }
  }

  document.getElementById("timeout-stay").addEventListener("click", stay);
  dialog.addEventListener("cancel", (event) => {
    event.preventDefault();
    stay();
  });
  schedule();
}

const dialog = document.getElementById("timeout-warning");
if (dialog) startTimeoutWarning(dialog);
