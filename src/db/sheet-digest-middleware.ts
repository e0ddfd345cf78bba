// Keeps the sheet digests (sheet-digests.ts) true: every write to progress or spending, whichever
// function or library makes it (the app's writes, imports, restores, the recycle bin), deletes the
// digests of the sheets it touches, in the same transaction. A missing digest is rebuilt from the
// rows on its next read, so a digest that exists always matches its rows.
//
// It sits below Dexie's hooks middleware (level 2), which looks tables up in the Dexie transaction
// and would not find sheetDigests there; the transaction itself is widened to include the table.
import type {
  DBCore,
  DBCoreMutateRequest,
  DBCoreRangeType,
  DBCoreTable,
  DBCoreTransaction,
  Middleware,
} from 'dexie'

const SOURCES = new Set(['progress', 'spending'])
export const DIGEST_TABLE = 'sheetDigests'
/** A put or delete of more rows than this forgets every digest instead of looking up the old rows. */
export const LOOKUP_LIMIT = 1000

const EVERY_KEY = { type: 3 as DBCoreRangeType.Any, lower: undefined, upper: undefined }

type Touched = Set<string> | 'all'

/** The sheets a write puts rows into: the new rows' sheetId ('all' when a row has none). */
function sheetsOfValues(values: readonly unknown[]): Touched {
  const sheets = new Set<string>()
  for (const value of values) {
    const sheetId = (value as { sheetId?: unknown } | null)?.sheetId
    if (typeof sheetId !== 'string') return 'all'
    sheets.add(sheetId)
  }
  return sheets
}

function keysOf(req: DBCoreMutateRequest): unknown[] | null {
  if (req.type === 'delete') return req.keys
  if (req.type === 'put') return req.keys ?? req.values.map((v) => (v as { id?: unknown }).id)
  return null
}

function createDigestKeeper(down: DBCore): DBCore {
  if (!down.schema.tables.some((t) => t.name === DIGEST_TABLE)) return down
  const digests = down.table(DIGEST_TABLE)

  const forget = (trans: DBCoreTransaction, touched: Touched) => {
    if (touched === 'all') return digests.mutate({ type: 'deleteRange', trans, range: EVERY_KEY })
    if (touched.size === 0) return Promise.resolve(null)
    return digests.mutate({ type: 'delete', trans, keys: [...touched] })
  }

  function keeper(table: DBCoreTable): DBCoreTable {
    return {
      ...table,
      mutate(req) {
        if (req.type === 'deleteRange') {
          const forgetting = forget(req.trans, 'all')
          return Promise.all([table.mutate(req), forgetting]).then(([result]) => result)
        }
        const added = req.type === 'delete' ? new Set<string>() : sheetsOfValues(req.values)
        // A put may move a row from another sheet, a delete removes one from wherever it was:
        // the stored rows' sheets count too. The lookup is issued before the write, so it reads
        // the rows as they were.
        const keys = keysOf(req)
        const lookedUp: Promise<Touched> =
          added === 'all' || !keys
            ? Promise.resolve(added)
            : keys.length > LOOKUP_LIMIT
              ? Promise.resolve('all')
              : table.getMany({ trans: req.trans, keys }).then((rows) => {
                  const touched = new Set(added)
                  for (const row of rows) {
                    const sheetId = (row as { sheetId?: unknown } | undefined)?.sheetId
                    if (typeof sheetId === 'string') touched.add(sheetId)
                  }
                  return touched
                })
        const written = table.mutate(req)
        const forgotten = lookedUp.then((touched) => forget(req.trans, touched))
        return Promise.all([written, forgotten]).then(([result]) => result)
      },
    }
  }

  return {
    ...down,
    transaction(stores, mode, options) {
      const widen =
        mode === 'readwrite' && stores.some((s) => SOURCES.has(s)) && !stores.includes(DIGEST_TABLE)
      return down.transaction(widen ? [...stores, DIGEST_TABLE] : stores, mode, options)
    },
    table(name) {
      const table = down.table(name)
      return SOURCES.has(name) ? keeper(table) : table
    },
  }
}

export const sheetDigestKeeper: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'SheetDigestKeeper',
  level: 0.5,
  create: createDigestKeeper,
}
