// Every refusal the server gives: a stable code for programs and a sentence in Chinese and English
// for people.
export interface Reason {
  code: string
  zh: string
  en: string
}

export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly reason: Reason,
    readonly headers: Record<string, string> = {},
  ) {
    super(reason.en)
  }
}

export const REASONS = {
  unauthenticated: { zh: '请先登录。', en: 'Please sign in.' },
  bad_credentials: { zh: '账号或密码不正确。', en: 'Wrong account or password.' },
  rate_limited: {
    zh: '登录失败次数过多，请 15 分钟后再试。',
    en: 'Too many failed sign-ins. Try again in 15 minutes.',
  },
  forbidden: { zh: '无权执行此操作。', en: 'You may not do this.' },
  not_found: { zh: '记录不存在或不可见。', en: 'The record does not exist or is not visible to you.' },
  sheet_locked: {
    zh: '该表已审核锁定，不能修改。',
    en: 'The sheet is locked after review and cannot be changed.',
  },
  status_workflow: {
    zh: '状态变更不被允许（状态或角色不符）。',
    en: 'This status change is not allowed (wrong state or role).',
  },
  reason_required: { zh: '请填写原因。', en: 'Give a reason.' },
  invalid: { zh: '数据格式不正确。', en: 'The data is not valid.' },
  unknown_table: { zh: '不支持同步该表。', en: 'This table is not synced.' },
  unknown_op: { zh: '不支持的操作。', en: 'Unknown operation.' },
  unit_move: {
    zh: '单位的上级只能由服务器管理员调整。',
    en: "A unit's parent is changed only by the server's administrator.",
  },
  foreign_change_id: {
    zh: '该变更编号已被其他账号使用。',
    en: 'This change id was used by another account.',
  },
  too_many_changes: { zh: '一次最多上传 500 条变更。', en: 'At most 500 changes per request.' },
  hash_mismatch: {
    zh: '文件内容与其 SHA-256 不符。',
    en: 'The content does not match its SHA-256.',
  },
  too_large: { zh: '文件超过 20 MB。', en: 'The file is larger than 20 MB.' },
  type_not_allowed: {
    zh: '不支持该文件类型（仅限图片、PDF 和 Office 文档）。',
    en: 'This file type is not accepted (images, PDF and Office documents only).',
  },
  bad_request: { zh: '请求不正确。', en: 'Bad request.' },
  internal: { zh: '服务器内部错误。', en: 'Internal server error.' },
} as const satisfies Record<string, Omit<Reason, 'code'>>

export type ReasonCode = keyof typeof REASONS

export function reason(code: ReasonCode): Reason {
  return { code, ...REASONS[code] }
}

export function httpError(status: number, code: ReasonCode, headers?: Record<string, string>): HttpError {
  return new HttpError(status, reason(code), headers)
}
