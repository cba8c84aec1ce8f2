package nl.toezicht.meldingen;

/**
 * The answer to a reporter whose notification was taken in. The status token is the secret of the
 * private status link; only its hash is kept with the notification.
 */
public record Ontvangst(MeldingId id, String referentie, Meldingstatus status, String statusToken) {

    public String statusPad() {
        return "/status/" + statusToken;
    }
}
