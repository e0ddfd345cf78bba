// Words of the published 绩效目标表 forms (财预〔2020〕10号 and the provincial variants).

/** 一级指标 of project and department forms. */
// prettier-ignore
export const LEVEL1_NAMES: readonly string[] = [
  '产出指标', '效益指标', '成本指标', '满意度指标', '服务对象满意度指标', '服务对象满意度',
  '履职效能', '管理效率', '社会效应', '可持续发展能力', '履职效果', '能力建设',
]

/** 二级指标. Some names (满意度指标, 成本指标) serve at both levels. */
// prettier-ignore
export const LEVEL2_NAMES: readonly string[] = [
  '数量指标', '质量指标', '时效指标', '成本指标', '经济成本指标', '社会成本指标', '生态环境成本指标',
  '经济效益指标', '社会效益指标', '生态效益指标', '可持续影响指标', '满意度指标', '服务对象满意度指标',
  '部门管理', '资金管理', '预算管理', '资产管理', '重点工作完成', '重点工作', '社会效益', '经济效益',
  '生态效益', '可持续影响', '服务对象满意度',
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

/** Everything a column-header block is made of; its lines hold only fragments of these. */
// prettier-ignore
export const HEADER_WORDS: readonly string[] = [
  '一级指标', '二级指标', '三级指标', '指标值', '指标内容', '指标名称', '绩效指标',
  '指标设定依据', '指标值设置依据', '指标值设定依据', '设置依据', '设定依据', '上年完成值', '上年实际完成值',
  '指标分值权重', '分值权重', '指标赋分规则', '赋分规则', '评分规则', '评分标准', '计分方法',
  '佐证资料', '佐证材料', '证明材料', '备注',
]

export type ColumnKind =
  'level1' | 'level2' | 'name' | 'target' | 'basis' | 'lastYear' | 'weight' | 'rule' | 'evidence' | 'note'

/** How each column announces itself in the compacted header text. */
export const COLUMN_MARKERS: readonly (readonly [ColumnKind, RegExp])[] = [
  ['level1', /一级/],
  ['level2', /二级/],
  ['name', /三级|指标名称|指标内容/],
  ['target', /指标值(?!设)/],
  ['basis', /依据/],
  ['lastYear', /上年/],
  ['weight', /分值|权重/],
  ['rule', /赋分规则|评分规则|评分标准|计分方法/],
  ['evidence', /佐证|证明材料/],
  ['note', /备注/],
]

/** Labels that open a block in the header of a table. */
export const GOAL_LABELS = /^(年度绩效目标|项目总体目标|总体目标|年度目标|绩效目标)/
export const HEADER_LABELS =
  /^(部门名称|单位名称|预算单位|主管部门|实施单位|部门联系人|联系人|项目名称|项目负责人|年度预算|资金来源|资金总额|财政资金|财政拨款|上级安排|本级安排|其他资金|项目资金|年度预算总额|其中|一级)/
