// An empty 绩效目标表 workbook to fill in by hand: instructions, a project sheet and a department
// sheet in the same layout the export writes, so the import reads both alike.
import type { Sheet } from '@/domain/types'
import { fillTargetsWorkbook } from './targets-export'
import { FONT_NAME, INDICATOR_COLUMNS, LABELS } from './targets-layout'

const BLANK_ROWS = 12

// prettier-ignore
const INSTRUCTIONS: readonly string[] = [
  '填写说明',
  '1. 每个工作表是一张绩效目标表：项目支出表填“项目名称”，部门整体表填“部门整体名称”。不用的工作表可删除或留空。',
  '2. 年度写在第 2 行括号内，如“（2026年）”。金额单位为万元，可写两位小数，如 100.00。',
  `3. “${LABELS.goals}”每行一条目标，可插入行。`,
  `4. 指标表每行一个三级指标；一级、二级指标相同的可以合并单元格，也可以只在第一行填写。`,
  '5. 指标值写比较符、数值和单位，如“≥4次”“=100%”“≤10天”；定性指标写“有效提升”“明显改善”等。',
  '6. 分值为数字，指标分值合计一般为 90 分（另 10 分为预算执行率）。',
  '7. 计量方式：“累计”（各次填报相加，如活动次数）或“最新读数”（取最近一次，如满意度、合格率）；不填时百分比指标按最新读数，其余按累计。',
  '8. 分月计划可不填；填写格式如“6月:2；12月:4”。',
  '9. 评分设置写“默认”即可；如需调整，见软件中“评分设置”的说明。',
  '10. 导入时会逐行检查，任何一处有问题都不会导入，并列出问题所在的工作表、行和列。',
]

function emptySheet(kind: Sheet['kind'], year: number): Sheet {
  return {
    id: '',
    unitId: '',
    year,
    kind,
    name: '',
    goals: [''],
    budget: { initial: '', adjusted: '' },
    funds: { fiscal: '', other: '' },
    scoring: {},
    indicators: [],
  }
}

export async function writeTargetsTemplate(year: number, unitName = ''): Promise<ArrayBuffer> {
  const { default: ExcelJS } = await import('exceljs')
  const workbook = new ExcelJS.Workbook()
  const help = workbook.addWorksheet('填写说明')
  help.getColumn(1).width = 110
  INSTRUCTIONS.forEach((line, i) => {
    const cell = help.getCell(i + 1, 1)
    cell.value = line
    cell.font = { name: FONT_NAME, size: i === 0 ? 14 : 11, bold: i === 0 }
    cell.alignment = { wrapText: true, vertical: 'middle' }
  })
  fillTargetsWorkbook(
    workbook,
    { unitName, sheets: [emptySheet('project', year), emptySheet('department', year)] },
    BLANK_ROWS,
  )
  for (const ws of workbook.worksheets.slice(1)) {
    const measureCol = INDICATOR_COLUMNS.findIndex((c) => c.key === 'measure') + 1
    const weightCol = INDICATOR_COLUMNS.findIndex((c) => c.key === 'weight') + 1
    const header = ws.getColumn(1).values.findIndex((v) => v === '一级指标')
    for (let r = header + 1; r <= header + BLANK_ROWS; r++) {
      ws.getCell(r, measureCol).dataValidation = {
        type: 'list',
        allowBlank: true,
        formulae: ['"累计,最新读数"'],
      }
      ws.getCell(r, weightCol).dataValidation = {
        type: 'decimal',
        operator: 'between',
        allowBlank: true,
        formulae: [0, 100],
        showErrorMessage: true,
        error: '分值应为 0–100 之间的数字',
      }
    }
  }
  return (await workbook.xlsx.writeBuffer()) as ArrayBuffer
}
