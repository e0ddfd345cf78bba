export { canonicalJson, sealContent, verifyPackageSeals, type SealCheck, type SheetSeal } from './sheet-seal'
