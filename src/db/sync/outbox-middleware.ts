// Records every change of a synced table into the outbox, in the same transaction as the change,
// while the device is connected to a unit server (recording.ts). Updates become field patches, so
// a change of one field never overwrites another device's change of another field:
// - Table.update / Collection.modify with an object reach DBCore as a put carrying `changeSpec`
//   (one spec for every row), Table.bulkUpdate / upsert as a put carrying `updates.changeSpecs`
//   (one per key) — checked against dexie 4.4.7's source and in tests/unit/db/sync/;
// - any other put (Table.put, bulkPut, modify with a function) is compared with the stored row,
//   read before the write, and records only the fields that differ (the whole row when new);
// - add records the whole row.
// Deletes are not recorded: synced rows are only ever soft-deleted (a patch of deletedAt); a hard
// delete or clear (restoring a backup) stays on this device.
//
// A sheet's status change carries its reason as `statusReason` (the server hands it to the workflow
// function that makes the change: unlock needs one). The reason is not on the row but in the audit
// entry the write functions add just before, in the same transaction: it is picked up from there.
//
// Like the digest keeper it sits low in the stack (below Dexie's hooks middleware) and widens the
// transaction to include the outbox itself.
import {
  Dexie,
  type DBCore,
  type DBCoreMutateRequest,
  type DBCoreMutateResponse,
  type DBCorePutRequest,
  type DBCoreTable,
  type Middleware,
} from 'dexie'
import { newId } from '@/domain/ids'
import { isRecording, isUnrecorded, notifyRecorded } from './recording'
import { isSynced, OUTBOX_TABLE, type OutboxRow, type SyncedTable } from './types'
import { rowDiff } from './row-diff'

type Row = Record<string, unknown> & { id?: unknown }
type Change = Omit<OutboxRow, 'seq'>

function idOf(req: DBCorePutRequest | { keys?: unknown[] }, value: Row, i: number): string {
  return String(req.keys?.[i] ?? value.id)
}

function change(
  table: SyncedTable,
  rowId: string,
  op: OutboxRow['op'],
  data: Record<string, unknown>,
  at: string,
): Change {
  return { changeId: newId(), table, rowId, op, data, at }
}

/** The patch a change spec makes: each key path with its value in the row as written. */
function patchOf(spec: Record<string, unknown>, written: Row): Record<string, unknown> {
  const data: Record<string, unknown> = {}
  // The written row holds the result, also for PropModifications (add/remove/replacePrefix).
  for (const keyPath of Object.keys(spec)) data[keyPath] = Dexie.getByKeyPath(written, keyPath) ?? null
  return data
}

/** Whether the put needs the stored rows to tell a new row from a changed one. */
function needsStoredRows(req: DBCoreMutateRequest): req is DBCorePutRequest {
  return req.type === 'put' && (!!req.upsert || (!req.changeSpec && !req.updates))
}

function changesOf(
  table: SyncedTable,
  req: DBCoreMutateRequest,
  stored: readonly (Row | undefined)[] | null,
  failed: (i: number) => boolean,
): Change[] {
  if (req.type !== 'add' && req.type !== 'put') return []
  const at = new Date().toISOString()
  const out: Change[] = []
  const values = req.values as readonly Row[]
  const specs =
    req.type === 'put' && req.updates
      ? new Map(req.updates.keys.map((k, i) => [String(k), req.updates!.changeSpecs[i]]))
      : null
  values.forEach((value, i) => {
    if (failed(i)) return
    const id = idOf(req, value, i)
    if (req.type === 'add') return out.push(change(table, id, 'put', value, at))
    const before = stored?.[i]
    if (stored && !before) return out.push(change(table, id, 'put', value, at))
    const spec = req.changeSpec || specs?.get(id)
    const data = spec ? patchOf(spec, value) : rowDiff(before ?? {}, value)
    if (Object.keys(data).length > 0) out.push(change(table, id, 'patch', data, at))
  })
  return out
}

export function outboxRecorder(db: Dexie): Middleware<DBCore> {
  function create(down: DBCore): DBCore {
    if (!down.schema.tables.some((t) => t.name === OUTBOX_TABLE)) return down
    const outbox = down.table(OUTBOX_TABLE)
    const notified = new WeakSet<object>()
    /** Per transaction: sheet id → the reason of its audit entry. */
    const sheetReasons = new WeakMap<object, Map<string, string>>()

    function auditWatcher(table: DBCoreTable): DBCoreTable {
      return {
        ...table,
        mutate(req) {
          if (req.type === 'add' && isRecording(db) && !isUnrecorded(req.trans)) {
            for (const entry of req.values as { table?: string; rowId?: string; reason?: string }[]) {
              if (entry.table !== 'sheets' || !entry.rowId || !entry.reason) continue
              const reasons = sheetReasons.get(req.trans) ?? new Map<string, string>()
              reasons.set(entry.rowId, entry.reason)
              sheetReasons.set(req.trans, reasons)
            }
          }
          return table.mutate(req)
        },
      }
    }

    function withStatusReasons(trans: object, changes: Change[]): Change[] {
      const reasons = sheetReasons.get(trans)
      if (!reasons) return changes
      return changes.map((c) =>
        c.table === 'sheets' && c.op === 'patch' && 'status' in c.data && reasons.has(c.rowId)
          ? { ...c, data: { ...c.data, statusReason: reasons.get(c.rowId) } }
          : c,
      )
    }

    function recorder(name: SyncedTable, table: DBCoreTable): DBCoreTable {
      return {
        ...table,
        mutate(req) {
          if (!isRecording(db) || isUnrecorded(req.trans) || (req.type !== 'add' && req.type !== 'put'))
            return table.mutate(req)
          // Issued before the write, so it reads the rows as they were.
          const lookup = needsStoredRows(req)
            ? table.getMany({
                trans: req.trans,
                keys: req.values.map((v, i) => idOf(req, v as Row, i)),
              })
            : Promise.resolve(null)
          const written = table.mutate(req)
          return Promise.all([written, lookup]).then(
            ([result, stored]: [DBCoreMutateResponse, unknown[] | null]) => {
              const changes = withStatusReasons(
                req.trans,
                changesOf(name, req, stored as (Row | undefined)[] | null, (i) => i in result.failures),
              )
              if (changes.length === 0) return result
              const trans = req.trans as unknown as Partial<IDBTransaction>
              if (!notified.has(trans) && trans.addEventListener) {
                notified.add(trans)
                trans.addEventListener('complete', () => notifyRecorded(db))
              }
              return outbox.mutate({ type: 'add', trans: req.trans, values: changes }).then(() => result)
            },
          )
        },
      }
    }

    return {
      ...down,
      transaction(stores, mode, options) {
        const widen = mode === 'readwrite' && stores.some(isSynced) && !stores.includes(OUTBOX_TABLE)
        return down.transaction(widen ? [...stores, OUTBOX_TABLE] : stores, mode, options)
      },
      table(name) {
        const table = down.table(name)
        if (name === 'audit') return auditWatcher(table)
        return isSynced(name) ? recorder(name, table) : table
      },
    }
  }
  return { stack: 'dbcore', name: 'SyncOutboxRecorder', level: 0.4, create }
}
