// The shapes stored in each table. Domain types from src/domain/types.ts plus what the
// database adds for audit and later sync: unitId, timestamps, author and a soft-delete mark.
import type {
  Deviation,
  Indicator,
  Judgement,
  NotApplicable,
  Override,
  ProgressEntry,
  Sheet,
  SheetStatus,
  SpendingEntry,
  Unit,
} from '@/domain/types'

export type Role = 'entry' | 'admin' | 'leader' | 'reviewer'

/** The acting profile. Write functions re-read the profile, so a stale role grants nothing. */
export interface Actor {
  id: string
  name: string
  role: Role
}

/** Present on every row of every table. */
export interface RowMeta {
  /** ISO 8601 */
  createdAt: string
  /** ISO 8601 */
  updatedAt: string
  /** Profile id of the last writer. */
  updatedBy: string
  /** ISO 8601 when soft-deleted; null while live. */
  deletedAt: string | null
}

export type UnitRow = Unit & RowMeta & { unitId: string }

export type SheetRow = Omit<Sheet, 'indicators' | 'status'> &
  RowMeta & {
    status: SheetStatus
    contact?: string
  }

export type IndicatorRow = Indicator &
  RowMeta & {
    sheetId: string
    unitId: string
    /** Position within the sheet, 0-based; the published table order. */
    order: number
  }

export type ProgressRow = ProgressEntry & RowMeta & { sheetId: string; unitId: string }

export type SpendingRow = SpendingEntry & RowMeta & { unitId: string }

/**
 * A sheet's live entries as the engine reads them, in one record: the all-unit comparison reads
 * 400 of these instead of 100,000 rows (sheet-digests.ts). Derived, never audited or backed up.
 */
export interface SheetDigestRow {
  sheetId: string
  /** In id order, as read through the sheetId index. */
  progress: ProgressEntry[]
  /** In date order, ties by id. */
  spending: SpendingEntry[]
}

export type AssessmentKind = 'judgement' | 'override' | 'notApplicable' | 'deviation'

interface AssessmentBase extends RowMeta {
  id: string
  unitId: string
  sheetId: string
  indicatorId: string
}

export type JudgementRow = AssessmentBase & Judgement & { kind: 'judgement' }
export type OverrideRow = AssessmentBase & Override & { kind: 'override' }
export type NotApplicableRow = AssessmentBase & NotApplicable & { kind: 'notApplicable' }
export type DeviationRow = AssessmentBase & Deviation & { kind: 'deviation' }
export type AssessmentRow = JudgementRow | OverrideRow | NotApplicableRow | DeviationRow

export type AttachmentOwnerKind = 'progress' | 'spending' | 'indicator' | 'sheet' | 'assessment'

export interface AttachmentMetaRow extends RowMeta {
  id: string
  unitId: string
  /** The sheet whose lock governs this attachment; null when the owner has none. */
  sheetId: string | null
  ownerKind: AttachmentOwnerKind
  ownerId: string
  name: string
  type: string
  size: number
  /** Lower-case hex SHA-256 of the content. */
  sha256: string
}

/** Same id as its meta row. Only the primary key is indexed: the Blob never is. */
export interface AttachmentBlobRow extends RowMeta {
  id: string
  unitId: string
  blob: Blob
}

export interface PinRecord {
  algorithm: 'PBKDF2-SHA256'
  iterations: number
  /** base64 */
  salt: string
  /** base64 */
  hash: string
}

export interface ProfileRow extends RowMeta {
  id: string
  name: string
  role: Role
  /** The unit the profile belongs to; null = not bound to one unit. */
  unitId: string | null
  pin: PinRecord | null
}

/** What the UI sees of a profile: never the PIN hash. */
export type Profile = Omit<ProfileRow, 'pin'> & { hasPin: boolean }

export interface SettingRow extends RowMeta {
  key: string
  value: unknown
  unitId: string | null
}

export type AuditAction =
  'create' | 'update' | 'delete' | 'restore' | 'import' | 'seed' | 'login' | 'withdraw' | 'sync'

export interface AuditRow extends RowMeta {
  id: string
  unitId: string | null
  /** ISO 8601, same instant as the write. */
  at: string
  actorId: string
  actorName: string
  actorRole: Role
  table: string
  rowId: string
  action: AuditAction
  before: unknown
  after: unknown
  reason?: string
  /** On the entry that locked a sheet: SHA-256 of what the lock froze (db/seal.ts). */
  seal?: string
  /** With the seal: SHA-256 of each part (targets, entries, …), to tell which one changed. */
  sealParts?: Record<string, string>
  /** Place in the hash chain, from 1 (schema version 8, db/audit-chain.ts). */
  seq: number
  /** `hash` of the entry at seq − 1; 64 zeros for the first. */
  prevHash: string
  /** SHA-256 of this entry's canonical content, `hash` left out. */
  hash: string
}

/** The 绩效自评报告's paragraphs of one sheet (schema version 7); id is the sheet's id. */
export interface ReportTextsRow extends RowMeta {
  id: string
  unitId: string
  /** Only the paragraphs someone wrote; the others print their drafted default. */
  texts: Partial<Record<string, string>>
}
