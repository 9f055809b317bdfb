-- Cycle counts (issue 4) and the scanner's dock list.
--
-- A count is a shop's (tenant-owned, forced RLS, like its stock): a storekeeper or supervisor
-- lists bins; counters scan each bin blind (they never see what the books expect); each bin's tally
-- is stored with what the books held for the shop in that bin at that moment (expected), per SKU
-- and lot, and with the round it belongs to. A count with any variance waits for a supervisor or
-- platform admin who did not count it: approving posts one ADJUSTMENT movement per variance
-- (reference count:<code>, note naming counter, approver and why); rejecting starts a new round
-- (every bin is counted again, the old round's lines stay as history). Decisions are kept.
--
-- Staff carry no tenant. Two SECURITY DEFINER functions owned by the owning role give them the
-- one cross-shop view they need to start work, returning only codes and figures, no goods data:
--   wh_open_counts_across_tenants(max)  counts being counted or waiting for approval;
--   wh_dock_across_tenants(max)         shipments expected or at the dock (units expected,
--                                       received, waiting for putaway).
-- Everything else runs as the shop the scanned code names (PlatformScope.runAs, audited).

create table wh_count (
  id            uuid primary key,
  tenant_id     text not null references tenant (id),
  -- Printed on the count sheet and scanned: CNT.<tenant>.<random>.
  code          text not null,
  status        text not null check (status in ('COUNTING', 'AWAITING_APPROVAL', 'ADJUSTED', 'CLOSED')),
  round         integer not null check (round >= 1),
  note          text,
  created_by    text not null,
  created_at    timestamptz not null,
  updated_at    timestamptz not null,
  version       bigint not null,
  unique (tenant_id, id),
  unique (tenant_id, code)
);
create index wh_count_open on wh_count (created_at, id) where status in ('COUNTING', 'AWAITING_APPROVAL');
select app_isolate_tenant('wh_count');
grant select, insert, update on wh_count to ${appRole};

-- The bins of a count, in walking order; counted_by/counted_at are of the current round.
create table wh_count_bin (
  id          uuid primary key,
  tenant_id   text not null references tenant (id),
  count_id    uuid not null,
  bin_id      uuid not null references wh_bin (id),
  seq         integer not null check (seq >= 0),
  counted_by  text,
  counted_at  timestamptz,
  check ((counted_by is null) = (counted_at is null)),
  unique (tenant_id, count_id, bin_id),
  foreign key (tenant_id, count_id) references wh_count (tenant_id, id)
);
select app_isolate_tenant('wh_count_bin');
grant select, insert, update on wh_count_bin to ${appRole};

-- What was counted in a bin in a round, against what the books held at that moment. Written once.
create table wh_count_line (
  id          uuid primary key,
  tenant_id   text not null references tenant (id),
  count_id    uuid not null,
  round       integer not null check (round >= 1),
  bin_id      uuid not null references wh_bin (id),
  sku         text not null,
  lot         text not null,
  expiry      date,
  expected    integer not null check (expected >= 0),
  counted     integer not null check (counted >= 0),
  counted_by  text not null,
  counted_at  timestamptz not null,
  unique (tenant_id, count_id, round, bin_id, sku, lot),
  foreign key (tenant_id, count_id) references wh_count (tenant_id, id)
);
select app_isolate_tenant('wh_count_line');
grant select, insert on wh_count_line to ${appRole};

-- Approvals and rejections, by whom and why.
create table wh_count_decision (
  id          uuid primary key,
  tenant_id   text not null references tenant (id),
  count_id    uuid not null,
  round       integer not null check (round >= 1),
  decision    text not null check (decision in ('APPROVED', 'REJECTED')),
  actor       text not null,
  note        text,
  decided_at  timestamptz not null,
  unique (tenant_id, count_id, round),
  foreign key (tenant_id, count_id) references wh_count (tenant_id, id)
);
select app_isolate_tenant('wh_count_decision');
grant select, insert on wh_count_decision to ${appRole};

-- The owner's own read window, used only inside the functions below.
do $$
begin
  execute format('create policy wh_count_owner on wh_count for select to %I using (true)', current_user);
  execute format('create policy wh_count_bin_owner on wh_count_bin for select to %I using (true)', current_user);
  execute format('create policy wh_asn_owner on wh_asn for select to %I using (true)', current_user);
  execute format('create policy wh_asn_line_owner on wh_asn_line for select to %I using (true)', current_user);
end $$;

create function wh_open_counts_across_tenants(p_max integer)
  returns table (code text, tenant_id text, status text, bins integer, counted_bins integer, created_at timestamptz)
  language sql stable security definer set search_path = public, pg_temp as $$
  select c.code, c.tenant_id, c.status,
         (select count(*)::int from wh_count_bin b where b.tenant_id = c.tenant_id and b.count_id = c.id),
         (select count(*)::int from wh_count_bin b where b.tenant_id = c.tenant_id and b.count_id = c.id and b.counted_by is not null),
         c.created_at
    from wh_count c
   where c.status in ('COUNTING', 'AWAITING_APPROVAL')
   order by c.created_at, c.id
   limit greatest(0, least(p_max, 500))
$$;

create function wh_dock_across_tenants(p_max integer)
  returns table (code text, tenant_id text, reference text, status text, expected_on date,
                 expected_units bigint, received_units bigint, awaiting_putaway bigint)
  language sql stable security definer set search_path = public, pg_temp as $$
  select a.code, a.tenant_id, a.reference, a.status, a.expected_on,
         coalesce(sum(l.expected_qty), 0), coalesce(sum(l.received_qty + l.damaged_qty), 0),
         coalesce(sum(l.received_qty - l.put_away_qty), 0)
    from wh_asn a
    left join wh_asn_line l on l.tenant_id = a.tenant_id and l.asn_id = a.id
   where a.status in ('ANNOUNCED', 'RECEIVING')
      or (a.status = 'RECEIVED' and exists (
            select 1 from wh_asn_line w where w.tenant_id = a.tenant_id and w.asn_id = a.id
               and w.received_qty > w.put_away_qty))
   group by a.id, a.code, a.tenant_id, a.reference, a.status, a.expected_on, a.created_at
   order by a.expected_on nulls last, a.created_at, a.id
   limit greatest(0, least(p_max, 500))
$$;
