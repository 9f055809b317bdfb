-- Catalogue: a shop's SKUs and their barcodes.

create table cat_sku (
  id             uuid primary key,
  tenant_id      text not null references tenant (id),
  sku            text not null,
  name           text not null,
  weight_grams   integer not null check (weight_grams >= 0),
  length_mm      integer not null check (length_mm >= 0),
  width_mm       integer not null check (width_mm >= 0),
  height_mm      integer not null check (height_mm >= 0),
  price_minor    bigint not null check (price_minor >= 0),
  currency       char(3) not null,
  expiry_tracked boolean not null,
  created_at     timestamptz not null,
  updated_at     timestamptz not null,
  version        bigint not null,
  unique (tenant_id, sku)
);
create index cat_sku_name on cat_sku (tenant_id, lower(name));
select app_isolate_tenant('cat_sku');
grant select, insert, update, delete on cat_sku to ${appRole};

-- The owning entity maps barcodes as a collection, which does not write tenant_id itself: the
-- default takes it from the transaction's bound tenant, and the RLS check refuses anything else.
create table cat_sku_barcode (
  tenant_id text not null default current_setting('app.tenant_id'),
  sku_id    uuid not null references cat_sku (id) on delete cascade,
  barcode   text not null,
  primary key (tenant_id, barcode)
);
create index cat_sku_barcode_sku on cat_sku_barcode (sku_id);
select app_isolate_tenant('cat_sku_barcode');
grant select, insert, update, delete on cat_sku_barcode to ${appRole};
