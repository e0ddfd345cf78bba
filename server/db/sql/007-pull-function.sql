-- The pull's page query, run by the owner role (BYPASSRLS) inside a SECURITY DEFINER function.
--
-- Under the `visible` policy the planner cannot see the list app_visible_units() returns: it guesses
-- ~10 units, so for a prefecture (100 units) it expects ~170 rows, reads every row of the subtree
-- through (year, unit_id, seq) and sorts (~3 s at 10 M rows). Here the function works out the
-- caller's subtree itself (from app.account_id, as the policy does), narrows the asked-for units to
-- it and hands the planner that one list as a parameter: it then walks seq in order and stops after
-- the page (the same plan as without RLS). Permission is still enforced in the database: no row
-- outside the caller's subtree can come out, whatever the units argument says.

create function app_pull_page(since bigint, units text[], lim int, horizon bigint, yr int)
returns table (t text, id text, seq bigint, data jsonb)
language plpgsql stable security definer set search_path = public, pg_temp as $$
declare
  scope text[];
  q text;
begin
  select coalesce(array_agg(c.descendant order by c.descendant), '{}') into scope
  from unit_closure c
  where c.ancestor = app_account_unit()
    and (units is null or c.descendant = any(units));
  -- Each table's part, as in server/sync/pull.ts before this migration. Evidence of an owner
  -- without a sheet has no year: it belongs to every year's pull; units have no year at all.
  select string_agg(format(
    $f$(select %L as t, r.id, r.seq, r.data from %I r
        where r.seq > $1 and r.seq < $4 and r.unit_id = any($2)%s order by r.seq limit $3)$f$,
    p.name, p.tbl,
    case when yr is null or p.name = 'units' then ''
         when p.name = 'attachmentMeta' then ' and (r.year = $5 or r.sheet_id is null)'
         else ' and r.year = $5' end), ' union all ' order by p.ord)
  into q
  from (values (1, 'units', 'rows_units'), (2, 'sheets', 'rows_sheets'),
               (3, 'indicators', 'rows_indicators'), (4, 'progress', 'rows_progress'),
               (5, 'spending', 'rows_spending'), (6, 'assessments', 'rows_assessments'),
               (7, 'attachmentMeta', 'rows_attachment_meta')) p(ord, name, tbl);
  -- EXECUTE plans once with these values, so the planner sees the real unit list.
  return query execute q || ' order by seq limit $3' using since, scope, lim, horizon, yr;
end
$$;
revoke execute on function app_pull_page(bigint, text[], int, bigint, int) from public;
grant execute on function app_pull_page(bigint, text[], int, bigint, int) to perf_app;
