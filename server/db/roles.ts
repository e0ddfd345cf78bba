// The two database roles, cluster-wide: perf_owner owns the schema and the SECURITY DEFINER
// functions (BYPASSRLS, since the functions check for themselves), perf_app is what requests run
// as. Creating them needs a superuser (or CREATEROLE); done once by `server init`.
import type pg from 'pg'

const ROLES_SQL = `
do $$
begin
  if not exists (select 1 from pg_roles where rolname = 'perf_owner') then
    create role perf_owner nologin bypassrls;
  end if;
  if not exists (select 1 from pg_roles where rolname = 'perf_app') then
    create role perf_app nologin;
  end if;
exception when duplicate_object or unique_violation then
  null; -- created at the same moment by another run
end
$$`

/** Creates the roles when missing and lets perf_owner create in this database's public schema. */
export async function ensureRoles(client: pg.ClientBase): Promise<void> {
  const { rows } = await client.query<{ ok: boolean }>(
    "select exists (select 1 from pg_roles where rolname = 'perf_owner') and exists (select 1 from pg_roles where rolname = 'perf_app') as ok",
  )
  if (!rows[0]!.ok) await client.query(ROLES_SQL)
  const { rows: can } = await client.query<{ ok: boolean }>(
    "select has_schema_privilege('perf_owner', 'public', 'CREATE') as ok",
  )
  if (!can[0]!.ok) await client.query('grant usage, create on schema public to perf_owner')
  await client.query('grant usage on schema public to perf_app')
}

/** Lets perf_app log in with this password (the URL the server should be given in production). */
export async function setAppPassword(client: pg.ClientBase, password: string): Promise<void> {
  const { rows } = await client.query<{ q: string }>('select quote_literal($1) as q', [password])
  await client.query(`alter role perf_app login password ${rows[0]!.q}`)
}
