package nl.toezicht.cijfers;

import static nl.toezicht.Autorisatiematrix.MEDEWERKERS;
import static nl.toezicht.Autorisatiematrix.deur;
import static nl.toezicht.toegang.Rol.ANALIST;
import static nl.toezicht.toegang.Rol.BEHEERDER;
import static nl.toezicht.toegang.Rol.PRIVACYFUNCTIONARIS;

import java.util.List;
import nl.toezicht.Autorisatiematrix;
import nl.toezicht.Autorisatiematrix.Deur;
import nl.toezicht.Autorisatiematrix.Doel;

/** The rows of the authorisation matrix for module cijfers: the annual figures (docs/toegang.md, "The authorisation matrix"). */
class CijfersDeuren implements Autorisatiematrix.Bijdrage {

    @Override
    public void deuren(List<Deur> d) {
        // annual figures (issue 5): published figures are public; provisional ones for staff; unrounded and
        // drafting for analysts; approving for administrators
        d.add(deur("GET /cijfers", Doel.GEEN).openbaar());
        d.add(deur("GET /api/v1/statistieken/tabellen", Doel.GEEN).openbaar());
        // (no year is approved in the test database: the door is open to all and answers "not found";
        // CijfersIT and VaststellingIT read approved figures through these doors anonymously)
        d.add(deur("GET /api/v1/statistieken/jaren/{jaar}", Doel.VAST).iedereen(404));
        d.add(deur("GET /api/v1/statistieken/jaren/{jaar}/cijfers.csv", Doel.VAST)
                .iedereen(404));
        d.add(deur("GET /api/v1/statistieken/jaren/{jaar}/cijfers.xlsx", Doel.VAST)
                .iedereen(404));
        d.add(deur("GET /api/v1/statistieken/jaren/{jaar}/cijfers.pdf", Doel.VAST)
                .iedereen(404));
        d.add(deur("GET /api/v1/statistieken/jaren/{jaar}/versies/{versie}/verschil", Doel.VAST)
                .iedereen(404));
        d.add(deur("GET /api/v1/statistieken/voorlopig", Doel.GEEN)
                .mag(MEDEWERKERS)
                .mag(PRIVACYFUNCTIONARIS));
        d.add(deur("GET /api/v1/statistieken/vaststellingen/{jaar}", Doel.VAST).mag(ANALIST, BEHEERDER));
        d.add(deur("POST /api/v1/statistieken/vaststellingen/{jaar}", Doel.VAST).mag(ANALIST, BEHEERDER));
        d.add(deur("POST /api/v1/statistieken/vaststellingen/{jaar}/{versie}/controle", Doel.VAST)
                .mag(ANALIST, BEHEERDER));
        d.add(deur("POST /api/v1/statistieken/vaststellingen/{jaar}/{versie}/vaststelling", Doel.VAST)
                .mag(BEHEERDER));
        // the figures workflow pages (issue 13, item 12): the same rights as the API behind them
        d.add(deur("GET /cijfers/vaststelling", Doel.GEEN).mag(ANALIST, BEHEERDER));
        d.add(deur("POST /cijfers/vaststelling/{jaar}", Doel.VAST).mag(ANALIST, BEHEERDER));
        d.add(deur("GET /cijfers/vaststelling/{jaar}/{versie}", Doel.VAST).mag(ANALIST, BEHEERDER));
        d.add(deur("POST /cijfers/vaststelling/{jaar}/{versie}/controle", Doel.VAST)
                .mag(ANALIST, BEHEERDER));
        d.add(deur("POST /cijfers/vaststelling/{jaar}/{versie}/vaststelling", Doel.VAST)
                .mag(BEHEERDER));
        d.add(deur("POST /api/v1/statistieken/tellingen/verversing", Doel.GEEN).mag(ANALIST, BEHEERDER));
        // manual figures (issue 12): entered and checked by analysts (four eyes between two of them)
        d.add(deur("GET /api/v1/statistieken/handmatig/{jaar}", Doel.VAST).mag(ANALIST, BEHEERDER));
        d.add(deur("POST /api/v1/statistieken/handmatig/{jaar}", Doel.VAST).mag(ANALIST, BEHEERDER));
        // (no manual figure of 2025 exists: allowed roles get "not found")
        d.add(deur("POST /api/v1/statistieken/handmatig/{jaar}/{grootheid}/{versie}/controle", Doel.VAST)
                .status(ANALIST, 404)
                .status(BEHEERDER, 404));
        d.add(deur("GET /cijfers/handmatig", Doel.GEEN).mag(ANALIST, BEHEERDER));
        d.add(deur("POST /cijfers/handmatig/{jaar}", Doel.VAST).mag(ANALIST, BEHEERDER));
        d.add(deur("POST /cijfers/handmatig/{jaar}/{grootheid}/{versie}/controle", Doel.VAST)
                .status(ANALIST, 404)
                .status(BEHEERDER, 404));
    }
}
