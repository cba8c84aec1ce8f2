package nl.toezicht.inspecties;

import java.util.List;
import nl.toezicht.toegang.Padregel;
import nl.toezicht.toegang.Recht;
import nl.toezicht.toegang.Toegangsverklaring;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;

/** The rights of module inspecties (docs/toegang.md); what one sees of activities is need-to-know per department. */
@Component
public final class InspectieRechten implements Toegangsverklaring {

    /** Reading assessment frameworks and their versions, exporting them. */
    public static final Recht KADERS_INZIEN = Recht.van("inspecties.kaders-inzien");

    /** The framework owner's work: importing, editing a draft, publishing, starting a new version. */
    public static final Recht KADERS_BEHEREN = Recht.van("inspecties.kaders-beheren");

    /** Reading supervision activities and the planning (of the departments one may see). */
    public static final Recht INZIEN = Recht.van("inspecties.inzien");

    /** Planning a supervision activity and taking the steps of its flow. */
    public static final Recht PLANNEN = Recht.van("inspecties.plannen");

    /** Recording findings during the fieldwork (as a member of the activity's team). */
    public static final Recht BEVINDINGEN_VASTLEGGEN = Recht.van("inspecties.bevindingen-vastleggen");

    /** Writing the report of one's own activity (as a member of its team), making it final, publishing it. */
    public static final Recht RAPPORTEREN = Recht.van("inspecties.rapporteren");

    /** Reviewing a colleague's draft report (four eyes: never one's own), approving it or sending it back. */
    public static final Recht RAPPORT_BEOORDELEN = Recht.van("inspecties.rapport-beoordelen");

    /** The provider portal: reading the reports sent to one's own providers and giving their view. */
    public static final Recht ZIENSWIJZE_GEVEN = Recht.van("inspecties.zienswijze-geven");

    /** The provider portal: answering the improvement plan asked after a report of one's own providers. */
    public static final Recht VERBETERPLAN_INDIENEN = Recht.van("inspecties.verbeterplan-indienen");

    @Override
    public List<Padregel> padregels() {
        return List.of(
                Padregel.recht(
                        KADERS_BEHEREN,
                        HttpMethod.POST,
                        "/inspecties/kaders/**",
                        "/api/v1/toetsingskaders",
                        "/api/v1/toetsingskaders/**"),
                Padregel.recht(
                        KADERS_INZIEN, "/inspecties/kaders", "/inspecties/kaders/**", "/api/v1/toetsingskaders/**"),
                Padregel.recht(
                        INZIEN,
                        "/inspecties",
                        "/inspecties/gemeenten",
                        "/inspecties/bezochte-locaties",
                        "/inspecties/activiteiten/**"),
                Padregel.recht(INZIEN, "/api/v1/toezichtactiviteiten", "/api/v1/toezichtactiviteiten/**"),
                Padregel.recht(ZIENSWIJZE_GEVEN, "/mijn-rapporten", "/mijn-rapporten/**"),
                Padregel.recht(VERBETERPLAN_INDIENEN, "/api/v1/mijn-rapporten/**"),
                Padregel.openbaar(HttpMethod.GET, "/openbaar/inspectierapporten/**"),
                Padregel.openbaar(HttpMethod.GET, "/api/v1/openbare-inspectierapporten/**"));
    }
}
