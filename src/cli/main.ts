// perf-ledger command line: score, validate, parse. Reads one file, prints, never writes files.
import { parseArgs, USAGE } from './args'
import { parseCommand } from './commands/parse'
import { scoreCommand } from './commands/score'
import { validateCommand } from './commands/validate'
import type { Outcome } from './io'
import { terminalJson, terminalText } from './terminal-text'

function run(argv: readonly string[]): Outcome | Promise<Outcome> {
  const args = parseArgs(argv)
  if (!args.ok) return { stderr: `${args.reason}\n${USAGE}\n`, exitCode: 2 }
  const { command } = args
  switch (command.name) {
    case 'score':
      return scoreCommand(command.file, command.asOf, command.json)
    case 'validate':
      return validateCommand(command.file)
    case 'parse':
      return parseCommand(command.file)
  }
}

// Everything printed passes through terminal-text.ts: file text never acts on the terminal.
void Promise.resolve(run(process.argv.slice(2))).then((outcome) => {
  if (outcome.stdout)
    process.stdout.write(outcome.json ? terminalJson(outcome.stdout) : terminalText(outcome.stdout))
  if (outcome.stderr) process.stderr.write(terminalText(outcome.stderr))
  process.exitCode = outcome.exitCode
})
