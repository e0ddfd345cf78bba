import { writePackage } from '../../domain/exchange'
import { parseTargetTables } from '../../domain/paste'
import type { LedgerPackage } from '../../domain/types'
import { line, readTextFile, type Outcome } from '../io'

const GENERATED_UNIT_ID = 'unit-1'

/** The pasted tables as an exchange file on stdout; what could not be read on stderr. */
export function parseCommand(file: string): Outcome {
  const input = readTextFile(file)
  if (!input.ok) return { stderr: line(`错误：${input.zh}`, `Error: ${input.en}`), exitCode: 1 }
  const { sheets, unitName, problems } = parseTargetTables(input.text)
  const pkg: LedgerPackage = {
    format: 'perf-ledger',
    version: 1,
    units: [{ id: GENERATED_UNIT_ID, name: unitName ?? '', parentId: null }],
    sheets: sheets.map((s) => ({ ...s, unitId: GENERATED_UNIT_ID })),
    progress: [],
    spending: [],
    judgements: [],
    overrides: [],
    notApplicable: [],
    deviations: [],
  }
  const stderr = problems.map((p) =>
    line(`第 ${p.line} 行“${p.text}”：${p.message.zh}`, `line ${p.line}: ${p.message.en}`),
  )
  const found = sheets.reduce((n, s) => n + s.indicators.length, 0)
  if (found === 0) stderr.push(line('错误：没有找到任何绩效指标。', 'Error: no indicator found.'))
  return {
    stdout: `${JSON.stringify(writePackage(pkg, { structuredTargets: true }), null, 2)}\n`,
    stderr: stderr.join(''),
    json: true,
    exitCode: found === 0 ? 1 : 0,
  }
}
