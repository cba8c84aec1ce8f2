// Progressive enhancement only: every page works without this script.
document.addEventListener("DOMContentLoaded", () => {
  // Move focus to the error summary so screen-reader and keyboard users hear what went wrong.
  const samenvatting = document.querySelector(".foutsamenvatting");
  if (samenvatting) {
    samenvatting.setAttribute("tabindex", "-1");
    samenvatting.focus();
  }
  // Confirm destructive actions declared with data-bevestig.
  document.querySelectorAll("form[data-bevestig]").forEach((form) => {
    form.addEventListener("submit", (e) => {
      if (!window.confirm(form.dataset.bevestig)) e.preventDefault();
    });
  });
});
