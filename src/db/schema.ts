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
