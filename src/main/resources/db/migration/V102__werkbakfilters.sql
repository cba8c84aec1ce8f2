-- Saved work-queue filters (issue 13 item 7): a person's own named views of the work queue. Only the owner reads,
-- applies or deletes them. The view is kept as the work queue's own query string, built from its checked
-- parameters (never free text from the request), so applying one is opening /werkbak with it.
create table zaken.werkbakfilter (
    id            uuid primary key,
    eigenaar      text        not null,
    naam          text        not null check (length(naam) between 1 and 60),
    zoekopdracht  text        not null check (length(zoekopdracht) <= 500),
    aangemaakt_op timestamptz not null,
    unique (eigenaar, naam)
);
