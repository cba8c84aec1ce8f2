package nl.toezicht.register;

import static nl.toezicht.register.Zorgaanbieders.json;
import static nl.toezicht.register.Zorgaanbieders.uniekKvkNummer;
import static nl.toezicht.register.Zorgaanbieders.uniekWoord;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import nl.toezicht.Api;
import nl.toezicht.IntegratieTest;
import nl.toezicht.kern.Zorgsector;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The register as other modules use it: the intake desk links a notification to a provider and location. */
@IntegratieTest
class RegisterIT {

    @LocalServerPort
    int port;

    @Autowired
    Register register;

    @Autowired
    ZorgaanbiederRepository repository;

    JsonNode registreer(String naam, String kvk) {
        Api.Antwoord antwoord = Api.op(port).als("intake").postJson("/api/v1/zorgaanbieders", json(naam, kvk));
        assertThat(antwoord.status()).as(antwoord.toString()).isEqualTo(201);
        return antwoord.json();
    }

    @Test
    void findsAProviderByAMistypedNameByKvkNumberAndReadsItsSummary() {
        String woord = uniekWoord();
        String kvk = uniekKvkNummer();
        JsonNode nieuw = registreer("Antoni van Leeuwenhoekziekenhuis " + woord, kvk);
        ZorgaanbiederId id = new ZorgaanbiederId(UUID.fromString(nieuw.get("id").asString()));
        LocatieId locatie = new LocatieId(
                UUID.fromString(nieuw.get("locaties").get(0).get("id").asString()));

        List<ZorgaanbiederSamenvatting> gevonden = register.zoek("Antoni van Leuwenhoek " + woord, 5);
        assertThat(gevonden).first().satisfies(z -> {
            assertThat(z.id()).isEqualTo(id);
            assertThat(z.sectoren()).contains(Zorgsector.GGZ);
            assertThat(z.locaties())
                    .singleElement()
                    .satisfies(l -> assertThat(l.id()).isEqualTo(locatie));
        });
        assertThat(register.zoek(kvk, 5))
                .singleElement()
                .satisfies(z -> assertThat(z.id()).isEqualTo(id));

        assertThat(register.vind(id))
                .hasValueSatisfying(z -> assertThat(z.kvkNummer()).isEqualTo(kvk));
        assertThat(register.vind(ZorgaanbiederId.nieuw())).isEmpty();
    }

    @Test
    void namesOfSeveralProvidersComeInOneCallAndUnknownIdsAreLeftOut() {
        String woord = uniekWoord();
        ZorgaanbiederId een = new ZorgaanbiederId(UUID.fromString(
                registreer("Thuiszorg Een " + woord, uniekKvkNummer()).get("id").asString()));
        ZorgaanbiederId twee =
                new ZorgaanbiederId(UUID.fromString(registreer("Thuiszorg Twee " + woord, uniekKvkNummer())
                        .get("id")
                        .asString()));
        ZorgaanbiederId onbekend = ZorgaanbiederId.nieuw();

        assertThat(register.namen(List.of(een, twee, onbekend, een)))
                .containsOnly(
                        java.util.Map.entry(een, "Thuiszorg Een " + woord),
                        java.util.Map.entry(twee, "Thuiszorg Twee " + woord));
        assertThat(register.namen(List.of())).isEmpty();
    }

    @Test
    void aLocationBelongsOnlyToItsOwnProvider() {
        JsonNode een = registreer("Zorgcentrum Een", uniekKvkNummer());
        JsonNode ander = registreer("Zorgcentrum Ander", uniekKvkNummer());
        ZorgaanbiederId id = new ZorgaanbiederId(UUID.fromString(een.get("id").asString()));
        LocatieId eigen = new LocatieId(
                UUID.fromString(een.get("locaties").get(0).get("id").asString()));
        LocatieId vreemd = new LocatieId(
                UUID.fromString(ander.get("locaties").get(0).get("id").asString()));

        assertThat(register.hoortBij(id, eigen)).isTrue();
        assertThat(register.hoortBij(id, vreemd)).isFalse();
        assertThat(register.hoortBij(id, LocatieId.nieuw())).isFalse();
    }

    /** When two desks register one KvK number at the same moment, the unique index decides. */
    @Test
    void theDatabaseRefusesASecondProviderWithTheSameKvkNumberAsADuplicateKey() {
        String kvk = uniekKvkNummer();
        ZorgaanbiederGegevens gegevens = new ZorgaanbiederGegevens(
                "Gelijktijdig",
                kvk,
                null,
                java.util.Set.of(Zorgsector.GGZ),
                List.of(new ZorgaanbiederGegevens.LocatieGegevens(
                        null, null, "Laan 1", "1011AB", "Amsterdam", "Amsterdam")));
        repository.save(Zorgaanbieder.registreer(gegevens, java.time.Instant.parse("2026-01-05T10:00:00Z")));

        Throwable fout = org.assertj.core.api.Assertions.catchThrowable(() ->
                repository.save(Zorgaanbieder.registreer(gegevens, java.time.Instant.parse("2026-01-05T10:00:00Z"))));

        assertThat(fout).hasRootCauseInstanceOf(org.postgresql.util.PSQLException.class);
        boolean duplicateKey = false;
        for (Throwable t = fout; t != null; t = t.getCause()) {
            duplicateKey |= t instanceof org.springframework.dao.DuplicateKeyException;
        }
        assertThat(duplicateKey).as(fout.toString()).isTrue();
    }
}
