// `server init` from nothing: the database named in the URL is created when it does not exist yet.
import pg from 'pg'

export async function ensureDatabase(url: string): Promise<boolean> {
  const probe = new pg.Client({ connectionString: url })
  try {
    await probe.connect()
    await probe.end()
    return false
  } catch (e) {
    if ((e as { code?: string }).code !== '3D000') throw e
  }
  const target = new URL(url)
  const name = decodeURIComponent(target.pathname.slice(1))
  const maintenance = new URL(url)
  maintenance.pathname = '/postgres'
  const client = new pg.Client({ connectionString: maintenance.toString() })
  await client.connect()
  try {
    const { rows } = await client.query<{ q: string }>('select quote_ident($1) as q', [name])
    await client.query(`create database ${rows[0]!.q} encoding 'UTF8' template template0`)
  } finally {
    await client.end()
  }
  return true
}
