import { readStorablePackage, type Issue } from '../../domain/exchange'
import { line, readTextFile, type Outcome } from '../io'
import { reviewLines } from '../review-lines'
import { sealLines } from '../seal-lines'

/** Every problem with its place, then the target review; exit 1 when any problem is an error. */
export function validateCommand(file: string): Outcome {
  const input = readTextFile(file)
  if (!input.ok) return { stdout: `错误 error  ${file}  ${line(input.zh, input.en)}`, exitCode: 1 }
  const issues = readStorablePackage(input.text).issues
  // Review findings and broken seals are warnings: they never change the exit status.
  const review = reviewLines(input.text) + sealLines(input.text)
  if (issues.length === 0)
    return { stdout: review + line(`${file}：没有发现问题。`, `${file}: no problems found.`), exitCode: 0 }
  const errors = issues.filter((i) => i.level === 'error').length
  const summary = line(
    `${file}：${errors} 个错误，${issues.length - errors} 个警告。`,
    `${file}: ${errors} error(s), ${issues.length - errors} warning(s).`,
  )
  return { stdout: issues.map(formatIssue).join('') + review + summary, exitCode: errors > 0 ? 1 : 0 }
}

function formatIssue(issue: Issue): string {
  const level = issue.level === 'error' ? '错误 error  ' : '警告 warning'
  return `${level}  ${issue.path || '(文件 file)'}  ${line(issue.message.zh, issue.message.en)}`
}
