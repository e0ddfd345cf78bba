// The server-side world of the sync browser tests: the built-in unit (克州总工会, which every fresh
// browser holds) as the prefecture, one county below it with two sheets, and an account per role.
export const PREFECTURE = { id: 'kz-fed', name: '克孜勒苏柯尔克孜自治州总工会', parentId: null }
export const COUNTY = { id: 'kz-atushi', name: '阿图什市总工会', parentId: 'kz-fed' }

/** Both copies of the sample's project sheet (7 indicators, e.g. 划拨工会经费次数). */
export const COUNTY_SHEETS = [
  { id: 'atushi-2025-a', name: '阿图什市2025年工会经费' },
  { id: 'atushi-2025-b', name: '阿图什市2025年专项经费' },
] as const

export const E2E_PASSWORD = 'sync-e2e-password'

export const E2E_ACCOUNTS = [
  { login: 'fed-admin', name: '州管理员', unitId: 'kz-fed', role: 'admin' },
  { login: 'fed-entry', name: '州录入员', unitId: 'kz-fed', role: 'entry' },
  { login: 'fed-reviewer', name: '州审核', unitId: 'kz-fed', role: 'reviewer' },
  { login: 'county-admin', name: '市管理员', unitId: 'kz-atushi', role: 'admin' },
  { login: 'county-entry', name: '市录入员', unitId: 'kz-atushi', role: 'entry' },
] as const
