-- Pull never steps over a change that commits late, without making writers wait for each other.
--
-- 002 made every writing transaction take one global lock until its commit, so that seq order was
-- commit order. That also serialised every commit. Instead, each writing transaction now takes a
-- fresh value of change_seq as its mark before its first row write and holds a transaction-level
-- advisory lock on that number until it ends (no one else ever asks for that key, so nobody waits).
-- Every seq the transaction gives its rows is above its mark. A pull first reads change_seq's last
-- value, then the marks held in pg_locks, and returns only rows below both (server/sync/pull.ts):
-- whatever is still in flight has its rows above the smallest mark, and whatever starts later gets
-- numbers above the last value read.

create or replace function app_write_order() returns void
language plpgsql security definer set search_path = public, pg_temp as $$
declare
  mark bigint;
begin
  if coalesce(current_setting('app.write_mark', true), '') = '' then
    mark := nextval('change_seq');
    perform pg_advisory_xact_lock(mark);
    perform set_config('app.write_mark', mark::text, true);
  end if;
end
$$;
revoke execute on function app_write_order() from public;
grant execute on function app_write_order() to perf_app;

/** Below this seq every row is committed (or never will be): the upper bound of a pull. */
create function app_pull_horizon(last_value bigint) returns bigint
language sql stable as $$
  select least(last_value + 1, min((l.classid::bigint << 32) | l.objid::bigint))
  from pg_locks l
  where l.locktype = 'advisory' and l.objsubid = 1 and l.granted
    and l.database = (select oid from pg_database where datname = current_database())
$$;
grant execute on function app_pull_horizon(bigint) to perf_app;
