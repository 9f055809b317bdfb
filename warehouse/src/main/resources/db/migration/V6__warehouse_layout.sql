-- Warehouse layout (issue 4): zones and their bins. Platform data, shared by every shop and owned by
-- none: no tenant_id, no row-level security. Aisle, rack, shelf and position are the levels of a
-- bin's address inside its zone (A-01-03-2); each bin has a scannable barcode and a place in the
-- walking path (walk_seq) that pick lists follow.

create table wh_zone (
  id         uuid primary key,
  code       text not null unique check (code ~ '^[A-Z0-9][A-Z0-9_]{0,15}$'),
  name       text not null check (name <> ''),
  -- STORAGE: stock here is available to orders; RECEIVING: received, waiting for putaway;
  -- QUARANTINE: damaged or held, blocked for orders.
  kind       text not null check (kind in ('STORAGE', 'RECEIVING', 'QUARANTINE')),
  created_at timestamptz not null,
  version    bigint not null
);

create table wh_bin (
  id         uuid primary key,
  zone_id    uuid not null references wh_zone (id),
  aisle      text not null check (aisle ~ '^[A-Z0-9]{1,8}$'),
  rack       text not null check (rack ~ '^[A-Z0-9]{1,8}$'),
  shelf      text not null check (shelf ~ '^[A-Z0-9]{1,8}$'),
  position   text not null check (position ~ '^[A-Z0-9]{1,8}$'),
  barcode    text not null unique check (length(barcode) between 1 and 48),
  walk_seq   integer not null check (walk_seq >= 0),
  created_at timestamptz not null,
  updated_at timestamptz not null,
  version    bigint not null,
  unique (zone_id, aisle, rack, shelf, position)
);
create index wh_bin_walk on wh_bin (walk_seq, barcode);
grant select, insert, update on wh_zone, wh_bin to ${appRole};

-- The platform's own locations that every warehouse has: the receiving dock, where scanned goods
-- wait for putaway, and the quarantine shelf for damaged goods.
insert into wh_zone (id, code, name, kind, created_at, version) values
  ('00000000-0000-0000-0000-00000000d0c0', 'DOCK', 'Receiving dock', 'RECEIVING', now(), 1),
  ('00000000-0000-0000-0000-00000000a0a0', 'QUARANTINE', 'Quarantine', 'QUARANTINE', now(), 1);
insert into wh_bin (id, zone_id, aisle, rack, shelf, position, barcode, walk_seq, created_at, updated_at, version) values
  ('00000000-0000-0000-0000-00000000d0c1', '00000000-0000-0000-0000-00000000d0c0', '0', '0', '0', '1', 'DOCK-1', 0, now(), now(), 1),
  ('00000000-0000-0000-0000-00000000a0a1', '00000000-0000-0000-0000-00000000a0a0', '0', '0', '0', '1', 'QUARANTINE-1', 0, now(), now(), 1);

-- How many units of all shops together lie in each bin: platform-level occupancy, kept by the
-- stock context in the same transaction as each movement, so that putaway can suggest an empty bin
-- without reading any shop's stock rows (those are under row-level security).
create table wh_bin_load (
  bin_id uuid primary key references wh_bin (id),
  units  bigint not null check (units >= 0)
);
grant select, insert, update on wh_bin_load to ${appRole};
