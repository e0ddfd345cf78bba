// Why a target text could not be read. Chinese first, as the users read it.

export interface TargetProblem {
  zh: string
  en: string
}

export const targetProblems = {
  empty: (): TargetProblem => ({
    zh: '指标值为空，请填写。',
    en: 'The target is empty; please fill it in.',
  }),
  noNumber: (text: string): TargetProblem => ({
    zh: `指标值“${text}”有比较符号但没有数值。`,
    en: `The target "${text}" has a comparison but no number.`,
  }),
  placeholder: (text: string): TargetProblem => ({
    zh: `指标值为“${text}”，没有设定目标。`,
    en: `The target is "${text}": no target was set.`,
  }),
  againstDirection: (text: string, direction: 'forward' | 'reverse'): TargetProblem => ({
    zh: `指标值“${text}”的比较符号与指标方向（${direction === 'forward' ? '正向' : '反向'}）相反，按所写符号计分。`,
    en: `The comparison in "${text}" runs against the indicator's direction (${direction}); it is scored as written.`,
  }),
  unknownWording: (text: string): TargetProblem => ({
    zh: `无法识别指标值“${text}”开头的写法（如“约”“左右”等近似表述不能计分）。`,
    en: `Cannot read how the target "${text}" begins (approximate wording such as 约 cannot be scored).`,
  }),
  range: (text: string): TargetProblem => ({
    zh: `指标值“${text}”含有多个数值或区间，请改为单一目标值。`,
    en: `The target "${text}" holds several numbers or a range; give a single value.`,
  }),
  badUnit: (text: string, unit: string): TargetProblem => ({
    zh: `指标值“${text}”的单位“${unit}”无法识别。`,
    en: `The unit "${unit}" of the target "${text}" cannot be read.`,
  }),
  conflictingComparisons: (text: string): TargetProblem => ({
    zh: `指标值“${text}”前后的比较方式互相矛盾。`,
    en: `The target "${text}" states two different comparisons.`,
  }),
}
