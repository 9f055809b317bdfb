-- Call-centre: call tasks (confirmation, pre-delivery), attempts, per-shop call scripts and
-- supervisors' call audits. Every table is tenant-owned with forced row-level security.
--
-- Operators carry no tenant but pull the next call across all shops. That one cross-tenant act
-- is done by SECURITY DEFINER functions owned by the owning role (the role running this
-- migration), never by the application role reading other shops' rows:
--   cc_claim_next_call(operator, now, lease)  claims the most urgent callable task of any shop
--                                             and returns only (task id, tenant id);
--   cc_claimed_task_tenant(task, operator)    the tenant of a task this operator holds;
--   cc_kpi_facts(from, to)                    per-attempt facts for supervisors' KPIs (ids, times,
--                                             operator, outcome; no buyer data).
-- The application then binds that tenant (PlatformScope.runAs, audited) and reads the rest under
-- row-level security like any shop-scoped code. The owner sees these tables through an extra
-- policy granted to it alone; the owner owns the tables anyway (it could drop the policies), so
-- this widens nothing the application role can reach.

create table cc_call_task (
  id               uuid primary key,
  tenant_id        text not null references tenant (id),
  order_id         uuid not null,
  kind             text not null check (kind in ('CONFIRMATION', 'PRE_DELIVERY')),
  state            text not null check (state in ('OPEN', 'CLOSED')),
  buyer_zone       text not null,
  -- The order's receipt: the start of "time to first call" (confirmation tasks only).
  received_at      timestamptz,
  -- The deadline of the first call, fixed when the task opens (window-adjusted): the SLA anchor.
  due_at           timestamptz not null,
  -- The current call: callable from available_at, queued by priority_at (earliest first).
  available_at     timestamptz not null,
  priority_at      timestamptz not null,
  -- No call at or after this moment (pre-delivery: the slot start).
  not_after        timestamptz,
  attempts         integer not null check (attempts >= 0),
  unreachable      integer not null check (unreachable >= 0),
  call_backs       integer not null check (call_backs >= 0),
  -- Claims that expired without an outcome (the operator walked away); the task came back.
  abandoned_claims integer not null default 0 check (abandoned_claims >= 0),
  claimed_by       text,
  claimed_at       timestamptz,
  claimed_until    timestamptz,
  created_at       timestamptz not null,
  closed_at        timestamptz,
  closed_reason    text,
  version          bigint not null,
  unique (tenant_id, id),
  check ((state = 'OPEN') = (closed_at is null)),
  check ((claimed_by is null) = (claimed_until is null) and (claimed_by is null) = (claimed_at is null)),
  -- The claim bounds its index scan with priority_at <= now + 1 hour: nothing is queued more than
  -- an hour ahead of when it may be called (CallSchedule keeps this; a schedule that broke it
  -- would fail here, loudly, instead of silently hiding tasks from the queue).
  check (priority_at <= available_at + interval '1 hour')
);
-- The queue: open tasks only, in the order the claim reads them. With 100,000 open tasks the claim
-- walks this partial index from the most urgent entry and stops at the first callable one;
-- available_at is a key column so that tasks queued in front but not callable yet (night orders
-- before the window opens, retries not yet due) are skipped inside the index, without heap reads.
create index cc_call_task_queue on cc_call_task (priority_at, available_at, id) where state = 'OPEN';
-- "Give me back the call I hold" (an operator reloading the console).
create index cc_call_task_claimed on cc_call_task (claimed_by, claimed_at) where state = 'OPEN' and claimed_by is not null;
-- At most one open task per order and kind, also under concurrent order events.
create unique index cc_call_task_open on cc_call_task (tenant_id, order_id, kind) where state = 'OPEN';
create index cc_call_task_order on cc_call_task (tenant_id, order_id);
create index cc_call_task_received on cc_call_task (received_at) where kind = 'CONFIRMATION';
select app_isolate_tenant('cc_call_task');
grant select, insert, update on cc_call_task to ${appRole};

create table cc_call_attempt (
  id           uuid primary key,
  tenant_id    text not null references tenant (id),
  task_id      uuid not null,
  order_id     uuid not null,
  kind         text not null check (kind in ('CONFIRMATION', 'PRE_DELIVERY')),
  attempt_no   integer not null check (attempt_no >= 1),
  operator     text not null,
  started_at   timestamptz not null,
  ended_at     timestamptz not null,
  outcome      text not null check (outcome in ('CONFIRMED', 'CANCELLED', 'UNREACHABLE', 'CALL_BACK')),
  notes        text,
  reason       text,
  call_back_at timestamptz,
  -- Whether this attempt decided its task (confirmed, cancelled, or the last unanswered try).
  closes_task  boolean not null,
  unique (tenant_id, id),
  unique (task_id, attempt_no),
  foreign key (tenant_id, task_id) references cc_call_task (tenant_id, id),
  check (ended_at >= started_at)
);
create index cc_call_attempt_order on cc_call_attempt (tenant_id, order_id, started_at);
create index cc_call_attempt_started on cc_call_attempt (tenant_id, started_at, id);
select app_isolate_tenant('cc_call_attempt');
-- Attempts are the record of what was said: never changed, never deleted.
grant select, insert on cc_call_attempt to ${appRole};

create table cc_call_script (
  id         uuid primary key,
  tenant_id  text not null references tenant (id),
  version    integer not null check (version >= 1),
  text_ru    text not null,
  text_en    text not null,
  created_at timestamptz not null,
  created_by text not null,
  unique (tenant_id, version)
);
select app_isolate_tenant('cc_call_script');
-- Versions are kept as written: a new text is a new version.
grant select, insert on cc_call_script to ${appRole};

create table cc_call_audit (
  id         uuid primary key,
  tenant_id  text not null references tenant (id),
  attempt_id uuid not null,
  operator   text not null,
  auditor    text not null,
  score      integer not null check (score between 0 and 100),
  notes      text,
  created_at timestamptz not null,
  unique (tenant_id, id),
  unique (attempt_id),
  foreign key (tenant_id, attempt_id) references cc_call_attempt (tenant_id, id)
);
create index cc_call_audit_created on cc_call_audit (tenant_id, created_at, id);
select app_isolate_tenant('cc_call_audit');
grant select, insert on cc_call_audit to ${appRole};

-- Checklist items of an audit with the points given; like ord_order_line, the owning entity does
-- not write tenant_id: the default takes the transaction's bound tenant and RLS refuses any other.
create table cc_call_audit_item (
  tenant_id text not null default current_setting('app.tenant_id'),
  audit_id  uuid not null,
  item      text not null,
  points    integer not null check (points >= 0),
  primary key (audit_id, item),
  foreign key (tenant_id, audit_id) references cc_call_audit (tenant_id, id)
);
select app_isolate_tenant('cc_call_audit_item');
grant select, insert on cc_call_audit_item to ${appRole};

-- The owner's own window on tasks and attempts, used only inside the functions below.
do $$
begin
  execute format('create policy cc_call_task_owner on cc_call_task to %I using (true) with check (true)', current_user);
  execute format('create policy cc_call_attempt_owner on cc_call_attempt for select to %I using (true)', current_user);
end $$;

-- Claims the next call for p_operator: the operator's own live claim if there is one (a reloaded
-- console gets the same call back), else the most urgent callable open task of any shop.
-- Callable: available, not past its last useful moment, not held by a live claim (an expired claim
-- counts as abandoned and the task is taken over), and inside the shop's calling window in the
-- buyer's zone now. Most urgent: lowest priority_at (then available_at and id, the index's order).
-- FOR UPDATE SKIP LOCKED makes concurrent operators take different rows without waiting for each
-- other.
create function cc_claim_next_call(p_operator text, p_now timestamptz, p_lease interval)
  returns table (claimed_task uuid, claimed_tenant text)
  language plpgsql security definer set search_path = public, pg_temp as $$
declare
  t record;
begin
  if p_operator is null or p_operator = '' or p_lease <= interval '0' then
    raise exception 'cc_claim_next_call: operator and a positive lease are required';
  end if;
  select c.id, c.tenant_id into t from cc_call_task c
   where c.state = 'OPEN' and c.claimed_by = p_operator and c.claimed_until > p_now
   order by c.claimed_at, c.id limit 1;
  if found then
    claimed_task := t.id; claimed_tenant := t.tenant_id;
    return next;
    return;
  end if;
  select c.id, c.tenant_id into t from cc_call_task c join tenant s on s.id = c.tenant_id
   where c.state = 'OPEN'
     and c.priority_at <= p_now + interval '1 hour'
     and c.available_at <= p_now
     and (c.not_after is null or c.not_after > p_now)
     and (c.claimed_until is null or c.claimed_until <= p_now)
     and (p_now at time zone c.buyer_zone)::time >= s.call_window_start
     and (p_now at time zone c.buyer_zone)::time < s.call_window_end
   order by c.priority_at, c.available_at, c.id
   limit 1
   for update of c skip locked;
  if not found then
    return;
  end if;
  update cc_call_task c
     set abandoned_claims = c.abandoned_claims + (case when c.claimed_by is null then 0 else 1 end),
         claimed_by = p_operator, claimed_at = p_now, claimed_until = p_now + p_lease,
         version = c.version + 1
   where c.id = t.id;
  claimed_task := t.id; claimed_tenant := t.tenant_id;
  return next;
end $$;

-- The shop of an open task that p_operator holds (expired or not, as long as nobody took it over);
-- no row otherwise. Lets the operator record the outcome without naming a shop.
create function cc_claimed_task_tenant(p_task uuid, p_operator text)
  returns text
  language sql stable security definer set search_path = public, pg_temp as $$
  select c.tenant_id from cc_call_task c where c.id = p_task and c.state = 'OPEN' and c.claimed_by = p_operator
$$;

-- Facts for the call-centre KPIs: one row per confirmation task received in [p_from, p_to) and
-- each of its order's confirmation attempts (or one row with null attempt columns when none was
-- made). Ids, times, operator and outcome only; the KPIs are computed from these rows.
create function cc_kpi_facts(p_from timestamptz, p_to timestamptz, p_tenant text)
  returns table (tenant_id text, order_id uuid, task_id uuid, received_at timestamptz, due_at timestamptz,
                 attempt_id uuid, operator text, started_at timestamptz, outcome text, closes_task boolean)
  language sql stable security definer set search_path = public, pg_temp as $$
  with first_task as (
    select distinct on (t.tenant_id, t.order_id) t.tenant_id, t.order_id, t.id, t.received_at, t.due_at
      from cc_call_task t
     where t.kind = 'CONFIRMATION' and t.received_at >= p_from and t.received_at < p_to
       and (p_tenant is null or t.tenant_id = p_tenant)
     order by t.tenant_id, t.order_id, t.created_at, t.id)
  select f.tenant_id, f.order_id, f.id, f.received_at, f.due_at,
         a.id, a.operator, a.started_at, a.outcome, a.closes_task
    from first_task f
    left join cc_call_attempt a
      on a.tenant_id = f.tenant_id and a.order_id = f.order_id and a.kind = 'CONFIRMATION'
   order by f.tenant_id, f.received_at, f.order_id, a.started_at, a.id
$$;

revoke all on function cc_claim_next_call(text, timestamptz, interval) from public;
revoke all on function cc_claimed_task_tenant(uuid, text) from public;
revoke all on function cc_kpi_facts(timestamptz, timestamptz, text) from public;
grant execute on function cc_claim_next_call(text, timestamptz, interval) to ${appRole};
grant execute on function cc_claimed_task_tenant(uuid, text) to ${appRole};
grant execute on function cc_kpi_facts(timestamptz, timestamptz, text) to ${appRole};
