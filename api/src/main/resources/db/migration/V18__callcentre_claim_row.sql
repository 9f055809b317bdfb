-- The claim hands back the claimed task's own row along with its shop, so that the call card does
-- not read the task a second time (one round trip fewer per "next call"). Still no buyer data: the
-- task's ids, kind, counters, times and the buyer's time zone, which the card needs for the buyer's
-- local time. The choice of task is unchanged from V4 (see the comment there).
drop function cc_claim_next_call(text, timestamptz, interval);

create function cc_claim_next_call(p_operator text, p_now timestamptz, p_lease interval)
  returns table (claimed_task uuid, claimed_tenant text, order_id uuid, kind text, attempts integer,
                 buyer_zone text, due_at timestamptz, not_after timestamptz, claimed_at timestamptz,
                 claimed_until timestamptz)
  language plpgsql security definer set search_path = public, pg_temp as $$
#variable_conflict use_column
declare
  t record;
begin
  if p_operator is null or p_operator = '' or p_lease <= interval '0' then
    raise exception 'cc_claim_next_call: operator and a positive lease are required';
  end if;
  select c.id, c.tenant_id, c.order_id, c.kind, c.attempts, c.buyer_zone, c.due_at, c.not_after,
         c.claimed_at, c.claimed_until into t
    from cc_call_task c
   where c.state = 'OPEN' and c.claimed_by = p_operator and c.claimed_until > p_now
   order by c.claimed_at, c.id limit 1;
  if not found then
    select c.id into t from cc_call_task c join tenant s on s.id = c.tenant_id
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
     where c.id = t.id
     returning c.id, c.tenant_id, c.order_id, c.kind, c.attempts, c.buyer_zone, c.due_at, c.not_after,
               c.claimed_at, c.claimed_until into t;
  end if;
  claimed_task := t.id; claimed_tenant := t.tenant_id; order_id := t.order_id; kind := t.kind;
  attempts := t.attempts; buyer_zone := t.buyer_zone; due_at := t.due_at; not_after := t.not_after;
  claimed_at := t.claimed_at; claimed_until := t.claimed_until;
  return next;
end $$;

revoke all on function cc_claim_next_call(text, timestamptz, interval) from public;
grant execute on function cc_claim_next_call(text, timestamptz, interval) to ${appRole};
