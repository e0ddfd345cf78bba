// A database as version 1 of the app left it, with at least one row in every table (deleted
// rows and every assessment kind included). Frozen: later versions must upgrade it losing nothing.
import type { Fixtures } from './migration-harness'

const meta = (at: string, by = 'p-admin') => ({
  createdAt: at,
  updatedAt: at,
  updatedBy: by,
  deletedAt: null,
})
const T1 = '2025-01-05T02:00:00.000Z'
const T2 = '2025-03-01T03:00:00.000Z'
const T3 = '2025-06-30T04:00:00.000Z'

/** PNG signature + a few bytes: the content of the one stored photo. */
export const V1_PHOTO = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 7, 7, 7])
/** sha256 of V1_PHOTO, lower-case hex (from `sha256sum`; the test checks it against WebCrypto). */
export const V1_PHOTO_SHA256 = 'f552263ae8ab460648b5ae37bd79d60e52c672ec58ba56117186a802c26b31e0'

export function v1Fixtures(): Fixtures {
  return {
    units: [
      { id: 'kz-fed', unitId: 'kz-fed', name: '克孜勒苏柯尔克孜自治州总工会', parentId: null, ...meta(T1) },
      { id: 'atush', unitId: 'atush', name: '阿图什市总工会', parentId: 'kz-fed', ...meta(T1) },
    ],
    sheets: [
      {
        id: 's1',
        unitId: 'kz-fed',
        year: 2025,
        kind: 'project',
        name: '2025年预算工会经费',
        owner: '罗菲菲',
        contact: '0908-1234567',
        goals: ['上解区总工会经费'],
        status: 'submitted',
        budget: { initial: '100.00', adjusted: '100.00' },
        funds: { fiscal: '100.00', other: '0.00', carryOver: '1.50' },
        scoring: { rounding: 'whole' },
        ...meta(T1),
      },
    ],
    indicators: [
      {
        id: 'i1',
        sheetId: 's1',
        unitId: 'kz-fed',
        order: 0,
        level1: '产出指标',
        level2: '数量指标',
        name: '划拨工会经费次数',
        target: { op: '>=', value: '1', unit: '次' },
        targetText: '＞=1次',
        weight: 15,
        rule: '按照正常比例赋分',
        measure: 'cumulative',
        plan: [{ month: 6, value: '1' }],
        ...meta(T1),
      },
      {
        id: 'i2',
        sheetId: 's1',
        unitId: 'kz-fed',
        order: 1,
        level1: '效益指标',
        level2: '社会效益指标',
        name: '提升公共服务质量',
        target: { op: 'qualitative', text: '有效提升' },
        targetText: '有效提升',
        weight: 20,
        measure: 'latest',
        ...meta(T1),
      },
    ],
    progress: [
      {
        id: 'e1',
        indicatorId: 'i1',
        sheetId: 's1',
        unitId: 'kz-fed',
        date: '2025-03-01',
        value: '1',
        note: '首次划拨',
        by: '张三',
        ...meta(T2, 'p-entry'),
      },
      {
        id: 'e2',
        indicatorId: 'i1',
        sheetId: 's1',
        unitId: 'kz-fed',
        date: '2025-04-01',
        value: '0.50',
        ...meta(T2, 'p-entry'),
        deletedAt: T3,
      },
    ],
    spending: [
      {
        id: 'x1',
        sheetId: 's1',
        unitId: 'kz-fed',
        date: '2025-06-30',
        amount: '50.00',
        note: '上缴自治区总工会',
        ...meta(T3),
      },
    ],
    assessments: [
      {
        id: 'a1',
        kind: 'judgement',
        indicatorId: 'i2',
        sheetId: 's1',
        unitId: 'kz-fed',
        tier: '达成',
        score: '18',
        ...meta(T3),
      },
      {
        id: 'a2',
        kind: 'override',
        indicatorId: 'i1',
        sheetId: 's1',
        unitId: 'kz-fed',
        score: '14',
        reason: '佐证不全',
        ...meta(T3, 'p-rev'),
      },
      {
        id: 'a3',
        kind: 'notApplicable',
        indicatorId: 'i1',
        sheetId: 's1',
        unitId: 'kz-fed',
        reason: '试行',
        ...meta(T3, 'p-rev'),
        deletedAt: T3,
      },
      {
        id: 'a4',
        kind: 'deviation',
        indicatorId: 'i1',
        sheetId: 's1',
        unitId: 'kz-fed',
        cause: '经费保障',
        text: '资金下达晚',
        likelihood: '有可能',
        ...meta(T3),
      },
    ],
    attachmentMeta: [
      {
        id: 'f1',
        unitId: 'kz-fed',
        sheetId: 's1',
        ownerKind: 'progress',
        ownerId: 'e1',
        name: '签到表.png',
        type: 'image/png',
        size: V1_PHOTO.length,
        sha256: V1_PHOTO_SHA256,
        ...meta(T2, 'p-entry'),
      },
    ],
    attachmentBlobs: [
      {
        id: 'f1',
        unitId: 'kz-fed',
        blob: new Blob([V1_PHOTO], { type: 'image/png' }),
        ...meta(T2, 'p-entry'),
      },
    ],
    profiles: [
      { id: 'p-admin', name: '管理员', role: 'admin', unitId: null, pin: null, ...meta(T1) },
      {
        id: 'p-entry',
        name: '张三',
        role: 'entry',
        unitId: 'kz-fed',
        pin: { algorithm: 'PBKDF2-SHA256', iterations: 210000, salt: 'c2FsdA==', hash: 'aGFzaA==' },
        ...meta(T1),
      },
      { id: 'p-rev', name: '王审核', role: 'reviewer', unitId: null, pin: null, ...meta(T1) },
    ],
    settings: [
      { key: 'locale', value: 'zh-CN', unitId: null, ...meta(T1) },
      { key: 'currentUnitId', value: 'kz-fed', unitId: null, ...meta(T1) },
      { key: 'lastBackupAt', value: T2, unitId: null, ...meta(T2) },
    ],
    audit: [
      {
        id: 'log1',
        unitId: 'kz-fed',
        at: T2,
        actorId: 'p-entry',
        actorName: '张三',
        actorRole: 'entry',
        table: 'progress',
        rowId: 'e1',
        action: 'create',
        before: null,
        after: { id: 'e1', value: '1' },
        ...meta(T2, 'p-entry'),
      },
      {
        id: 'log2',
        unitId: 'kz-fed',
        at: T3,
        actorId: 'p-entry',
        actorName: '张三',
        actorRole: 'entry',
        table: 'progress',
        rowId: 'e2',
        action: 'delete',
        before: { id: 'e2', deletedAt: null },
        after: { id: 'e2', deletedAt: T3 },
        reason: '重复录入',
        ...meta(T3, 'p-entry'),
      },
    ],
  }
}
