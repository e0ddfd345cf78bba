// The connection pool and the one way requests reach the data: a transaction that runs as the
// non-owner role `perf_app` with the account set, so row-level security decides what it sees.
import pg from 'pg'

// int8 (seq, sizes) as numbers: sequence values stay far below 2^53.
pg.types.setTypeParser(20, (v) => Number(v))

export type Client = pg.PoolClient

export class Database {
  readonly pool: pg.Pool
  /** True when the login is not perf_app itself (a superuser or owner trying it out): each request then drops to perf_app. */
  private dropRole: boolean | null = null

  constructor(url: string, max = 10) {
    this.pool = new pg.Pool({ connectionString: url, max })
  }

  private async mustDropRole(client: Client): Promise<boolean> {
    if (this.dropRole === null) {
      const { rows } = await client.query<{ u: string }>('select current_user as u')
      this.dropRole = rows[0]!.u !== 'perf_app'
    }
    return this.dropRole
  }

  /** Runs `fn` in one transaction as perf_app with `app.account_id` set (null: no account, e.g. the login itself). */
  async asAccount<T>(accountId: string | null, fn: (c: Client) => Promise<T>): Promise<T> {
    const client = await this.pool.connect()
    try {
      await client.query('begin')
      if (await this.mustDropRole(client)) await client.query('set local role perf_app')
      await client.query("select set_config('app.account_id', $1, true)", [accountId ?? ''])
      const result = await fn(client)
      await client.query('commit')
      return result
    } catch (e) {
      await client.query('rollback').catch(() => {})
      throw e
    } finally {
      client.release()
    }
  }

  /** Runs `fn` in one transaction as the owner role, for the command line (needs a superuser or owner login). */
  async asOwner<T>(fn: (c: Client) => Promise<T>): Promise<T> {
    const client = await this.pool.connect()
    try {
      await client.query('begin')
      await client.query('set local role perf_owner')
      const result = await fn(client)
      await client.query('commit')
      return result
    } catch (e) {
      await client.query('rollback').catch(() => {})
      throw e
    } finally {
      client.release()
    }
  }

  close(): Promise<void> {
    return this.pool.end()
  }
}
