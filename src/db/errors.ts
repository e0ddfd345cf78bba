import type { Issue } from '@/domain/exchange'

// Typed errors of the database layer. Each carries its message in both UI languages so the
// UI can show it without knowing the cause; `message` holds the English text for logs.

export interface Bilingual {
  zh: string
  en: string
}

export type LedgerErrorCode =
  'permission' | 'locked' | 'conflict' | 'validation' | 'not-found' | 'invalid-package' | 'storage-full'

export class LedgerError extends Error {
  readonly code: LedgerErrorCode
  readonly bilingual: Bilingual

  constructor(code: LedgerErrorCode, bilingual: Bilingual) {
    super(bilingual.en)
    this.name = new.target.name
    this.code = code
    this.bilingual = bilingual
  }
}

export class PermissionError extends LedgerError {
  readonly action: string
  readonly role: string | null

  constructor(action: string, role: string | null, bilingual?: Bilingual) {
    super(
      'permission',
      bilingual ?? {
        zh: `当前角色（${role ?? '未知'}）无权执行此操作：${action}`,
        en: `The role "${role ?? 'unknown'}" may not perform "${action}".`,
      },
    )
    this.action = action
    this.role = role
  }
}

export class LockedError extends LedgerError {
  readonly sheetId: string

  constructor(sheetId: string, sheetName?: string) {
    const label = sheetName ?? sheetId
    super('locked', {
      zh: `目标表“${label}”已锁定，其填报与评价不能再修改。`,
      en: `The sheet "${label}" is locked; its entries and judgements can no longer change.`,
    })
    this.sheetId = sheetId
  }
}

/** A submitted sheet waits for its reviewer: nothing of it changes until sent back or withdrawn. */
export class SubmittedError extends LedgerError {
  readonly sheetId: string

  constructor(sheetId: string, sheetName?: string) {
    const label = sheetName ?? sheetId
    super('locked', {
      zh: `目标表“${label}”已提交审核，退回或撤回提交之前，其填报、评价和目标都不能修改。`,
      en: `The sheet "${label}" is submitted for review; nothing of it can change until it is sent back or withdrawn.`,
    })
    this.sheetId = sheetId
  }
}

export interface ConflictItem {
  table: string
  id: string
  reason: 'different-content' | 'deleted-locally'
}

export class ConflictError extends LedgerError {
  readonly conflicts: ConflictItem[]

  constructor(conflicts: ConflictItem[]) {
    const list = conflicts
      .slice(0, 10)
      .map((c) => `${c.table}/${c.id}`)
      .join(', ')
    const more = conflicts.length > 10 ? ` …(+${conflicts.length - 10})` : ''
    super('conflict', {
      zh: `导入内容与已有数据冲突（${conflicts.length} 条，相同编号但内容不同）：${list}${more}。未写入任何数据。`,
      en: `The import conflicts with existing data (${conflicts.length} rows with the same id but different content): ${list}${more}. Nothing was written.`,
    })
    this.conflicts = conflicts
  }
}

/** A unit of the file may be one here (same name, or a unit-year that already has data): the user says. */
export class UnitQuestionError extends LedgerError {
  constructor(names: string[]) {
    const list = names.slice(0, 5).join('、')
    super('conflict', {
      zh: `请先说明文件中的单位与本机单位是否为同一单位：${list}。未写入任何数据。`,
      en: `Say first whether the file's units are the same as units here: ${list}. Nothing was written.`,
    })
  }
}

export class ValidationError extends LedgerError {
  readonly field: string

  constructor(field: string, bilingual: Bilingual) {
    super('validation', bilingual)
    this.field = field
  }
}

/** Not "NotFoundError": Dexie rewraps errors bearing an IndexedDB error name. */
export class RecordNotFoundError extends LedgerError {
  readonly table: string
  readonly id: string

  constructor(table: string, id: string) {
    super('not-found', {
      zh: `找不到记录：${table}/${id}`,
      en: `No such record: ${table}/${id}`,
    })
    this.table = table
    this.id = id
  }
}

/** A package that readPackage refused; `issues` are the reader's findings, unchanged. */
export class InvalidPackageError extends LedgerError {
  readonly issues: readonly Issue[]

  constructor(issues: readonly Issue[]) {
    super('invalid-package', {
      zh: `数据包无效，未导入（${issues.length} 个问题）。`,
      en: `The package is not valid and was not imported (${issues.length} issues).`,
    })
    this.issues = issues
  }
}
