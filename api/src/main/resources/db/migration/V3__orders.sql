-- Orders: a shop's orders, their lines, and the timeline of their status changes.
-- Child tables carry tenant_id too (RLS needs it on every row), and reference their order through
-- (tenant_id, order_id): foreign-key checks ignore row-level security, so a single-column key
-- would let a row point at another shop's order.

create table ord_order (
  id                     uuid primary key,
  tenant_id              text not null references tenant (id),
  external_number        text check (external_number <> ''),
  status                 text not null check (status in (
                           'RECEIVED', 'AWAITING_CONFIRMATION', 'UNREACHABLE_HOLD', 'CONFIRMED', 'CANCELLED',
                           'REJECTED', 'ALLOCATED', 'BACKORDERED', 'PICKING', 'PACKED', 'HANDED_TO_CARRIER',
                           'IN_TRANSIT', 'OUT_FOR_DELIVERY', 'DELIVERED', 'REFUSED', 'UNDELIVERED',
                           'RETURNING', 'RETURNED')),
  buyer_name             text not null,
  buyer_phone            text not null check (buyer_phone ~ '^\+[1-9][0-9]{7,14}$'),
  buyer_email            text,
  buyer_time_zone        text not null,
  buyer_time_zone_source text not null check (buyer_time_zone_source in ('STATED', 'REGION', 'COUNTRY', 'SHOP')),
  address_country        char(2) not null,
  address_region         text,
  address_city           text not null,
  address_street         text not null,
  address_postal_code    text,
  currency               char(3) not null,
  goods_total_minor      bigint not null check (goods_total_minor >= 0),
  delivery_fee_minor     bigint not null check (delivery_fee_minor >= 0),
  cod_amount_minor       bigint not null check (cod_amount_minor >= 0),
  payment_form           text not null check (payment_form in ('COD_CASH', 'COD_CARD', 'PREPAID')),
  delivery_method        text not null check (delivery_method in ('COURIER', 'POST', 'PARCEL_LOCKER', 'CARRIER')),
  delivery_date          date,
  slot_from              time,
  slot_to                time,
  notes                  text,
  received_at            timestamptz not null,
  updated_at             timestamptz not null,
  last_event_seq         integer not null check (last_event_seq >= 1),
  version                bigint not null,
  unique (tenant_id, id),
  check ((slot_from is null) = (slot_to is null)),
  check (slot_from is null or (slot_from < slot_to and delivery_date is not null)),
  check (payment_form <> 'PREPAID' or cod_amount_minor = 0)
);
-- The shop's own number is unique per shop; orders without one are allowed.
create unique index ord_order_external_number on ord_order (tenant_id, external_number)
  where external_number is not null;
-- The list: newest first, keyset by (received_at, id), optionally within a status.
create index ord_order_received on ord_order (tenant_id, received_at desc, id desc);
create index ord_order_status_received on ord_order (tenant_id, status, received_at desc, id desc);
create index ord_order_phone on ord_order (tenant_id, buyer_phone);
select app_isolate_tenant('ord_order');
-- No delete: an order is cancelled, never removed.
grant select, insert, update on ord_order to ${appRole};

-- Lines are a collection of the order (replaced when the buyer changes them on confirmation); the
-- entity does not write tenant_id, so it defaults to the transaction's bound tenant.
create table ord_order_line (
  tenant_id        text not null default current_setting('app.tenant_id'),
  order_id         uuid not null,
  line_no          integer not null check (line_no >= 0 and line_no < 200),
  sku              text not null,
  name             text not null,
  qty              integer not null check (qty > 0),
  unit_price_minor bigint not null check (unit_price_minor >= 0),
  primary key (order_id, line_no),
  foreign key (tenant_id, order_id) references ord_order (tenant_id, id) on delete cascade
);
create index ord_order_line_sku on ord_order_line (tenant_id, sku);
select app_isolate_tenant('ord_order_line');
grant select, insert, update, delete on ord_order_line to ${appRole};

-- The timeline: one row per status change, numbered 1..n per order, append-only for the application.
create table ord_order_event (
  id          uuid primary key,
  tenant_id   text not null references tenant (id),
  order_id    uuid not null,
  seq         integer not null check (seq >= 1),
  from_status text,
  to_status   text not null,
  actor       text not null,
  occurred_at timestamptz not null,
  reason      text,
  unique (tenant_id, order_id, seq),
  check ((seq = 1) = (from_status is null)),
  foreign key (tenant_id, order_id) references ord_order (tenant_id, id)
);
select app_isolate_tenant('ord_order_event');
grant select, insert on ord_order_event to ${appRole};
