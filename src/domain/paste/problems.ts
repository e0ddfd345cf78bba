// What the paste reader could not read, with the line it stands on. Chinese first.
import type { TargetProblem } from '../target-text'

export interface PasteProblem {
  /** 1-based line of the pasted text. */
  line: number
  text: string
  message: { zh: string; en: string }
}

export const pasteProblems = {
  noTable: (): PasteProblem['message'] => ({
    zh: '没有找到“绩效目标表”标题。',
    en: 'No table title ending in 绩效目标表 was found.',
  }),
  noColumnHeader: (): PasteProblem['message'] => ({
    zh: '没有找到指标表头（一级指标、二级指标……）。',
    en: 'No column header (一级指标, 二级指标 …) was found.',
  }),
  missingColumns: (names: string[]): PasteProblem['message'] => ({
    zh: `表头缺少必需的列：${names.join('、')}。`,
    en: `The column header lacks: ${names.join(', ')}.`,
  }),
  noWeightColumn: (): PasteProblem['message'] => ({
    zh: '表中没有分值（权重）列，各指标分值暂记为 0，请填写。',
    en: 'The table has no weight column; every weight was set to 0, please fill them in.',
  }),
  incompleteRow: (): PasteProblem['message'] => ({
    zh: '这一行的单元格不全，未能读出指标。',
    en: 'This row is incomplete; no indicator was read from it.',
  }),
  badWeight: (weight: string): PasteProblem['message'] => ({
    zh: `分值“${weight}”不是数字，这一行未读入。`,
    en: `The weight "${weight}" is not a number; the row was skipped.`,
  }),
  unreadableTarget: (problem: TargetProblem): PasteProblem['message'] => ({
    zh: `指标值无法识别，已按原文保留：${problem.zh}`,
    en: `The target cannot be read and is kept as written: ${problem.en}`,
  }),
  noMoney: (): PasteProblem['message'] => ({
    zh: '没有读到预算金额，已记为 0，请核对。',
    en: 'No budget amount was found; 0 was recorded, please check.',
  }),
  noYear: (): PasteProblem['message'] => ({
    zh: '没有读到年度，请核对。',
    en: 'No year was found; please check.',
  }),
}
