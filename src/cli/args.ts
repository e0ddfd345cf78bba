// The command line's grammar. Anything else is a usage error (exit 2).

export type Command =
  | { name: 'score'; file: string; asOf?: string; json: boolean }
  | { name: 'validate'; file: string }
  | { name: 'parse'; file: string }

export const USAGE = [
  '用法 / Usage:',
  '  npm run --silent ledger -- score FILE [--as-of YYYY-MM-DD] [--json]',
  '  npm run --silent ledger -- validate FILE',
  '  npm run --silent ledger -- parse FILE.txt',
].join('\n')

export type ParsedArgs = { ok: true; command: Command } | { ok: false; reason: string }

export function parseArgs(argv: readonly string[]): ParsedArgs {
  const [name, ...rest] = argv
  const positional = rest.filter((a) => !a.startsWith('--'))
  const bad = (reason: string): ParsedArgs => ({ ok: false, reason })

  if (name === 'validate' || name === 'parse') {
    if (rest.length !== 1 || positional.length !== 1)
      return bad(`${name} 需要且只需要一个文件 / ${name} takes exactly one FILE`)
    return { ok: true, command: { name, file: positional[0]! } }
  }
  if (name !== 'score') {
    return bad(name ? `未知命令“${name}” / unknown command "${name}"` : '缺少命令 / no command given')
  }

  let file: string | undefined
  let asOf: string | undefined
  let json = false
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!
    if (arg === '--json') json = true
    else if (arg === '--as-of' || arg.startsWith('--as-of=')) {
      const value = arg === '--as-of' ? rest[++i] : arg.slice('--as-of='.length)
      if (value === undefined || !isCalendarDate(value)) {
        return bad('--as-of 需要 YYYY-MM-DD 格式的日期 / --as-of needs a date YYYY-MM-DD')
      }
      asOf = value
    } else if (arg.startsWith('--')) return bad(`未知选项“${arg}” / unknown option "${arg}"`)
    else if (file === undefined) file = arg
    else return bad('score 只接受一个文件 / score takes one FILE')
  }
  if (file === undefined) return bad('score 需要一个文件 / score needs a FILE')
  return { ok: true, command: { name: 'score', file, ...(asOf !== undefined && { asOf }), json } }
}

function isCalendarDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text)
  if (!m) return false
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])))
  return d.toISOString().slice(0, 10) === text
}
