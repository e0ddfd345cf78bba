// The paste preview's reading and checking, off the main thread (workers/paste-parse.worker.ts):
// 20,000 pasted rows take seconds to read and check, which froze the page (issue 16). Only the
// latest request's answer is used; an older one that arrives late is dropped. Where no worker can
// start, the same functions run here.
import { onBeforeUnmount } from 'vue'
import { parseTargetTables, type PastedTables } from '@/domain/paste'
import { checkSheet, type SheetChecks } from '@/domain/sheet-editing'
import type { Sheet } from '@/domain/types'
import type { PasteReply, PasteRequest } from '@/workers/paste-parse.worker'

export function usePastePreview() {
  let worker: Worker | null | undefined
  let next = 0
  /** The newest request of each kind: a read is not dropped because an edit was checked meanwhile. */
  const latest = { read: 0, check: 0 }
  const waiting = new Map<number, (reply: PasteReply) => void>()

  function start(): Worker | null {
    if (worker !== undefined) return worker
    try {
      worker = new Worker(new URL('../workers/paste-parse.worker.ts', import.meta.url), { type: 'module' })
      worker.addEventListener('message', (e: MessageEvent<PasteReply>) => {
        waiting.get(e.data.id)?.(e.data)
        waiting.delete(e.data.id)
      })
    } catch {
      worker = null
    }
    return worker
  }

  /** The reply, or null when a newer request was made meanwhile. */
  function ask(
    kind: keyof typeof latest,
    request: Omit<PasteRequest, 'id'>,
    here: () => PasteReply,
  ): Promise<PasteReply | null> {
    const id = ++next
    latest[kind] = id
    const w = start()
    if (!w) return Promise.resolve(here())
    return new Promise((resolve) => {
      waiting.set(id, (reply) => resolve(reply.id === latest[kind] ? reply : null))
      w.postMessage({ ...request, id })
    })
  }

  /** The pasted text read into sheets, with each sheet's live checks. */
  async function read(text: string): Promise<{ parsed: PastedTables; checks: SheetChecks[] } | null> {
    const reply = await ask('read', { text }, () => {
      const parsed = parseTargetTables(text)
      return { id: 0, parsed, checks: parsed.sheets.map((s) => checkSheet(s)) }
    })
    return reply && 'parsed' in reply ? reply : null
  }

  /** The live checks of edited sheets; plain data only (no reactive proxies) crosses to the worker. */
  async function check(sheets: Sheet[]): Promise<SheetChecks[] | null> {
    const plain = JSON.parse(JSON.stringify(sheets)) as Sheet[]
    const reply = await ask('check', { sheets: plain }, () => ({
      id: 0,
      checks: plain.map((s) => checkSheet(s)),
    }))
    return reply ? reply.checks : null
  }

  onBeforeUnmount(() => worker?.terminate())
  return { read, check }
}
