// What can start or continue each kind of cell. The row reader asks these at every soft boundary.
import {
  isKnownUnit,
  isQualitativePhrasePrefix,
  matchPrefix,
  normalizeTargetText,
  startsWithComparator,
} from '../target-text'
import type { Piece } from './pieces'
import { isHard } from './pieces'
import type { ColumnKind } from './vocabulary'

const VALUE_KINDS: readonly ColumnKind[] = ['target', 'lastYear', 'longTerm']

/** "＞", "≥", "＞=", "不少于": a comparison still waiting for its number. */
export function isBareComparison(text: string): boolean {
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

const DIRECTION = /^(正向|反向|中性)(指标)?$/
const NATURE = /^(定量|定性)(指标)?$/

/**
 * Whether `text` has the shape of a cell of `kind`, for the columns whose cells announce
 * themselves; a missing shape means the published cell was empty.
 */
export function hasShape(kind: ColumnKind, text: string): boolean {
  switch (kind) {
    case 'op':
      return isBareComparison(text) || NATURE.test(text)
    case 'nature':
      return NATURE.test(text) || isBareComparison(text)
    case 'direction':
      return DIRECTION.test(text)
    case 'unit':
      return isKnownUnit(text)
    case 'weight':
      return looksLikeWeight(text)
    default:
      return true
  }
}

/** True when `piece` is where a cell of `kind` begins. Free text never announces itself. */
export function startsCell(kind: ColumnKind | undefined, piece: Piece): boolean {
  if (kind === 'target' || kind === 'lastYear' || kind === 'longTerm') return looksLikeValue(piece.text)
  if (kind === 'weight' || kind === 'op' || kind === 'nature' || kind === 'direction' || kind === 'unit')
    return hasShape(kind, piece.text)
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
    case 'longTerm':
      // With a unit column of its own, the unit after the number belongs there.
      return (
        (next !== 'unit' && /\d$/.test(normalizeTargetText(buffer)) && isKnownUnit(piece.text)) ||
        isQualitativePhrasePrefix(buffer + piece.text)
      )
    case 'weight':
    case 'op':
    case 'nature':
    case 'direction':
    case 'unit':
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
