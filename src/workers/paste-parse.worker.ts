// The paste preview's worker (composables/use-paste-preview.ts starts it): reading 20,000 pasted rows
// and checking the sheets takes seconds, which here leave the page responsive (issue 16).
import '@/polyfills'
import { parseTargetTables, type PastedTables } from '@/domain/paste'
import { checkSheet, type SheetChecks } from '@/domain/sheet-editing'
import type { Sheet } from '@/domain/types'

export type PasteRequest = { id: number; text: string } | { id: number; sheets: Sheet[] }
export type PasteReply =
  { id: number; parsed: PastedTables; checks: SheetChecks[] } | { id: number; checks: SheetChecks[] }

addEventListener('message', (event: MessageEvent<PasteRequest>) => {
  const request = event.data
  if ('text' in request) {
    const parsed = parseTargetTables(request.text)
    postMessage({
      id: request.id,
      parsed,
      checks: parsed.sheets.map((s) => checkSheet(s)),
    } satisfies PasteReply)
  } else {
    postMessage({ id: request.id, checks: request.sheets.map((s) => checkSheet(s)) } satisfies PasteReply)
  }
})
