package nl.toezicht.inspecties;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.toezicht.inspecties.Kaderinhoud.Norm;
import nl.toezicht.kern.NietGevonden;
import nl.toezicht.kern.Weigering;
import nl.toezicht.toegang.Toegangsbeleid;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The framework owner's work and everyone's reading of assessment frameworks (docs/inspecties.md). Reading
 * needs {@link InspectieRechten#KADERS_INZIEN}, every change {@link InspectieRechten#KADERS_BEHEREN}; the rules
 * of a version (a published one never changes) are {@link Kaderversie}'s.
 */
@Service
public class Toetsingskaders {

    private final Kaderversies versies;
    private final Toegangsbeleid toegang;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Toetsingskaders(Kaderversies versies, Toegangsbeleid toegang, ApplicationEventPublisher events, Clock clock) {
        this.versies = versies;
        this.toegang = toegang;
        this.events = events;
        this.clock = clock;
    }

    /** Every version of every framework, by code and version. */
    @Transactional(readOnly = true)
    public List<Kaderversie> overzicht() {
        toegang.eis(InspectieRechten.KADERS_INZIEN);
        return versies.alle();
    }

    @Transactional(readOnly = true)
    public Kaderversie versie(UUID id) {
        toegang.eis(InspectieRechten.KADERS_INZIEN);
        return vind(id);
    }

    /** The versions of the framework this version belongs to, oldest first. */
    @Transactional(readOnly = true)
    public List<Kaderversie> versiesVan(Kaderversie versie) {
        toegang.eis(InspectieRechten.KADERS_INZIEN);
        return versies.vanKader(versie.kaderId());
    }

    /** Published versions only: what an activity can be planned against. */
    @Transactional(readOnly = true)
    public List<Kaderversie> gepubliceerd() {
        toegang.eis(InspectieRechten.KADERS_INZIEN);
        return versies.alle().stream().filter(Kaderversie::isGepubliceerd).toList();
    }

    /** A published version, without asking for a right: for a module that shows which version it uses. */
    Optional<Kaderversie> gepubliceerdeVersie(UUID id) {
        return versies.vind(id).filter(Kaderversie::isGepubliceerd);
    }

    /** What changed from version {@code van} to version {@code naar} (of the same framework). */
    @Transactional(readOnly = true)
    public Kaderverschil verschil(UUID van, UUID naar) {
        toegang.eis(InspectieRechten.KADERS_INZIEN);
        Kaderversie a = vind(van);
        Kaderversie b = vind(naar);
        if (!a.kaderId().equals(b.kaderId())) {
            throw Weigering.opVeld("met", "kader.verschil.ander-kader");
        }
        return Kaderverschil.tussen(a.inhoud(), b.inhoud());
    }

    /**
     * Imports an exchange document: a new framework (version 1, a draft), or the draft of an existing one
     * (its open draft replaced, or a new draft after its last published version). Nothing is stored when the
     * document is refused.
     */
    @Transactional
    public Kaderversie importeer(String json) {
        toegang.eis(InspectieRechten.KADERS_BEHEREN);
        Kaderdocument.Gelezen gelezen = Kaderdocument.lees(json);
        String door = toegang.ik().gebruikersnaam();
        Instant nu = clock.instant();
        Optional<UUID> bestaand = versies.kaderMetCode(gelezen.code());
        if (bestaand.isEmpty()) {
            UUID kader = versies.nieuwKader(gelezen.code(), nu);
            Kaderversie eerste = Kaderversie.concept(
                    kader, gelezen.code(), 1, gelezen.naam(), gelezen.sector(), gelezen.inhoud(), door, nu);
            versies.voegToe(eerste);
            return eerste;
        }
        List<Kaderversie> alle = versies.vanKader(bestaand.get());
        Kaderversie laatste = alle.get(alle.size() - 1);
        if (!laatste.isGepubliceerd()) {
            laatste.vervang(gelezen.naam(), gelezen.sector(), gelezen.inhoud());
            versies.bewaar(laatste);
            return laatste;
        }
        Kaderversie volgende = Kaderversie.concept(
                bestaand.get(),
                gelezen.code(),
                laatste.versie() + 1,
                gelezen.naam(),
                gelezen.sector(),
                gelezen.inhoud(),
                door,
                nu);
        versies.voegToe(volgende);
        return volgende;
    }

    /**
     * Loads a document as a published version 1 when no framework has its code (the demo data: no user is
     * logged in). Returns whether it was loaded.
     */
    @Transactional
    boolean laadGepubliceerd(String json, String door) {
        Kaderdocument.Gelezen gelezen = Kaderdocument.lees(json);
        if (versies.kaderMetCode(gelezen.code()).isPresent()) {
            return false;
        }
        Instant nu = clock.instant();
        UUID kader = versies.nieuwKader(gelezen.code(), nu);
        Kaderversie versie = Kaderversie.concept(
                kader, gelezen.code(), 1, gelezen.naam(), gelezen.sector(), gelezen.inhoud(), door, nu);
        versie.publiceer(door, nu);
        versies.voegToe(versie);
        return true;
    }

    @Transactional
    public Kaderversie zetNorm(UUID id, String themaCode, Norm norm) {
        return wijzig(id, v -> v.zetNorm(themaCode, norm));
    }

    @Transactional
    public Kaderversie verwijderNorm(UUID id, String normCode) {
        return wijzig(id, v -> v.verwijderNorm(normCode));
    }

    @Transactional
    public Kaderversie voegThemaToe(UUID id, String themaCode, String titel, Norm eersteNorm) {
        return wijzig(id, v -> v.voegThemaToe(themaCode, titel, eersteNorm));
    }

    @Transactional
    public Kaderversie publiceer(UUID id) {
        Kaderversie versie = wijzig(id, v -> v.publiceer(toegang.ik().gebruikersnaam(), clock.instant()));
        events.publishEvent(new KaderGepubliceerd(
                versie.id(),
                versie.code(),
                versie.versie(),
                java.util.Objects.requireNonNull(versie.gepubliceerdOp())));
        return versie;
    }

    /** Starts the next version of the framework as a copy of this published version. */
    @Transactional
    public Kaderversie nieuweVersie(UUID id) {
        toegang.eis(InspectieRechten.KADERS_BEHEREN);
        Kaderversie basis = vind(id);
        List<Kaderversie> alle = versies.vanKader(basis.kaderId());
        Kaderversie laatste = alle.get(alle.size() - 1);
        if (!laatste.isGepubliceerd()) {
            throw new Weigering("kader.concept.bestaat", laatste.naam(), laatste.versie());
        }
        Kaderversie volgende =
                basis.volgendeVersie(laatste.versie() + 1, toegang.ik().gebruikersnaam(), clock.instant());
        versies.voegToe(volgende);
        return volgende;
    }

    private Kaderversie wijzig(UUID id, java.util.function.Consumer<Kaderversie> wijziging) {
        toegang.eis(InspectieRechten.KADERS_BEHEREN);
        Kaderversie versie = vind(id);
        wijziging.accept(versie);
        versies.bewaar(versie);
        return versie;
    }

    private Kaderversie vind(UUID id) {
        return versies.vind(id).orElseThrow(() -> new NietGevonden("object.kaderversie", id.toString()));
    }
}
