import { describe, expect, it } from 'vitest'
import { readPackage, validatePackage, writePackage } from '@/domain/exchange'
import type { LedgerPackage } from '@/domain/types'
import { sampleText } from '../../fixtures/built-in'

function readSample(): LedgerPackage {
  const result = readPackage(sampleText())
  if (!result.ok) throw new Error(JSON.stringify(result.issues))
  return result.pkg
}

describe('the shipped sample', () => {
  it('reads with 2 sheets and 13 indicators', () => {
    const pkg = readSample()
    expect(pkg.sheets).toHaveLength(2)
    expect(pkg.sheets.flatMap((s) => s.indicators)).toHaveLength(13)
  })

  it('structures every target', () => {
    const targets = Object.fromEntries(
      readSample()
        .sheets.flatMap((s) => s.indicators)
        .map((i) => [i.id, i.target]),
    )
    expect(targets).toEqual({
      'd-i1': { op: '>=', value: '4', unit: '次' },
      'd-i2': { op: '>=', value: '2', unit: '次' },
      'd-i3': { op: '>=', value: '4', unit: '次' },
      'd-i4': { op: '>=', value: '5', unit: '家' },
      'd-i5': { op: '>=', value: '27000', unit: '人' },
      'd-i6': { op: '>=', value: '4', unit: '次' },
      'p1-i1': { op: '>=', value: '1', unit: '次' },
      'p1-i2': { op: '=', value: '100', unit: '%' },
      'p1-i3': { op: '=', value: '100', unit: '%' },
      'p1-i4': { op: '>=', value: '50', unit: '万元' },
      'p1-i5': { op: '>=', value: '50', unit: '万元' },
      'p1-i6': { op: 'qualitative', text: '有效提升' },
      'p1-i7': { op: '>=', value: '95', unit: '%' },
    })
  })

  it('keeps the published wording and defaults the measure of p1-i6', () => {
    const indicators = readSample().sheets.flatMap((s) => s.indicators)
    expect(indicators.find((i) => i.id === 'd-i1')?.targetText).toBe('＞=4 次')
    const p16 = indicators.find((i) => i.id === 'p1-i6')
    expect(p16?.measure).toBe('cumulative')
    expect(p16?.targetText).toBe('有效提升')
  })

  it('keeps keys the format does not know', () => {
    const pkg = readSample() as LedgerPackage & { source?: string }
    expect(pkg.source).toMatch(/克孜勒苏/)
    expect((pkg.sheets[0] as unknown as { contact: string }).contact).toBe('15160869006')
    expect(pkg.sheets[0]!.budget.basic).toBe('311.81')
    expect(pkg.sheets[0]!.funds.fiscalOwnLevel).toBe('311.81')
  })

  it('has no errors, and warns about the goals no indicator measures', () => {
    const issues = validatePackage(sampleText())
    expect(issues.filter((i) => i.level === 'error')).toEqual([])
    expect(issues.map((i) => [i.level, i.code, i.path])).toEqual([
      ['warning', 'goalWithoutIndicator', 'sheets[0].goals[0]'],
      ['warning', 'goalWithoutIndicator', 'sheets[0].goals[4]'],
    ])
    expect(issues[0]!.message.zh).toContain('993 个')
    expect(issues[0]!.message.zh).toContain('1800 份')
    expect(issues[1]!.message.zh).toContain('600 名')
  })

  it('survives write and read, as a value and as JSON text', () => {
    const pkg = readSample()
    const written = writePackage(pkg)
    const again = readPackage(written)
    expect(again.ok && again.pkg).toEqual(pkg)
    const fromText = readPackage(JSON.stringify(written, null, 2))
    expect(fromText.ok && fromText.pkg).toEqual(pkg)
  })

  it('writes the published target text where it reads back the same', () => {
    const written = writePackage(readSample()) as { sheets: { indicators: { target: unknown }[] }[] }
    expect(written.sheets[0]!.indicators[0]!.target).toBe('＞=4 次')
    expect(written.sheets[1]!.indicators[5]!.target).toBe('有效提升')
  })
})
