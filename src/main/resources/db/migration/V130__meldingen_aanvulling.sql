-- The reporter adds information later through the private status link (issue 13 item 10): each addition is
-- one entry of the notification's own timeline, append-only (decision 0033); its attachments are rows of
-- meldingen.bijlage that name the addition they came with. The form's key makes a retry find the first.
create table meldingen.aanvulling
(
    melding     uuid        not null references meldingen.melding (id) on delete cascade,
    volgnummer  int         not null check (volgnummer >= 1),
    tekst       text check (length(tekst) between 1 and 5000),
    bijlagen    int         not null check (bijlagen between 0 and 5),
    ontvangen_op timestamptz not null,
    sleutel     text        not null check (sleutel ~ '^[A-Za-z0-9_-]{16,100}$'),
    primary key (melding, volgnummer),
    unique (melding, sleutel),
    check (tekst is not null or bijlagen > 0)
);

create trigger aanvulling_alleen_toevoegen
    before update or delete on meldingen.aanvulling
    for each row execute function tijdlijn_alleen_toevoegen('meldingen.melding', 'id', 'melding');

create trigger aanvulling_geen_truncate
    before truncate on meldingen.aanvulling
    for each statement execute function tijdlijn_alleen_toevoegen();

-- null: sent with the notification itself
alter table meldingen.bijlage add column aanvulling int check (aanvulling >= 1);
