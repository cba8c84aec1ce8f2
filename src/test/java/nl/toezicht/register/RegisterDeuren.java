package nl.toezicht.register;

import static nl.toezicht.Autorisatiematrix.IEDEREEN;
import static nl.toezicht.Autorisatiematrix.deur;
import static nl.toezicht.toegang.Rol.BEHEERDER;
import static nl.toezicht.toegang.Rol.INTAKE;

import java.util.List;
import java.util.Map;
import nl.toezicht.Autorisatiematrix;
import nl.toezicht.Autorisatiematrix.Deur;
import nl.toezicht.Autorisatiematrix.Doel;

/** The rows of the authorisation matrix for module register: the provider register (docs/toegang.md, "The authorisation matrix"). */
class RegisterDeuren implements Autorisatiematrix.Bijdrage {

    @Override
    public void deuren(List<Deur> d) {
        // the register: public information, read by every account; maintained by intake and administrators
        d.add(deur("GET /zorgaanbieders", Doel.GEEN).mag(IEDEREEN));
        d.add(deur("GET /zorgaanbieders/{id}", Doel.ZORGAANBIEDER).mag(IEDEREEN));
        d.add(deur("GET /api/v1/zorgaanbieders", Doel.GEEN).mag(IEDEREEN));
        d.add(deur("GET /api/v1/zorgaanbieders/{id}", Doel.ZORGAANBIEDER).mag(IEDEREEN));
        d.add(deur("GET /zorgaanbieders/nieuw", Doel.GEEN).mag(INTAKE, BEHEERDER));
        d.add(deur("POST /zorgaanbieders/nieuw", Doel.GEEN)
                .mag(INTAKE, BEHEERDER)
                .formulier(o -> Map.of()));
        d.add(deur("GET /zorgaanbieders/{id}/wijzigen", Doel.ZORGAANBIEDER).mag(INTAKE, BEHEERDER));
        d.add(deur("POST /zorgaanbieders/{id}/wijzigen", Doel.ZORGAANBIEDER)
                .mag(INTAKE, BEHEERDER)
                .formulier(o -> Map.of()));
        d.add(deur("GET /zorgaanbieders/import", Doel.GEEN).mag(INTAKE, BEHEERDER));
        d.add(deur("POST /zorgaanbieders/import", Doel.GEEN)
                .mag(INTAKE, BEHEERDER)
                .formulier(o -> Map.of()));
        d.add(deur("POST /api/v1/zorgaanbieders", Doel.GEEN)
                .mag(INTAKE, BEHEERDER)
                .body(o -> Autorisatiematrix.zorgaanbiederJson()));
        d.add(deur("PUT /api/v1/zorgaanbieders/{id}", Doel.ZORGAANBIEDER)
                .mag(INTAKE, BEHEERDER)
                .body(o -> Autorisatiematrix.zorgaanbiederJson()));
        d.add(deur("POST /api/v1/zorgaanbieders/import", Doel.GEEN)
                .mag(INTAKE, BEHEERDER)
                .body(o -> "{}"));
    }
}
