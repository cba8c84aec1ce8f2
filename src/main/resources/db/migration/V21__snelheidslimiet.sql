-- Token buckets of the rate limits on the public doors (kern.SnelheidslimietFilter), shared by all
-- instances through Bucket4j's PostgreSQL back-end (docs/decisions/0026). Shared infrastructure, so in
-- public (decision 0001). The key names the door, its limit and the client (an address or an API key's
-- SHA-256); the state is Bucket4j's own serialised form; expires_at (epoch milliseconds) is when an
-- untouched bucket would be full again, after which it can be forgotten.
create table snelheidslimiet_emmer
(
    sleutel    text   not null primary key,
    toestand   bytea,
    expires_at bigint
);
create index snelheidslimiet_emmer_expires_at_idx on snelheidslimiet_emmer (expires_at);
