// Fieldwork on a tablet (docs/inspecties.md "Fieldwork"): each norm's form saves itself while the inspector types
// and chooses, through the API, with an Idempotency-Key per version of the content. A save that gets no answer
// (no network, a server error) is retried with the same key until it gets one, so a save that did arrive is not
// stored twice; what is not saved yet is shown at the norm and at the top. Without this script the forms post.
(() => {
  "use strict";

  const nieuweSleutel = () => {
    if (window.crypto && crypto.randomUUID) return crypto.randomUUID();
    const b = crypto.getRandomValues(new Uint8Array(16));
    b[6] = (b[6] & 0x0f) | 0x40;
    b[8] = (b[8] & 0x3f) | 0x80;
    const h = Array.from(b, (x) => x.toString(16).padStart(2, "0")).join("");
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
  };

  document.addEventListener("DOMContentLoaded", () => {
    const formulieren = Array.from(document.querySelectorAll("form.bevindingformulier[data-api]"));
    if (formulieren.length === 0) return;
    const samenvatting = document.getElementById("opslagstatus");
    const open = new Set();
    const opnieuw = [];

    const toonSamenvatting = () => {
      if (!samenvatting) return;
      samenvatting.hidden = false;
      samenvatting.dataset.aantal = String(open.size);
      samenvatting.classList.toggle("open", open.size > 0);
      samenvatting.textContent = open.size === 0
        ? samenvatting.dataset.alles
        : samenvatting.dataset.sjabloon.replace("{0}",
            Array.from(open, (f) => f.querySelector("input[name=normCode]").value).join(", "));
    };

    formulieren.forEach((form) => {
      const status = form.querySelector(".opslagstatus-norm");
      const csrf = form.querySelector("input[name=_csrf]");
      const tekstveld = form.querySelector("textarea[name=onderbouwing]");
      const inhoud = () => {
        const gekozen = form.querySelector("input[name=score]:checked");
        return JSON.stringify({ score: gekozen ? gekozen.value : null, onderbouwing: tekstveld.value });
      };
      let bewaard = inhoud();
      let onderweg = null; // { inhoud, sleutel }: kept until the server answers, then retried as it was
      let bezig = false;
      let wekker = null;
      let poging = 0;

      const zet = (tekst, staat) => {
        status.hidden = false;
        status.textContent = tekst;
        status.dataset.staat = staat;
        form.dataset.staat = staat;
      };

      const later = (ms) => {
        clearTimeout(wekker);
        wekker = setTimeout(bewaar, ms);
      };

      const gewijzigd = () => {
        if (inhoud() === bewaard && !onderweg) return;
        open.add(form);
        if (!bezig && form.dataset.staat !== "opnieuw") zet(form.dataset.wacht, "wacht");
        toonSamenvatting();
        if (form.dataset.staat !== "opnieuw") later(700);
      };

      async function bewaar() {
        if (bezig) return;
        const nu = inhoud();
        if (!onderweg && nu === bewaard) {
          open.delete(form);
          zet(form.dataset.bewaard, "bewaard");
          toonSamenvatting();
          return;
        }
        // a retry sends what went before under its own key; a new version of the text gets a new key
        if (!onderweg) onderweg = { inhoud: nu, sleutel: nieuweSleutel() };
        bezig = true;
        if (form.dataset.staat !== "opnieuw") zet(form.dataset.bezig, "bezig");
        let antwoord;
        try {
          antwoord = await fetch(form.dataset.api, {
            method: "PUT",
            credentials: "same-origin",
            headers: {
              "Content-Type": "application/json",
              Accept: "application/json",
              "Idempotency-Key": onderweg.sleutel,
              "X-CSRF-TOKEN": csrf ? csrf.value : "",
            },
            body: onderweg.inhoud,
          });
        } catch (e) {
          antwoord = null; // no answer: the network is gone
        }
        bezig = false;
        if (antwoord === null || antwoord.status >= 500 || antwoord.status === 408 || antwoord.status === 429) {
          poging += 1;
          zet(form.dataset.opnieuw, "opnieuw");
          later(Math.min(15000, 1000 * 2 ** Math.min(poging - 1, 4)));
          return;
        }
        poging = 0;
        const verstuurd = onderweg;
        onderweg = null;
        if (antwoord.ok) {
          bewaard = verstuurd.inhoud;
          if (inhoud() !== bewaard) {
            zet(form.dataset.wacht, "wacht");
            later(300);
            return;
          }
          open.delete(form);
          zet(form.dataset.bewaard, "bewaard");
          toonSamenvatting();
          return;
        }
        // refused (a rule, a field): say why and keep the text; the next change tries again
        let reden = "";
        try {
          const probleem = await antwoord.json();
          reden = probleem.detail || "";
        } catch (e) {
          reden = String(antwoord.status);
        }
        zet(`${form.dataset.fout} ${reden}`, "fout");
      }

      form.addEventListener("input", gewijzigd);
      form.addEventListener("change", gewijzigd);
      form.addEventListener("submit", (e) => {
        e.preventDefault();
        clearTimeout(wekker);
        bewaar();
      });
      opnieuw.push(() => {
        if (form.dataset.staat === "opnieuw") later(0);
      });
    });

    window.addEventListener("online", () => opnieuw.forEach((f) => f()));
    window.addEventListener("beforeunload", (e) => {
      if (open.size > 0) {
        e.preventDefault();
        e.returnValue = "";
      }
    });
  });
})();
