-- Picking: a storekeeper resolves a short pick either by closing it with a note (CLOSE: what was
-- done is told in words) or by a re-pick (REPICK): the missing units are reserved again from other
-- bins and added to the order's pick list as new picks, and the list goes back to the pickers'
-- queue (OPEN, no picker) until they are picked into the same tote. A re-pick's pick is marked
-- (repick), so packing knows what the order wanted: the units of the picks that are not re-picks.
-- The exception names the short pick, and its note the bins of the re-pick.

alter table wh_pick add column repick boolean not null default false;

-- The migrating (owning) role is under forced RLS too: it sees and updates exceptions through a
-- policy of its own (as for wh_pick_list in V10), here and in wh_open_pick_exceptions below.
do $$
begin
  execute format('create policy wh_pick_exception_owner on wh_pick_exception to %I using (true) with check (true)', current_user);
end $$;

alter table wh_pick_exception add column action text check (action in ('CLOSE', 'REPICK'));
update wh_pick_exception set action = 'CLOSE' where resolved_at is not null;
alter table wh_pick_exception add constraint wh_pick_exception_resolved_action_check check ((resolved_at is null) = (action is null));

-- The storekeeper's page lists the open short picks of every shop: ids and shops only, oldest first.
create function wh_open_pick_exceptions(p_max integer)
  returns table (exception_id uuid, tenant_id text)
  language sql stable security definer set search_path = public, pg_temp as $$
  select e.id, e.tenant_id from wh_pick_exception e
   where e.resolved_at is null
   order by e.raised_at, e.id
   limit least(greatest(p_max, 0), 1000)
$$;
revoke all on function wh_open_pick_exceptions(integer) from public;
grant execute on function wh_open_pick_exceptions(integer) to ${appRole};
