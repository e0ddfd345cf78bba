import type { PageSetup } from 'exceljs'

/** The official forms print on A4 landscape, one page wide, centred, with the table header repeated. */
export function a4Landscape(printTitlesRow: string, printArea?: string): Partial<PageSetup> {
  return {
    paperSize: 9,
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    horizontalCentered: true,
    margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 },
    printTitlesRow,
    ...(printArea ? { printArea } : {}),
  }
}
