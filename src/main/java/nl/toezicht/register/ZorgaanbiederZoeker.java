package nl.toezicht.register;

import java.sql.Array;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.toezicht.kern.Pagina;
import nl.toezicht.kern.Zorgsector;
import nl.toezicht.register.ZorgaanbiederSamenvatting.LocatieSamenvatting;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finding providers the way the intake desk asks: by a name or place half remembered or mistyped (pg_trgm
 * similarity and word similarity on the lower-cased text, both served by the trigram indexes), by exact KvK
 * number, or by place. Best match first.
 */
@Component
class ZorgaanbiederZoeker {

    // word_similarity catches a name that is the start of a longer one ("Antoni van Leeuwenhoek" finds
    // "Antoni van Leeuwenhoekziekenhuis"), similarity a whole name with a typo ("Zorggroep Almre")
    // matched as sets of ids, each read from its trigram index (a name: similar, the start of a longer one, or
    // containing the text; a place of one of its locations): an OR over the provider and an EXISTS on its locations
    // could use neither index, and computing the similarity of every name cost 25-40 ms at 3,000 providers
    private static final String NAAM_PAST = "z.id in (select id from register.zorgaanbieder where lower(naam) % :zoek"
            + " or :zoek <% lower(naam) or lower(naam) like :zoekDeel escape '\\'"
            + " union all select zorgaanbieder from register.locatie where lower(plaats) % :zoek"
            + " or :zoek <% lower(plaats))";
    private static final String NAAM_SCORE = "greatest(similarity(lower(z.naam), :zoek), "
            + "word_similarity(:zoek, lower(z.naam)), case when strpos(lower(z.naam), :zoek) > 0 then 0.5 else 0 end)";

    private final JdbcClient jdbc;

    ZorgaanbiederZoeker(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    Pagina<ZorgaanbiederSamenvatting> zoek(ZoekVraag vraag) {
        List<String> voorwaarden = new ArrayList<>();
        List<String> scores = new ArrayList<>();
        Map<String, Object> params = new LinkedHashMap<>();
        if (vraag.kvk() != null) {
            voorwaarden.add("z.kvk_nummer = :kvk");
            params.put("kvk", vraag.kvk());
        }
        if (vraag.zoek() != null) {
            voorwaarden.add(NAAM_PAST);
            scores.add("greatest(" + NAAM_SCORE + ", " + plaatsScore("zoek") + ")");
            params.put("zoek", vraag.zoek());
            params.put(
                    "zoekDeel",
                    "%" + vraag.zoek().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (vraag.plaats() != null) {
            voorwaarden.add(plaatsPast("plaats"));
            scores.add(plaatsScore("plaats"));
            params.put("plaats", vraag.plaats());
        }
        String where = voorwaarden.isEmpty() ? "" : " where " + String.join(" and ", voorwaarden);
        if (!voorwaarden.isEmpty()) {
            // through the indexes, in this read-only transaction only: the planner takes the small table for cheap
            // to walk, not knowing what a trigram comparison per row costs (decision 0090)
            jdbc.sql("select set_config('enable_seqscan', 'off', true)")
                    .query(String.class)
                    .single();
        }
        String score = scores.isEmpty() ? "0" : String.join(" + ", scores);

        long totaal = jdbc.sql("select count(*) from register.zorgaanbieder z" + where)
                .params(params)
                .query(Long.class)
                .single();
        params.put("limit", vraag.grootte());
        params.put("offset", (long) (vraag.pagina() - 1) * vraag.grootte());
        List<Rij> rijen = jdbc.sql("select z.id, z.naam, z.kvk_nummer, z.agb_code, z.sectoren, " + score + " as score "
                        + "from register.zorgaanbieder z" + where
                        + " order by score desc, lower(z.naam), z.id limit :limit offset :offset")
                .params(params)
                .query((rs, i) -> new Rij(
                        rs.getObject("id", UUID.class),
                        rs.getString("naam"),
                        rs.getString("kvk_nummer"),
                        rs.getString("agb_code"),
                        sectoren(rs.getArray("sectoren"))))
                .list();
        Map<UUID, List<LocatieSamenvatting>> locaties =
                locatiesVan(rijen.stream().map(Rij::id).toList());
        List<ZorgaanbiederSamenvatting> items = rijen.stream()
                .map(r -> new ZorgaanbiederSamenvatting(
                        new ZorgaanbiederId(r.id()),
                        r.naam(),
                        r.kvk(),
                        r.agb(),
                        r.sectoren(),
                        locaties.getOrDefault(r.id(), List.of())))
                .toList();
        return Pagina.genummerd(items, vraag.pagina(), vraag.grootte(), totaal);
    }

    boolean hoortBij(ZorgaanbiederId zorgaanbieder, LocatieId locatie) {
        return jdbc.sql("select exists (select 1 from register.locatie where id = ? and zorgaanbieder = ?)")
                .params(locatie.waarde(), zorgaanbieder.waarde())
                .query(Boolean.class)
                .single();
    }

    private static String plaatsPast(String param) {
        return "z.id in (select zorgaanbieder from register.locatie where lower(plaats) % :" + param + " or :" + param
                + " <% lower(plaats))";
    }

    private static String plaatsScore(String param) {
        return "coalesce((select max(greatest(similarity(lower(l.plaats), :" + param + "), word_similarity(:" + param
                + ", lower(l.plaats)))) from register.locatie l where l.zorgaanbieder = z.id), 0)";
    }

    private Map<UUID, List<LocatieSamenvatting>> locatiesVan(List<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        record LocatieRij(UUID zorgaanbieder, LocatieSamenvatting locatie) {}
        return jdbc
                .sql("select id, zorgaanbieder, naam, adres, postcode, plaats from register.locatie "
                        + "where zorgaanbieder in (:ids) order by zorgaanbieder, volgnummer")
                .param("ids", ids)
                .query((rs, i) -> new LocatieRij(
                        rs.getObject("zorgaanbieder", UUID.class),
                        new LocatieSamenvatting(
                                new LocatieId(rs.getObject("id", UUID.class)),
                                rs.getString("naam"),
                                rs.getString("adres"),
                                rs.getString("postcode"),
                                rs.getString("plaats"))))
                .list()
                .stream()
                .collect(Collectors.groupingBy(
                        LocatieRij::zorgaanbieder, Collectors.mapping(LocatieRij::locatie, Collectors.toList())));
    }

    private static EnumSet<Zorgsector> sectoren(Array array) throws SQLException {
        String[] codes = (String[]) array.getArray();
        EnumSet<Zorgsector> set = EnumSet.noneOf(Zorgsector.class);
        Arrays.stream(codes).map(Zorgsector::valueOf).forEach(set::add);
        return set;
    }

    private record Rij(
            UUID id, String naam, String kvk, @Nullable String agb, EnumSet<Zorgsector> sectoren) {}
}
