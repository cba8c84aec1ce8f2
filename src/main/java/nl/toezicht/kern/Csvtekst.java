package nl.toezicht.kern;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.apache.tika.Tika;

/**
 * An uploaded CSV file as text: UTF-8 only, judged by its content (a spreadsheet, a PDF or an image saved as .csv
 * is refused), a byte-order mark dropped. Shared by the imports that read CSV (register, handhaving).
 */
public final class Csvtekst {

    private static final Tika TIKA = new Tika();

    private Csvtekst() {}

    /**
     * The file's text; refused on field {@code bestand} with {@code geenCsv} when it is no text, with
     * {@code geenUtf8} when it is text in another encoding.
     */
    public static String lees(byte[] inhoud, String geenCsv, String geenUtf8) {
        String soort = TIKA.detect(Arrays.copyOf(inhoud, Math.min(inhoud.length, 8192)));
        if (!soort.startsWith("text/")) {
            throw Weigering.opVeld("bestand", geenCsv);
        }
        String tekst;
        try {
            tekst = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(inhoud))
                    .toString();
        } catch (CharacterCodingException e) {
            throw Weigering.opVeld("bestand", geenUtf8);
        }
        if (tekst.indexOf('\0') >= 0) {
            throw Weigering.opVeld("bestand", geenCsv);
        }
        return tekst.startsWith("\uFEFF") ? tekst.substring(1) : tekst;
    }
}
