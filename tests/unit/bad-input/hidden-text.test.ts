// @vitest-environment node
// Text that hides what it holds, and reasons with nothing to read (issue 16).
import '../data/browser-globals'
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { saveDeviation, saveOverride, setNotApplicable } from '@/db/assessments'
import { ValidationError } from '@/db/errors'
import { createUnit } from '@/db/units'
import { readPackage } from '@/domain/exchange'
import { findUnitCycle } from '@/domain/unit-cycles'
import { displayText, hasVisibleText } from '@/domain/visible-text'
import { worldWithData } from '../db/helpers'

const fixture = (name: string) => readFileSync(`tests/fixtures/bad-input/${name}`, 'utf8')

describe('visible text', () => {
  it('shows a name without its right-to-left override, zero-width space and control characters', () => {
    expect(displayText('\u202e会工总州\u202c')).toBe('会工总州')
    expect(displayText('指标\u200b名\u0007称\u2066')).toBe('指标名称')
    expect(displayText('第一行\n第二行\t列')).toBe('第一行\n第二行\t列')
  })

  it('counts zero-width, blank and control characters alone as empty', () => {
    expect(hasVisibleText('\u200b \u3000\u200b\u202e')).toBe(false)
    expect(hasVisibleText('\u200b理由')).toBe(true)
  })
})

describe('the exchange checks on hidden characters and unit loops', () => {
  it('flag a reversed unit name and an indicator id that differs by a zero-width space', () => {
    const read = readPackage(fixture('hidden-characters.json'))
    expect(read.ok).toBe(true)
    const found = read.issues.filter((i) => i.code === 'hiddenCharacters' || i.code === 'lookalikeId')
    expect(found.map((i) => [i.code, i.path])).toEqual([
      ['hiddenCharacters', 'units[0].name'],
      ['hiddenCharacters', 'sheets[0].indicators[1].id'],
      ['lookalikeId', 'sheets[0].indicators[1].id'],
    ])
    expect(found[0]!.message.zh).toContain('U+202E、U+202C')
  })

  it('refuse a unit that is its own parent and two units that are each other’s', () => {
    expect(findUnitCycle([{ id: 'a', parentId: 'a' }])).toEqual(['a'])
    expect(
      findUnitCycle([
        { id: 'a', parentId: 'b' },
        { id: 'b', parentId: 'a' },
        { id: 'c', parentId: null },
      ]),
    ).toEqual(['a', 'b'])
    expect(
      findUnitCycle([
        { id: 'a', parentId: null },
        { id: 'b', parentId: 'a' },
      ]),
    ).toBeNull()
    for (const name of ['unit-own-parent.json', 'units-mutual-parents.json']) {
      const read = readPackage(fixture(name))
      expect(read.ok).toBe(false)
      expect(read.issues[0]).toMatchObject({ level: 'error', code: 'unitCycle', path: 'units[0].parentId' })
    }
  })
})

describe('reasons and names must hold visible text in the database', () => {
  it('an override, a not-applicable mark and a deviation of zero-width characters are refused', async () => {
    const { db, reviewer, entry, admin } = await worldWithData()
    const blank = '\u200b\u200b \u202e'
    await expect(
      saveOverride(db, reviewer, { indicatorId: 'p1-i1', score: '10', reason: blank }),
    ).rejects.toBeInstanceOf(ValidationError)
    await expect(setNotApplicable(db, reviewer, { indicatorId: 'p1-i1', reason: blank })).rejects.toThrow(
      /reason must not be empty/,
    )
    await expect(
      saveDeviation(db, entry, { indicatorId: 'p1-i1', cause: '其他', text: blank }),
    ).rejects.toBeInstanceOf(ValidationError)
    await expect(createUnit(db, admin, { name: '\u200b\u2060' })).rejects.toBeInstanceOf(ValidationError)
  })
})
