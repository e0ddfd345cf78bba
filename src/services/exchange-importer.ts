// The page's side of the exchange import: requests to the import session in its worker
// (workers/exchange-import.worker.ts), one at a time, as promises. Where module workers are not
// available the session runs here instead, with the same messages (loaded on demand: the reader and
// its schema stay out of the page's bundle either way).
import { assertActing } from '@/db/acting-profile'
import { getDb } from '@/db/database'
import type { Bilingual } from '@/db/errors'
import type { ImportResult } from '@/db/import-package'
import type { Actor } from '@/db/rows'
import type { Resolution } from '@/domain/exchange/merge-plan'
import type {
  ExchangePreview,
  ImportChoices,
  ImportReply,
  ImportRequest,
} from '@/workers/exchange-import-session'

export type ExchangeInspection = { ok: true; preview: ExchangePreview } | { ok: false; message: Bilingual }

/** A refusal from the session, shown like any db error (it carries `.bilingual`). */
export class ImportRefused extends Error {
  readonly bilingual: Bilingual | undefined
  constructor(message: Bilingual | string) {
    super(typeof message === 'string' ? message : message.en)
    this.bilingual = typeof message === 'string' ? undefined : message
  }
}

interface Pending {
  resolve: (reply: ImportReply) => void
  reject: (error: Error) => void
  onProgress?: (done: number, total: number) => void
}

export function exchangeImporter() {
  let nextId = 1
  const pending = new Map<number, Pending>()
  const receive = (reply: ImportReply) => {
    const waiting = pending.get(reply.id)
    if (!waiting) return
    if (reply.kind === 'progress') return waiting.onProgress?.(reply.done, reply.total)
    pending.delete(reply.id)
    // The session's measures, recorded here too, so the page's performance panel shows them.
    if ('timing' in reply) {
      const end = performance.now()
      for (const [name, ms] of Object.entries(reply.timing)) performance.measure(name, { end, duration: ms })
    }
    if (reply.kind === 'failed') waiting.reject(new ImportRefused(reply.message))
    else waiting.resolve(reply)
  }

  let worker: Worker | null = null
  let send: (request: ImportRequest) => void
  if (typeof Worker !== 'undefined') {
    worker = new Worker(new URL('../workers/exchange-import.worker.ts', import.meta.url), { type: 'module' })
    worker.addEventListener('message', (event: MessageEvent<ImportReply>) => receive(event.data))
    worker.addEventListener('error', (event) => {
      for (const waiting of pending.values())
        waiting.reject(new Error(event.message || 'import worker failed'))
      pending.clear()
    })
    send = (request) => worker!.postMessage(request)
  } else {
    const session = import('@/workers/exchange-import-session').then((m) => m.importSession(getDb(), receive))
    send = (request) => void session.then((s) => s.handle(request))
  }

  const ask = (request: ImportRequest, onProgress?: Pending['onProgress']) =>
    new Promise<ImportReply>((resolve, reject) => {
      pending.set(request.id, { resolve, reject, onProgress })
      send(request)
    })

  // A reactive profile is a proxy, which cannot be posted: only what the db layer reads goes.
  const plain = (actor: Actor): Actor => ({ id: actor.id, name: actor.name, role: actor.role })
  const copy = (c: ImportChoices): ImportChoices => ({ asUnit: c.asUnit, unitAnswers: { ...c.unitAnswers } })

  return {
    /** Reads and checks the file away from the page; the session keeps its package for `run`. */
    async inspect(
      file: Blob & { name?: string },
      actor: Actor,
      choices: ImportChoices,
    ): Promise<ExchangeInspection> {
      const reply = await ask({
        kind: 'inspect',
        id: nextId++,
        file,
        actor: plain(actor),
        choices: copy(choices),
      })
      if (reply.kind !== 'inspected') throw new Error(`unexpected reply ${reply.kind}`)
      return reply.inspection
    },
    /** The file last inspected, planned again with the user's answers to its unit questions. */
    async replan(actor: Actor, choices: ImportChoices): Promise<ExchangeInspection> {
      const reply = await ask({ kind: 'replan', id: nextId++, actor: plain(actor), choices: copy(choices) })
      if (reply.kind !== 'inspected') throw new Error(`unexpected reply ${reply.kind}`)
      return reply.inspection
    },
    /** Imports the file last inspected, all or nothing; the result and the hints its preview listed. */
    async run(
      actor: Actor,
      choices: ImportChoices,
      resolutions: Record<string, Resolution>,
      keepDuplicates: boolean,
      onProgress: (done: number, total: number) => void,
    ): Promise<{ result: ImportResult; hints: Bilingual[] }> {
      // The worker's own database copy holds no acting profile: the page checks who acts for it.
      assertActing(getDb(), actor)
      const request = {
        kind: 'import',
        id: nextId++,
        actor: plain(actor),
        choices: copy(choices),
        resolutions: { ...resolutions },
        keepDuplicates,
      } as const
      const reply = await ask(request, onProgress)
      if (reply.kind !== 'imported') throw new Error(`unexpected reply ${reply.kind}`)
      return { result: reply.result, hints: reply.hints }
    },
    /** Lets the session drop the package of a preview the user cancelled. */
    forget() {
      send({ kind: 'forget', id: nextId++ })
    },
    stop() {
      worker?.terminate()
      for (const waiting of pending.values()) waiting.reject(new Error('import stopped'))
      pending.clear()
    },
  }
}
