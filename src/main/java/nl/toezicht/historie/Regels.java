package nl.toezicht.historie;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * The lines of a file, one at a time, as bytes and as text: a line that is not valid UTF-8 is reported as
 * such (its bytes kept for the rejects file) instead of ending the read, so every bad line gets its number.
 * Reads through a fixed buffer; memory stays flat whatever the file's size.
 */
final class Regels implements AutoCloseable {

    /**
     * A longer line is refused rather than buffered without end. 16 MB: an inspection report comes with its final
     * PDF in its line (base64, issue 14), up to some 12 MB.
     */
    static final int MAX_REGEL = 1 << 24;

    private final InputStream in;
    private final byte[] buffer = new byte[1 << 16];
    private int positie;
    private int einde;
    private byte[] regel = new byte[4096];
    private int lengte;
    private long nummer;
    private long gelezen;
    private boolean teLang;
    private final CharsetDecoder utf8 = StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);

    Regels(InputStream in) {
        this.in = in;
    }

    /** The next line without its line end, or null at the end of the file. */
    @Nullable
    Regel volgende() throws IOException {
        lengte = 0;
        teLang = false;
        boolean iets = false;
        while (true) {
            if (positie == einde) {
                einde = in.read(buffer);
                positie = 0;
                if (einde <= 0) {
                    einde = 0;
                    if (!iets) {
                        return null;
                    }
                    break;
                }
            }
            iets = true;
            byte b = buffer[positie++];
            gelezen++;
            if (b == '\n') {
                break;
            }
            voegToe(b);
        }
        nummer++;
        if (lengte > 0 && regel[lengte - 1] == '\r') {
            lengte--;
        }
        int begin = 0;
        if (nummer == 1
                && lengte >= 3
                && regel[0] == (byte) 0xEF
                && regel[1] == (byte) 0xBB
                && regel[2] == (byte) 0xBF) {
            begin = 3; // a UTF-8 byte order mark
        }
        byte[] bytes = Arrays.copyOfRange(regel, begin, lengte);
        if (teLang) {
            return new Regel(nummer, bytes, null, true);
        }
        String tekst;
        try {
            CharBuffer chars = utf8.reset().decode(ByteBuffer.wrap(bytes));
            tekst = chars.toString();
        } catch (CharacterCodingException e) {
            tekst = null;
        }
        return new Regel(nummer, bytes, tekst, false);
    }

    private void voegToe(byte b) {
        if (lengte == MAX_REGEL) {
            teLang = true;
            return;
        }
        if (lengte == regel.length) {
            regel = Arrays.copyOf(regel, Math.min(MAX_REGEL, regel.length * 2));
        }
        regel[lengte++] = b;
    }

    /** Bytes read so far, for progress. */
    long gelezen() {
        return gelezen;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    /**
     * One line: its number (from 1), its bytes, its text (null when the bytes are not UTF-8), and whether it
     * was cut off at {@link #MAX_REGEL}.
     */
    record Regel(long nummer, byte[] bytes, @Nullable String tekst, boolean teLang) {

        boolean isLeeg() {
            return tekst != null && tekst.isBlank();
        }
    }
}
