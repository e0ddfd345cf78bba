// The three exported workbooks (自评表, 监控表, 目标表) from the test fixtures' year, for looking at
// them in LibreOffice (scripts/print-screenshots.sh). The 部门整体 budget is raised to 1,234.56 万元
// so the thousands separators show. Run: tsx --tsconfig tsconfig.app.json scripts/write-form-workbooks.ts DIR
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { assessmentAsOf, buildAssessmentForm } from '@/domain/assessment'
import { monitorAsOf, monitorForm } from '@/domain/monitoring'
import { scorePackage, scoreSheet, sheetData } from '@/domain/scoring'
import type { LedgerPackage } from '@/domain/types'
import { assessmentWorkbook } from '@/excel/assessment-workbook'
import { monitorWorkbook } from '@/excel/monitor-workbook'
import { writeTargetsWorkbook } from '@/excel/targets-export'
import { yearOfEntries } from '../tests/unit/fixtures/built-in'

const UNIT = '克孜勒苏柯尔克孜自治州总工会'
const dir = process.argv[2] ?? '.'

function withLargeBudget(pkg: LedgerPackage): LedgerPackage {
  const [dept, ...rest] = pkg.sheets
  const budget = { ...dept!.budget, initial: '1234.56', adjusted: '1234.56' }
  return { ...pkg, sheets: [{ ...dept!, budget }, ...rest] }
}

const pkg = withLargeBudget(yearOfEntries())
const forms = pkg.sheets.map((sheet) =>
  buildAssessmentForm({
    sheet,
    score: scoreSheet(sheet, sheetData(pkg, sheet.id), assessmentAsOf(sheet.year)),
    unitName: UNIT,
    judgements: pkg.judgements,
    deviations: pkg.deviations,
    progress: pkg.progress,
    attachedOwners: new Set(),
  }),
)
writeFileSync(join(dir, 'workbook-assessment.xlsx'), Buffer.from(await assessmentWorkbook(forms)))

const scores = scorePackage(pkg, monitorAsOf(2025, 6))
const monitorForms = pkg.sheets.map((sheet, i) => monitorForm(sheet, scores.sheets[i]!, [], 6))
writeFileSync(
  join(dir, 'workbook-monitor.xlsx'),
  Buffer.from(await monitorWorkbook({ unitName: UNIT, forms: monitorForms })),
)
writeFileSync(
  join(dir, 'workbook-targets.xlsx'),
  Buffer.from(await writeTargetsWorkbook({ unitName: UNIT, sheets: pkg.sheets })),
)
