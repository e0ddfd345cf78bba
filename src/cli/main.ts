// perf-ledger command line: score, validate, parse. Reads one file, prints, never writes files.
import { parseArgs, USAGE } from './args'
import { scoreCommand } from './commands/score'
import type { Outcome } from './io'
import { terminalJson, terminalText } from './terminal-text'

function run(argv: readonly string[]): Outcome | Promise<Outcome> {
  const args = parseArgs(argv)
  if (!args.ok) return { stderr: `${args.reason}\n${USAGE}\n`, exitCode: 2 }
  const { command } = args
  switch (command.name) {
    case 'score':
      return scoreCommand(command.file, command.asOf, command.json)
    // Loaded on demand: score, the common case, does not start up the table readers and the review.
    case 'validate':
      return import('./commands/validate').then((m) => m.validateCommand(command.file))
    case 'parse':
      return import('./commands/parse').then((m) => m.parseCommand(command.file))
  }
}

// Everything printed passes through terminal-text.ts: file text never acts on the terminal.
void Promise.resolve(run(process.argv.slice(2))).then((outcome) => {
  if (outcome.stdout)
    process.stdout.write(outcome.json ? terminalJson(outcome.stdout) : terminalText(outcome.stdout))
  if (outcome.stderr) process.stderr.write(terminalText(outcome.stderr))
  process.exitCode = outcome.exitCode
})
