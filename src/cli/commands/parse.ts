import { readFileSync } from 'node:fs'
import { writePackage } from '../../domain/exchange'
import { parseTargetTables } from '../../domain/paste'
import type { LedgerPackage } from '../../domain/types'
import { readTableFile } from '../../table-files/open-table-file'
import { line, readTextFile, type FileText, type Outcome } from '../io'

const GENERATED_UNIT_ID = 'unit-1'
/** Read by the app's own file readers (src/table-files); anything else is read as text. */
const TABLE_FILE = /\.(docx|pdf|xlsx|xls|et|wps|doc|ett|wpt)$/i

/** A .docx's tables, a text PDF, an .xlsx as tab-separated text, as the 目标 page reads them. */
async function readInput(file: string): Promise<FileText> {
  if (!TABLE_FILE.test(file)) return readTextFile(file)
  let bytes: Uint8Array
  try {
    bytes = readFileSync(file)
  } catch {
    // readTextFile words the file-system errors (missing, a directory, no permission).
    return readTextFile(file)
  }
  const data = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer
  const read = await readTableFile(file, data)
  return read.ok ? read : { ok: false, zh: `${file}：${read.message.zh}`, en: `${file}: ${read.message.en}` }
}

/** The tables (pasted text, .docx, .pdf, .xlsx) as an exchange file on stdout; what could not be read on stderr. */
export async function parseCommand(file: string): Promise<Outcome> {
  const input = await readInput(file)
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
