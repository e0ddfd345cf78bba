// Placeholder: LISTEN/NOTIFY fan-out to the SSE connections.
import type { Database } from '../db/database'

export class ChangeHub {
  constructor(
    readonly url: string,
    readonly db: Database,
  ) {}

  async close(): Promise<void> {}
}
