-- Allocation (issue 4): a confirmed order's promises on stock balances. Reserving raises the
-- balance's reserved count in the same transaction (the balance's check reserved <= on_hand makes
-- overselling impossible even for a faulty caller); releasing lowers it and dates the promise.

create table wh_reservation (
  id             uuid primary key,
  tenant_id      text not null references tenant (id),
  order_id       uuid not null,
  balance_id     uuid not null references wh_stock_balance (id),
  sku            text not null,
  lot            text not null,
  bin_id         uuid not null references wh_bin (id),
  qty            integer not null check (qty > 0),
  reserved_at    timestamptz not null,
  released_at    timestamptz,
  release_reason text,
  check ((released_at is null) = (release_reason is null))
);
create index wh_reservation_order on wh_reservation (tenant_id, order_id) where released_at is null;
select app_isolate_tenant('wh_reservation');
grant select, insert, update on wh_reservation to ${appRole};
