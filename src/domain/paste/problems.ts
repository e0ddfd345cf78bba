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
    zh: '没有找到指标表：需要一行表头，写明指标名称（或一级指标、三级指标）和指标值等列。',
    en: 'No indicator table was found: it needs a header row naming the indicator (or 一级指标, 三级指标) and its target.',
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
    zh: `分值“${weight}”不是数字，暂记为 0，请填写。`,
    en: `The weight "${weight}" is not a number; it was set to 0, please fill it in.`,
  }),
  targetFlag: (flag: TargetProblem): PasteProblem['message'] => ({ zh: flag.zh, en: flag.en }),
  convertedFromYuan: (): PasteProblem['message'] => ({
    zh: '表中金额单位为元，已换算为万元。',
    en: 'The table gives amounts in 元 (yuan); they were converted to 万元.',
  }),
  breakdownRow: (): PasteProblem['message'] => ({
    zh: '“其中”分项行没有分值，未单列为指标（它属于上一行指标）。',
    en: 'A "其中" breakdown row has no weight; it was not read as an indicator of its own.',
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
