// Zod's findings in the users' words, one Issue per finding, with its place in the file.
import type { core } from 'zod'
import { error, type Issue } from './issues'
import { formatPath, type PathKey } from './path'
import { DECIMAL_MESSAGE } from './schema'

const TYPE_NAMES_ZH: Record<string, string> = {
  string: '文本',
  number: '数字',
  int: '整数',
  boolean: '真/假值',
  array: '列表',
  object: '对象',
  null: '空值',
}

export function fromZodIssue(issue: core.$ZodIssue, input: unknown): Issue {
  const keys = issue.path.filter((k): k is PathKey => typeof k !== 'symbol')
  const path = formatPath(keys)
  const { zh, en } = describe(issue, valueAt(input, keys) === undefined)
  return error(path, 'badStructure', zh, en)
}

function describe(issue: core.$ZodIssue, missing: boolean): { zh: string; en: string } {
  if (missing && issue.code !== 'too_small' && issue.code !== 'too_big') {
    return { zh: '缺少必填项。', en: 'A required key is missing.' }
  }
  switch (issue.code) {
    case 'custom':
      if (issue.message === DECIMAL_MESSAGE) {
        return {
          zh: '应为十进制数：数字或 "37.24" 形式的字符串。',
          en: 'Expected a decimal: a number or a string such as "37.24".',
        }
      }
      break
    case 'invalid_type':
      return {
        zh: `类型错误：应为${TYPE_NAMES_ZH[issue.expected] ?? issue.expected}。`,
        en: `Wrong type: expected ${issue.expected}.`,
      }
    case 'invalid_value': {
      const values = issue.values.map((v) => JSON.stringify(v))
      return { zh: `只能是：${values.join('、')}。`, en: `Must be one of: ${values.join(', ')}.` }
    }
    case 'too_small':
      if (issue.origin === 'string') return { zh: '不能为空。', en: 'Must not be empty.' }
      return {
        zh: `不能小于 ${String(issue.minimum)}。`,
        en: `Must not be less than ${String(issue.minimum)}.`,
      }
    case 'too_big':
      return {
        zh: `不能大于 ${String(issue.maximum)}。`,
        en: `Must not be more than ${String(issue.maximum)}.`,
      }
    case 'invalid_union':
      return { zh: '格式不符合要求。', en: 'Does not match any allowed form.' }
  }
  return { zh: `结构错误：${issue.message}`, en: issue.message }
}

function valueAt(root: unknown, keys: readonly PathKey[]): unknown {
  let node = root
  for (const key of keys) {
    if (node === null || typeof node !== 'object') return undefined
    node = (node as Record<PathKey, unknown>)[key]
  }
  return node
}
