-- Row-level security for the app role. Read: the account's unit and every unit below it. Write:
-- only the account's own unit, only the tables its role may write. No DELETE policy anywhere.
-- `(select app_visible_units())` is an InitPlan: worked out once per query, not once per row.

do $$
declare
  t text;
begin
  foreach t in array array['rows_units', 'rows_sheets', 'rows_indicators', 'rows_progress',
                           'rows_spending', 'rows_assessments', 'rows_attachment_meta'] loop
    execute format($p$create policy visible on %I for select to perf_app
      using (unit_id = any ((select app_visible_units())::text[]))$p$, t);
    execute format($p$create policy own_insert on %I for insert to perf_app
      with check (unit_id = (select app_account_unit()) and app_may_write(%L, 'insert', data))$p$, t, t);
    execute format($p$create policy own_update on %I for update to perf_app
      using (unit_id = (select app_account_unit()) and app_may_write(%L, 'update', data))
      with check (unit_id = (select app_account_unit()) and app_may_write(%L, 'update', data))$p$, t, t, t);
  end loop;
end
$$;

-- The audit of what the account may see.
create policy visible on audit for select to perf_app
  using (row_unit_id = any ((select app_visible_units())::text[]));

-- Evidence bytes: anyone signed in may store (content-addressed, so nothing is overwritten); read
-- only where a visible attachmentMeta row references the hash (that sub-select is itself under RLS).
create policy referenced on blobs for select to perf_app
  using (exists (select 1 from rows_attachment_meta m where m.data->>'sha256' = blobs.sha256));
create policy store on blobs for insert to perf_app with check (app_account_id() is not null);
