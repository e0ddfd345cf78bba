// The bad-file corpus: most files are built here from a good package and one defect each, so the
// defect is visible in the table. `expected` is a fragment of the one Chinese message the user sees.
import { readFileSync } from 'node:fs'

export interface BadFile {
  name: string
  /** What the file is, for the report. */
  what: string
  bytes: () => Uint8Array | Promise<Uint8Array>
  expected: string
}

const enc = new TextEncoder()
const text = (s: string) => () => enc.encode(s)
const sample = () => readFileSync('public/samples/kizilsu-zgh-2025.json', 'utf8')
type Json = Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any

/** The built-in sample with one change applied. */
const edited = (change: (pkg: Json) => void) => () => {
  const pkg = JSON.parse(sample()) as Json
  change(pkg)
  return enc.encode(JSON.stringify(pkg))
}

function deepArrays(depth: number): string {
  return '['.repeat(depth) + ']'.repeat(depth)
}

function bytesOf(...parts: (number[] | string)[]): () => Uint8Array {
  return () => {
    const chunks = parts.map((p) => (typeof p === 'string' ? enc.encode(p) : new Uint8Array(p)))
    const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0))
    let at = 0
    for (const c of chunks) {
      out.set(c, at)
      at += c.length
    }
    return out
  }
}

export const BAD_FILES: BadFile[] = [
  // Issue 16, tests/fixtures/bad-input/: accepted without a word before.
  {
    name: 'unit-own-parent.json',
    what: 'a unit that is its own parent',
    bytes: () => readFileSync('tests/fixtures/bad-input/unit-own-parent.json'),
    expected: '单位的上级关系成环（kz-fed → kz-fed）',
  },
  {
    name: 'units-mutual-parents.json',
    what: "two units each other's parent",
    bytes: () => readFileSync('tests/fixtures/bad-input/units-mutual-parents.json'),
    expected: '单位的上级关系成环（kz-fed → kz-b → kz-fed）',
  },
  {
    name: 'reason-invisible.json',
    what: 'a not-applicable reason of zero-width and blank characters',
    bytes: () => readFileSync('tests/fixtures/bad-input/reason-invisible.json'),
    expected: '必须填写理由（只有空白或不可见字符不算）',
  },
  {
    name: 'gbk-table.txt',
    what: 'a GBK text file',
    bytes: () => readFileSync('tests/fixtures/bad-input/gbk-table.txt'),
    expected: '可能是 GBK 编码',
  },
  // Empty and not text
  { name: 'empty.json', what: 'zero bytes', bytes: text(''), expected: '文件是空的' },
  { name: 'spaces.json', what: 'only white space', bytes: text('  \n\t \r\n'), expected: '文件只有空白' },
  {
    name: 'bom-only.json',
    what: 'only a UTF-8 byte-order mark',
    bytes: text('\uFEFF'),
    expected: '文件只有空白',
  },
  {
    name: 'nul.json',
    what: 'JSON with NUL bytes inside',
    bytes: bytesOf('{"format":', [0, 0, 0], '}'),
    expected: '二进制内容',
  },
  {
    name: 'gbk.json',
    what: 'GBK-encoded Chinese (not UTF-8)',
    bytes: bytesOf([0xd6, 0xdd, 0xd7, 0xdc, 0xb9, 0xa4, 0xbb, 0xe1]),
    expected: '不是 UTF-8',
  },
  {
    name: 'utf16.json',
    what: 'UTF-16LE with BOM',
    bytes: bytesOf([0xff, 0xfe, 0x7b, 0x00, 0x7d, 0x00]),
    expected: 'UTF-16',
  },
  {
    name: 'photo.json',
    what: 'a PNG renamed .json',
    bytes: bytesOf([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
    expected: '这是 PNG 图片，不是数据交换文件',
  },
  {
    name: 'scan.json',
    what: 'a JPEG renamed .json',
    bytes: bytesOf([0xff, 0xd8, 0xff, 0xe0, 0, 16]),
    expected: '这是 JPEG 图片',
  },
  {
    name: 'report.json',
    what: 'a PDF renamed .json',
    bytes: text('%PDF-1.7\n%âãÏÓ\n1 0 obj'),
    expected: '这是 PDF 文件',
  },
  {
    name: 'data.json',
    what: 'a gzip archive renamed .json',
    bytes: bytesOf([0x1f, 0x8b, 8, 0, 0, 0]),
    expected: 'gzip 压缩文件',
  },
  {
    name: 'old.json',
    what: 'an old .xls (OLE2) renamed .json',
    bytes: bytesOf([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
    expected: '旧版 Office 文件',
  },
  // Workbooks
  {
    name: 'targets.json',
    what: 'an xlsx renamed .json (zip header)',
    bytes: bytesOf([0x50, 0x4b, 0x03, 0x04, 20, 0, 6, 0]),
    expected: 'Excel 工作簿或压缩包',
  },
  {
    name: '目标表.xlsx',
    what: 'corrupted workbook: zip header then garbage',
    bytes: bytesOf([0x50, 0x4b, 0x03, 0x04], 'garbage'),
    expected: 'Excel 工作簿或压缩包',
  },
  {
    name: '目标表2.xlsx',
    what: 'corrupted workbook: text claiming to be xlsx',
    bytes: text('this is not a workbook'),
    expected: '内容不是有效的工作簿',
  },
  {
    name: '目标表3.xlsx',
    what: 'corrupted workbook: JSON claiming to be xlsx',
    bytes: sampleBytes(),
    expected: '内容不是有效的工作簿',
  },
  {
    name: 'truncated.xlsx',
    what: 'corrupted workbook: a real xlsx cut to 200 bytes',
    bytes: async () => (await realWorkbook()).slice(0, 200),
    expected: 'Excel 工作簿或压缩包',
  },
  {
    name: 'book.et',
    what: 'WPS spreadsheet name, text content',
    bytes: text('名称,数值'),
    expected: '内容不是有效的工作簿',
  },
  // Not JSON
  {
    name: 'hello.json',
    what: 'plain text',
    bytes: text('你好，这是一段文字'),
    expected: '不是有效的 JSON（第 1 行第 1 列）',
  },
  {
    name: 'page.json',
    what: 'an HTML page',
    bytes: text('<!doctype html><html><body>x</body></html>'),
    expected: '不是有效的 JSON',
  },
  { name: 'table.json', what: 'CSV', bytes: text('id,name\n1,州总工会\n'), expected: '不是有效的 JSON' },
  {
    name: 'half.json',
    what: 'truncated in the middle',
    bytes: () => enc.encode(sample().slice(0, 4000)),
    expected: '内容意外结束',
  },
  { name: 'one-char.json', what: 'truncated to "{"', bytes: text('{'), expected: '内容意外结束' },
  {
    name: 'comma.json',
    what: 'trailing comma',
    bytes: text('{"format":"perf-ledger","version":1,}'),
    expected: '意外的字符“}”',
  },
  {
    name: 'quotes.json',
    what: 'single quotes',
    bytes: text("{'format':'perf-ledger'}"),
    expected: "意外的字符“'”",
  },
  {
    name: 'comments.json',
    what: 'JSON with comments',
    bytes: text('{ // 注释\n"format":"perf-ledger"}'),
    expected: '第 1 行第 3 列',
  },
  {
    name: 'nan.json',
    what: 'NaN literal',
    bytes: text('{"format":"perf-ledger","version":NaN}'),
    expected: '意外的字符“N”',
  },
  { name: 'two.json', what: 'two JSON documents', bytes: text('{}{}'), expected: '意外的字符“{”' },
  // Wrong shape, format or version
  { name: 'array.json', what: 'a JSON array', bytes: text('[]'), expected: '不是 JSON 对象' },
  {
    name: 'wrapped.json',
    what: 'the package wrapped in an array',
    bytes: () => enc.encode(`[${sample()}]`),
    expected: '不是 JSON 对象',
  },
  { name: 'string.json', what: 'a JSON string', bytes: text('"perf-ledger"'), expected: '不是 JSON 对象' },
  { name: 'null.json', what: 'null', bytes: text('null'), expected: '不是 JSON 对象' },
  { name: 'number.json', what: 'a number', bytes: text('42'), expected: '不是 JSON 对象' },
  { name: 'object.json', what: 'an empty object', bytes: text('{}'), expected: 'format 应为 "perf-ledger"' },
  {
    name: 'other.json',
    what: 'another program’s JSON',
    bytes: text('{"name":"vite","version":"8.0.0"}'),
    expected: '不是绩效台账数据包',
  },
  {
    name: 'backup.json',
    what: 'a backup file picked as an exchange file',
    bytes: text('{"format":"perf-ledger-backup","version":1}'),
    // Issue 16: told what it is and where to open it, not only that the format differs.
    expected: '这是备份文件，不是数据交换文件；请在“数据”页的“备份与恢复”中用“恢复”打开它',
  },
  {
    name: 'v2.json',
    what: 'version 2 (newer program)',
    bytes: edited((p) => (p.version = 2)),
    expected: '请升级程序',
  },
  { name: 'v0.json', what: 'version 0', bytes: edited((p) => (p.version = 0)), expected: '不支持的版本 0' },
  {
    name: 'v-string.json',
    what: 'version "1" as text',
    bytes: edited((p) => (p.version = '1')),
    expected: '不支持的版本 "1"',
  },
  // Wrong types and missing keys
  {
    name: 'units-object.json',
    what: 'units is an object',
    bytes: edited((p) => (p.units = {})),
    expected: '类型错误：应为列表。（位置：units）',
  },
  {
    name: 'units-null.json',
    what: 'units is null',
    bytes: edited((p) => (p.units = null)),
    expected: '（位置：units）',
  },
  {
    name: 'progress-text.json',
    what: 'progress is text',
    bytes: edited((p) => (p.progress = '无')),
    expected: '应为列表。（位置：progress）',
  },
  {
    name: 'year-text.json',
    what: 'year as text',
    bytes: edited((p) => (p.sheets[0].year = '2025年')),
    expected: '（位置：sheets[0].year）',
  },
  {
    name: 'weight-text.json',
    what: 'weight as text',
    bytes: edited((p) => (p.sheets[0].indicators[0].weight = '十五')),
    expected: '（位置：sheets[0].indicators[0].weight）',
  },
  {
    name: 'name-number.json',
    what: 'indicator name is a number',
    bytes: edited((p) => (p.sheets[0].indicators[0].name = 15)),
    expected: '类型错误：应为文本。',
  },
  {
    name: 'empty-id.json',
    what: 'an empty id',
    bytes: edited((p) => (p.units[0].id = '')),
    expected: '（位置：units[0].id）',
  },
  {
    name: 'kind.json',
    what: 'unknown sheet kind',
    bytes: edited((p) => (p.sheets[0].kind = 'other')),
    expected: '只能是："department"、"project"',
  },
  {
    name: 'op.json',
    what: 'unknown target op',
    bytes: edited((p) => (p.sheets[0].indicators[0].target = { op: '≈', value: '4', unit: '次' })),
    expected: '未知的比较方式“≈”',
  },
  // Bad values
  {
    name: 'amount.json',
    what: 'amount "12.5.0"',
    bytes: edited(
      (p) => (p.spending = [{ id: 'x1', sheetId: p.sheets[0].id, date: '2025-06-30', amount: '12.5.0' }]),
    ),
    expected: '应为十进制数',
  },
  {
    name: 'negative.json',
    what: 'negative amount',
    bytes: edited(
      (p) => (p.spending = [{ id: 'x1', sheetId: p.sheets[0].id, date: '2025-06-30', amount: '-5' }]),
    ),
    expected: '不能为负数（-5）',
  },
  {
    name: 'exp.json',
    what: 'amount in exponent notation text',
    bytes: edited(
      (p) => (p.spending = [{ id: 'x1', sheetId: p.sheets[0].id, date: '2025-06-30', amount: '1e3' }]),
    ),
    expected: '应为十进制数',
  },
  {
    name: 'date.json',
    what: 'impossible date',
    bytes: edited(
      (p) =>
        (p.progress = [
          { id: 'e1', indicatorId: p.sheets[0].indicators[0].id, date: '2025-13-45', value: '1' },
        ]),
    ),
    expected: '日期“2025-13-45”应为 YYYY-MM-DD 格式的有效日期',
  },
  {
    name: 'date-year.json',
    what: 'date outside the sheet’s year',
    bytes: edited(
      (p) =>
        (p.progress = [
          { id: 'e1', indicatorId: p.sheets[0].indicators[0].id, date: '2019-03-01', value: '1' },
        ]),
    ),
    expected: '不在目标表所属的 2025 年内',
  },
  {
    name: 'band.json',
    what: 'judgement score outside its tier',
    bytes: edited((p) => (p.judgements = [{ indicatorId: qualitativeId(p), tier: '达成', score: '1' }])),
    expected: '“达成”的得分应在 16–20 之间，实际为 1',
  },
  {
    name: 'judge-quant.json',
    what: 'judgement on a quantitative indicator',
    bytes: edited(
      (p) => (p.judgements = [{ indicatorId: p.sheets[0].indicators[0].id, tier: '达成', score: '12' }]),
    ),
    expected: '不是定性指标，不能按评判等级赋分',
  },
  {
    name: 'override.json',
    what: 'override without a reason',
    bytes: edited((p) => (p.overrides = [{ indicatorId: p.sheets[0].indicators[0].id, score: '10' }])),
    expected: '缺少必填项。（位置：overrides[0].reason）',
  },
  // Missing references and duplicates
  {
    name: 'ref-indicator.json',
    what: 'progress for an indicator not in the file',
    bytes: edited((p) => (p.progress = [{ id: 'e1', indicatorId: 'nope', date: '2025-03-01', value: '1' }])),
    expected: '引用的指标“nope”在文件中不存在',
  },
  {
    name: 'ref-unit.json',
    what: 'sheet of a unit not in the file',
    bytes: edited((p) => (p.sheets[0].unitId = 'ghost')),
    expected: '引用的单位“ghost”在文件中不存在',
  },
  {
    name: 'ref-sheet.json',
    what: 'spending on a sheet not in the file',
    bytes: edited((p) => (p.spending = [{ id: 'x1', sheetId: 'nope', date: '2025-06-30', amount: '1' }])),
    expected: '引用的目标表“nope”在文件中不存在',
  },
  {
    name: 'ref-parent.json',
    what: 'unit whose parent is not in the file',
    bytes: edited((p) => (p.units[0].parentId = 'xj-fed')),
    expected: '引用的单位“xj-fed”在文件中不存在',
  },
  {
    name: 'dup-unit.json',
    what: 'duplicate unit id',
    bytes: edited((p) => p.units.push({ ...p.units[0] })),
    expected: '单位编号',
  },
  {
    name: 'dup-indicator.json',
    what: 'duplicate indicator id',
    bytes: edited((p) => (p.sheets[1].indicators[0].id = p.sheets[0].indicators[0].id)),
    expected: '指标编号',
  },
  {
    name: 'dup-progress.json',
    what: 'duplicate progress id',
    bytes: edited((p) => {
      const e = { id: 'e1', indicatorId: p.sheets[0].indicators[0].id, date: '2025-03-01', value: '1' }
      p.progress = [e, { ...e, value: '2' }]
    }),
    expected: '进度记录编号“e1”重复',
  },
  // Accepted by the reader, refused by the database's own rules (found by the rehearsal)
  {
    name: 'precision.json',
    what: 'amount with 7 decimal places',
    bytes: edited(
      (p) => (p.spending = [{ id: 'x1', sheetId: p.sheets[0].id, date: '2025-06-30', amount: '0.1234567' }]),
    ),
    expected: '最多 6 位小数），不能是 "0.1234567"',
  },
  {
    name: 'long-number.json',
    what: 'amount with 16 integer digits',
    bytes: edited(
      (p) =>
        (p.spending = [
          { id: 'x1', sheetId: p.sheets[0].id, date: '2025-06-30', amount: '1234567890123456' },
        ]),
    ),
    expected: '不能是 "1234567890123456"',
  },
  // Size and depth
  {
    name: 'deep.json',
    what: '60 nested arrays in an extra key',
    bytes: edited((p) => (p.extra = JSON.parse(deepArrays(60)))),
    expected: '嵌套层次过深（超过 48 层）',
  },
  {
    name: 'very-deep.json',
    what: '200,000 nested arrays',
    bytes: text(deepArrays(200_000)),
    expected: '嵌套层次过深',
  },
  {
    name: 'huge.json',
    what: '50 MB of valid-looking JSON (built at run time)',
    bytes: () => hugeFile(50 * 1024 * 1024),
    expected: '文件太大（50.0 MB）',
  },
  {
    name: 'big.json',
    what: '21 MB, over the 20 MB limit',
    bytes: () => hugeFile(21 * 1024 * 1024),
    expected: '文件太大（21.0 MB），数据交换文件不能超过 20.0 MB',
  },
]

function qualitativeId(p: Json): string {
  for (const s of p.sheets)
    for (const i of s.indicators) if (typeof i.target === 'string' && !/\d/.test(i.target)) return i.id
  throw new Error('no qualitative indicator in the sample')
}

function sampleBytes(): () => Uint8Array {
  return () => enc.encode(sample())
}

/** A JSON object of `size` bytes: the sample plus one long extra string. */
function hugeFile(size: number): Uint8Array {
  const head = enc.encode('{"format":"perf-ledger","version":1,"padding":"')
  const out = new Uint8Array(size)
  out.set(head)
  out.fill(0x61, head.length, size - 2)
  out.set(enc.encode('"}'), size - 2)
  return out
}

/** A real one-sheet workbook, written by ExcelJS. */
async function realWorkbook(): Promise<Uint8Array> {
  const { default: ExcelJS } = await import('exceljs')
  const wb = new ExcelJS.Workbook()
  wb.addWorksheet('目标').addRow(['指标', '指标值'])
  return new Uint8Array(await wb.xlsx.writeBuffer())
}
