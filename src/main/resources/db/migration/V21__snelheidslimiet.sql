-- Token buckets of the rate limits on the public doors (kern.SnelheidslimietFilter), shared by all
-- instances through Bucket4j's PostgreSQL back-end (docs/decisions/0026). Shared infrastructure, so in
-- public (decision 0001). The key names the door, its limit and the client (an address or an API key's
-- SHA-256); the state is Bucket4j's own serialised form; expires_at (epoch milliseconds) is when an
-- untouched bucket would be full again, after which it can be forgotten.
-- UNLOGGED: a count needs no durability, and a transaction that writes only unlogged tables commits without
-- waiting for a WAL flush, which made each check a durable commit (measured: docs/PERFORMANCE.md). After a
-- database crash (or on a standby after fail-over) the table is empty: every client starts afresh.
create unlogged table snelheidslimiet_emmer
(
    sleutel    text   not null primary key,
    toestand   bytea,
    expires_at bigint
);
create index snelheidslimiet_emmer_expires_at_idx on snelheidslimiet_emmer (expires_at);
