package nl.toezicht.koppelingen;

/** Who a partner is decides what it may receive (docs/toegang.md, "Partners"). */
public enum Partnersoort {
    /** The ministry's dashboards, a partner inspectorate: events of every provider, never personal data. */
    LANDELIJK,
    /** A care provider's own system: only events about that provider (by KvK number). */
    ZORGAANBIEDER
}
