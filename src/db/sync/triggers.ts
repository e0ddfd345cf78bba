// What starts a sync round while connected: a committed local write (debounced), a server event
// (SSE `change`, and the stream's re-`open` after a drop), the window's `online` event, a timer.
import type { Dexie } from 'dexie'
import { onRecorded } from './recording'

export interface EventSourceLike {
  addEventListener(type: string, listener: () => void): void
  close(): void
}

export interface TriggerOptions {
  /** Null: no event stream (Node, or a test that runs rounds itself). */
  openEvents: ((url: string) => EventSourceLike) | null
  eventsUrl: string
  debounceMs: number
  intervalMs: number
  round: () => void
  /** After a local write was recorded (the pending count changed). */
  recorded: () => void
  wentOffline: () => void
}

export function browserEventSource(): ((url: string) => EventSourceLike) | null {
  return typeof EventSource === 'undefined' ? null : (url) => new EventSource(url, { withCredentials: true })
}

/** Starts every trigger; returns the function that stops them all. */
export function startTriggers(db: Dexie, o: TriggerOptions): () => void {
  const stops: (() => void)[] = []
  let debounce: ReturnType<typeof setTimeout> | null = null
  stops.push(() => debounce && clearTimeout(debounce))
  stops.push(
    onRecorded(db, () => {
      o.recorded()
      if (debounce) clearTimeout(debounce)
      debounce = setTimeout(o.round, o.debounceMs)
    }),
  )
  const timer = setInterval(o.round, o.intervalMs)
  stops.push(() => clearInterval(timer))
  if (typeof window !== 'undefined') {
    window.addEventListener('online', o.round)
    window.addEventListener('offline', o.wentOffline)
    stops.push(() => {
      window.removeEventListener('online', o.round)
      window.removeEventListener('offline', o.wentOffline)
    })
  }
  if (o.openEvents) {
    // EventSource sends no header: the stream is authorised by the session cookie, so it needs the
    // app served from the server's own origin (as `npm run server` does). Elsewhere the timer and
    // the pushes' own pulls keep the device in step.
    const events = o.openEvents(o.eventsUrl)
    events.addEventListener('change', o.round)
    events.addEventListener('open', o.round)
    stops.push(() => events.close())
  }
  return () => {
    for (const stop of stops.splice(0)) stop()
  }
}
