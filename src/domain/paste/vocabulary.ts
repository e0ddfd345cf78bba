// Words of the published 绩效目标表 forms (财预〔2020〕10号 and the provincial variants).

/** 一级指标 of project and department forms. */
// prettier-ignore
export const LEVEL1_NAMES: readonly string[] = [
  '产出指标', '效益指标', '成本指标', '满意度指标', '服务对象满意度指标', '服务对象满意度',
  '履职效能', '管理效率', '社会效应', '可持续发展能力', '履职效果', '能力建设',
  // older forms (财预〔2015〕and provincial variants)
  '项目完成指标', '项目效益指标', '项目产出指标', '投入指标', '过程指标', '决策指标', '效果指标',
  '影响力指标',
]

/** 二级指标. Some names (满意度指标, 成本指标) serve at both levels. */
// prettier-ignore
export const LEVEL2_NAMES: readonly string[] = [
  '数量指标', '质量指标', '时效指标', '成本指标', '经济成本指标', '社会成本指标', '生态环境成本指标',
  '经济效益指标', '社会效益指标', '生态效益指标', '可持续影响指标', '满意度指标', '服务对象满意度指标',
  '部门管理', '资金管理', '预算管理', '资产管理', '重点工作完成', '重点工作', '社会效益', '经济效益',
  '生态效益', '可持续影响', '服务对象满意度',
  // older forms: satisfaction listed under 效益指标
  '社会公众或服务对象满意度指标', '社会公众满意度指标', '社会公众或服务对象满意度',
]

const ALL_LEVEL_NAMES = [...new Set([...LEVEL1_NAMES, ...LEVEL2_NAMES])]
const LEVEL1_ONLY = new Set(LEVEL1_NAMES.filter((n) => !LEVEL2_NAMES.includes(n)))

export function isLevelName(text: string): boolean {
  return ALL_LEVEL_NAMES.includes(text)
}

/** "产出", "满意度指" …: the start of a level name a PDF broke across lines. */
export function isLevelPrefix(text: string): boolean {
  return text.length > 0 && ALL_LEVEL_NAMES.some((name) => name.startsWith(text))
}

/** A level name printed alone on its row is a 二级指标 unless only 一级 uses it. */
export function isLevel1Only(text: string): boolean {
  return LEVEL1_ONLY.has(text)
}

export type ColumnKind =
  | 'level1'
  | 'level2'
  | 'name'
  | 'target'
  | 'longTerm'
  | 'op'
  | 'unit'
  | 'direction'
  | 'nature'
  | 'basis'
  | 'lastYear'
  | 'weight'
  | 'rule'
  | 'evidence'
  | 'note'
  // A wide layout repeats its project's facts on every indicator row.
  | 'unitName'
  | 'projectName'
  | 'budget'
  | 'goal'
  /** A column the reader has no use for; its cells are skipped by position. */
  | 'other'

/**
 * How each column is titled, longest spelling first within a kind. Columns the app has no field
 * for (指标解释, 绩效标准, 长期指标值 …) are still recognised, so that their cells are skipped.
 */
// prettier-ignore
export const COLUMN_TITLES: readonly (readonly [string, ColumnKind])[] = [
  ['一级指标', 'level1'], ['二级指标', 'level2'],
  ['三级指标', 'name'], ['指标名称', 'name'], ['指标内容', 'name'], ['绩效指标', 'name'],
  ['中长期指标值', 'longTerm'], ['长期指标值', 'longTerm'], ['长期目标值', 'longTerm'], ['实施期指标值', 'longTerm'],
  ['年度指标值', 'target'], ['年度目标值', 'target'], ['指标目标值', 'target'], ['目标值', 'target'],
  ['指标值设置依据', 'basis'], ['指标值设定依据', 'basis'], ['指标设定依据', 'basis'], ['指标设置依据', 'basis'],
  ['设置依据', 'basis'], ['设定依据', 'basis'],
  ['指标值', 'target'],
  ['上年实际完成值', 'lastYear'], ['上年完成值', 'lastYear'], ['上年实际值', 'lastYear'], ['上年值', 'lastYear'],
  ['指标分值权重', 'weight'], ['分值权重', 'weight'], ['指标权重', 'weight'], ['权重', 'weight'], ['分值', 'weight'],
  ['指标赋分规则', 'rule'], ['赋分规则', 'rule'], ['评分规则', 'rule'], ['评分标准', 'rule'], ['计分方法', 'rule'],
  ['佐证资料', 'evidence'], ['佐证材料', 'evidence'], ['证明材料', 'evidence'],
  ['指标方向性', 'direction'], ['指标方向', 'direction'], ['方向', 'direction'],
  ['指标性质', 'nature'], ['指标类型', 'nature'],
  ['运算符号', 'op'], ['运算符', 'op'], ['比较符', 'op'], ['度量符号', 'op'], ['符号', 'op'],
  ['计量单位', 'unit'], ['度量单位', 'unit'], ['单位', 'unit'],
  ['指标解释', 'note'], ['指标说明', 'note'], ['绩效标准', 'note'], ['备注', 'note'],
  ['单位名称', 'unitName'], ['部门名称', 'unitName'], ['预算单位', 'unitName'],
  ['项目名称', 'projectName'],
  ['预算数', 'budget'], ['预算金额', 'budget'], ['资金总额', 'budget'], ['年度预算', 'budget'], ['项目资金', 'budget'],
  ['年度绩效目标', 'goal'], ['年度目标', 'goal'], ['总体目标', 'goal'], ['绩效目标', 'goal'],
]

/** The kinds that describe an indicator; a header row must name some of these. */
export const INDICATOR_KINDS: readonly ColumnKind[] = ['level1', 'level2', 'name', 'target', 'weight']
/** The kinds of a wide layout's project columns. */
export const PROJECT_KINDS: readonly ColumnKind[] = ['unitName', 'projectName', 'budget', 'goal']

/** Everything a column-header block is made of; its lines hold only fragments of these. */
export const HEADER_WORDS: readonly string[] = [
  ...COLUMN_TITLES.map(([title]) => title),
  '(%)',
  '（%）',
  '(分)',
  '（分）',
  '%',
]

/** Columns whose cells have a recognisable shape: where the shape is missing, the cell was empty. */
export const SHAPED_KINDS: readonly ColumnKind[] = ['op', 'unit', 'direction', 'nature', 'weight']

/** Labels that open a block in the header of a table. */
export const GOAL_LABELS = /^(年度绩效目标|项目总体目标|总体目标|年度目标|绩效目标)/
export const HEADER_LABELS =
  /^(部门名称|单位名称|预算单位|主管部门|实施单位|部门联系人|联系人|项目名称|项目负责人|年度预算|资金来源|资金总额|财政资金|财政拨款|上级安排|本级安排|其他资金|项目资金|年度预算总额|其中|一级)/

/** A name a 一级指标 can have (some serve at both levels). */
export function isLevel1Name(text: string): boolean {
  return LEVEL1_NAMES.includes(text)
}
