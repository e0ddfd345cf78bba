-- The synced tables (one per Dexie table, the row as jsonb), the unit tree's closure, accounts,
-- sessions, the idempotency record of pushes, the audit and the evidence bytes.
-- Runs as perf_owner (see server/db/roles.ts), which therefore owns everything here.

-- Nothing here is usable by PUBLIC unless granted below (functions are executable by PUBLIC by default).
alter default privileges for role perf_owner revoke execute on functions from public;

create sequence change_seq;
-- The push answer reports the latest value.
grant select on sequence change_seq to perf_app;

do $$
declare
  t text;
begin
  foreach t in array array['rows_units', 'rows_sheets', 'rows_indicators', 'rows_progress',
                           'rows_spending', 'rows_assessments', 'rows_attachment_meta'] loop
    execute format($f$
      create table %I (
        id text primary key,
        unit_id text not null,
        sheet_id text,
        year int,
        seq bigint not null,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        updated_by text,
        deleted_at timestamptz,
        data jsonb not null
      )$f$, t);
    -- Pull reads by seq, within a unit list, optionally within a year.
    execute format('create unique index on %I (seq)', t);
    execute format('create index on %I (unit_id, seq)', t);
    execute format('create index on %I (year, unit_id, seq)', t);
    execute format('create index on %I (sheet_id)', t);
    execute format('alter table %I enable row level security', t);
    execute format('alter table %I force row level security', t);
    -- No DELETE, no TRUNCATE: rows are never hard-deleted.
    execute format('grant select, insert, update on %I to perf_app', t);
  end loop;
end
$$;

-- A blob is readable only where a visible attachmentMeta references it (policy in 003).
create index on rows_attachment_meta ((data->>'sha256'));

create table unit_closure (
  ancestor text not null,
  descendant text not null,
  depth int not null,
  primary key (ancestor, descendant)
);
create index on unit_closure (descendant);

create table accounts (
  id text primary key,
  login text not null unique,
  name text not null,
  unit_id text not null references rows_units (id),
  role text not null check (role in ('entry', 'admin', 'leader', 'reviewer')),
  password_hash text not null,
  disabled boolean not null default false,
  created_at timestamptz not null default now()
);
-- The server checks passwords itself, so it reads the hashes.
grant select on accounts to perf_app;

create table sessions (
  token_hash text primary key,
  account_id text not null references accounts (id),
  created_at timestamptz not null default now(),
  expires_at timestamptz not null
);
create index on sessions (account_id);
create index on sessions (expires_at);
grant select, insert, delete on sessions to perf_app;

create table applied_changes (
  change_id text primary key,
  account_id text not null references accounts (id),
  result jsonb,
  at timestamptz not null default now()
);
grant select, insert, update on applied_changes to perf_app;

create table audit (
  id bigserial primary key,
  at timestamptz not null default now(),
  account_id text,
  actor_unit_id text,
  actor_role text,
  row_unit_id text not null,
  table_name text not null,
  row_id text not null,
  action text not null,
  before jsonb,
  after jsonb,
  reason text
);
create index on audit (table_name, row_id);
alter table audit enable row level security;
alter table audit force row level security;
-- Read only: rows are written by the triggers (as perf_owner), never changed.
grant select on audit to perf_app;

create table blobs (
  sha256 text primary key check (sha256 ~ '^[0-9a-f]{64}$'),
  type text not null,
  size int not null,
  bytes bytea not null,
  created_at timestamptz not null default now()
);
alter table blobs enable row level security;
alter table blobs force row level security;
grant select, insert on blobs to perf_app;
