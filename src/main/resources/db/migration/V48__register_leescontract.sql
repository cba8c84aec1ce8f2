-- Module register offers its data to other modules (decision 0030): read views with a documented column
-- contract, in its own schema. The register is public data; these carry what the history exchange format
-- holds of a provider and its locations (module historie: export, reconciliation, KvK numbers in use).

create view register.zorgaanbieder_uitwisseling as
select id,
       naam,
       kvk_nummer,
       agb_code,
       sectoren,
       aangemaakt_op
from register.zorgaanbieder;

create view register.locatie_uitwisseling as
select id,
       zorgaanbieder as zorgaanbieder_id,
       volgnummer,
       naam,
       adres,
       postcode,
       plaats,
       gemeente
from register.locatie;
