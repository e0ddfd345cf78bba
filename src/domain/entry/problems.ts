// What can be wrong with a typed entry. The UI turns a code and its params into a sentence
// (locale keys entry.problem.<code>), so the rules stay free of wording.

export type EntryField = 'indicator' | 'date' | 'value' | 'amount' | 'reason' | 'row' | 'sheet' | 'source'

export type EntryProblemCode =
  | 'indicatorRequired'
  | 'indicatorUnknown'
  | 'indicatorAmbiguous'
  | 'qualitative'
  | 'locked'
  | 'dateRequired'
  | 'dateInvalid'
  | 'dateOutsideYear'
  | 'dateInFuture'
  | 'valueRequired'
  | 'notNumber'
  | 'negative'
  | 'tooManyPlaces'
  | 'tooLarge'
  | 'overHundred'
  | 'notWhole'
  | 'tooFewCells'
  | 'refundReasonRequired'
  | 'refundBeyondSpent'
  | 'sheetRequired'
  | 'sheetUnknown'
  | 'sheetAmbiguous'
  | 'sourceUnknown'

export interface EntryProblem {
  field: EntryField
  code: EntryProblemCode
  params?: Record<string, string | number>
}
