-- Handover (issue 4): the dispatcher scans packed parcels onto the carrier's manifest and closes it;
-- the parcels are handed over and their orders become HANDED_TO_CARRIER.
--
-- A manifest is the warehouse's (platform data): one carrier's pick-up carries the parcels of many
-- shops. A transaction holds one shop (TenantSession), so closing works in two steps: the manifest
-- closes in one transaction, then each shop's parcels are handed over in a transaction of that shop.
-- A shop's step that fails leaves its parcels PACKED on the CLOSED manifest; closing again finishes
-- them (the manifest view counts them as pending). Nothing is lost and nothing is half-written.

create sequence wh_manifest_code_seq;
grant usage on sequence wh_manifest_code_seq to ${appRole};

create table wh_manifest (
  id         uuid primary key,
  code       text not null unique check (code ~ '^MAN-[0-9]{6,}$'),
  carrier    text not null check (carrier ~ '^[A-Z_]{1,32}$'),
  status     text not null check (status in ('OPEN', 'CLOSED')),
  opened_by  text not null,
  opened_at  timestamptz not null,
  closed_by  text,
  closed_at  timestamptz,
  version    bigint not null,
  check ((status = 'OPEN') = (closed_at is null)),
  check ((closed_at is null) = (closed_by is null))
);
-- One open manifest per carrier: a parcel scan never has to guess which one.
create unique index wh_manifest_open_carrier on wh_manifest (carrier) where status = 'OPEN';
create index wh_manifest_opened on wh_manifest (opened_at desc, id);
grant select, insert, update on wh_manifest to ${appRole};

-- By the manifest's code (text): EclipseLink 4.0.7 cannot bind a null UUID (README, traps).
alter table wh_parcel add column manifest text references wh_manifest (code);
alter table wh_parcel add column manifested_at timestamptz;
alter table wh_parcel add column handed_at timestamptz;
alter table wh_parcel add constraint wh_parcel_manifest_check check ((manifest is null) = (manifested_at is null));
alter table wh_parcel add constraint wh_parcel_handed_check check ((status = 'HANDED_OVER') = (handed_at is not null));
alter table wh_parcel add constraint wh_parcel_handed_manifest_check check (status <> 'HANDED_OVER' or manifest is not null);
alter table wh_parcel add constraint wh_parcel_manifest_packed_check check (manifest is null or status <> 'OPEN');
create index wh_parcel_manifest on wh_parcel (manifest) where manifest is not null;

-- The parcels on a manifest, of every shop: what the manifest shows and totals, and which shops'
-- parcels closing must hand over. Ids, numbers, weights and COD only; no buyer data crosses shops.
create function wh_manifest_parcels(p_manifest text)
  returns table (parcel_id uuid, tenant_id text, number text, order_number text, status text, box text,
                 weight_grams integer, cod_minor bigint, currency text, manifested_at timestamptz)
  language sql stable security definer set search_path = public, pg_temp as $$
  select p.id, p.tenant_id, p.number, p.order_number, p.status, p.box, p.weight_grams, p.cod_minor, p.currency,
         p.manifested_at
    from wh_parcel p where p.manifest = p_manifest
   order by p.manifested_at, p.number
$$;
revoke all on function wh_manifest_parcels(text) from public;
grant execute on function wh_manifest_parcels(text) to ${appRole};
