-- Stock (issue 4): the journal of movements and the balances it adds up to, per
-- (owner, SKU, bin, lot). Both are the shop's rows, under forced row-level security.

-- The journal: append-only for the application (no update, no delete), so it is also the audit
-- trail of every change of stock: who, when, why, from which bin to which, how many.
create table wh_stock_movement (
  id          uuid primary key,
  tenant_id   text not null references tenant (id),
  sku         text not null,
  lot         text not null,
  expiry      date,
  from_bin_id uuid references wh_bin (id),
  to_bin_id   uuid references wh_bin (id),
  qty         integer not null check (qty > 0),
  reason      text not null check (reason in ('RECEIPT', 'PUTAWAY', 'ADJUSTMENT', 'RELOCATION')),
  reference   text,
  note        text,
  actor       text not null,
  occurred_at timestamptz not null,
  check (from_bin_id is not null or to_bin_id is not null),
  check (from_bin_id is distinct from to_bin_id)
);
create index wh_stock_movement_sku on wh_stock_movement (tenant_id, sku, occurred_at desc, id desc);
select app_isolate_tenant('wh_stock_movement');
grant select, insert on wh_stock_movement to ${appRole};

-- Balances: kept in the same transaction as each movement (on hand) and reservation (reserved).
-- The checks are the last line against overselling: never negative, never more reserved than on hand.
create table wh_stock_balance (
  id          uuid primary key,
  tenant_id   text not null references tenant (id),
  sku         text not null,
  bin_id      uuid not null references wh_bin (id),
  lot         text not null,
  expiry      date,
  on_hand     integer not null check (on_hand >= 0),
  reserved    integer not null check (reserved >= 0),
  received_at timestamptz not null,
  version     bigint not null,
  check (reserved <= on_hand),
  unique (tenant_id, sku, bin_id, lot)
);
create index wh_stock_balance_sku on wh_stock_balance (tenant_id, sku);
select app_isolate_tenant('wh_stock_balance');
grant select, insert, update on wh_stock_balance to ${appRole};

-- The books check: every balance whose on-hand differs from the sum of its movements (in minus out).
-- Empty when the books agree. The view reads under the caller's tenant like any query (RLS is
-- forced for the owner too), so a shop's check sees only its own rows.
create view wh_stock_check as
  with moved as (
    select tenant_id, sku, bin_id, lot, sum(qty) as qty from (
      select tenant_id, sku, to_bin_id as bin_id, lot, qty from wh_stock_movement where to_bin_id is not null
      union all
      select tenant_id, sku, from_bin_id, lot, -qty from wh_stock_movement where from_bin_id is not null
    ) m group by tenant_id, sku, bin_id, lot
  )
  select coalesce(b.tenant_id, m.tenant_id) as tenant_id, coalesce(b.sku, m.sku) as sku,
         coalesce(b.bin_id, m.bin_id) as bin_id, coalesce(b.lot, m.lot) as lot,
         coalesce(b.on_hand, 0) as balance, coalesce(m.qty, 0) as movements
  from wh_stock_balance b
  full join moved m on m.tenant_id = b.tenant_id and m.sku = b.sku and m.bin_id = b.bin_id and m.lot = b.lot
  where coalesce(b.on_hand, 0) <> coalesce(m.qty, 0);
grant select on wh_stock_check to ${appRole};
