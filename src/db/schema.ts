// Table definitions per schema version, in Dexie's store syntax: the first entry is the
// primary key, the rest are indexes ("[a+b]" is a compound index). Only what the app
// queries is indexed; Blobs and free text never are.

export const SCHEMA_V1 = {
  /** Union hierarchy: parentId points at the parent unit; unitId = id. */
  units: 'id, parentId',
  /** Target sheets: listed per unit and year. */
  sheets: 'id, [unitId+year]',
  indicators: 'id, sheetId, [sheetId+order], unitId',
  progress: 'id, [indicatorId+date], [unitId+date], sheetId',
  spending: 'id, [sheetId+date], unitId',
  /** Judgements, overrides, not-applicable marks, deviations: one live row per indicator and kind. */
  assessments: 'id, [indicatorId+kind], sheetId, unitId',
  attachmentMeta: 'id, [ownerKind+ownerId], sheetId, unitId, sha256',
  attachmentBlobs: 'id',
  profiles: 'id, name',
  /** Device-local key/value store; the key is the primary key. */
  settings: 'key',
  /** Append-only. */
  audit: 'id, [table+rowId], at, unitId',
} as const

export type TableName = keyof typeof SCHEMA_V1

/**
 * Version 2 (issue 9): progress keeps only the index every query uses (sheetId): the two compound
 * ones cost a third of the import's write time and served only the by-indicator and by-unit
 * listings, which now go through the sheet. sheetDigests is derived data (sheet-digests.ts).
 */
export const SCHEMA_V2_CHANGES = {
  progress: 'id, sheetId',
  /** One row per sheet: its live entries in the engine's shape; rebuilt when missing. */
  sheetDigests: 'sheetId',
} as const

/** Tables that hold only what can be worked out again from the others: never backed up. */
export const DERIVED_TABLES: readonly string[] = ['sheetDigests']

/**
 * Version 3: a `deletedAt` index on the tables people count. IndexedDB leaves a row out of an
 * index when the value is not a key (null), so the index holds only the deleted rows, and live
 * rows are counted without reading them: count() minus the index's count (the 数据 page counted
 * the provincial data with a cursor over 230,000 rows, 1.4–4.9 s). Live rows add nothing to it.
 */
export const SCHEMA_V3_CHANGES = {
  units: 'id, parentId, deletedAt',
  sheets: 'id, [unitId+year], deletedAt',
  indicators: 'id, sheetId, [sheetId+order], unitId, deletedAt',
  progress: 'id, sheetId, deletedAt',
  spending: 'id, [sheetId+date], unitId, deletedAt',
  assessments: 'id, [indicatorId+kind], sheetId, unitId, deletedAt',
  profiles: 'id, name, deletedAt',
} as const

/**
 * Version 4 (issue 23): the sync client's own tables (src/db/sync/). outbox holds local changes not
 * yet confirmed by the unit server, in the order they were made; syncRejects the changes the server
 * refused, shown to the user with the reason.
 */
export const SCHEMA_V4_CHANGES = {
  outbox: '++seq, rowId',
  syncRejects: 'changeId, at',
} as const

/**
 * Version 7 (issue 21; versions 5 and 6 are left to other changes of the same round).
 * reportTexts: the narrative paragraphs of a sheet's 绩效自评报告, one row per sheet (id = the sheet's id).
 * audit: one compound index per filter of the 操作日志 page, each ending in [at+id] so that a page
 * is read from the index newest first and the next page starts after the last row seen
 * (keyset paging: no offset, no full scan). The old indexes stay.
 */
export const SCHEMA_V7_CHANGES = {
  reportTexts: 'id, unitId',
  audit:
    'id, [table+rowId], at, unitId, [at+id], [actorId+at+id], [table+at+id], [action+at+id], [table+action+at+id]',
} as const

/**
 * Version 8 (issue 15): the audit log is a hash chain (db/audit-chain.ts); `seq` is each entry's
 * place in it, indexed so that the head is one read and the check walks it in order.
 */
export const SCHEMA_V8_CHANGES = {
  audit:
    'id, [table+rowId], at, unitId, [at+id], [actorId+at+id], [table+at+id], [action+at+id], [table+action+at+id], seq',
} as const
