export { isImageKind, MIME, sniffType, zipEntryNames, type EvidenceKind } from './sniff-type'
export {
  checkEvidenceFile,
  DEFAULT_EVIDENCE_MAX_BYTES,
  EVIDENCE_MAX_BYTES_KEY,
  formatBytes,
  pastedName,
  type EvidenceCheck,
} from './evidence-rules'
