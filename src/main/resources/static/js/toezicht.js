// Progressive enhancement only: every page works without this script.
document.addEventListener("DOMContentLoaded", () => {
  // Move focus to the error summary so screen-reader and keyboard users hear what went wrong.
  const samenvatting = document.querySelector(".foutsamenvatting");
  if (samenvatting) {
    samenvatting.setAttribute("tabindex", "-1");
    samenvatting.focus();
  }
  // A field asked for only after another answer: shown once the box it depends on is ticked.
  document.querySelectorAll("[data-zichtbaar-met]").forEach((veld) => {
    const vinkje = document.getElementById(veld.dataset.zichtbaarMet);
    if (!vinkje) return;
    const toon = () => { veld.hidden = !vinkje.checked; };
    vinkje.addEventListener("change", toon);
    toon();
  });
  // A file over the limit would make the whole form too large to send: say so on the field before
  // sending, so nothing typed is lost (the server refuses such files too).
  document.querySelectorAll("input[type=file][data-max-grootte]").forEach((invoer) => {
    const form = invoer.form;
    if (!form) return;
    form.addEventListener("submit", (e) => {
      const max = Number(invoer.dataset.maxGrootte);
      const teGroot = Array.from(invoer.files || []).filter((f) => f.size > max);
      if (teGroot.length === 0) return;
      e.preventDefault();
      const teksten = teGroot.map((f) => invoer.dataset.teGroot.replace("{0}", f.name));
      const veld = invoer.closest(".veld");
      veld.classList.add("met-fout");
      let fout = document.getElementById(invoer.id + "-fout");
      if (!fout) {
        fout = document.createElement("span");
        fout.className = "foutmelding";
        fout.id = invoer.id + "-fout";
        veld.insertBefore(fout, invoer);
      }
      fout.textContent = teksten.join(" ");
      invoer.setAttribute("aria-invalid", "true");
      invoer.setAttribute("aria-describedby", fout.id + " " + invoer.id + "-hint");
      let samenvatting = form.querySelector(".foutsamenvatting");
      if (!samenvatting) {
        samenvatting = document.createElement("div");
        samenvatting.className = "foutsamenvatting";
        samenvatting.setAttribute("role", "alert");
        samenvatting.setAttribute("tabindex", "-1");
        const kop = document.createElement("h2");
        kop.textContent = invoer.dataset.foutKop;
        samenvatting.appendChild(kop);
        samenvatting.appendChild(document.createElement("ul"));
        form.insertBefore(samenvatting, form.firstChild);
      }
      const lijst = samenvatting.querySelector("ul") || samenvatting.appendChild(document.createElement("ul"));
      lijst.querySelectorAll("li[data-bestand]").forEach((li) => li.remove());
      teksten.forEach((t) => {
        const li = document.createElement("li");
        li.dataset.bestand = "";
        const a = document.createElement("a");
        a.href = "#" + invoer.id;
        a.textContent = t;
        li.appendChild(a);
        lijst.appendChild(li);
      });
      samenvatting.focus();
    });
  });
  // Confirm destructive actions declared with data-bevestig.
  document.querySelectorAll("form[data-bevestig]").forEach((form) => {
    form.addEventListener("submit", (e) => {
      if (!window.confirm(form.dataset.bevestig)) e.preventDefault();
    });
  });
  // "All on this page" ticks the rows' boxes too (the server takes the page's cases from it without script).
  document.querySelectorAll("input[type=checkbox][data-kies-alle]").forEach((alle) => {
    const vakjes = () => document.querySelectorAll(
      "input[type=checkbox][name='" + alle.dataset.kiesAlle + "'][form='" + alle.form.id + "']");
    alle.addEventListener("change", () => vakjes().forEach((v) => { v.checked = alle.checked; }));
    // one box unticked: no longer all of the page
    vakjes().forEach((v) => v.addEventListener("change", () => { if (!v.checked) alle.checked = false; }));
  });
});
