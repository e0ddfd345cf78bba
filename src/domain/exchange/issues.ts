// What the reader and the validator report. Messages are bilingual, Chinese first.

export type IssueLevel = 'error' | 'warning'

export interface Message {
  zh: string
  en: string
}

export interface Issue {
  level: IssueLevel
  /** Where in the file, e.g. "sheets[1].indicators[3].target"; "" for the file as a whole. */
  path: string
  /** Stable machine name, e.g. "missingReference"; see ISSUE_CODES. */
  code: IssueCode
  message: Message
}

// prettier-ignore
export const ISSUE_CODES = [
  // cannot be read as a package at all
  'notJson', 'notObject', 'wrongFormat', 'wrongVersion', 'badStructure',
  // errors in a readable package
  'unknownOp', 'badTarget', 'duplicateId', 'duplicateEntry', 'missingReference',
  'judgementOutOfBand', 'judgementNotQualitative', 'missingReason', 'overrideOutOfRange',
  'negative', 'badDate', 'dateOutsideYear', 'readingOver100', 'unitCycle', 'amountTooLong', 'refundBeyondSpent',
  // warnings
  'unreadableTarget', 'emptyTarget', 'againstDirection', 'notApplicableRow', 'weightsNot90', 'goalWithoutIndicator', 'sumMismatch',
  'hiddenCharacters', 'lookalikeId',
] as const

export type IssueCode = (typeof ISSUE_CODES)[number]

export function error(path: string, code: IssueCode, zh: string, en: string): Issue {
  return { level: 'error', path, code, message: { zh, en } }
}

export function warning(path: string, code: IssueCode, zh: string, en: string): Issue {
  return { level: 'warning', path, code, message: { zh, en } }
}

export function hasErrors(issues: readonly Issue[]): boolean {
  return issues.some((i) => i.level === 'error')
}
