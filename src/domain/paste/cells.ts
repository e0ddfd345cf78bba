// What can start or continue each kind of cell. The row reader asks these at every soft boundary.
import {
  isKnownUnit,
  isQualitativePhrasePrefix,
  matchPrefix,
  normalizeTargetText,
  startsWithComparator,
} from '../target'
import type { Piece } from './pieces'
import { isHard } from './pieces'
import type { ColumnKind } from './vocabulary'

const VALUE_KINDS: readonly ColumnKind[] = ['target', 'lastYear']

/** "＞", "≥", "＞=", "不少于": a comparison still waiting for its number. */
function isBareComparison(text: string): boolean {
  return matchPrefix(normalizeTargetText(text))?.rest === ''
}

/** A target value, a last-year value: "＞=1", "100%", "50万", "有效". */
export function looksLikeValue(text: string): boolean {
  return (
    startsWithComparator(text) || /^\d/.test(normalizeTargetText(text)) || isQualitativePhrasePrefix(text)
  )
}

export function looksLikeWeight(text: string): boolean {
  return /^\d+(\.\d+)?$/.test(normalizeTargetText(text))
}

/** True when `piece` is where a cell of `kind` begins. Free text never announces itself. */
export function startsCell(kind: ColumnKind | undefined, piece: Piece): boolean {
  if (kind === 'target' || kind === 'lastYear') return looksLikeValue(piece.text)
  if (kind === 'weight') return looksLikeWeight(piece.text)
  return false
}

/**
 * Whether `piece` carries on the cell `buffer` of `kind`, the column after it being `next`
 * (undefined for the last column of a row).
 */
export function continuesCell(
  kind: ColumnKind,
  buffer: string,
  piece: Piece,
  next: ColumnKind | undefined,
): boolean {
  if (VALUE_KINDS.includes(kind) && isBareComparison(buffer)) return true
  if (isHard(piece.before)) return false
  switch (kind) {
    case 'target':
    case 'lastYear':
      return (
        (/\d$/.test(normalizeTargetText(buffer)) && isKnownUnit(piece.text)) ||
        isQualitativePhrasePrefix(buffer + piece.text)
      )
    case 'weight':
      return false
    case 'rule':
      if (/(赋分|规则|。)$/.test(buffer)) return false
      return continuesText(buffer, piece, next)
    default:
      return continuesText(buffer, piece, next)
  }
}

function continuesText(buffer: string, piece: Piece, next: ColumnKind | undefined): boolean {
  // After the last column only a visibly unfinished text goes on; otherwise a new row begins.
  if (next === undefined) return /[、，,（(“‘《：:]$/.test(buffer) || /^[）)”’》、，,。]/.test(piece.text)
  return !startsCell(next, piece)
}
