package nl.toezicht.historie;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import nl.toezicht.kern.Tijdzone;
import nl.toezicht.kern.Zorgsector;
import nl.toezicht.meldingen.Bron;
import nl.toezicht.meldingen.Kanaal;
import nl.toezicht.meldingen.Meldingsoort;
import nl.toezicht.meldingen.SggSoort;
import nl.toezicht.register.ZorgaanbiederGegevens;
import nl.toezicht.register.ZorgaanbiederGegevens.LocatieGegevens;
import nl.toezicht.termijnen.Termijnsoort;
import nl.toezicht.zaken.HistorischeStap;
import nl.toezicht.zaken.Sluitreden;
import nl.toezicht.zaken.Transitie;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads one line of the exchange format (docs/import/historie.schema.json) into a typed record, checking
 * what the JSON Schema says: the record type, required fields, types, known values (sector, kind, ...),
 * no unknown fields. Each refusal names the field by its JSON path ({@code locaties[1].postcode}). The
 * rules that tie fields together are the domain's, judged later by the owning modules' types.
 */
final class Regelparser {

    static final int MAX_ID = 200;

    /**
     * The time of a moment given as a date only (issue 12 item 7): noon in the Netherlands. Noon is 10:00 or
     * 11:00 UTC, so the day, and the year, are the same in Dutch time and in UTC; midnight would be the day
     * before in UTC (and 1 January the year before). Decision 0091.
     */
    static final LocalTime STANDAARDTIJD = LocalTime.NOON;

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    Historierecord lees(String tekst) {
        JsonNode node;
        try {
            node = JSON.readTree(tekst);
        } catch (JacksonException e) {
            long kolom = e.getLocation() == null ? 0 : e.getLocation().getColumnNr();
            throw new Regelfout("regel", "historie.regel.geen-json", kolom);
        }
        if (node == null || !node.isObject()) {
            throw new Regelfout("regel", "historie.regel.geen-object");
        }
        Velden v = new Velden(node, "");
        String type = v.tekst("type", true);
        Historierecord record = switch (type) {
            case "zorgaanbieder" -> zorgaanbieder(v);
            case "melding" -> melding(v);
            case "zaak" -> zaak(v);
            case "kaderversie" -> Inspectieregels.kaderversie(v);
            case "toezichtactiviteit" -> Inspectieregels.toezichtactiviteit(v);
            default -> throw new Regelfout("type", "historie.type.onbekend", type);
        };
        v.geenOnbekende();
        return record;
    }

    private static Historierecord zorgaanbieder(Velden v) {
        String id = v.id();
        String naam = v.tekst("naam", true);
        String kvk = v.tekst("kvkNummer", true);
        String agb = v.tekst("agbCode", false);
        Set<Zorgsector> sectoren = EnumSet.noneOf(Zorgsector.class);
        List<JsonNode> sectorLijst = v.lijst("sectoren", true);
        for (int i = 0; i < sectorLijst.size(); i++) {
            sectoren.add(sector(sectorLijst.get(i), "sectoren[" + i + "]"));
        }
        Instant aangemaakt = v.moment("aangemaaktOp", false);
        List<LocatieGegevens> locaties = new ArrayList<>();
        List<String> locatieIds = new ArrayList<>();
        Set<String> gezien = new HashSet<>();
        List<JsonNode> lijst = v.lijst("locaties", true);
        for (int i = 0; i < lijst.size(); i++) {
            Velden l = v.object(lijst.get(i), "locaties[" + i + "]");
            String locatieId = l.id();
            if (!gezien.add(locatieId)) {
                throw new Regelfout(l.pad("id"), "historie.id.dubbel-in-regel", locatieId);
            }
            locatieIds.add(locatieId);
            locaties.add(new LocatieGegevens(
                    null,
                    l.tekst("naam", false),
                    l.tekst("adres", true),
                    l.tekst("postcode", true),
                    l.tekst("plaats", true),
                    l.tekst("gemeente", true)));
            l.geenOnbekende();
        }
        return new Historierecord.Zorgaanbieder(
                id, new ZorgaanbiederGegevens(naam, kvk, agb, sectoren, locaties), locatieIds, aangemaakt);
    }

    private static Historierecord melding(Velden v) {
        String id = v.id();
        Bron bron = v.waarde("bron", Bron.class, true);
        Kanaal kanaal = v.waarde("kanaal", Kanaal.class, true);
        Meldingsoort soort = v.waarde("soort", Meldingsoort.class, true);
        JsonNode sectorNode = v.verplicht("sector");
        Zorgsector sector = sector(sectorNode, "sector");
        List<String> themas = new ArrayList<>();
        for (JsonNode thema : v.lijst("themas", false)) {
            if (!thema.isString() || thema.stringValue().isBlank()) {
                throw new Regelfout(v.pad("themas"), "historie.veld.tekstlijst");
            }
            themas.add(thema.stringValue().strip());
        }
        return new Historierecord.Melding(
                id,
                bron,
                kanaal,
                soort,
                sector,
                v.tekst("zorgaanbieder", false),
                v.tekst("locatie", false),
                v.tekst("zorgaanbiederOmschrijving", false),
                v.tekst("melderKvkNummer", false),
                v.datum("datumGebeurtenis", false),
                v.datum("datumVastgesteld", false),
                v.momentOfDatum("ontvangenOp").op(),
                v.tekst("omschrijving", true),
                v.waarOfNiet("patientOverleden"),
                v.waarOfNiet("doorSuicide"),
                v.waarOfNiet("suicidepoging"),
                v.waarOfNiet("geslotenJeugdinstelling"),
                v.waarOfNiet("seksueelGrensoverschrijdend"),
                v.waarde("sggSoort", SggSoort.class, false),
                themas);
    }

    private static Historierecord zaak(Velden v) {
        String id = v.id();
        List<String> meldingen = new ArrayList<>();
        List<JsonNode> lijst = v.lijst("meldingen", true);
        if (lijst.isEmpty()) {
            throw new Regelfout(v.pad("meldingen"), "historie.zaak.meldingen.verplicht");
        }
        Set<String> gezien = new LinkedHashSet<>();
        for (int i = 0; i < lijst.size(); i++) {
            JsonNode m = lijst.get(i);
            if (!m.isString() || m.stringValue().isBlank()) {
                throw new Regelfout(v.pad("meldingen[" + i + "]"), "historie.veld.tekst");
            }
            if (!gezien.add(m.stringValue())) {
                throw new Regelfout(v.pad("meldingen[" + i + "]"), "historie.id.dubbel-in-regel", m.stringValue());
            }
            meldingen.add(m.stringValue());
        }
        JsonNode afdelingNode = v.optioneel("afdeling");
        Zorgsector afdeling = afdelingNode == null ? null : sector(afdelingNode, "afdeling");
        Termijnsoort termijnSoort = null;
        LocalDate termijnDatum = null;
        JsonNode termijnNode = v.optioneel("termijn");
        if (termijnNode != null) {
            Velden t = v.object(termijnNode, "termijn");
            termijnSoort = t.waarde("soort", Termijnsoort.class, true);
            termijnDatum = t.datum("datum", true);
            t.geenOnbekende();
        }
        Historierecord.Samenvatting samenvatting = null;
        JsonNode samenvattingNode = v.optioneel("samenvatting");
        if (samenvattingNode != null) {
            Velden s = v.object(samenvattingNode, "samenvatting");
            Moment gesloten = s.momentOfDatum("geslotenOp");
            samenvatting = new Historierecord.Samenvatting(
                    gesloten.op(), gesloten.alleenDatum(), s.tekst("toelichting", false));
            s.geenOnbekende();
        }
        List<HistorischeStap> tijdlijn = new ArrayList<>();
        List<JsonNode> stappen = v.lijst("tijdlijn", samenvatting == null);
        if (samenvatting != null && !stappen.isEmpty()) {
            throw new Regelfout(v.pad("tijdlijn"), "historie.samenvatting.met-tijdlijn");
        }
        for (int i = 0; i < stappen.size(); i++) {
            Velden s = v.object(stappen.get(i), "tijdlijn[" + i + "]");
            tijdlijn.add(new HistorischeStap(
                    s.waarde("transitie", Transitie.class, true),
                    s.moment("op", true),
                    s.tekst("door", true),
                    s.tekst("toelichting", false)));
            s.geenOnbekende();
        }
        if (tijdlijn.isEmpty() && samenvatting == null) {
            throw new Regelfout(v.pad("tijdlijn"), "historie.zaak.tijdlijn.verplicht");
        }
        return new Historierecord.Zaak(
                id,
                meldingen,
                afdeling,
                v.tekst("inspecteur", false),
                termijnSoort,
                termijnDatum,
                v.waarOfNiet("teLaat"),
                v.waarOfNiet("teLaatGemeld"),
                v.waarde("sluitreden", Sluitreden.class, false),
                tijdlijn,
                samenvatting);
    }

    static Zorgsector sector(JsonNode node, String veld) {
        if (!node.isString()) {
            throw new Regelfout(veld, "historie.veld.tekst");
        }
        try {
            return Zorgsector.valueOf(node.stringValue());
        } catch (IllegalArgumentException e) {
            throw new Regelfout(veld, "historie.sector.onbekend", node.stringValue(), toegestaan(Zorgsector.class));
        }
    }

    private static String toegestaan(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
    }

    /** A moment read from the file; {@code alleenDatum} when the file gave only its date. */
    record Moment(Instant op, boolean alleenDatum) {}

    /** The fields of one JSON object, remembering which were asked for so that the rest can be refused. */
    static final class Velden {
        private final JsonNode node;
        private final String prefix;
        private final Set<String> gevraagd = new HashSet<>();

        Velden(JsonNode node, String prefix) {
            this.node = node;
            this.prefix = prefix;
        }

        String pad(String veld) {
            return prefix.isEmpty() ? veld : prefix + "." + veld;
        }

        Velden object(JsonNode kind, String pad) {
            if (!kind.isObject()) {
                throw new Regelfout(pad(pad), "historie.veld.object");
            }
            return new Velden(kind, pad(pad));
        }

        @Nullable
        JsonNode optioneel(String veld) {
            gevraagd.add(veld);
            JsonNode waarde = node.get(veld);
            return waarde == null || waarde.isNull() ? null : waarde;
        }

        JsonNode verplicht(String veld) {
            JsonNode waarde = optioneel(veld);
            if (waarde == null) {
                throw new Regelfout(pad(veld), "historie.veld.verplicht");
            }
            return waarde;
        }

        String id() {
            String id = tekst("id", true);
            if (id.length() > MAX_ID) {
                throw new Regelfout(pad("id"), "historie.id.te-lang", MAX_ID);
            }
            return id;
        }

        /** Text; blank counts as absent. */
        @Nullable
        @SuppressWarnings("NullAway")
        String tekst(String veld, boolean verplicht) {
            JsonNode waarde = verplicht ? verplicht(veld) : optioneel(veld);
            if (waarde == null) {
                return null;
            }
            if (!waarde.isString()) {
                throw new Regelfout(pad(veld), "historie.veld.tekst");
            }
            String tekst = waarde.stringValue().strip();
            if (tekst.isEmpty()) {
                if (verplicht) {
                    throw new Regelfout(pad(veld), "historie.veld.verplicht");
                }
                return null;
            }
            return tekst;
        }

        boolean waarOfNiet(String veld) {
            JsonNode waarde = optioneel(veld);
            if (waarde == null) {
                return false;
            }
            if (!waarde.isBoolean()) {
                throw new Regelfout(pad(veld), "historie.veld.waarOfNiet");
            }
            return waarde.booleanValue();
        }

        @Nullable
        @SuppressWarnings("NullAway")
        LocalDate datum(String veld, boolean verplicht) {
            String tekst = tekst(veld, verplicht);
            if (tekst == null) {
                return null;
            }
            try {
                return LocalDate.parse(tekst);
            } catch (DateTimeException e) {
                throw new Regelfout(pad(veld), "historie.veld.datum");
            }
        }

        @Nullable
        @SuppressWarnings("NullAway")
        Instant moment(String veld, boolean verplicht) {
            String tekst = tekst(veld, verplicht);
            if (tekst == null) {
                return null;
            }
            try {
                return OffsetDateTime.parse(tekst).toInstant();
            } catch (DateTimeException e) {
                throw new Regelfout(pad(veld), "historie.veld.moment");
            }
        }

        /**
         * A required moment with its offset, or a date without a time: then {@link #STANDAARDTIJD} in the
         * Netherlands. Anything else (a time without an offset, a date that does not exist) is refused.
         */
        Moment momentOfDatum(String veld) {
            String tekst = Objects.requireNonNull(tekst(veld, true));
            try {
                return new Moment(OffsetDateTime.parse(tekst).toInstant(), false);
            } catch (DateTimeException e) {
                // not a moment: perhaps a date
            }
            try {
                return new Moment(
                        LocalDate.parse(tekst)
                                .atTime(STANDAARDTIJD)
                                .atZone(Tijdzone.NEDERLAND)
                                .toInstant(),
                        true);
            } catch (DateTimeException e) {
                throw new Regelfout(pad(veld), "historie.veld.moment-of-datum");
            }
        }

        @Nullable
        @SuppressWarnings("NullAway")
        <E extends Enum<E>> E waarde(String veld, Class<E> type, boolean verplicht) {
            String tekst = tekst(veld, verplicht);
            if (tekst == null) {
                return null;
            }
            try {
                return Enum.valueOf(type, tekst);
            } catch (IllegalArgumentException e) {
                throw new Regelfout(pad(veld), "historie.veld.waarde", tekst, toegestaan(type));
            }
        }

        List<JsonNode> lijst(String veld, boolean verplicht) {
            JsonNode waarde = verplicht ? verplicht(veld) : optioneel(veld);
            if (waarde == null) {
                return List.of();
            }
            if (!waarde.isArray()) {
                throw new Regelfout(pad(veld), "historie.veld.lijst");
            }
            List<JsonNode> elementen = new ArrayList<>(waarde.size());
            waarde.values().forEach(elementen::add);
            return elementen;
        }

        void geenOnbekende() {
            for (Map.Entry<String, JsonNode> veld : node.properties()) {
                if (!gevraagd.contains(veld.getKey())) {
                    throw new Regelfout(pad(veld.getKey()), "historie.veld.onbekend");
                }
            }
        }
    }
}
