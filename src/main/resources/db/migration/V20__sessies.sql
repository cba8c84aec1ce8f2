-- Login sessions (module toegang) in PostgreSQL through Spring Session JDBC, so that every instance serves
-- every user and ending a session ends it on all instances (docs/decisions/0025). The shape is Spring
-- Session 4.1's schema-postgresql.sql; the tables live in the schema of the module that owns logins.
create table toegang.spring_session
(
    primary_id            char(36)     not null,
    session_id            char(36)     not null,
    creation_time         bigint       not null,
    last_access_time      bigint       not null,
    max_inactive_interval int          not null,
    expiry_time           bigint       not null,
    -- the user name: all sessions of one account are found (and ended) through it
    principal_name        varchar(100),
    constraint spring_session_pk primary key (primary_id)
);
create unique index spring_session_ix1 on toegang.spring_session (session_id);
create index spring_session_ix2 on toegang.spring_session (expiry_time);
create index spring_session_ix3 on toegang.spring_session (principal_name);

create table toegang.spring_session_attributes
(
    session_primary_id char(36)     not null,
    attribute_name     varchar(200) not null,
    attribute_bytes    bytea        not null,
    constraint spring_session_attributes_pk primary key (session_primary_id, attribute_name),
    constraint spring_session_attributes_fk foreign key (session_primary_id)
        references toegang.spring_session (primary_id) on delete cascade
);
