-- Inbound (issue 4): shipments a shop announces (ASN), their lines as announced and as counted at
-- the dock, and the discrepancies storekeepers report. The shop's rows, under forced RLS; children
-- reference their shipment through (tenant_id, asn_id), as foreign keys ignore RLS.

create table wh_asn (
  id          uuid primary key,
  tenant_id   text not null references tenant (id),
  -- Printed on the shipment's papers and scanned at the dock: ASN.<tenant>.<random>.
  code        text not null,
  reference   text check (reference <> ''),
  status      text not null check (status in ('ANNOUNCED', 'RECEIVING', 'RECEIVED', 'CANCELLED')),
  expected_on date,
  created_at  timestamptz not null,
  updated_at  timestamptz not null,
  closed_at   timestamptz,
  version     bigint not null,
  unique (tenant_id, id),
  unique (tenant_id, code)
);
create unique index wh_asn_reference on wh_asn (tenant_id, reference) where reference is not null;
create index wh_asn_created on wh_asn (tenant_id, created_at desc, id desc);
select app_isolate_tenant('wh_asn');
grant select, insert, update on wh_asn to ${appRole};

create table wh_asn_line (
  id           uuid primary key,
  tenant_id    text not null references tenant (id),
  asn_id       uuid not null,
  line_no      integer not null check (line_no >= 0),
  sku          text not null,
  lot          text not null,
  expiry       date,
  -- announced = false: not on the shop's announcement, found at the dock (all of it is "over").
  announced    boolean not null,
  expected_qty integer not null check (expected_qty >= 0),
  received_qty integer not null check (received_qty >= 0),
  damaged_qty  integer not null check (damaged_qty >= 0),
  put_away_qty integer not null check (put_away_qty >= 0 and put_away_qty <= received_qty),
  unique (tenant_id, asn_id, sku, lot),
  unique (tenant_id, asn_id, line_no),
  foreign key (tenant_id, asn_id) references wh_asn (tenant_id, id)
);
select app_isolate_tenant('wh_asn_line');
grant select, insert, update on wh_asn_line to ${appRole};

-- Reports a storekeeper files at the dock that are not counts of a known SKU (an unknown barcode).
create table wh_asn_report (
  id          uuid primary key,
  tenant_id   text not null references tenant (id),
  asn_id      uuid not null,
  kind        text not null check (kind in ('UNKNOWN_BARCODE')),
  barcode     text not null,
  qty         integer not null check (qty > 0),
  note        text,
  actor       text not null,
  occurred_at timestamptz not null,
  foreign key (tenant_id, asn_id) references wh_asn (tenant_id, id)
);
select app_isolate_tenant('wh_asn_report');
grant select, insert on wh_asn_report to ${appRole};
