-- Approval up the tree: the only writes across units. SECURITY DEFINER (run as perf_owner), each
-- checks who is asking, touches only the fields it must, and leaves its action and reason in the
-- audit. A reviewer acts on sheets of its own unit and of every unit below it.

/** Whether the account's unit is `unit` or one of its ancestors. */
create function app_governs(unit text) returns boolean
language sql stable security definer set search_path = public, pg_temp as $$
  select exists (select 1 from unit_closure where ancestor = app_account_unit() and descendant = unit)
$$;

/** The live sheet, locked for the rest of the transaction; refused as not_found when not visible. */
create function wf_sheet(p_sheet_id text) returns rows_sheets
language plpgsql security definer set search_path = public, pg_temp as $$
declare
  s rows_sheets;
begin
  perform app_write_order();
  select * into s from rows_sheets where id = p_sheet_id for update;
  if not found or s.deleted_at is not null or not app_governs(s.unit_id) then
    perform pl_refuse('not_found');
  end if;
  return s;
end
$$;

create function wf_apply(s rows_sheets, patch jsonb, action text, reason text) returns jsonb
language plpgsql security definer set search_path = public, pg_temp as $$
declare
  result jsonb;
begin
  perform set_config('app.audit_action', action, true);
  perform set_config('app.audit_reason', coalesce(reason, ''), true);
  update rows_sheets set data = data || patch where id = s.id returning data into result;
  perform set_config('app.audit_action', '', true);
  perform set_config('app.audit_reason', '', true);
  return result;
end
$$;

create function wf_reason(reason text) returns text
language plpgsql immutable as $$
begin
  if reason is null or btrim(reason) = '' then
    perform pl_refuse('reason_required');
  end if;
  return btrim(reason);
end
$$;

/** draft → submitted, by an entry or admin account of the sheet's own unit. */
create function sheet_submit(p_sheet_id text) returns jsonb
language plpgsql security definer set search_path = public, pg_temp as $$
declare
  s rows_sheets := wf_sheet(p_sheet_id);
begin
  if not (app_account_role() in ('entry', 'admin') and s.unit_id = app_account_unit()) then
    perform pl_refuse('forbidden');
  end if;
  if coalesce(s.data->>'status', 'draft') <> 'draft' then
    perform pl_refuse('status_workflow', 'only a draft can be submitted');
  end if;
  return wf_apply(s, '{"status": "submitted"}', 'submit', null);
end
$$;

/** submitted → draft with a comment, by a reviewer of the unit or above, or an admin of the unit. */
create function sheet_return(p_sheet_id text, p_reason text) returns jsonb
language plpgsql security definer set search_path = public, pg_temp as $$
declare
  s rows_sheets := wf_sheet(p_sheet_id);
  why text := wf_reason(p_reason);
  who text := (select name from accounts where id = app_account_id());
begin
  if not (app_account_role() = 'reviewer'
          or (app_account_role() = 'admin' and s.unit_id = app_account_unit())) then
    perform pl_refuse('forbidden');
  end if;
  if s.data->>'status' is distinct from 'submitted' then
    perform pl_refuse('status_workflow', 'only a submitted sheet can be sent back');
  end if;
  return wf_apply(s, jsonb_build_object('status', 'draft',
    'reviewComment', jsonb_build_object('text', why, 'by', who, 'at', pl_iso(now()))), 'return', why);
end
$$;

/** submitted → locked, by a reviewer of the unit or above. */
create function sheet_lock(p_sheet_id text) returns jsonb
language plpgsql security definer set search_path = public, pg_temp as $$
declare
  s rows_sheets := wf_sheet(p_sheet_id);
begin
  if app_account_role() is distinct from 'reviewer' then
    perform pl_refuse('forbidden');
  end if;
  if s.data->>'status' is distinct from 'submitted' then
    perform pl_refuse('status_workflow', 'only a submitted sheet can be locked');
  end if;
  return wf_apply(s, '{"status": "locked"}', 'lock', null);
end
$$;

/** locked → draft with a reason, by a reviewer of the unit or above. */
create function sheet_unlock(p_sheet_id text, p_reason text) returns jsonb
language plpgsql security definer set search_path = public, pg_temp as $$
declare
  s rows_sheets := wf_sheet(p_sheet_id);
  why text := wf_reason(p_reason);
begin
  if app_account_role() is distinct from 'reviewer' then
    perform pl_refuse('forbidden');
  end if;
  if s.data->>'status' is distinct from 'locked' then
    perform pl_refuse('status_workflow', 'the sheet is not locked');
  end if;
  return wf_apply(s, '{"status": "draft"}', 'unlock', why);
end
$$;

/**
 * The indicator's live score override, by a reviewer of its unit or above: created, changed, or
 * (score null) removed. `p_row_id` names a new override row (the client's id), else one is made.
 */
create function set_override(p_indicator_id text, p_score text, p_reason text, p_row_id text default null)
returns jsonb
language plpgsql security definer set search_path = public, pg_temp as $$
declare
  ind rows_indicators;
  cur rows_assessments;
  result jsonb;
begin
  perform app_write_order();
  select * into ind from rows_indicators where id = p_indicator_id;
  if not found or ind.deleted_at is not null or not app_governs(ind.unit_id) then
    perform pl_refuse('not_found');
  end if;
  if app_account_role() is distinct from 'reviewer' then
    perform pl_refuse('forbidden');
  end if;
  if p_score is not null and p_score !~ '^-?\d+(\.\d+)?$' then
    perform pl_refuse('invalid', 'score must be a decimal number');
  end if;
  select * into cur from rows_assessments
  where sheet_id = ind.sheet_id and data->>'indicatorId' = p_indicator_id
    and data->>'kind' = 'override' and deleted_at is null
  order by seq desc limit 1 for update;
  perform set_config('app.audit_action', 'override', true);
  perform set_config('app.audit_reason', coalesce(p_reason, ''), true);
  if p_score is null then
    if cur.id is not null then
      update rows_assessments set data = data || jsonb_build_object('deletedAt', pl_iso(now()))
      where id = cur.id returning data into result;
    end if;
  elsif cur.id is not null then
    update rows_assessments
    set data = data || jsonb_build_object('score', p_score, 'reason', wf_reason(p_reason))
    where id = cur.id returning data into result;
  else
    insert into rows_assessments (id, data)
    values (coalesce(p_row_id, gen_random_uuid()::text), jsonb_build_object(
      'unitId', ind.unit_id, 'sheetId', ind.sheet_id, 'indicatorId', p_indicator_id,
      'kind', 'override', 'score', p_score, 'reason', wf_reason(p_reason)))
    returning data into result;
  end if;
  perform set_config('app.audit_action', '', true);
  perform set_config('app.audit_reason', '', true);
  return result;
end
$$;

grant execute on function sheet_submit(text), sheet_return(text, text), sheet_lock(text),
  sheet_unlock(text, text), set_override(text, text, text, text), app_governs(text) to perf_app;

/** The status history of a visible sheet: who did what, with which role, at which unit. */
create function sheet_history(p_sheet_id text)
returns table (at timestamptz, action text, from_status text, to_status text, reason text,
               account_name text, actor_role text, actor_unit_id text, actor_unit_name text)
language sql stable security definer set search_path = public, pg_temp as $$
  select a.at, a.action, a.before->>'status', a.after->>'status', a.reason, acc.name, a.actor_role,
         a.actor_unit_id, u.data->>'name'
  from audit a
  left join accounts acc on acc.id = a.account_id
  left join rows_units u on u.id = a.actor_unit_id
  where a.table_name = 'rows_sheets' and a.row_id = p_sheet_id
    and a.action in ('submit', 'return', 'lock', 'unlock')
    and a.row_unit_id = any (app_visible_units())
  order by a.id
$$;
grant execute on function sheet_history(text) to perf_app;
