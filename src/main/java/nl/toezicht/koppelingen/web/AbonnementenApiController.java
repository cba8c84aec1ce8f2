package nl.toezicht.koppelingen.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.toezicht.kern.ApiController;
import nl.toezicht.koppelingen.Abonnement;
import nl.toezicht.koppelingen.Abonnementen;
import nl.toezicht.koppelingen.DodeLetters;
import nl.toezicht.koppelingen.Partnersoort;
import nl.toezicht.logboek.Handeling;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Partners' subscriptions and their dead letters over JSON, for administrators. Every access, granted or
 * refused, goes into the access log with the subscription it concerns.
 */
@ApiController
@RequestMapping("/api/v1/abonnementen")
class AbonnementenApiController {

    private final Abonnementen abonnementen;
    private final DodeLetters dodeLetters;
    private final AbonnementToegang toegang;

    AbonnementenApiController(Abonnementen abonnementen, DodeLetters dodeLetters, AbonnementToegang toegang) {
        this.abonnementen = abonnementen;
        this.dodeLetters = dodeLetters;
        this.toegang = toegang;
    }

    record AbonnementVerzoek(
            @NotBlank @Size(max = 200) String naam,
            @NotNull Partnersoort soort,
            @Nullable String kvkNummer,
            @NotBlank @Size(max = 2000) String url,
            @NotEmpty List<@NotBlank String> typen,
            @Nullable @Size(max = 200) String geheim) {}

    /** The new subscription, with its signing secret and event-log key: shown this once. */
    record NieuwAbonnement(Abonnement abonnement, String geheim, String sleutel) {}

    @GetMapping
    List<Abonnement> lijst() {
        toegang.eis(Handeling.ZOEKEN);
        return abonnementen.lijst();
    }

    @GetMapping("/{id}")
    Abonnement abonnement(@PathVariable UUID id) {
        toegang.eis(Handeling.INZIEN, id);
        return abonnementen.vind(id);
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<NieuwAbonnement> maak(@Valid @RequestBody AbonnementVerzoek verzoek, Authentication door) {
        toegang.eisAanmaken();
        Abonnementen.Nieuw nieuw = abonnementen.maak(
                new Abonnementen.Aanvraag(
                        verzoek.naam(),
                        verzoek.soort(),
                        verzoek.kvkNummer(),
                        verzoek.url(),
                        verzoek.typen(),
                        verzoek.geheim()),
                door.getName());
        toegang.aangemaakt(nieuw.abonnement().id());
        return ResponseEntity.created(
                        URI.create("/api/v1/abonnementen/" + nieuw.abonnement().id()))
                .body(new NieuwAbonnement(nieuw.abonnement(), nieuw.geheim(), nieuw.sleutel()));
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> beeindig(@PathVariable UUID id) {
        toegang.eis(Handeling.VERWIJDEREN, id);
        abonnementen.beeindig(id);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{id}/dode-letters")
    List<DodeLetters.DodeLetter> dodeLetters(@PathVariable UUID id) {
        toegang.eis(Handeling.INZIEN, id);
        abonnementen.vind(id);
        return dodeLetters.van(id);
    }

    /** Offers one dead letter again; the delivery job tries it in its next run. */
    @PostMapping("/{id}/dode-letters/{gebeurtenis}/aanbieding")
    ResponseEntity<Void> biedAan(@PathVariable UUID id, @PathVariable UUID gebeurtenis) {
        toegang.eis(Handeling.WIJZIGEN, id);
        dodeLetters.biedAan(id, gebeurtenis);
        return ResponseEntity.accepted().build();
    }

    /** Offers all of the subscription's dead letters again. */
    @PostMapping("/{id}/dode-letters/aanbieding")
    ResponseEntity<Map<String, Integer>> biedAllesAan(@PathVariable UUID id) {
        toegang.eis(Handeling.WIJZIGEN, id);
        abonnementen.vind(id);
        return ResponseEntity.accepted().body(Map.of("aangeboden", dodeLetters.biedAllesAan(id)));
    }
}
