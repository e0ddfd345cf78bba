// The database layer's public API. All data access of the app goes through these functions.
export { liveQuery } from 'dexie'
export { DEFAULT_DB_NAME, getDb, LedgerDb, openLedgerDb, type LedgerDbOptions } from './database'
export { LATEST_VERSION, MIGRATIONS, type SchemaVersion } from './migrations'
export { SCHEMA_V1, type TableName } from './schema'
export * from './errors'
export type * from './rows'
export { can, authorize, PERMISSIONS, ROLE_LABELS, ROLES, type Action } from './permissions'
export { listAudit, type AuditQuery } from './audit'
export {
  asActor,
  createProfile,
  deleteProfile,
  ensureFirstAdmin,
  FIRST_ADMIN_NAME,
  getProfile,
  listProfiles,
  login,
  restoreProfile,
  updateProfile,
  type NewProfile,
  type ProfileChanges,
} from './profiles'
export { clearPin, PIN_ITERATIONS, setPin, verifyPin } from './pin'
export { createUnit, getUnit, listUnits, unitSubtree, updateUnit } from './units'
export {
  createSheet,
  deleteSheet,
  getSheet,
  listSheets,
  listYears,
  restoreSheet,
  setSheetStatus,
  SHEET_STATUSES,
  updateSheet,
  type NewSheet,
  type SheetChanges,
  type SheetWithIndicators,
} from './sheets'
export {
  addIndicator,
  deleteIndicator,
  listIndicators,
  restoreIndicator,
  updateIndicator,
} from './indicators'
export {
  addProgress,
  deleteProgress,
  listProgress,
  restoreProgress,
  updateProgress,
  type NewProgress,
  type ProgressChanges,
  type ProgressQuery,
} from './progress'
export {
  addSpending,
  deleteSpending,
  listSpending,
  restoreSpending,
  updateSpending,
  type NewSpending,
  type SpendingChanges,
} from './spending'
export {
  addAttachment,
  deleteAttachment,
  getAttachmentBlob,
  getAttachmentMeta,
  listAttachments,
  OWNER_KINDS,
  restoreAttachment,
  sha256Hex,
  verifyAttachment,
  type NewAttachment,
} from './attachments'
export {
  clearAssessment,
  DEVIATION_CAUSES,
  LIKELIHOODS,
  listAssessments,
  saveDeviation,
  saveJudgement,
  saveOverride,
  setNotApplicable,
  TIERS,
} from './assessments'
export { getSetting, listSettings, PREFERENCE_KEYS, setSetting, SETTING_KEYS } from './settings'
export { seedIfEmpty } from './seed'
export {
  canonical,
  exportPackage,
  importPackage,
  type ExportQuery,
  type ImportResult,
  type PackageCounts,
} from './package-io'
export { DECIMAL_RE, isDecimalString } from './validate'
