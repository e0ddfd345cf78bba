import { readStorablePackage } from '../../domain/exchange'
import { line, readTextFile, type Outcome } from '../io'
import { runScore } from '../score'

/** Scores a valid package; anything less is refused with one line and exit 2. */
export function scoreCommand(file: string, asOf: string | undefined, json: boolean): Outcome {
  const input = readTextFile(file)
  if (!input.ok) return { stderr: line(`错误：${input.zh}`, `Error: ${input.en}`), exitCode: 2 }
  const result = readStorablePackage(input.text)
  if (!result.ok) {
    const errors = result.issues.filter((i) => i.level === 'error')
    const first = errors[0]!
    const where = first.path ? `${first.path}: ` : ''
    const more =
      errors.length > 1
        ? {
            zh: `（另有 ${errors.length - 1} 个错误，运行 validate 查看）`,
            en: ` (${errors.length - 1} more; run validate)`,
          }
        : { zh: '', en: '' }
    return {
      stderr: line(
        `错误：${file} 不是有效的数据包：${where}${first.message.zh}${more.zh}`,
        `Error: ${file} is not a valid package: ${where}${first.message.en}${more.en}`,
      ),
      exitCode: 2,
    }
  }
  return { stdout: runScore(result.pkg, { ...(asOf !== undefined && { asOf }), json }), json, exitCode: 0 }
}
