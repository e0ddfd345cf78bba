// The national indicator framework (财预〔2020〕10号) offered when a level is typed; free text stays allowed.
import type { SheetKind } from '../types'

export interface LevelGroup {
  level1: string
  level2: readonly string[]
}

// prettier-ignore
const PROJECT: readonly LevelGroup[] = [
  { level1: '产出指标', level2: ['数量指标', '质量指标', '时效指标'] },
  { level1: '成本指标', level2: ['经济成本指标', '社会成本指标', '生态环境成本指标'] },
  { level1: '效益指标', level2: ['经济效益指标', '社会效益指标', '生态效益指标', '可持续影响指标'] },
  { level1: '满意度指标', level2: ['服务对象满意度指标'] },
]

// prettier-ignore
const DEPARTMENT: readonly LevelGroup[] = [
  { level1: '履职效能', level2: ['数量指标', '质量指标', '时效指标', '重点工作完成'] },
  { level1: '管理效率', level2: ['预算管理', '资金管理', '资产管理', '部门管理'] },
  { level1: '社会效应', level2: ['经济效益', '社会效益', '生态效益', '可持续影响'] },
  { level1: '服务对象满意度', level2: ['服务对象满意度指标'] },
  ...PROJECT,
]

export function levelFramework(kind: SheetKind): readonly LevelGroup[] {
  return kind === 'department' ? DEPARTMENT : PROJECT
}

/** 一级 names to offer, filtered by what was typed. */
export function level1Suggestions(kind: SheetKind, typed: string): string[] {
  const names = [...new Set(levelFramework(kind).map((g) => g.level1))]
  return names.filter((n) => n.includes(typed.trim()))
}

/** 二级 names to offer: those of the chosen 一级 first, then the rest of the framework. */
export function level2Suggestions(kind: SheetKind, level1: string, typed: string): string[] {
  const groups = levelFramework(kind)
  const own = groups.filter((g) => g.level1 === level1).flatMap((g) => g.level2)
  const all = [...new Set([...own, ...groups.flatMap((g) => g.level2)])]
  return all.filter((n) => n.includes(typed.trim()))
}
