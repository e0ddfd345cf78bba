// Backup and restore of the whole database, attachments included (dexie-export-import).
//
// The file is one JSON object: first the metadata, then under "database" the export exactly as
// dexie-export-import wrote it. The metadata carries the SHA-256 of those bytes, so a restore
// can tell a damaged or edited file from a good one before it touches anything:
//   {"format":"perf-ledger-backup","version":1,…,"sha256":"…","database":<export bytes>}
import { Dexie, type DexieOptions, type Table } from 'dexie'
import { newId } from '@/domain/ids'
import { appendAudit, nowIso } from './audit'
import { sha256Hex } from './attachments'
import { recordBackup } from './backup-settings'
import { firstBadRow, type BadRow } from './restore-checks'
import { openLedgerDb, type LedgerDb } from './database'
import { LedgerError } from './errors'
import { applyMigrations, LATEST_VERSION, MIGRATIONS } from './migrations'
import { DERIVED_TABLES } from './schema'
import { authorize } from './permissions'
import type { Actor } from './rows'
import { guardQuota } from './storage'
import { live, writeTx } from './write'

export const BACKUP_FORMAT = 'perf-ledger-backup'
const CONTENT_KEY = ',"database":'
/** The metadata is a few hundred bytes; anything longer before CONTENT_KEY is not our file. */
const HEAD_BYTES = 64 * 1024

/** What a person would call their data, live rows only: what a restore replaces. */
export interface DataCounts {
  units: number
  sheets: number
  indicators: number
  progress: number
  spending: number
  assessments: number
  attachments: number
  attachmentBytes: number
  profiles: number
}

export interface BackupMeta {
  format: typeof BACKUP_FORMAT
  version: 1
  createdAt: string
  createdBy: string
  schemaVersion: number
  /** Rows per table, deleted ones included: checked again after a restore. */
  rows: Record<string, number>
  counts: DataCounts
  /** Byte length and SHA-256 (lower-case hex) of the "database" value. */
  bytes: number
  sha256: string
}

export interface BackupFile {
  meta: BackupMeta
  /** The dexie-export-import export, checksum verified. */
  content: Blob
}

export type Progress = (done: number, total: number) => void

/** A backup file that cannot be restored; one message saying why. */
export class InvalidBackupError extends LedgerError {
  readonly reason: string

  constructor(reason: string, zh: string, en: string) {
    super('invalid-package', { zh, en })
    this.reason = reason
  }
}

const exportImport = () => import('dexie-export-import')

export async function countData(db: LedgerDb): Promise<DataCounts> {
  return db.transaction('r', db.tables, async () => {
    // The deletedAt index holds only deleted rows (schema v3): no row is read to count.
    const liveCount = async (name: keyof LedgerDb & string) => {
      const table = db.table(name) as Table<{ deletedAt: string | null }>
      return (await table.count()) - (await table.where('deletedAt').above('').count())
    }
    const attachments = (await db.attachmentMeta.toArray()).filter(live)
    return {
      units: await liveCount('units'),
      sheets: await liveCount('sheets'),
      indicators: await liveCount('indicators'),
      progress: await liveCount('progress'),
      spending: await liveCount('spending'),
      assessments: await liveCount('assessments'),
      attachments: attachments.length,
      attachmentBytes: attachments.reduce((sum, a) => sum + a.size, 0),
      profiles: await liveCount('profiles'),
    }
  })
}

/** True when nothing a person entered is here: a restore then needs no confirmation. */
export function isEmptyData(c: DataCounts): boolean {
  return c.units + c.sheets + c.indicators + c.progress + c.spending + c.assessments + c.attachments === 0
}

/** The whole database as a backup file, and the time of the backup recorded for the reminder. */
export async function createBackup(
  db: LedgerDb,
  actor: Actor,
  onProgress?: Progress,
): Promise<{ blob: Blob; meta: BackupMeta }> {
  const { exportDB } = await exportImport()
  const counts = await countData(db)
  const rows: Record<string, number> = {}
  // Derived tables are left out: a restore rebuilds them from the rows they come from.
  for (const t of db.tables) if (!DERIVED_TABLES.includes(t.name)) rows[t.name] = await t.count()
  const content = await exportDB(db, {
    skipTables: [...DERIVED_TABLES],
    progressCallback: (p) => {
      onProgress?.(p.completedRows, p.totalRows ?? 0)
      return true
    },
  })
  const createdAt = nowIso()
  const meta: BackupMeta = {
    format: BACKUP_FORMAT,
    version: 1,
    createdAt,
    createdBy: actor.name,
    schemaVersion: db.verno,
    rows,
    counts,
    bytes: content.size,
    sha256: await sha256Hex(content),
  }
  const head = JSON.stringify(meta).slice(0, -1) + CONTENT_KEY
  const blob = new Blob([head, content, '}\n'], { type: 'application/json' })
  await recordBackup(db, actor, createdAt)
  return { blob, meta }
}

/** Reads and checks a backup file: its metadata, its length and its checksum. Writes nothing. */
export async function readBackupFile(given: Blob): Promise<BackupFile> {
  if (given.size === 0)
    throw new InvalidBackupError('empty', '文件是空的（0 字节）。', 'The file is empty (0 bytes).')
  const file = await withoutUtf8Bom(given)
  const head = await file.slice(0, HEAD_BYTES).text()
  if (!head.startsWith(`{"format":"${BACKUP_FORMAT}"`)) throw notABackup(head)
  const at = head.indexOf(CONTENT_KEY)
  const meta = at < 0 ? null : parseMeta(head.slice(0, at) + '}')
  if (!meta) {
    throw new InvalidBackupError(
      'damaged',
      '备份文件的说明部分已损坏，无法恢复。',
      'The description part of the backup file is damaged; it cannot be restored.',
    )
  }
  if (!Number.isInteger(meta.schemaVersion) || meta.schemaVersion < 1) {
    throw new InvalidBackupError(
      'schema',
      `备份说明中的数据库版本（${String(meta.schemaVersion)}）不存在，这不是本程序制作的备份，不能恢复。`,
      `The backup names a database version (${String(meta.schemaVersion)}) that never existed; it was not made by this program and cannot be restored.`,
    )
  }
  if (meta.version !== 1 || meta.schemaVersion > LATEST_VERSION) {
    throw new InvalidBackupError(
      'newer',
      '这个备份由更新版本的程序制作，请先更新本程序再恢复。',
      'This backup was made by a newer version of the program; update it before restoring.',
    )
  }
  const start = new TextEncoder().encode(head.slice(0, at + CONTENT_KEY.length)).length
  const tail = await file.slice(Math.max(start, file.size - 16)).text()
  const trimmed = tail.trimEnd()
  const end = file.size - (tail.length - trimmed.length) - 1
  if (!trimmed.endsWith('}') || end - start !== meta.bytes) {
    throw new InvalidBackupError(
      'truncated',
      `备份文件不完整（应有 ${meta.bytes} 字节数据，实有 ${Math.max(0, end - start)} 字节），可能下载或复制中断。`,
      `The backup file is incomplete (${Math.max(0, end - start)} of ${meta.bytes} bytes of data); the download or copy was probably cut short.`,
    )
  }
  const content = file.slice(start, end, 'application/json')
  if ((await sha256Hex(content)) !== meta.sha256) {
    throw new InvalidBackupError(
      'checksum',
      '备份文件校验失败：内容已损坏或被改动，不能恢复。',
      'The backup file fails its checksum: the content is damaged or was changed; it cannot be restored.',
    )
  }
  return { meta, content }
}

function parseMeta(text: string): BackupMeta | null {
  try {
    const m = JSON.parse(text) as Partial<BackupMeta>
    const ok =
      m.format === BACKUP_FORMAT &&
      typeof m.version === 'number' &&
      typeof m.schemaVersion === 'number' &&
      typeof m.bytes === 'number' &&
      typeof m.sha256 === 'string' &&
      /^[0-9a-f]{64}$/.test(m.sha256) &&
      !!m.counts &&
      !!m.rows
    return ok ? (m as BackupMeta) : null
  } catch {
    return null
  }
}

/**
 * A UTF-8 byte-order mark (added by some editors and "save as") changes no byte of the data: the
 * file is read without it. UTF-16 is a different file, refused with its own message (notABackup).
 */
async function withoutUtf8Bom(file: Blob): Promise<Blob> {
  const first = new Uint8Array(await file.slice(0, 3).arrayBuffer())
  return first[0] === 0xef && first[1] === 0xbb && first[2] === 0xbf ? file.slice(3) : file
}

function notABackup(head: string): InvalidBackupError {
  // Blob.text() decodes UTF-8: a UTF-16 file shows its byte-order mark as U+FFFD and NULs between letters.
  if (/^\uFFFD\uFFFD/.test(head) || head.slice(0, 8).includes('\0')) {
    return new InvalidBackupError(
      'utf16',
      '这个备份文件被另存成了 UTF-16 编码（如记事本的“Unicode”），内容已变，不能恢复；请使用原始备份文件。',
      'This backup was saved again as UTF-16 (e.g. Notepad\'s "Unicode"), which changed its content; it cannot be restored. Use the original backup file.',
    )
  }
  if (new RegExp(`^\\s*\\{\\s*"format"\\s*:\\s*"${BACKUP_FORMAT}"`).test(head)) {
    return new InvalidBackupError(
      'reformatted',
      '这是绩效台账的备份文件，但已被重新排版（如用编辑器格式化），内容已变，不能恢复；请使用原始备份文件。',
      'This is a Perf Ledger backup, but it was reformatted (e.g. pretty-printed in an editor), which changed its content; it cannot be restored. Use the original backup file.',
    )
  }
  if (/"format"\s*:\s*"perf-ledger"/.test(head)) {
    return new InvalidBackupError(
      'exchange',
      '这是数据交换文件，不是备份文件；请用“导入数据交换文件”导入它。',
      'This is an exchange file, not a backup; import it with "Import an exchange file".',
    )
  }
  return new InvalidBackupError(
    'not-backup',
    '这不是绩效台账的备份文件。',
    'This is not a Perf Ledger backup file.',
  )
}

export interface RestoreOptions {
  onProgress?: Progress
  /** Where the staging database lives; tests pass fake-indexeddb, the app the browser's. */
  dexie?: DexieOptions
}

/**
 * Replaces everything in `db` with the backup, in one transaction: the old data is gone only if the
 * new data is all in. The backup is first loaded into a staging database, upgraded there to the
 * current schema, and counted against its metadata.
 */
export async function restoreBackup(
  db: LedgerDb,
  actor: Actor,
  backup: BackupFile,
  options: RestoreOptions = {},
): Promise<DataCounts> {
  await db.transaction('r', db.profiles, () => authorize(db, actor, 'package.import'))
  const rows = await loadThroughStaging(db.name, backup, options)
  const before = await countData(db)
  await guardQuota(() =>
    writeTx(db, async () => {
      const who = await authorize(db, actor, 'package.import')
      for (const table of db.tables) {
        await table.clear()
        await table.bulkAdd(rows.get(table.name) ?? [])
      }
      await appendAudit(db, who, {
        table: 'database',
        rowId: `backup:${backup.meta.sha256.slice(0, 16)}`,
        unitId: null,
        action: 'import',
        before,
        // A copy: the caller's object may be a UI proxy, which IndexedDB cannot store.
        after: { ...backup.meta.counts },
        reason: `restore backup of ${backup.meta.createdAt}`,
      })
    }),
  )
  return countData(db)
}

async function loadThroughStaging(
  name: string,
  backup: BackupFile,
  options: RestoreOptions,
): Promise<Map<string, unknown[]>> {
  const { importInto } = await exportImport()
  const stagingName = `${name}-restore-${newId()}`
  const staging = new Dexie(stagingName, options.dexie)
  applyMigrations(
    staging,
    MIGRATIONS.filter((m) => m.version <= backup.meta.schemaVersion),
  )
  const rows = new Map<string, unknown[]>()
  try {
    await checkExportShape(staging, backup.content)
    await importInto(staging, backup.content, {
      acceptNameDiff: true,
      progressCallback: (p) => {
        options.onProgress?.(p.completedRows, p.totalRows ?? 0)
        return true
      },
    }).catch((e: unknown) => {
      throw unreadable(e)
    })
    // Every row the metadata promises must have arrived before anything else happens.
    for (const [table, expected] of Object.entries(backup.meta.rows)) {
      const found = staging.tables.some((t) => t.name === table) ? await staging.table(table).count() : 0
      if (found !== expected) {
        throw new InvalidBackupError(
          'counts',
          `备份内容与其说明不符（${table} 表应有 ${expected} 行，实有 ${found} 行），不能恢复。`,
          `The backup content does not match its description (table ${table}: ${found} rows, ${expected} expected); it cannot be restored.`,
        )
      }
    }
    staging.close()
    // Opening with the app's schema runs the upgrades a backup of an older version needs.
    const upgraded = openLedgerDb(stagingName, { dexie: options.dexie })
    await upgraded.open()
    for (const table of upgraded.tables) rows.set(table.name, await table.toArray())
    upgraded.close()
    const bad = firstBadRow(rows)
    if (bad) throw badRowError(bad)
  } finally {
    staging.close()
    await new Dexie(stagingName, options.dexie).delete()
  }
  return rows
}

/**
 * What dexie-export-import would otherwise report in its own English ("Given file is not a dexie
 * export", "Table evil does not exist"): the content's header is read first and judged here.
 */
async function checkExportShape(staging: Dexie, content: Blob): Promise<void> {
  const { peakImportFile } = await exportImport()
  const head = await peakImportFile(content).catch(() => null)
  if (!head || head.formatName !== 'dexie' || !head.data || !Array.isArray(head.data.tables)) {
    throw new InvalidBackupError(
      'not-export',
      '备份的数据部分不是本程序导出的数据库，不能恢复。',
      'The data part of the backup is not a database exported by this program; it cannot be restored.',
    )
  }
  const known = new Set(staging.tables.map((t) => t.name))
  const extra = head.data.tables.find((t) => !known.has(t.name))
  if (extra) {
    throw new InvalidBackupError(
      'extra-table',
      `备份中有本程序没有的数据表“${extra.name}”，不能恢复。`,
      `The backup holds a table "${extra.name}" this program does not have; it cannot be restored.`,
    )
  }
}

/** A failure inside the import in words, without the library's or the browser's English. */
function unreadable(e: unknown): InvalidBackupError {
  const text = e instanceof Error ? `${e.name} ${e.message}` : String(e)
  if (/DataError|key path|evaluating the key/i.test(text)) {
    return new InvalidBackupError(
      'row-key',
      '备份中有一行数据缺少编号（主键），不能恢复。',
      'A row of the backup has no id (primary key); it cannot be restored.',
    )
  }
  return new InvalidBackupError(
    'unreadable',
    '备份的数据部分无法读取（格式不对），不能恢复。',
    'The data part of the backup cannot be read (wrong format); it cannot be restored.',
  )
}

function badRowError(bad: BadRow): InvalidBackupError {
  const field = bad.field ? `${bad.field} ` : ''
  return new InvalidBackupError(
    'row',
    `备份中 ${bad.table} 表第 ${bad.row} 行（编号“${bad.id}”）的 ${field}有误：${bad.why.zh} 整个备份未恢复，现有数据未变。`,
    `Row ${bad.row} of table ${bad.table} (id "${bad.id}") is wrong in ${field || 'its content '}: ${bad.why.en} Nothing was restored; the data here is unchanged.`,
  )
}
