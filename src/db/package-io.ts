// The exchange package (shared/INTERCHANGE.md, normalised LedgerPackage): the export lives in
// export-package.ts, the import in import-package.ts; both are re-exported here for the modules
// that import them from here.
export { exportPackage, type ExportQuery } from './export-package'

export { canonical } from '@/domain/exchange/merge-plan'
export {
  importInTx,
  importPackage,
  planImport,
  type ImportOptions,
  type ImportResult,
  type PackageCounts,
} from './import-package'

