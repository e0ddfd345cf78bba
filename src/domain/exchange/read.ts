import type { LedgerPackage } from '../types'
import { checkPackage } from './checks'
import { error, hasErrors, type Issue } from './issues'
import { readJson } from './json'
import type { core } from 'zod'
import { readProgressEntries, readSpendingEntries } from './entries'
import { PACKAGE_KEYS, packageShellSchema } from './schema'
import { decimalReader, toModel } from './to-model'
import { fromZodIssue } from './zod-issues'

type ZodIssue = core.$ZodIssue

export type ReadResult = { ok: true; pkg: LedgerPackage; issues: Issue[] } | { ok: false; issues: Issue[] }

/**
 * Reads an exchange file: its JSON text, or the value JSON.parse made of it.
 * `ok` is true only when no error-level issue was found; warnings travel with the package.
 * Decimals given as JSON numbers keep their source text when the input is text ("100.00"
 * stays "100.00"); from an already parsed value they go through the number's shortest form.
 */
export function readPackage(input: unknown): ReadResult {
  if (typeof input !== 'string') return readValue(input, new Map(), false)
  const json = readJson(input)
  if (!json.ok) {
    return refuse(
      error(
        '',
        'notJson',
        `不是有效的 JSON（第 ${json.line} 行第 ${json.column} 列）：${json.reason.zh}`,
        `Not valid JSON (line ${json.line}, column ${json.column}): ${json.reason.en}`,
      ),
    )
  }
  return readValue(json.value, json.rawNumbers, true)
}

/**
 * readPackage after the JSON step, for a caller that has just read the text with readJson: the
 * value is the reader's alone, so the package may take over its objects instead of copying them.
 */
export function readParsed(value: unknown, rawNumbers: ReadonlyMap<string, string>): ReadResult {
  return readValue(value, rawNumbers, true)
}

function readValue(value: unknown, rawNumbers: ReadonlyMap<string, string>, owned: boolean): ReadResult {
  const envelope = checkEnvelope(value)
  if (envelope) return refuse(envelope)

  const readDecimal = decimalReader(rawNumbers)
  const shell = packageShellSchema.safeParse(value)
  const { progress, spending } = value as { progress?: unknown; spending?: unknown }
  const progressRead = readProgressEntries(progress, readDecimal, owned)
  const spendingRead = readSpendingEntries(spending, readDecimal, owned)
  if (!shell.success || progressRead.issues.length > 0 || spendingRead.issues.length > 0) {
    const found = inSchemaOrder(shell.error?.issues ?? [], [...progressRead.issues, ...spendingRead.issues])
    return { ok: false, issues: found.map((iss) => fromZodIssue(iss, value)) }
  }

  const entries = { progress: progressRead.entries, spending: spendingRead.entries }
  const { pkg, issues: conversionIssues } = toModel(shell.data, entries, readDecimal)
  const issues = [...conversionIssues, ...checkPackage(pkg)]
  return hasErrors(issues) ? { ok: false, issues } : { ok: true, pkg, issues }
}

/**
 * zod reports top-level keys one after another in the schema's order; the entries' findings go where
 * zod itself would have put them, after those of the keys before "progress".
 */
function inSchemaOrder(shellIssues: readonly ZodIssue[], entryIssues: readonly ZodIssue[]): ZodIssue[] {
  const progressRank = PACKAGE_KEYS.indexOf('progress')
  const rank = (iss: ZodIssue) => PACKAGE_KEYS.indexOf(String(iss.path[0]))
  const before = shellIssues.filter((iss) => rank(iss) < progressRank)
  const after = shellIssues.filter((iss) => rank(iss) >= progressRank)
  return [...before, ...entryIssues, ...after]
}

/** Format and version first: past a wrong one, every other finding would be noise. */
function checkEnvelope(value: unknown): Issue | null {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return error('', 'notObject', '文件内容不是 JSON 对象。', 'The file is not a JSON object.')
  }
  const { format, version } = value as { format?: unknown; version?: unknown }
  if (format !== 'perf-ledger') {
    return error(
      'format',
      'wrongFormat',
      `不是绩效台账数据包（format 应为 "perf-ledger"，实际为 ${show(format)}）。`,
      `Not a perf-ledger package (format must be "perf-ledger", found ${show(format)}).`,
    )
  }
  if (version !== 1) {
    const newer = typeof version === 'number' && version > 1
    return error(
      'version',
      'wrongVersion',
      `不支持的版本 ${show(version)}，本程序读取版本 1${newer ? '；请升级程序' : ''}。`,
      `Unsupported version ${show(version)}; this program reads version 1${newer ? '; please update it' : ''}.`,
    )
  }
  return null
}

function refuse(issue: Issue): ReadResult {
  return { ok: false, issues: [issue] }
}

function show(value: unknown): string {
  return value === undefined ? '（无 / none）' : JSON.stringify(value)
}
