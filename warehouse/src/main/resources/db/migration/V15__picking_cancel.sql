-- Picking: a storekeeper cancels a released pick list that no picker has started (OPEN, nothing
-- picked). The list stays as a record (CANCELLED, who, when, why) and leaves the pickers' queue
-- (wh_claim_next_pick_list takes OPEN lists only); its order goes back to ALLOCATED with its
-- reservations untouched, so a later wave releases it again with a new list.

alter table wh_pick_list drop constraint wh_pick_list_status_check;
alter table wh_pick_list add constraint wh_pick_list_status_check
  check (status in ('OPEN', 'CLAIMED', 'PICKED', 'CANCELLED'));

-- Only a list that was never claimed can be cancelled: it has no picker.
alter table wh_pick_list drop constraint wh_pick_list_check;
alter table wh_pick_list add constraint wh_pick_list_picker_check
  check ((status in ('OPEN', 'CANCELLED')) = (picker is null));

alter table wh_pick_list
  add column cancelled_by  text,
  add column cancelled_at  timestamptz,
  add column cancel_reason text,
  add constraint wh_pick_list_cancelled_check
    check ((status = 'CANCELLED') = (cancelled_at is not null)
       and (cancelled_at is null) = (cancelled_by is null)
       and (cancelled_at is null) = (cancel_reason is null));

-- One live list per order: a cancelled list no longer counts, so the order can be released again.
alter table wh_pick_list drop constraint wh_pick_list_tenant_id_order_id_key;
create unique index wh_pick_list_live_order on wh_pick_list (tenant_id, order_id) where status <> 'CANCELLED';
