export {
  canonicalJson,
  changedParts,
  SEAL_PARTS,
  sealContent,
  sealPartTexts,
  sealParts,
  verifyPackageSeals,
  type SealCheck,
  type SealPart,
  type SheetSeal,
} from './sheet-seal'
