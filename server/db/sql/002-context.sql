-- Who is asking: the account of the request (app.account_id, set per transaction by the server),
-- its unit, role and the units it may see (its own and every one below it).

create function pl_refuse(code text, detail text default null) returns void
language plpgsql as $$
begin
  -- The message is the refusal code (server/errors.ts turns it into zh/en text).
  raise exception using errcode = 'P0001', message = code, detail = coalesce(detail, '');
end
$$;
grant execute on function pl_refuse(text, text) to perf_app;

create function app_account_id() returns text
language sql stable as $$
  select nullif(current_setting('app.account_id', true), '')
$$;

create function app_account_unit() returns text
language sql stable security definer set search_path = public, pg_temp as $$
  select unit_id from accounts where id = app_account_id() and not disabled
$$;

create function app_account_role() returns text
language sql stable security definer set search_path = public, pg_temp as $$
  select role from accounts where id = app_account_id() and not disabled
$$;

create function app_visible_units() returns text[]
language sql stable security definer set search_path = public, pg_temp as $$
  select coalesce(array_agg(descendant order by descendant), '{}')
  from unit_closure where ancestor = app_account_unit()
$$;

/** Whether the account's role may write this row of this table (`op` is 'insert' or 'update'). */
create function app_may_write(tbl text, op text, row_data jsonb) returns boolean
language sql stable as $$
  select coalesce(case tbl
    when 'rows_progress' then r in ('entry', 'admin')
    when 'rows_spending' then r in ('entry', 'admin')
    when 'rows_attachment_meta' then r in ('entry', 'admin', 'reviewer')
    when 'rows_indicators' then r = 'admin'
    when 'rows_units' then r = 'admin'
    -- An entry account may update a sheet's goalOutcomes only (checked by sheets_guard).
    when 'rows_sheets' then r = 'admin' or (op = 'update' and r = 'entry')
    when 'rows_assessments' then case row_data->>'kind'
      when 'judgement' then r in ('entry', 'admin')
      when 'deviation' then r in ('entry', 'admin')
      when 'override' then r = 'reviewer'
      when 'notApplicable' then r in ('admin', 'reviewer')
      else false end
    else false end, false)
  from (select app_account_role() as r) s
$$;

/** True inside the workflow functions and the command line (the owner role), false for the app. */
create function app_privileged() returns boolean
language sql stable as $$
  select pg_has_role(current_user, 'perf_owner', 'MEMBER')
$$;

grant execute on function app_account_id(), app_account_unit(), app_account_role(),
  app_visible_units(), app_may_write(text, text, jsonb), app_privileged() to perf_app;

/**
 * Row writes of different transactions never overlap: the first row write of a transaction takes
 * this lock until its commit, so change_seq order is commit order and a pull "since N" never steps
 * over a change that commits later with a smaller number.
 */
create function app_write_order() returns void
language plpgsql as $$
begin
  if current_setting('app.write_order', true) is distinct from 'held' then
    perform pg_advisory_xact_lock(7262023);
    perform set_config('app.write_order', 'held', true);
  end if;
end
$$;
grant execute on function app_write_order() to perf_app;

/** `data` with each dotted key path of `patch` set to its value, creating objects on the way. */
create function pl_set_path(target jsonb, path text[], value jsonb) returns jsonb
language plpgsql immutable as $$
declare
  head text := path[1];
begin
  if cardinality(path) = 0 then
    return value;
  end if;
  if jsonb_typeof(target) = 'array' and head ~ '^\d+$' then
    return jsonb_set(target, array[head], pl_set_path(target -> head::int, path[2:], value), true);
  end if;
  if jsonb_typeof(target) is distinct from 'object' then
    target := '{}'::jsonb;
  end if;
  return target || jsonb_build_object(head, pl_set_path(target -> head, path[2:], value));
end
$$;

create function pl_patch(data jsonb, patch jsonb) returns jsonb
language plpgsql immutable as $$
declare
  k text;
  v jsonb;
begin
  for k, v in select * from jsonb_each(patch) loop
    data := pl_set_path(data, string_to_array(k, '.'), v);
  end loop;
  return data;
end
$$;
grant execute on function pl_set_path(jsonb, text[], jsonb), pl_patch(jsonb, jsonb) to perf_app;

create function pl_iso(t timestamptz) returns text
language sql immutable as $$
  select to_char(t at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')
$$;
grant execute on function pl_iso(timestamptz) to perf_app;
