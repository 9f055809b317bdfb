-- Packing (issue 4): at a station the packer scans a picked order's tote, then every item; the
-- parcel closes only when exactly the picked units are in it (nothing missing, nothing extra), with
-- its box and weight. Each parcel gets a number printed as its barcode; handover (V13) scans it.
--
-- Packers carry no tenant: the tote (V10 wh_picked_tote) and the parcel's id or number lead to the
-- shop through the SECURITY DEFINER functions below, which hand back ids only. Everything else runs
-- under the parcel's shop (PlatformScope.runAs, audited).

-- The boxes at the packing stations (platform data). Their code is printed on the station as a barcode.
create table wh_box (
  code              text primary key check (code ~ '^[A-Z0-9-]{1,32}$'),
  name              text not null,
  length_mm         integer not null check (length_mm > 0),
  width_mm          integer not null check (width_mm > 0),
  height_mm         integer not null check (height_mm > 0),
  max_weight_grams  integer not null check (max_weight_grams > 0),
  active            boolean not null default true
);
grant select on wh_box to ${appRole};
insert into wh_box (code, name, length_mm, width_mm, height_mm, max_weight_grams) values
  ('BOX-S', 'S 20×15×10', 200, 150, 100, 5000),
  ('BOX-M', 'M 30×20×15', 300, 200, 150, 10000),
  ('BOX-L', 'L 40×30×20', 400, 300, 200, 20000),
  ('BOX-XL', 'XL 60×40×40', 600, 400, 400, 30000);

-- Parcel numbers: PCL and nine digits, one sequence for the whole warehouse.
create sequence wh_parcel_number_seq;
grant usage on sequence wh_parcel_number_seq to ${appRole};

-- One parcel per order (unique (tenant_id, order_id)). What the label needs from the order (method,
-- COD) is copied in when the parcel closes, so that the manifest's totals come from these rows.
create table wh_parcel (
  id              uuid primary key,
  tenant_id       text not null references tenant (id),
  list_id         uuid not null,
  order_id        uuid not null,
  order_number    text,
  number          text not null unique check (number ~ '^PCL[0-9]{9}$'),
  tote            text not null,
  delivery_method text not null check (delivery_method ~ '^[A-Z_]{1,32}$'),
  status          text not null check (status in ('OPEN', 'PACKED', 'HANDED_OVER')),
  packer          text not null,
  opened_at       timestamptz not null,
  packed_at       timestamptz,
  box             text references wh_box (code),
  weight_grams    integer check (weight_grams > 0),
  cod_minor       bigint check (cod_minor >= 0),
  currency        text check (currency ~ '^[A-Z]{3}$'),
  version         bigint not null,
  unique (tenant_id, order_id),
  unique (tenant_id, id),
  foreign key (tenant_id, list_id) references wh_pick_list (tenant_id, id),
  check ((status = 'OPEN') = (packed_at is null)),
  check (status = 'OPEN' or (box is not null and weight_grams is not null)),
  check ((cod_minor is null) = (currency is null))
);
select app_isolate_tenant('wh_parcel');
grant select, insert, update on wh_parcel to ${appRole};

-- What the tote brought (expected, from the picks) and what the packer has scanned into the box.
create table wh_parcel_line (
  id         uuid primary key,
  tenant_id  text not null references tenant (id),
  parcel_id  uuid not null,
  sku        text not null,
  expected   integer not null check (expected > 0),
  scanned    integer not null check (scanned >= 0 and scanned <= expected),
  version    bigint not null,
  unique (parcel_id, sku),
  foreign key (tenant_id, parcel_id) references wh_parcel (tenant_id, id)
);
select app_isolate_tenant('wh_parcel_line');
grant select, insert, update on wh_parcel_line to ${appRole};

-- Units scanned into the box that the order does not want: an unknown barcode, another item, or one
-- too many. While any is left, the parcel cannot close.
create table wh_parcel_extra (
  id         uuid primary key,
  tenant_id  text not null references tenant (id),
  parcel_id  uuid not null,
  barcode    text not null,
  sku        text,
  qty        integer not null check (qty >= 0),
  version    bigint not null,
  unique (parcel_id, barcode),
  foreign key (tenant_id, parcel_id) references wh_parcel (tenant_id, id)
);
select app_isolate_tenant('wh_parcel_extra');
grant select, insert, update on wh_parcel_extra to ${appRole};

-- Every scan at the station, right or extra, and every removal: what the parcel's counts come from.
create table wh_pack_scan (
  id         uuid primary key,
  tenant_id  text not null references tenant (id),
  parcel_id  uuid not null,
  packer     text not null,
  action     text not null check (action in ('SCAN', 'REMOVE')),
  barcode    text not null,
  sku        text,
  result     text not null check (result in ('OK', 'EXTRA', 'REMOVED')),
  scanned_at timestamptz not null,
  foreign key (tenant_id, parcel_id) references wh_parcel (tenant_id, id)
);
create index wh_pack_scan_parcel on wh_pack_scan (parcel_id, scanned_at);
select app_isolate_tenant('wh_pack_scan');
grant select, insert on wh_pack_scan to ${appRole};

-- The functions below run as the owning role, which RLS binds too: it reads every shop's rows.
do $$
begin
  execute format('create policy wh_parcel_owner on wh_parcel for select to %I using (true)', current_user);
  execute format('create policy ord_order_owner on ord_order for select to %I using (true)', current_user);
end $$;

-- The shop of a parcel, by id or by the number on its barcode (no row when there is none).
create function wh_parcel_tenant(p_parcel uuid)
  returns text
  language sql stable security definer set search_path = public, pg_temp as $$
  select p.tenant_id from wh_parcel p where p.id = p_parcel
$$;

create function wh_parcel_by_number(p_number text)
  returns table (parcel_id uuid, tenant_id text)
  language sql stable security definer set search_path = public, pg_temp as $$
  select p.id, p.tenant_id from wh_parcel p where p.number = p_number
$$;

revoke all on function wh_parcel_tenant(uuid) from public;
revoke all on function wh_parcel_by_number(text) from public;
grant execute on function wh_parcel_tenant(uuid) to ${appRole};
grant execute on function wh_parcel_by_number(text) to ${appRole};

-- The storekeeper's wave backlog: per shop, its orders waiting to be released (ALLOCATED). A count
-- per shop and nothing else crosses the shops.
create function wh_wave_backlog()
  returns table (tenant_id text, name text, allocated bigint)
  language sql stable security definer set search_path = public, pg_temp as $$
  select o.tenant_id, t.name, count(*) from ord_order o join tenant t on t.id = o.tenant_id
   where o.status = 'ALLOCATED' group by o.tenant_id, t.name order by count(*) desc, o.tenant_id
$$;
revoke all on function wh_wave_backlog() from public;
grant execute on function wh_wave_backlog() to ${appRole};
