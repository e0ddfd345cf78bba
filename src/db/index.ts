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
  addEvidence,
  addProgressBatch,
  addProgressWithEvidence,
  addSpendingWithEvidence,
  listEntryAudit,
  type EvidenceUpload,
} from './evidence'
export { listUnitYearEntries, type UnitYearEntries } from './recycle-bin'
export { estimateStorage, isQuotaError, StorageFullError, type StorageEstimate } from './storage'
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
export {
  listSheetAttachments,
  listStatusHistory,
  lockSheet,
  NotReadyError,
  returnSheet,
  saveGoalOutcomes,
  sheetReadiness,
  submitSheet,
  unlockSheet,
  type StatusChange,
} from './assessment-workflow'
export { getSetting, listSettings, PREFERENCE_KEYS, setSetting, SETTING_KEYS } from './settings'
export { readStartup, type StartupState } from './startup'
export { seedIfEmpty } from './seed'
export { exportPackage, type ExportOptions, type ExportQuery } from './export-package'
export { canonical } from '@/domain/exchange/merge-plan'
export {
  importPackage,
  planImport,
  type ImportOptions,
  type ImportResult,
  type PackageCounts,
} from './import-package'
export { inspectExchangeFile, previewImport, type FileInspection, type ImportPreview } from './import-preview'
export {
  BACKUP_FORMAT,
  countData,
  createBackup,
  InvalidBackupError,
  isEmptyData,
  readBackupFile,
  restoreBackup,
  type BackupFile,
  type BackupMeta,
  type DataCounts,
  type RestoreOptions,
} from './backup'
export {
  BACKUP_SETTING_KEYS,
  getBackupStatus,
  recordBackup,
  setBackupReminderDays,
  type BackupStatus,
} from './backup-settings'
export {
  requestPersistentStorage,
  storageState,
  type PersistState,
  type StorageState,
} from './storage-persist'
export { DECIMAL_RE, isDecimalString } from './validate'
export { yearPackage } from './dashboard-queries'
export { createSheets } from './sheet-batch'
export { listSheetHistory } from './sheet-history'
export { applyRollover, previewRollover } from './rollover'
export { saveSheetEdits, type SheetEdits } from './sheet-edits'
