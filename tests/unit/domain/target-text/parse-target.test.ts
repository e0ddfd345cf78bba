import { describe, expect, it } from 'vitest'
import { formatTarget, parseTarget } from '@/domain/target-text'
import type { Target } from '@/domain/types'

const t = (op: '>=' | '>' | '=' | '<=' | '<', value: string, unit: string): Target => ({ op, value, unit })
const q = (text: string): Target => ({ op: 'qualitative', text })

describe('parseTarget: every form in the seed', () => {
  it.each<[string, Target]>([
    ['＞=4 次', t('>=', '4', '次')],
    ['＞=2 次', t('>=', '2', '次')],
    ['＞=5 家', t('>=', '5', '家')],
    ['＞=1次', t('>=', '1', '次')],
    ['=100%', t('=', '100', '%')],
    ['＞=50万元', t('>=', '50', '万元')],
    ['＞=50 万元', t('>=', '50', '万元')],
    ['＞=27000人', t('>=', '27000', '人')],
    ['有效提升', q('有效提升')],
    ['＞=95%', t('>=', '95', '%')],
    ['＞\n=95%', t('>=', '95', '%')],
    ['＞\n\n=95%', t('>=', '95', '%')],
    ['100%', t('=', '100', '%')],
    ['50万', t('=', '50', '万')],
  ])('%j', (text, expected) => {
    expect(parseTarget(text)).toEqual({ target: expected })
  })
})

describe('parseTarget: signs and words other units publish', () => {
  it.each<[string, Target]>([
    ['≥4次', t('>=', '4', '次')],
    ['≥=4次', t('>=', '4', '次')],
    ['>=4次', t('>=', '4', '次')],
    ['=>4次', t('>=', '4', '次')],
    ['＞4次', t('>', '4', '次')],
    ['>4次', t('>', '4', '次')],
    ['＝100％', t('=', '100', '%')],
    ['≤10天', t('<=', '10', '天')],
    ['＜=10天', t('<=', '10', '天')],
    ['＜10天', t('<', '10', '天')],
    ['<10 天', t('<', '10', '天')],
    ['不低于95%', t('>=', '95', '%')],
    ['不少于 4 场', t('>=', '4', '场')],
    ['大于等于4场次', t('>=', '4', '场次')],
    ['大于或等于4场次', t('>=', '4', '场次')],
    ['至少3期', t('>=', '3', '期')],
    ['达到95%', t('>=', '95', '%')],
    ['高于90%', t('>', '90', '%')],
    ['大于90%', t('>', '90', '%')],
    ['超过1000人次', t('>', '1000', '人次')],
    ['不高于5%', t('<=', '5', '%')],
    ['不超过30天', t('<=', '30', '天')],
    ['小于等于30日', t('<=', '30', '日')],
    ['不多于2次', t('<=', '2', '次')],
    ['控制在10天以内', t('<=', '10', '天')],
    ['控制在 100 万元', t('<=', '100', '万元')],
    ['10个工作日以内', t('<=', '10', '个工作日')],
    ['50万元以上', t('>=', '50', '万元')],
    ['不低于50万元以上', t('>=', '50', '万元')],
    ['5%以下', t('<=', '5', '%')],
    ['低于5%', t('<', '5', '%')],
    ['小于5%', t('<', '5', '%')],
    ['少于3起', t('<', '3', '起')],
    ['等于100%', t('=', '100', '%')],
    ['4', t('=', '4', '')],
    ['0', t('=', '0', '')],
  ])('%j', (text, expected) => {
    expect(parseTarget(text).target).toEqual(expected)
  })
})

describe('parseTarget: numbers are kept exact', () => {
  it.each<[string, Target]>([
    ['≥27,000人', t('>=', '27000', '人')],
    ['≥27，000人', t('>=', '27000', '人')],
    ['≥1,234,567元', t('>=', '1234567', '元')],
    ['≥２７０００人', t('>=', '27000', '人')],
    ['≥0.5万元', t('>=', '0.5', '万元')],
    ['≥0.50万元', t('>=', '0.5', '万元')],
    ['≥95.00%', t('>=', '95', '%')],
    ['≥007次', t('>=', '7', '次')],
    ['≥123456789012345678.123456789万元', t('>=', '123456789012345678.123456789', '万元')],
    ['＞=1800 份', t('>=', '1800', '份')],
    ['≥2.7万人', t('>=', '2.7', '万人')],
    ['≥3000平方米', t('>=', '3000', '平方米')],
    ['≤ 1.5 公里', t('<=', '1.5', '公里')],
    ['≥ 99.9 ％', t('>=', '99.9', '%')],
    ['≥10次/年', t('>=', '10', '次/年')],
  ])('%j', (text, expected) => {
    expect(parseTarget(text).target).toEqual(expected)
  })
})

describe('parseTarget: qualitative phrases', () => {
  it.each([
    '有效提升',
    '逐步提高',
    '达到预期',
    '显著改善',
    '明显提升',
    '持续改善',
    '稳步提升',
    '长期',
    '良好',
    '合格',
    '优秀',
  ])('%j', (text) => {
    expect(parseTarget(text)).toEqual({ target: q(text) })
  })

  it('drops the whitespace of a phrase broken across lines', () => {
    expect(parseTarget('有效\n\n提升').target).toEqual(q('有效提升'))
    expect(parseTarget('  长期 ').target).toEqual(q('长期'))
  })
})

describe('parseTarget: text it cannot read is reported, never guessed', () => {
  it.each([
    '4-6次',
    '约5次',
    '≥ 次',
    '50%-60%',
    '5次左右',
    '4~6次',
    '4至6次',
    '≥良好',
    '1,5次',
    '≈5次',
    '高于50%以上',
    '≥5次，≤8次',
    '-5%',
  ])('%j', (text) => {
    const result = parseTarget(text)
    expect(result.target).toBeNull()
    expect(result.problem?.zh).toBeTruthy()
    expect(result.problem?.en).toBeTruthy()
  })
})

describe('parseTarget: a target is never refused for its wording', () => {
  it.each([
    '合规',
    '严格执行相关制度规定',
    '符合相关规定',
    '高',
    '好',
    '见附件',
    '较上年',
    '2023年12月底前',
    '10月31日前完成',
  ])('%j is qualitative as written', (text) => {
    expect(parseTarget(text)).toEqual({ target: q(text) })
  })

  it('reads a long number-free text as qualitative too, whitespace dropped', () => {
    expect(parseTarget('详见说明材料的第二部分内容 以及其他相关资料').target).toEqual(
      q('详见说明材料的第二部分内容以及其他相关资料'),
    )
  })

  it.each(['', '   '])('%j is an empty qualitative target, flagged', (text) => {
    const parsed = parseTarget(text)
    expect(parsed.target).toEqual(q(''))
    expect(parsed.flag?.zh).toContain('指标值为空')
  })

  it.each(['/', '／', '—', '-', '无'])('%j is a placeholder: no target, said so', (text) => {
    const parsed = parseTarget(text)
    expect(parsed.target).toBeNull()
    expect(parsed.placeholder).toBe(true)
    expect(parsed.problem?.zh).toContain('没有设定目标')
  })

  it.each<[string, Target]>([
    ['四次', t('=', '4', '次')],
    ['两个', t('=', '2', '个')],
    ['十二项', t('=', '12', '项')],
    ['二十场', t('=', '20', '场')],
  ])('a count in Chinese numerals %j', (text, expected) => {
    expect(parseTarget(text).target).toEqual(expected)
  })

  it('keeps the note after a value out of the unit', () => {
    expect(parseTarget('100%（合格率）').target).toEqual(t('=', '100', '%'))
    expect(parseTarget('≥95%(含)').target).toEqual(t('>=', '95', '%'))
  })
})

describe('parseTarget: every comparator spelling', () => {
  it.each<[string, Target]>([
    ['≥95%', t('>=', '95', '%')],
    ['≧100%', t('>=', '100', '%')],
    ['⩾3项', t('>=', '3', '项')],
    ['＞=4次', t('>=', '4', '次')],
    ['>=4次', t('>=', '4', '次')],
    ['不低于90%', t('>=', '90', '%')],
    ['═100%', t('=', '100', '%')],
    ['＝100%', t('=', '100', '%')],
    ['﹦8个', t('=', '8', '个')],
    ['=8个', t('=', '8', '个')],
    ['≤5%', t('<=', '5', '%')],
    ['＜=3天', t('<=', '3', '天')],
    ['<=3天', t('<=', '3', '天')],
    ['≦2次', t('<=', '2', '次')],
    ['⩽2次', t('<=', '2', '次')],
    ['不高于10万元', t('<=', '10', '万元')],
  ])('%j', (text, expected) => {
    expect(parseTarget(text)).toEqual({ target: expected })
  })
})

describe('parseTarget: direction', () => {
  it('reads a bare number by the direction: 正向 ≥, 反向 ≤, none =', () => {
    expect(parseTarget('3%', 'reverse').target).toEqual(t('<=', '3', '%'))
    expect(parseTarget('90%', 'forward').target).toEqual(t('>=', '90', '%'))
    expect(parseTarget('1').target).toEqual(t('=', '1', ''))
  })

  it('lets a written comparator win and flags one against the direction', () => {
    const against = parseTarget('≥3%', 'reverse')
    expect(against.target).toEqual(t('>=', '3', '%'))
    expect(against.flag?.zh).toContain('反向')
    expect(parseTarget('≤3%', 'reverse')).toEqual({ target: t('<=', '3', '%') })
    expect(parseTarget('=100%', 'forward')).toEqual({ target: t('=', '100', '%') })
    expect(parseTarget('<5天', 'forward').flag?.zh).toContain('正向')
  })
})

describe('formatTarget', () => {
  it.each<[Target, string]>([
    [t('>=', '4', '次'), '>=4次'],
    [t('=', '100', '%'), '=100%'],
    [t('>=', '50', '万元'), '>=50万元'],
    [t('<=', '10', '天'), '<=10天'],
    [t('<', '0.5', '%'), '<0.5%'],
    [q('有效提升'), '有效提升'],
  ])('%j → %j', (target, text) => {
    expect(formatTarget(target)).toBe(text)
  })
})
