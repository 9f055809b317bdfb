-- Substitutes (analogues): SKUs of the same shop the call-centre may offer the buyer when a line's
-- SKU is short (DESIGN §3). Ordered by the shop's preference. The reference is by SKU code within
-- the shop: renaming a SKU follows it, deleting one removes it from every list. Deferred, so a CSV
-- import may name a SKU created further down the same file.

create table cat_sku_substitute (
  tenant_id      text not null default current_setting('app.tenant_id'),
  sku_id         uuid not null references cat_sku (id) on delete cascade,
  position       integer not null check (position >= 0),
  substitute_sku text not null,
  foreign key (tenant_id, substitute_sku) references cat_sku (tenant_id, sku)
    on update cascade on delete cascade deferrable initially deferred
);
-- No key on (sku_id, position) or (sku_id, substitute_sku): EclipseLink rewrites a reordered list
-- row by row, passing through duplicates; SkuRequest refuses duplicates before anything is written.
create index cat_sku_substitute_sku on cat_sku_substitute (sku_id, position);
create index cat_sku_substitute_target on cat_sku_substitute (tenant_id, substitute_sku);
select app_isolate_tenant('cat_sku_substitute');
grant select, insert, update, delete on cat_sku_substitute to ${appRole};
