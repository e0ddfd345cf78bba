// Input checks shared by the write functions. Amounts and values are exact decimal strings:
// numbers are refused outright because a binary float may already have lost digits.
import { isRefundAmount, isStoredAmount, isStoredDecimal, STORED_DECIMAL } from '@/domain/stored-decimal'
import type { Target } from '@/domain/types'
import { hasVisibleText } from '@/domain/visible-text'
import { ValidationError } from './errors'

/** The stored-decimal pattern of the domain, under the names the db has always exported. */
export const DECIMAL_RE = STORED_DECIMAL
export const isDecimalString = isStoredDecimal

export function assertDecimal(value: unknown, field: string): asserts value is string {
  if (isDecimalString(value)) return
  const shown = typeof value === 'string' ? `"${value}"` : String(value)
  throw new ValidationError(field, {
    zh: `${field} 必须是非负的十进制数字字符串（如 "411.81"，最多 6 位小数），不能是 ${shown}。`,
    en: `${field} must be a non-negative decimal string such as "411.81" (at most 6 places), not ${shown}.`,
  })
}

/** A spending amount: a stored decimal, or a negative one (冲减) that comes with its reason. */
export function assertAmount(value: unknown, reason: unknown, field: string): asserts value is string {
  if (!isStoredAmount(value)) {
    const shown = typeof value === 'string' ? `"${value}"` : String(value)
    throw new ValidationError(`${field}.amount`, {
      zh: `${field}.amount 必须是十进制数字字符串（如 "411.81"，冲减写负数，最多 6 位小数），不能是 ${shown}。`,
      en: `${field}.amount must be a decimal string such as "411.81" (a refund negative, at most 6 places), not ${shown}.`,
    })
  }
  if (isRefundAmount(value)) {
    if (!hasVisibleText(reason))
      throw new ValidationError(`${field}.reason`, {
        zh: `${field}.amount 为负数（冲减）时须填写冲减原因 ${field}.reason。`,
        en: `A negative ${field}.amount is a refund or correction and needs its reason in ${field}.reason.`,
      })
  }
}

export function assertDate(value: unknown, field: string): asserts value is string {
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
    const d = new Date(`${value}T00:00:00Z`)
    if (!Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value) return
  }
  throw new ValidationError(field, {
    zh: `${field} 必须是有效日期（YYYY-MM-DD）。`,
    en: `${field} must be a valid date (YYYY-MM-DD).`,
  })
}

/** Text someone can read: blank, zero-width and control characters alone are empty (issue 16). */
export function assertText(value: unknown, field: string): asserts value is string {
  if (hasVisibleText(value)) return
  throw new ValidationError(field, {
    zh: `${field} 不能为空（只有空白或不可见字符也算空）。`,
    en: `${field} must not be empty (blank or invisible characters alone count as empty).`,
  })
}

export function assertId(value: unknown, field: string): asserts value is string {
  if (typeof value === 'string' && value.length > 0 && value.length <= 200) return
  throw new ValidationError(field, {
    zh: `${field} 必须是非空字符串编号。`,
    en: `${field} must be a non-empty string id.`,
  })
}

export function assertOneOf<T extends string>(
  value: unknown,
  allowed: readonly T[],
  field: string,
): asserts value is T {
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return
  throw new ValidationError(field, {
    zh: `${field} 只能是：${allowed.join('、')}。`,
    en: `${field} must be one of: ${allowed.join(', ')}.`,
  })
}

export function assertWeight(value: unknown, field: string): asserts value is number {
  if (typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= 100) return
  throw new ValidationError(field, {
    zh: `${field} 必须是 0–100 之间的分值。`,
    en: `${field} must be a number of points between 0 and 100.`,
  })
}

export function assertYear(value: unknown, field: string): asserts value is number {
  if (typeof value === 'number' && Number.isInteger(value) && value >= 1900 && value <= 2999) return
  throw new ValidationError(field, { zh: `${field} 必须是年份。`, en: `${field} must be a year.` })
}

const COMPARATORS = ['>=', '>', '=', '<=', '<'] as const

export function assertTarget(value: unknown, field: string): asserts value is Target | null {
  if (value === null) return
  const t = value as Partial<Record<string, unknown>> | undefined
  if (t && typeof t === 'object') {
    // An empty qualitative target is a real table's blank cell: kept (and flagged by the checks),
    // as the exchange format allows, so the file that carries it imports.
    if (t.op === 'qualitative' && typeof t.text === 'string') return
    assertOneOf(t.op, [...COMPARATORS, 'qualitative'], `${field}.op`)
    assertDecimal(t.value, `${field}.value`)
    if (typeof t.unit === 'string') return
  }
  throw new ValidationError(field, {
    zh: `${field} 必须是结构化指标值 {op, value, unit} 或 {op: "qualitative", text}。`,
    en: `${field} must be a structured target {op, value, unit} or {op: "qualitative", text}.`,
  })
}

/** Known money keys must be decimal strings; extra keys are kept but may not be numbers. */
export function assertMoneyRecord(value: unknown, known: readonly string[], field: string): void {
  if (!value || typeof value !== 'object') {
    throw new ValidationError(field, { zh: `${field} 缺失。`, en: `${field} is missing.` })
  }
  const rec = value as Record<string, unknown>
  for (const k of known) assertDecimal(rec[k], `${field}.${k}`)
  for (const [k, v] of Object.entries(rec)) {
    if (typeof v === 'number') assertDecimal(v, `${field}.${k}`)
    if (typeof v === 'string' && /^[\d.]+$/.test(v)) assertDecimal(v, `${field}.${k}`)
  }
}
