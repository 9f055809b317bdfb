-- Picking (issue 4): waves of a shop's allocated orders, one pick list (and tote) per order, its
-- picks in walking order, pick exceptions for the storekeeper, and the scan log behind the pickers'
-- accuracy and speed figures.
--
-- Pickers carry no tenant but take the next pick list of any shop. That one cross-tenant act is a
-- SECURITY DEFINER function owned by the owning role, like the call-centre's next call:
--   wh_claim_next_pick_list(picker, wave)  the picker's own open list, else the next unclaimed one
--                                          (FOR UPDATE SKIP LOCKED), returning only (list, tenant);
--   wh_pick_list_tenant(list, picker)      the shop of a list this picker holds.
-- Everything else runs under the list's own tenant, bound with PlatformScope.runAs (audited).

-- Picks leave the warehouse's stock through PICK movements (from the bin to the picked order's tote).
alter table wh_stock_movement drop constraint wh_stock_movement_reason_check;
alter table wh_stock_movement add constraint wh_stock_movement_reason_check
  check (reason in ('RECEIPT', 'PUTAWAY', 'ADJUSTMENT', 'RELOCATION', 'PICK'));

-- Carrier cut-off per delivery method (platform data): waves take the orders whose carrier leaves
-- first. Times are the warehouse's local time of day.
create table wh_cutoff (
  delivery_method text primary key check (delivery_method ~ '^[A-Z_]{1,32}$'),
  cutoff          time not null,
  updated_at      timestamptz not null,
  updated_by      text not null
);
grant select, insert, update on wh_cutoff to ${appRole};
insert into wh_cutoff (delivery_method, cutoff, updated_at, updated_by) values
  ('POST', '12:00', now(), 'system'),
  ('COURIER', '14:00', now(), 'system'),
  ('CARRIER', '15:00', now(), 'system'),
  ('PARCEL_LOCKER', '16:00', now(), 'system');

create table wh_wave (
  id          uuid primary key,
  tenant_id   text not null references tenant (id),
  code        text not null unique,
  released_by text not null,
  released_at timestamptz not null,
  orders      integer not null check (orders > 0),
  unique (tenant_id, id)
);
select app_isolate_tenant('wh_wave');
grant select, insert on wh_wave to ${appRole};

-- One list per order: the order is in at most one wave, ever (unique (tenant_id, order_id)).
create table wh_pick_list (
  id          uuid primary key,
  tenant_id   text not null references tenant (id),
  wave_id     uuid not null,
  order_id    uuid not null,
  order_number text,
  tote        text not null unique,
  -- Place in the wave's release order: pickers take lists in this order.
  seq         integer not null check (seq >= 0),
  status      text not null check (status in ('OPEN', 'CLAIMED', 'PICKED')),
  picker      text,
  claimed_at  timestamptz,
  picked_at   timestamptz,
  released_at timestamptz not null,
  version     bigint not null,
  unique (tenant_id, order_id),
  unique (tenant_id, id),
  foreign key (tenant_id, wave_id) references wh_wave (tenant_id, id),
  check ((status = 'OPEN') = (picker is null))
);
create index wh_pick_list_queue on wh_pick_list (released_at, seq, id) where status = 'OPEN';
create index wh_pick_list_picker on wh_pick_list (picker) where status = 'CLAIMED';
-- Packing finds a picked order by the tote it was picked into.
create index wh_pick_list_tote_picked on wh_pick_list (tote) where status = 'PICKED';
select app_isolate_tenant('wh_pick_list');
grant select, insert, update on wh_pick_list to ${appRole};

create table wh_pick (
  id             uuid primary key,
  tenant_id      text not null references tenant (id),
  list_id        uuid not null,
  reservation_id uuid not null references wh_reservation (id),
  sku            text not null,
  lot            text not null,
  bin_id         uuid not null references wh_bin (id),
  seq            integer not null check (seq >= 0),
  qty            integer not null check (qty > 0),
  picked_qty     integer check (picked_qty >= 0 and picked_qty <= qty),
  bin_scanned    boolean not null,
  item_scanned   boolean not null,
  status         text not null check (status in ('OPEN', 'PICKED', 'SHORT')),
  done_at        timestamptz,
  version        bigint not null,
  foreign key (tenant_id, list_id) references wh_pick_list (tenant_id, id),
  check ((status = 'OPEN') = (picked_qty is null))
);
create index wh_pick_list_seq on wh_pick (list_id, seq);
select app_isolate_tenant('wh_pick');
grant select, insert, update on wh_pick to ${appRole};

-- A short pick: fewer units found than the list wanted. Never silence: the storekeeper resolves it.
create table wh_pick_exception (
  id          uuid primary key,
  tenant_id   text not null references tenant (id),
  pick_id     uuid not null references wh_pick (id),
  order_id    uuid not null,
  sku         text not null,
  lot         text not null,
  bin_id      uuid not null references wh_bin (id),
  expected    integer not null check (expected > 0),
  picked      integer not null check (picked >= 0 and picked < expected),
  reason      text not null,
  raised_by   text not null,
  raised_at   timestamptz not null,
  resolved_by text,
  resolved_at timestamptz,
  resolution  text,
  version     bigint not null,
  check ((resolved_at is null) = (resolution is null))
);
create index wh_pick_exception_open on wh_pick_exception (tenant_id, raised_at) where resolved_at is null;
select app_isolate_tenant('wh_pick_exception');
grant select, insert, update on wh_pick_exception to ${appRole};

-- Every scan a picker makes, right or wrong: the source of accuracy and picks per hour. Platform
-- data about the picker's work (ids and the scanned text, no buyer data); append-only for the app.
create table wh_pick_scan (
  id         uuid primary key,
  picker     text not null,
  list_id    uuid not null,
  pick_id    uuid not null,
  step       text not null check (step in ('BIN', 'ITEM', 'QTY')),
  scanned    text not null,
  ok         boolean not null,
  scanned_at timestamptz not null
);
create index wh_pick_scan_picker on wh_pick_scan (picker, scanned_at);
create index wh_pick_scan_at on wh_pick_scan (scanned_at);
grant select, insert on wh_pick_scan to ${appRole};

do $$
begin
  execute format('create policy wh_pick_list_owner on wh_pick_list to %I using (true) with check (true)', current_user);
end $$;

-- The picker's next list: the one it holds, else the oldest open one (of p_wave if given), claimed.
create function wh_claim_next_pick_list(p_picker text, p_wave uuid, p_now timestamptz)
  returns table (claimed_list uuid, claimed_tenant text)
  language plpgsql security definer set search_path = public, pg_temp as $$
declare
  t record;
begin
  if p_picker is null or p_picker = '' then
    raise exception 'wh_claim_next_pick_list: picker is required';
  end if;
  select l.id, l.tenant_id into t from wh_pick_list l
   where l.status = 'CLAIMED' and l.picker = p_picker and (p_wave is null or l.wave_id = p_wave)
   order by l.claimed_at, l.id limit 1;
  if found then
    claimed_list := t.id; claimed_tenant := t.tenant_id;
    return next;
    return;
  end if;
  select l.id, l.tenant_id into t from wh_pick_list l
   where l.status = 'OPEN' and (p_wave is null or l.wave_id = p_wave)
   order by l.released_at, l.seq, l.id
   limit 1
   for update skip locked;
  if not found then
    return;
  end if;
  update wh_pick_list l set status = 'CLAIMED', picker = p_picker, claimed_at = p_now, version = l.version + 1
   where l.id = t.id;
  claimed_list := t.id; claimed_tenant := t.tenant_id;
  return next;
end $$;

create function wh_pick_list_tenant(p_list uuid, p_picker text)
  returns text
  language sql stable security definer set search_path = public, pg_temp as $$
  select l.tenant_id from wh_pick_list l where l.id = p_list and l.picker = p_picker
$$;

-- The shop and list of the order picked into p_tote, for packing (no row when the tote holds no picked order).
create function wh_picked_tote(p_tote text)
  returns table (list_id uuid, tenant_id text)
  language sql stable security definer set search_path = public, pg_temp as $$
  select l.id, l.tenant_id from wh_pick_list l where l.tote = p_tote and l.status = 'PICKED'
$$;

revoke all on function wh_picked_tote(text) from public;
grant execute on function wh_picked_tote(text) to ${appRole};
revoke all on function wh_claim_next_pick_list(text, uuid, timestamptz) from public;
revoke all on function wh_pick_list_tenant(uuid, text) from public;
grant execute on function wh_claim_next_pick_list(text, uuid, timestamptz) to ${appRole};
grant execute on function wh_pick_list_tenant(uuid, text) to ${appRole};
