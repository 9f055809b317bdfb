-- Foundation: tenants, the audit trail, idempotency keys, and the mechanism that isolates tenants.
-- Runs as the owning role; the application connects as ${appRole}, which owns nothing and is
-- granted only what it needs. Every table with a tenant_id column gets forced row-level security
-- through app_isolate_tenant(), and a test fails the build if one does not.

create function app_isolate_tenant(tbl regclass) returns void language plpgsql as $$
begin
  execute format('alter table %s enable row level security', tbl);
  execute format('alter table %s force row level security', tbl);
  -- current_setting(..., true) is NULL when no tenant is bound, and NULL = x is never true:
  -- a transaction without a tenant sees no rows and cannot write any.
  execute format(
    'create policy tenant_isolation on %s using (tenant_id = current_setting(''app.tenant_id'', true))'
    ' with check (tenant_id = current_setting(''app.tenant_id'', true))', tbl);
end $$;

create table tenant (
  id                text primary key check (id ~ '^[a-z0-9][a-z0-9-]{1,39}$'),
  name              text not null,
  legal_name        text not null,
  tax_id            text,
  legal_address     text,
  currency          char(3) not null,
  time_zone         text not null,
  call_window_start time not null,
  call_window_end   time not null,
  created_at        timestamptz not null,
  updated_at        timestamptz not null,
  version           bigint not null
);
-- The tenant registry is platform data (no tenant_id column): shops read their own row through the
-- application, which looks it up by the token's tenant only.
grant select, insert, update on tenant to ${appRole};

create table audit_log (
  id           bigserial primary key,
  tenant_id    text not null,
  occurred_at  timestamptz not null,
  actor        text not null,
  action       text not null,
  subject_type text not null,
  subject_id   text not null,
  before_state jsonb,
  after_state  jsonb
);
create index audit_log_tenant_time on audit_log (tenant_id, occurred_at);
select app_isolate_tenant('audit_log');
-- Append-only for the application: no update, no delete.
grant select, insert on audit_log to ${appRole};
grant usage on sequence audit_log_id_seq to ${appRole};

-- tenant_id here is the caller's scope: a tenant id, or '~staff:<name>' for platform staff.
create table idempotency_key (
  tenant_id       text not null,
  idem_key        text not null,
  fingerprint     text not null,
  started_at      timestamptz not null,
  completed_at    timestamptz,
  response_status int,
  content_type    text,
  location        text,
  response_body   text,
  primary key (tenant_id, idem_key)
);
create index idempotency_key_age on idempotency_key (tenant_id, started_at);
select app_isolate_tenant('idempotency_key');
grant select, insert, update, delete on idempotency_key to ${appRole};
