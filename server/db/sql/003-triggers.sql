-- What the database itself keeps true, whoever writes: the derived columns and stamps, the lock
-- of a locked sheet, status only through the workflow, no hard delete, the unit closure, the audit
-- and the change notification.

/** Derived columns, server stamps, the change sequence and the locked-sheet refusal. */
create function rows_stamp() returns trigger
language plpgsql security definer set search_path = public, pg_temp as $$
declare
  acct text := app_account_id();
  now_iso text := pl_iso(now());
begin
  perform app_write_order();
  if tg_op = 'UPDATE' and new.id <> old.id then
    perform pl_refuse('invalid', 'id cannot change');
  end if;
  if jsonb_typeof(new.data) is distinct from 'object' then
    perform pl_refuse('invalid', 'data must be an object');
  end if;
  new.data := new.data || jsonb_build_object('id', new.id);
  if tg_table_name = 'rows_units' then
    new.data := new.data || jsonb_build_object('unitId', new.id);
  end if;
  new.unit_id := new.data->>'unitId';
  if new.unit_id is null then
    perform pl_refuse('invalid', 'unitId is required');
  end if;
  if tg_op = 'UPDATE' and new.unit_id <> old.unit_id then
    perform pl_refuse('forbidden', 'a row cannot move to another unit');
  end if;

  if tg_table_name = 'rows_sheets' then
    new.sheet_id := new.id;
    new.year := (new.data->>'year')::int;
  elsif tg_table_name = 'rows_units' then
    new.sheet_id := null;
    new.year := null;
  else
    new.sheet_id := new.data->>'sheetId';
    new.year := (select s.year from rows_sheets s where s.id = new.sheet_id);
  end if;

  -- A locked sheet refuses every write to its rows (the sheet itself: sheets_guard).
  if tg_table_name not in ('rows_sheets', 'rows_units') and exists (
    select 1 from rows_sheets s
    where s.data->>'status' = 'locked'
      and (s.id = new.sheet_id or (tg_op = 'UPDATE' and s.id = old.sheet_id))
  ) then
    perform pl_refuse('sheet_locked');
  end if;

  new.deleted_at := (new.data->>'deletedAt')::timestamptz;
  if tg_op = 'INSERT' then
    new.created_at := now();
    if new.data->>'createdAt' is null then
      new.data := new.data || jsonb_build_object('createdAt', now_iso);
    end if;
    if not new.data ? 'deletedAt' then
      new.data := new.data || '{"deletedAt": null}'::jsonb;
    end if;
  else
    new.created_at := old.created_at;
    new.data := new.data || jsonb_build_object('createdAt', old.data->'createdAt');
  end if;
  new.updated_at := now();
  new.updated_by := acct;
  new.data := new.data || jsonb_build_object('updatedAt', now_iso,
    'updatedBy', coalesce(to_jsonb(acct), new.data->'updatedBy', 'null'::jsonb));
  new.seq := nextval('change_seq');
  return new;
end
$$;

/** A sheet's status and review comment change only in the workflow functions; a locked sheet not at all. */
create function sheets_guard() returns trigger
language plpgsql as $$
begin
  if app_privileged() then
    return new;
  end if;
  if tg_op = 'INSERT' then
    -- A sheet starts as a draft on the server, whatever the uploading device had.
    new.data := (new.data || '{"status": "draft"}'::jsonb) - 'reviewComment';
    return new;
  end if;
  if old.data->>'status' = 'locked' then
    perform pl_refuse('sheet_locked');
  end if;
  if (new.data->'status') is distinct from (old.data->'status')
     or (new.data->'reviewComment') is distinct from (old.data->'reviewComment') then
    perform pl_refuse('status_workflow');
  end if;
  if app_account_role() = 'entry'
     and (new.data - 'goalOutcomes' - 'updatedAt' - 'updatedBy')
         is distinct from (old.data - 'goalOutcomes' - 'updatedAt' - 'updatedBy') then
    perform pl_refuse('forbidden', 'an entry account changes only the goal outcomes of a sheet');
  end if;
  return new;
end
$$;

/** Units are created and moved by the server's command line only. */
create function units_guard() returns trigger
language plpgsql as $$
begin
  if app_privileged() then
    return new;
  end if;
  if tg_op = 'INSERT' or (new.data->'parentId') is distinct from (old.data->'parentId') then
    perform pl_refuse('unit_move');
  end if;
  return new;
end
$$;

/** The closure table follows each unit's parentId. */
create function units_closure() returns trigger
language plpgsql security definer set search_path = public, pg_temp as $$
declare
  new_parent text := new.data->>'parentId';
begin
  if tg_op = 'INSERT' then
    if new_parent is not null and not exists (select 1 from unit_closure where descendant = new_parent) then
      perform pl_refuse('invalid', 'the parent unit does not exist');
    end if;
    insert into unit_closure values (new.id, new.id, 0);
    insert into unit_closure
      select ancestor, new.id, depth + 1 from unit_closure where descendant = new_parent;
    return null;
  end if;
  if new_parent is not distinct from (old.data->>'parentId') then
    return null;
  end if;
  if new_parent is not null and exists (
    select 1 from unit_closure where ancestor = new.id and descendant = new_parent
  ) then
    perform pl_refuse('invalid', 'a unit cannot be placed below itself');
  end if;
  -- Detach the subtree from its old ancestors, then attach it below the new parent.
  delete from unit_closure
  where descendant in (select descendant from unit_closure where ancestor = new.id)
    and ancestor in (select ancestor from unit_closure where descendant = new.id and ancestor <> new.id);
  insert into unit_closure
    select p.ancestor, c.descendant, p.depth + c.depth + 1
    from unit_closure p join unit_closure c on c.ancestor = new.id
    where p.descendant = new_parent;
  return null;
end
$$;

/** One audit row per written row, and a notification for the live clients. */
create function rows_audit() returns trigger
language plpgsql security definer set search_path = public, pg_temp as $$
declare
  action text := nullif(current_setting('app.audit_action', true), '');
begin
  if action is null then
    action := case
      when tg_op = 'INSERT' then 'create'
      when old.deleted_at is null and new.deleted_at is not null then 'delete'
      when old.deleted_at is not null and new.deleted_at is null then 'restore'
      else 'update' end;
  end if;
  insert into audit (account_id, actor_unit_id, actor_role, row_unit_id, table_name, row_id, action,
                     before, after, reason)
  values (app_account_id(), app_account_unit(), app_account_role(), new.unit_id, tg_table_name, new.id,
          action, case when tg_op = 'UPDATE' then old.data end, new.data,
          nullif(current_setting('app.audit_reason', true), ''));
  perform pg_notify('changes',
    json_build_object('unitId', new.unit_id, 'seq', new.seq, 'table', tg_table_name)::text);
  return null;
end
$$;

create function refuse_delete() returns trigger
language plpgsql as $$
begin
  perform pl_refuse('forbidden', tg_table_name || ' rows are never deleted or changed this way');
  return null;
end
$$;

do $$
declare
  t text;
begin
  foreach t in array array['rows_units', 'rows_sheets', 'rows_indicators', 'rows_progress',
                           'rows_spending', 'rows_assessments', 'rows_attachment_meta'] loop
    -- Triggers of one event fire in name order: the guards (a_) see the row before the stamp (b_).
    execute format('create trigger b_stamp before insert or update on %I
                    for each row execute function rows_stamp()', t);
    execute format('create trigger z_audit after insert or update on %I
                    for each row execute function rows_audit()', t);
    execute format('create trigger no_delete before delete on %I
                    for each row execute function refuse_delete()', t);
    execute format('create trigger no_truncate before truncate on %I
                    for each statement execute function refuse_delete()', t);
  end loop;
end
$$;

create trigger a_guard before insert or update on rows_sheets
  for each row execute function sheets_guard();
create trigger a_guard before insert or update on rows_units
  for each row execute function units_guard();
create trigger y_closure after insert or update on rows_units
  for each row execute function units_closure();

create trigger no_change before update or delete on audit
  for each row execute function refuse_delete();
create trigger no_truncate before truncate on audit
  for each statement execute function refuse_delete();

/**
 * Rows that arrived before their sheet (or a sheet whose year changed) get the sheet's year, so a
 * pull of that year finds them; the update gives them a new seq, so devices pull them again.
 */
create function sheets_adopt() returns trigger
language plpgsql security definer set search_path = public, pg_temp as $$
declare
  t text;
begin
  if tg_op = 'UPDATE' and new.year is not distinct from old.year then
    return null;
  end if;
  perform set_config('app.audit_action', 'year', true);
  foreach t in array array['rows_indicators', 'rows_progress', 'rows_spending', 'rows_assessments',
                           'rows_attachment_meta'] loop
    execute format('update %I set data = data where sheet_id = $1 and year is distinct from $2', t)
      using new.id, new.year;
  end loop;
  perform set_config('app.audit_action', '', true);
  return null;
end
$$;
create trigger y_adopt after insert or update on rows_sheets
  for each row execute function sheets_adopt();
