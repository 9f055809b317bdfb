-- Notifications: what buyers and shops are told, and the transactional outbox it goes out from.
-- Outbox rows are written in the order's own transaction (they commit or roll back with the status
-- change) and sent after commit by a background worker that binds each shop's tenant explicitly.
-- Every table carries tenant_id with forced row-level security, like the order tables.

-- A shop's notification settings; no row means the defaults (see NotificationSettings).
create table ntf_setting (
  id              uuid primary key,
  tenant_id       text not null unique references tenant (id),
  buyer_language  text not null check (buyer_language in ('AUTO', 'RU', 'EN')),
  shop_language   text not null check (shop_language in ('RU', 'EN')),
  contact_email   text check (contact_email is null or length(contact_email) <= 254),
  updated_at      timestamptz not null,
  version         bigint not null
);
select app_isolate_tenant('ntf_setting');
grant select, insert, update on ntf_setting to ${appRole};

-- A shop's own wording of one moment in one language; without a row the shipped default applies.
create table ntf_template (
  id            uuid primary key,
  tenant_id     text not null references tenant (id),
  moment        text not null,
  language      text not null check (language in ('RU', 'EN')),
  email_subject text,
  email_body    text,
  sms_text      text,
  updated_at    timestamptz not null,
  version       bigint not null,
  unique (tenant_id, moment, language),
  check ((email_subject is null) = (email_body is null))
);
select app_isolate_tenant('ntf_template');
grant select, insert, update, delete on ntf_template to ${appRole};

-- Outbox of emails and SMS, rendered when the moment happened (the wording of that moment stays).
create table ntf_message (
  id              uuid primary key,
  tenant_id       text not null references tenant (id),
  order_id        uuid not null,
  moment          text not null,
  audience        text not null check (audience in ('BUYER', 'SHOP')),
  channel         text not null check (channel in ('EMAIL', 'SMS')),
  language        text not null check (language in ('RU', 'EN')),
  recipient       text not null,
  subject         text,
  body            text not null,
  status          text not null check (status in ('PENDING', 'SENT', 'FAILED')),
  attempts        integer not null check (attempts >= 0),
  next_attempt_at timestamptz not null,
  lease_until     timestamptz,
  last_error      text,
  provider_id     text,
  created_at      timestamptz not null,
  sent_at         timestamptz,
  version         bigint not null
);
create index ntf_message_due on ntf_message (tenant_id, next_attempt_at) where status = 'PENDING';
create index ntf_message_order on ntf_message (tenant_id, order_id, created_at);
select app_isolate_tenant('ntf_message');
grant select, insert, update on ntf_message to ${appRole};

-- A shop's webhook endpoint. The secret signs every delivery (HMAC-SHA256), so it is kept as is;
-- it is shown to the shop once, when the webhook is registered, and never again.
create table ntf_webhook (
  id           uuid primary key,
  tenant_id    text not null references tenant (id),
  url          text not null check (url ~ '^https?://' and length(url) <= 2000),
  secret       text not null,
  event_filter text not null,
  active       boolean not null,
  created_at   timestamptz not null,
  updated_at   timestamptz not null,
  version      bigint not null,
  unique (tenant_id, id)
);
select app_isolate_tenant('ntf_webhook');
grant select, insert, update, delete on ntf_webhook to ${appRole};

-- One event for one webhook: the outbox row and its delivery log at once. A webhook's events go out
-- in event order, (occurred_at, order_id, event_seq): only its oldest undelivered one is ever in
-- flight. seq numbers the rows for the log's paging (newest first).
create table ntf_webhook_delivery (
  id               uuid primary key,
  seq              bigserial not null unique,
  tenant_id        text not null,
  webhook_id       uuid not null,
  event_id         uuid not null,
  event_type       text not null,
  order_id         uuid not null,
  occurred_at      timestamptz not null,
  event_seq        bigint not null,
  payload          text not null,
  status           text not null check (status in ('PENDING', 'DELIVERED', 'FAILED')),
  attempts         integer not null check (attempts >= 0),
  next_attempt_at  timestamptz not null,
  lease_until      timestamptz,
  last_status_code integer,
  last_error       text,
  created_at       timestamptz not null,
  delivered_at     timestamptz,
  version          bigint not null,
  unique (webhook_id, event_id),
  foreign key (tenant_id, webhook_id) references ntf_webhook (tenant_id, id) on delete cascade
);
create index ntf_webhook_delivery_due on ntf_webhook_delivery (tenant_id, webhook_id, occurred_at, order_id, event_seq)
  where status = 'PENDING';
create index ntf_webhook_delivery_log on ntf_webhook_delivery (tenant_id, webhook_id, seq desc);
select app_isolate_tenant('ntf_webhook_delivery');
grant select, insert, update, delete on ntf_webhook_delivery to ${appRole};
grant usage on sequence ntf_webhook_delivery_seq_seq to ${appRole};
