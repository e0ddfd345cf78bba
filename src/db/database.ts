import { Dexie, type DexieOptions, type EntityTable } from 'dexie'
import { applyMigrations, MIGRATIONS, type SchemaVersion } from './migrations'
import { sheetDigestKeeper } from './sheet-digest-middleware'
import { outboxRecorder } from './sync/outbox-middleware'
import type {
  AssessmentRow,
  AttachmentBlobRow,
  AttachmentMetaRow,
  AuditRow,
  IndicatorRow,
  ProfileRow,
  ProgressRow,
  ReportTextsRow,
  SettingRow,
  SheetDigestRow,
  SheetRow,
  SpendingRow,
  UnitRow,
} from './rows'

export interface LedgerDbOptions {
  dexie?: DexieOptions
  /** Tests pass extra versions to exercise an upgrade; the app always uses MIGRATIONS. */
  migrations?: readonly SchemaVersion[]
}

export class LedgerDb extends Dexie {
  units!: EntityTable<UnitRow, 'id'>
  sheets!: EntityTable<SheetRow, 'id'>
  indicators!: EntityTable<IndicatorRow, 'id'>
  progress!: EntityTable<ProgressRow, 'id'>
  spending!: EntityTable<SpendingRow, 'id'>
  assessments!: EntityTable<AssessmentRow, 'id'>
  attachmentMeta!: EntityTable<AttachmentMetaRow, 'id'>
  attachmentBlobs!: EntityTable<AttachmentBlobRow, 'id'>
  profiles!: EntityTable<ProfileRow, 'id'>
  settings!: EntityTable<SettingRow, 'key'>
  audit!: EntityTable<AuditRow, 'id'>
  sheetDigests!: EntityTable<SheetDigestRow, 'sheetId'>
  reportTexts!: EntityTable<ReportTextsRow, 'id'>

  constructor(name: string, options: LedgerDbOptions = {}) {
    super(name, options.dexie)
    applyMigrations(this, options.migrations ?? MIGRATIONS)
    this.use(sheetDigestKeeper)
    this.use(outboxRecorder(this))
  }
}

export const DEFAULT_DB_NAME = 'perf-ledger'

export function openLedgerDb(name: string = DEFAULT_DB_NAME, options: LedgerDbOptions = {}): LedgerDb {
  return new LedgerDb(name, options)
}

let defaultDb: LedgerDb | null = null

/** The app's one database, opened on first use. */
export function getDb(): LedgerDb {
  defaultDb ??= openLedgerDb()
  return defaultDb
}
