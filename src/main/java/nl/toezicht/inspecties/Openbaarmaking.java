package nl.toezicht.inspecties;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.toezicht.documenten.Brieven;
import nl.toezicht.kern.Anonimiteitstoets;
import nl.toezicht.kern.Bestandskeuring;
import nl.toezicht.kern.Bestandsopslag;
import nl.toezicht.kern.Pagina;
import nl.toezicht.kern.Publicatieronde;
import nl.toezicht.kern.Tijdzone;
import nl.toezicht.kern.Weigering;
import nl.toezicht.kern.Zoekterm;
import nl.toezicht.kern.Zorgsector;
import nl.toezicht.logboek.Handeling;
import nl.toezicht.logboek.Logobject;
import nl.toezicht.logboek.Toegangslog;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Publication of final reports (docs/inspecties.md "Publication", decision 0092). The team <em>releases</em> a
 * final report once the anonymisation check finds nothing in its public text (or overrides the check with a
 * reason, in the timeline and the access log); the report becomes public on the day the waiting period after
 * its final date ends. One job, {@link #publiceerRijpe()}, makes released reports public: a set-based update
 * that only takes rows not yet public, so a report is published, and {@link RapportGepubliceerd} announced,
 * once. When the check found something in a final report, the team corrects a <em>public version</em> of its
 * texts (rendered as a PDF of its own); the archived final PDF never changes.
 */
@Service
@EnableConfigurationProperties(Openbaarmaking.Instellingen.class)
public class Openbaarmaking {

    static final String DOOR = "systeem:publicatie";
    public static final int PAGINAGROOTTE = 20;
    private static final Locale NEDERLANDS = Locale.forLanguageTag("nl-NL");
    private static final Logger log = LoggerFactory.getLogger(Openbaarmaking.class);

    /**
     * Settings of publication.
     *
     * @param wachttijd how long after the final date a released report becomes public (default two weeks: the
     *     time the provider has to ask a court to stop the publication of what concerns it)
     */
    @ConfigurationProperties("toezicht.inspecties.publicatie")
    public record Instellingen(@Nullable Period wachttijd) {
        public Instellingen {
            wachttijd = wachttijd == null ? Publicatieronde.WACHTTIJD : wachttijd;
        }
    }

    /**
     * Where a final report is on its way to the public page.
     *
     * @param gecorrigeerd whether a corrected public version of its texts exists
     * @param openbaarVanaf the first day it is public, once released
     * @param afwijkingReden why the team published although the check found something (null: it found nothing)
     * @param pdfSha256 the checksum of the public version's PDF, when corrected and released
     */
    public record Stand(
            boolean gecorrigeerd,
            @Nullable String vrijgegevenDoor,
            @Nullable Instant vrijgegevenOp,
            @Nullable LocalDate openbaarVanaf,
            @Nullable String afwijkingReden,
            @Nullable String pdfSha256) {

        public boolean isVrijgegeven() {
            return vrijgegevenOp != null;
        }
    }

    /** The corrected public version of a report's texts. */
    private record Correctie(
            String inleiding,
            Map<String, String> teksten,
            @Nullable String verwerking) {}

    private final Rapportage rapportage;
    private final Toezichtactiviteiten activiteiten;
    private final Rapporten rapporten;
    private final Toegangslog toegangslog;
    private final Brieven brieven;
    private final Bestandsopslag opslag;
    private final MessageSource berichten;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final Period wachttijd;
    private final JsonMapper json;
    private final TransactionTemplate transactie;

    Openbaarmaking(
            Rapportage rapportage,
            Toezichtactiviteiten activiteiten,
            Rapporten rapporten,
            Toegangslog toegangslog,
            Brieven brieven,
            Bestandsopslag opslag,
            MessageSource berichten,
            JdbcClient jdbc,
            Clock clock,
            ApplicationEventPublisher events,
            JsonMapper json,
            PlatformTransactionManager transacties,
            Instellingen instellingen) {
        this.json = json;
        this.transactie = new TransactionTemplate(transacties);
        this.rapportage = rapportage;
        this.activiteiten = activiteiten;
        this.rapporten = rapporten;
        this.toegangslog = toegangslog;
        this.brieven = brieven;
        this.opslag = opslag;
        this.berichten = berichten;
        this.jdbc = jdbc;
        this.clock = clock;
        this.events = events;
        this.wachttijd = java.util.Objects.requireNonNull(instellingen.wachttijd());
    }

    // --- the inspectorate's side ---

    /** The publication's state of a report the user has read through {@link Planning#activiteit}, if any. */
    @Transactional(readOnly = true)
    public Optional<Stand> stand(UUID activiteit) {
        return jdbc.sql("select teksten is not null as gecorrigeerd, vrijgegeven_door, vrijgegeven_op, openbaar_vanaf,"
                        + " afwijking_reden, pdf_sha256 from inspecties.openbaarmaking where activiteit = ?")
                .param(activiteit)
                .query((rs, i) -> new Stand(
                        rs.getBoolean("gecorrigeerd"),
                        rs.getString("vrijgegeven_door"),
                        rs.getTimestamp("vrijgegeven_op") == null
                                ? null
                                : rs.getTimestamp("vrijgegeven_op").toInstant(),
                        rs.getObject("openbaar_vanaf", LocalDate.class),
                        rs.getString("afwijking_reden"),
                        rs.getString("pdf_sha256")))
                .optional();
    }

    /** The first day a final report is public: its final date plus the waiting period. */
    public LocalDate openbaarVanaf(Rapport rapport) {
        Instant definitief = java.util.Objects.requireNonNull(rapport.definitiefOp(), "a final report");
        return LocalDate.ofInstant(definitief, Tijdzone.NEDERLAND).plus(wachttijd);
    }

    /** The report as it is made public: the final texts, or the corrected public version where there is one. */
    @Transactional(readOnly = true)
    public Rapport openbareVersie(Rapport rapport) {
        return correctie(rapport.activiteit())
                .map(c -> rapport.metTeksten(c.inleiding(), c.teksten(), c.verwerking()))
                .orElse(rapport);
    }

    /** What the anonymisation check finds in the text that would be made public (shown on the report page). */
    @Transactional(readOnly = true)
    public List<Anonimiteitstoets.Vondst> vondsten(Toezichtactiviteit activiteit, Rapport rapport) {
        return rapportage.anonimiteit(activiteit, openbareVersie(rapport));
    }

    /**
     * The team corrects the public version of a final report not yet released: introduction, text per norm (only
     * norms of the report) and the processing of the view. The final PDF stays as archived.
     */
    @Transactional
    public void corrigeer(UUID id, String inleiding, Map<String, String> teksten, @Nullable String verwerking) {
        Toezichtactiviteit activiteit = rapportage.wijzig(id, InspectieRechten.RAPPORTEREN);
        String door = rapportage.eisTeam(activiteit);
        Rapport rapport = eisDefinitiefNietVrijgegeven(activiteit);
        Map<String, String> schoon = new LinkedHashMap<>(rapport.teksten());
        for (Map.Entry<String, String> e : teksten.entrySet()) {
            if (!rapport.teksten().containsKey(e.getKey())) {
                throw Weigering.opVeld("openbare-versie", "publicatie.norm.onbekend", e.getKey());
            }
            schoon.put(e.getKey(), rapportage.tekst(e.getValue(), "openbaar-tekst-" + e.getKey()));
        }
        String verwerkt =
                verwerking == null || verwerking.isBlank() ? null : rapportage.tekst(verwerking, "openbaar-verwerking");
        jdbc.sql("insert into inspecties.openbaarmaking (activiteit, inleiding, teksten, verwerking, gecorrigeerd_door,"
                        + " gecorrigeerd_op) values (?, ?, ?::jsonb, ?, ?, ?) on conflict (activiteit) do update set"
                        + " inleiding = excluded.inleiding, teksten = excluded.teksten, verwerking = excluded.verwerking,"
                        + " gecorrigeerd_door = excluded.gecorrigeerd_door, gecorrigeerd_op = excluded.gecorrigeerd_op,"
                        + " version = inspecties.openbaarmaking.version + 1")
                .params(
                        id,
                        rapportage.tekst(inleiding, "openbaar-inleiding"),
                        json.writeValueAsString(schoon),
                        verwerkt,
                        door,
                        Timestamp.from(clock.instant()))
                .update();
    }

    /**
     * The team releases a final report for publication. While the check finds something it is refused (409,
     * naming what was found) unless the team overrides the check with a reason ({@code afwijken}): the reason is
     * required (422 on {@code reden}), kept with the release, written in the timeline and the access log. The
     * report becomes public on {@link #openbaarVanaf}; at once when that day has come.
     */
    @Transactional
    public Stand geefVrij(UUID id, boolean afwijken, @Nullable String reden) {
        Toezichtactiviteit activiteit = rapportage.wijzig(id, InspectieRechten.RAPPORTEREN);
        String door = rapportage.eisTeam(activiteit);
        Rapport rapport = eisDefinitiefNietVrijgegeven(activiteit);
        boolean gecorrigeerd = correctie(id).isPresent();
        Rapport openbaar = openbareVersie(rapport);
        List<Anonimiteitstoets.Vondst> vondsten = rapportage.anonimiteit(activiteit, openbaar);
        String afwijking = null;
        String toelichting = null;
        if (!vondsten.isEmpty()) {
            if (!afwijken) {
                throw new Weigering(
                        "rapport.publiceren.niet-anoniem", activiteit.referentie(), rapportage.beschrijf(vondsten));
            }
            if (reden == null || reden.isBlank()) {
                throw Weigering.opVeld("reden", "publicatie.afwijking.reden-verplicht");
            }
            afwijking = rapportage.tekst(reden, "reden");
            // the kinds found, never what was found: the timeline holds no personal data of the report's text
            String soorten = Anonimiteitstoets.soorten(
                    vondsten, s -> berichten.getMessage(s.berichtSleutel(), null, NEDERLANDS));
            toelichting = berichten.getMessage(
                    "publicatie.afwijking.toelichting", new Object[] {soorten, afwijking}, NEDERLANDS);
        }
        Instant nu = clock.instant();
        activiteit.neemRapportstap(
                Activiteitstap.PUBLICATIE_VRIJGEVEN,
                Activiteitstroom.Kenmerken.van(activiteit.soort()),
                door,
                nu,
                toelichting);
        activiteiten.bewaar(activiteit);
        if (afwijking != null) {
            toegangslog.toegestaan(
                    Handeling.WIJZIGEN,
                    Logobject.toezichtactiviteit(id),
                    Logobject.van("ANONIMITEITSTOETS_AFWIJKING", id.toString()));
        }
        String sleutel = null;
        String sha256 = null;
        Long grootte = null;
        if (gecorrigeerd) {
            byte[] pdf = brieven.pdf(rapport.sjabloon(), rapportage.gegevens(activiteit, openbaar, false), NEDERLANDS);
            sha256 = Bestandskeuring.sha256(pdf);
            sleutel = opslag.bewaar(
                    new Rapportage.Bytes("rapport-" + activiteit.referentie() + "-openbaar.pdf", pdf), sha256);
            opslag.verwijderBijRollback(sleutel);
            grootte = (long) pdf.length;
        }
        LocalDate vanaf = openbaarVanaf(rapport);
        jdbc.sql("insert into inspecties.openbaarmaking (activiteit, vrijgegeven_door, vrijgegeven_op, openbaar_vanaf,"
                        + " afwijking_reden, pdf_sleutel, pdf_sha256, pdf_grootte) values (?, ?, ?, ?, ?, ?, ?, ?)"
                        + " on conflict (activiteit) do update set vrijgegeven_door = excluded.vrijgegeven_door,"
                        + " vrijgegeven_op = excluded.vrijgegeven_op, openbaar_vanaf = excluded.openbaar_vanaf,"
                        + " afwijking_reden = excluded.afwijking_reden, pdf_sleutel = excluded.pdf_sleutel,"
                        + " pdf_sha256 = excluded.pdf_sha256, pdf_grootte = excluded.pdf_grootte,"
                        + " version = inspecties.openbaarmaking.version + 1")
                .params(id, door, Timestamp.from(nu), Date.valueOf(vanaf), afwijking, sleutel, sha256, grootte)
                .update();
        publiceer(id);
        return stand(id).orElseThrow();
    }

    /**
     * Makes every released report public whose day has come ({@link Publicatieronde}), each in a transaction of its
     * own and once: the update takes the row only while it is not public yet (a second run, or two at once, finds
     * it taken), records the system's step in the timeline and announces {@link RapportGepubliceerd} in the same
     * transaction (the outbox). Returns the activities whose reports it published.
     */
    public List<UUID> publiceerRijpe() {
        List<UUID> kandidaten = jdbc.sql("select o.activiteit from inspecties.openbaarmaking o"
                        + " join inspecties.rapport r on r.activiteit = o.activiteit"
                        + " where o.vrijgegeven_op is not null and o.openbaar_vanaf <= ? and r.gepubliceerd_op is null"
                        + " order by o.openbaar_vanaf, o.activiteit")
                .param(Date.valueOf(Publicatieronde.vandaag(clock)))
                .query(UUID.class)
                .list();
        Publicatieronde.Uitkomst ronde = Publicatieronde.voerUit(kandidaten, transactie, this::publiceer);
        log.info(
                "Published {} inspection reports ({} passed by)",
                ronde.gepubliceerd().size(),
                ronde.overgeslagen());
        return ronde.gepubliceerd();
    }

    /** Publishes one released report if its day has come and it is not public yet; in the caller's transaction. */
    private boolean publiceer(UUID id) {
        Instant nu = clock.instant();
        Optional<UUID> genomen = jdbc.sql("""
                        update inspecties.rapport r
                        set gepubliceerd_op = :nu, gepubliceerd_door = :door, version = r.version + 1
                        from inspecties.openbaarmaking o
                        where o.activiteit = r.activiteit and o.vrijgegeven_op is not null
                          and o.openbaar_vanaf <= :vandaag and r.gepubliceerd_op is null
                          and r.activiteit = :id
                        returning r.activiteit
                        """)
                .param("nu", Timestamp.from(nu))
                .param("door", DOOR)
                .param("vandaag", LocalDate.ofInstant(nu, Tijdzone.NEDERLAND))
                .param("id", id)
                .query(UUID.class)
                .optional();
        if (genomen.isEmpty()) {
            return false;
        }
        Toezichtactiviteit activiteit = activiteiten.vind(id).orElseThrow();
        activiteit.neemRapportstap(
                Activiteitstap.RAPPORT_PUBLICEREN, Activiteitstroom.Kenmerken.van(activiteit.soort()), DOOR, nu, null);
        activiteiten.bewaar(activiteit);
        events.publishEvent(new RapportGepubliceerd(
                id,
                activiteit.referentie(),
                activiteit.soort(),
                activiteit.afdeling(),
                activiteit.zorgaanbiederId(),
                nu));
        return true;
    }

    // --- the public side ---

    /**
     * What the public search asks; every part optional.
     *
     * @param zorgaanbieder part of the provider's name
     * @param gemeente a municipality (or place) of the activity's locations, or of the provider's when the
     *     activity had none
     * @param jaar the year of the report (its final date)
     */
    public record Zoekvraag(
            @Nullable String zorgaanbieder,
            @Nullable String gemeente,
            @Nullable Zorgsector sector,
            @Nullable Integer jaar) {}

    /** One published report in the public search: nothing but public facts (no person's name). */
    public record Vindplaats(
            UUID activiteit,
            UUID zorgaanbieder,
            String zorgaanbiederNaam,
            String referentie,
            Activiteitsoort soort,
            Zorgsector sector,
            String gemeenten,
            LocalDate rapportdatum,
            Instant gepubliceerdOp) {}

    private static final String ZOEK_VAN = """
             from inspecties.rapport r
             join inspecties.toezichtactiviteit a on a.id = r.activiteit
             join register.zorgaanbieder_uitwisseling z on z.id = a.zorgaanbieder_id
             where r.gepubliceerd_op is not null
               and (cast(:naam as text) is null or z.naam ilike '%' || cast(:naam as text) || '%' escape '\\')
               and (cast(:sector as text) is null or a.afdeling = cast(:sector as text))
               and (cast(:jaar as integer) is null
                    or extract(year from r.definitief_op at time zone 'Europe/Amsterdam') = cast(:jaar as integer))
               and (cast(:gemeente as text) is null or exists (
                    select 1 from register.locatie_uitwisseling l
                    where (l.gemeente ilike cast(:gemeente as text) or l.plaats ilike cast(:gemeente as text))
                      and (l.id in (select al.locatie_id from inspecties.activiteit_locatie al where al.activiteit = a.id)
                           or (l.zorgaanbieder_id = a.zorgaanbieder_id and not exists (
                               select 1 from inspecties.activiteit_locatie al where al.activiteit = a.id)))))
            """;

    /** The public search over published reports only, newest first, a page of {@link #PAGINAGROOTTE}. */
    @Transactional(readOnly = true)
    public Pagina<Vindplaats> zoek(Zoekvraag vraag, int pagina) {
        int nummer = Math.max(1, pagina);
        String naam = Zoekterm.deelpatroon(vraag.zorgaanbieder());
        String gemeente = Zoekterm.deelpatroon(vraag.gemeente());
        String sector = vraag.sector() == null ? null : vraag.sector().name();
        long totaal = jdbc.sql("select count(*)" + ZOEK_VAN)
                .param("naam", naam)
                .param("sector", sector)
                .param("jaar", vraag.jaar())
                .param("gemeente", gemeente)
                .query(Long.class)
                .single();
        List<Vindplaats> items = jdbc.sql("select a.id, a.zorgaanbieder_id, z.naam, a.referentie, a.soort, a.afdeling,"
                        + " r.definitief_op, r.gepubliceerd_op, (select coalesce(string_agg(distinct l.gemeente, ', '"
                        + " order by l.gemeente), '') from register.locatie_uitwisseling l where l.id in (select"
                        + " al.locatie_id from inspecties.activiteit_locatie al where al.activiteit = a.id)) as gemeenten"
                        + ZOEK_VAN
                        + " order by r.gepubliceerd_op desc, a.referentie limit :grootte offset :vanaf")
                .param("naam", naam)
                .param("sector", sector)
                .param("jaar", vraag.jaar())
                .param("gemeente", gemeente)
                .param("grootte", PAGINAGROOTTE)
                .param("vanaf", (nummer - 1) * PAGINAGROOTTE)
                .query((rs, i) -> new Vindplaats(
                        rs.getObject("id", UUID.class),
                        rs.getObject("zorgaanbieder_id", UUID.class),
                        rs.getString("naam"),
                        rs.getString("referentie"),
                        Activiteitsoort.valueOf(rs.getString("soort")),
                        Zorgsector.valueOf(rs.getString("afdeling")),
                        rs.getString("gemeenten"),
                        LocalDate.ofInstant(rs.getTimestamp("definitief_op").toInstant(), Tijdzone.NEDERLAND),
                        rs.getTimestamp("gepubliceerd_op").toInstant()))
                .list();
        return Pagina.genummerd(items, nummer, PAGINAGROOTTE, totaal);
    }

    // --- helpers ---

    private Rapport eisDefinitiefNietVrijgegeven(Toezichtactiviteit activiteit) {
        Rapport rapport = rapporten
                .vind(activiteit.id())
                .filter(r -> {
                    if (r.zonderPdf()) {
                        // decision 0107: final in the old system without a PDF; nothing to publish
                        throw new Weigering("rapport.zonder-pdf.publiceren", activiteit.referentie());
                    }
                    return r.isDefinitief();
                })
                .orElseThrow(() -> new Weigering("rapport.niet-definitief", activiteit.referentie()));
        if (stand(activiteit.id()).map(Stand::isVrijgegeven).orElse(false)) {
            throw new Weigering("publicatie.al-vrijgegeven", activiteit.referentie());
        }
        return rapport;
    }

    private Optional<Correctie> correctie(UUID activiteit) {
        return jdbc.sql("select inleiding, teksten::text as teksten, verwerking from inspecties.openbaarmaking"
                        + " where activiteit = ? and teksten is not null")
                .param(activiteit)
                .query((rs, i) -> new Correctie(
                        rs.getString("inleiding"),
                        json.readValue(rs.getString("teksten"), new TypeReference<Map<String, String>>() {}),
                        rs.getString("verwerking")))
                .optional();
    }

    @Configuration(proxyBeanMethods = false)
    static class Publicatieplanning {

        /** 06:00 Dutch time: a report whose waiting period ended yesterday is public in the morning. */
        @Bean
        RecurringTask<Void> rapportenPubliceren(Openbaarmaking openbaarmaking) {
            return Publicatieronde.dagelijks(
                    "inspectierapporten-publiceren", LocalTime.of(6, 0), openbaarmaking::publiceerRijpe);
        }
    }
}
