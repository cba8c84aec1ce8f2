package nl.toezicht.meldingen;

import static nl.toezicht.Autorisatiematrix.MEDEWERKERS;
import static nl.toezicht.Autorisatiematrix.deur;
import static nl.toezicht.toegang.Rol.ANALIST;
import static nl.toezicht.toegang.Rol.BEHEERDER;
import static nl.toezicht.toegang.Rol.INSPECTEUR;
import static nl.toezicht.toegang.Rol.INTAKE;
import static nl.toezicht.toegang.Rol.JURIST;
import static nl.toezicht.toegang.Rol.ZORGAANBIEDER;

import java.util.List;
import java.util.Map;
import nl.toezicht.Autorisatiematrix;
import nl.toezicht.Autorisatiematrix.Deur;
import nl.toezicht.Autorisatiematrix.Doel;

/** The rows of the authorisation matrix for module meldingen: the public forms and status link, notifications for staff, the provider portal (docs/toegang.md, "The authorisation matrix"). */
class MeldingenDeuren implements Autorisatiematrix.Bijdrage {

    @Override
    public void deuren(List<Deur> d) {
        // public: the citizen's and provider's forms, the status link, intake through the API
        d.add(deur("GET /", Doel.GEEN).openbaar());
        d.add(deur("GET /melden", Doel.GEEN).openbaar());
        d.add(deur("GET /melden/burger", Doel.GEEN).openbaar());
        d.add(deur("POST /melden/burger", Doel.GEEN).openbaar().formulier(o -> Map.of("omschrijving", "")));
        d.add(deur("GET /melden/zorgaanbieder", Doel.GEEN).openbaar());
        d.add(deur("POST /melden/zorgaanbieder", Doel.GEEN).openbaar().formulier(o -> Map.of("omschrijving", "")));
        d.add(deur("GET /melden/ontvangen", Doel.GEEN).openbaar());
        d.add(deur("GET /status/{token}", Doel.STATUSLINK).openbaar());
        d.add(deur("POST /api/v1/meldingen", Doel.GEEN).openbaar().body(o -> Autorisatiematrix.meldingJson()));

        // notifications (staff): need-to-know per department, analysts pseudonymised
        d.add(deur("GET /meldingen", Doel.GEEN).mag(MEDEWERKERS));
        d.add(deur("GET /api/v1/meldingen", Doel.GEEN).mag(MEDEWERKERS));
        d.add(deur("GET /meldingen/{id}", Doel.MELDING)
                .mag(INTAKE, BEHEERDER, ANALIST)
                .eigen(INSPECTEUR, JURIST));
        d.add(deur("GET /api/v1/meldingen/{id}", Doel.MELDING)
                .mag(INTAKE, BEHEERDER, ANALIST)
                .eigen(INSPECTEUR, JURIST));
        // attachments may show the patient: only roles that may see identities
        d.add(deur("GET /api/v1/meldingen/{id}/bijlagen/{bijlageId}", Doel.BIJLAGE)
                .mag(INTAKE)
                .eigen(INSPECTEUR, JURIST));
        d.add(deur("POST /meldingen/{id}/zorgaanbieder", Doel.MELDING)
                .mag(INTAKE, BEHEERDER)
                .formulier(o -> Map.of("zorgaanbiederId", o.zorgaanbieder().toString())));
        d.add(deur("POST /api/v1/meldingen/{id}/zorgaanbieder", Doel.MELDING)
                .mag(INTAKE, BEHEERDER)
                .body(o -> "{\"zorgaanbiederId\":\"" + o.zorgaanbieder() + "\"}"));

        // the provider portal
        d.add(deur("GET /mijn-meldingen", Doel.GEEN).mag(ZORGAANBIEDER));
        d.add(deur("GET /api/v1/mijn-meldingen", Doel.GEEN).mag(ZORGAANBIEDER));
        d.add(deur("GET /mijn-meldingen/{id}", Doel.MELDING).eigen(ZORGAANBIEDER));
        d.add(deur("GET /api/v1/mijn-meldingen/{id}", Doel.MELDING).eigen(ZORGAANBIEDER));
    }
}
