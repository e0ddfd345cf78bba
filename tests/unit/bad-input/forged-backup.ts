// Backups edited the way someone who knows the format would: the data changed, then the length and
// the SHA-256 in the description recomputed, so the checksum passes and only the row checks can tell.
import { createHash } from 'node:crypto'

type Json = Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any
export interface ExportedTable {
  tableName: string
  rows: Json[]
}

const KEY = ',"database":'

/** Splits a backup into its description and its dexie-export-import content (both parsed). */
export function splitBackup(text: string): { meta: Json; content: Json } {
  const at = text.indexOf(KEY)
  return {
    meta: JSON.parse(text.slice(0, at) + '}') as Json,
    content: JSON.parse(text.slice(at + KEY.length, text.lastIndexOf('}'))) as Json,
  }
}

/** The backup with its content (or description) changed and the checksum made to match again. */
export function forgeBackup(
  text: string,
  change: (content: Json, meta: Json) => void,
  raw?: (contentText: string) => string,
): Blob {
  const { meta, content } = splitBackup(text)
  change(content, meta)
  let body = JSON.stringify(content)
  if (raw) body = raw(body)
  const bytes = Buffer.from(body, 'utf8')
  meta.bytes = bytes.length
  meta.sha256 = createHash('sha256').update(bytes).digest('hex')
  return new Blob([JSON.stringify(meta).slice(0, -1), KEY, body, '}\n'])
}

/** The rows of one table of the content. */
export function rowsOf(content: Json, table: string): Json[] {
  const t = (content.data.data as ExportedTable[]).find((d) => d.tableName === table)
  if (!t) throw new Error(`no table ${table}`)
  return t.rows
}
