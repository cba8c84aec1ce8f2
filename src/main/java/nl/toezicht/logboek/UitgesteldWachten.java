package nl.toezicht.logboek;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import nl.toezicht.kern.Problemen;
import nl.toezicht.kern.TijdelijkTeDruk;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets a request go on while its access-log entries are being written, and holds back the response until
 * they are durable (decision 0016). An entry logged during a request is handed to the writer and the request
 * continues (the rest of the controller's queries run while the writer commits); the first moment anything
 * could leave for the client (the response body is opened, an error or redirect is sent, the buffer is
 * flushed, or the request ends) waits for every entry so far. From then on an entry blocks where it is
 * logged. So nothing is shown before its access is on disk, without paying the log's commit on top of the
 * read. If an entry cannot be written, the request fails instead of answering; if it is not written in time
 * (extreme load), the answer is 503 with {@code Retry-After} ({@link TijdelijkTeDruk}).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class UitgesteldWachten extends OncePerRequestFilter {

    static final String ATTRIBUUT = UitgesteldWachten.class.getName();
    static final long WACHTTIJD_MS = 10_000;

    /** The entries of one request still being written. */
    static final class Openstaand {
        private final List<CompletableFuture<Long>> regels = new ArrayList<>();
        private boolean geopend;

        /** Whether an entry may still be awaited later: only while nothing can have left. */
        synchronized boolean neemtAan(CompletableFuture<Long> regel) {
            if (geopend) {
                return false;
            }
            regels.add(regel);
            return true;
        }

        /** Waits for this entry now (its transaction is about to commit); it is not awaited again. */
        void wachtNu(CompletableFuture<Long> regel) {
            try {
                wachtOp(regel);
            } finally {
                synchronized (this) {
                    regels.remove(regel);
                }
            }
        }

        /** Waits for every entry so far; after this, entries are awaited where they are logged. */
        synchronized void wacht() {
            geopend = true;
            try {
                for (CompletableFuture<Long> regel : regels) {
                    wachtOp(regel);
                }
            } finally {
                regels.clear();
            }
        }
    }

    static void wachtOp(CompletableFuture<Long> regel) {
        try {
            regel.get(WACHTTIJD_MS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("toegangslog: onderbroken", e);
        } catch (TimeoutException e) {
            // no access without its log entry: the request fails, as temporarily too busy (503, try again)
            throw new TijdelijkTeDruk("toegangslog: regel niet op tijd vastgelegd", e);
        } catch (ExecutionException e) {
            // no access without its log entry: the request fails
            throw new IllegalStateException("toegangslog: regel niet vastgelegd", e);
        }
    }

    private final Problemen problemen;

    UitgesteldWachten(Problemen problemen) {
        this.problemen = problemen;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Openstaand openstaand = new Openstaand();
        request.setAttribute(ATTRIBUUT, openstaand);
        try {
            chain.doFilter(request, new Wachtend(response, openstaand));
        } catch (ServletException | IOException | RuntimeException e) {
            // a wait that timed out where no handler could answer it (while a page was rendered)
            if (TijdelijkTeDruk.in(e).isEmpty() || response.isCommitted()) {
                throw e;
            }
            teDruk(request, response);
            return;
        }
        try {
            openstaand.wacht();
        } catch (RuntimeException e) {
            if (!response.isCommitted()) {
                if (TijdelijkTeDruk.in(e).isPresent()) {
                    teDruk(request, response);
                } else {
                    response.reset();
                    response.sendError(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
                }
                return;
            }
            throw e;
        }
    }

    /** 503 with Retry-After: a problem for the API and other clients, the error page for a browser. */
    private void teDruk(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.reset();
        String pad = request.getRequestURI().substring(request.getContextPath().length());
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        if (!pad.startsWith("/api/") && accept != null && accept.contains(MediaType.TEXT_HTML_VALUE)) {
            response.setHeader(HttpHeaders.RETRY_AFTER, TijdelijkTeDruk.opnieuwNaSeconden());
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        } else {
            problemen.teDruk(request, response);
        }
    }

    /** The response, waiting for the log before anything can leave. */
    private static final class Wachtend extends HttpServletResponseWrapper {
        private final Openstaand openstaand;

        Wachtend(HttpServletResponse response, Openstaand openstaand) {
            super(response);
            this.openstaand = openstaand;
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            openstaand.wacht();
            return super.getOutputStream();
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            openstaand.wacht();
            return super.getWriter();
        }

        @Override
        public void sendError(int sc, String msg) throws IOException {
            openstaand.wacht();
            super.sendError(sc, msg);
        }

        @Override
        public void sendError(int sc) throws IOException {
            openstaand.wacht();
            super.sendError(sc);
        }

        @Override
        public void sendRedirect(String location) throws IOException {
            openstaand.wacht();
            super.sendRedirect(location);
        }

        @Override
        public void flushBuffer() throws IOException {
            openstaand.wacht();
            super.flushBuffer();
        }
    }
}
