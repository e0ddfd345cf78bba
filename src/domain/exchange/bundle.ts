// The .zip exchange bundle (docs/exchange-format.md): `package.json` (the exchange document) and
// `files/<sha256>` for each attachment's bytes. Reading refuses a hostile archive before it is
// inflated: too many entries or more uncompressed bytes than a unit's evidence can be (a zip bomb).
// Loaded on demand (a dynamic import) by the app: fflate stays out of the first bundle.
import { unzipSync, zipSync, type Unzipped } from 'fflate'
import type { Attachment, LedgerPackage } from '../types'
import type { Message } from './issues'
import { formatSize } from './read-file'
import { SHA256_HEX } from './schema'

export const BUNDLE_PACKAGE = 'package.json'
export const BUNDLE_FILES_DIR = 'files/'

/** Years of a unit's evidence photos stay far below these. */
export const BUNDLE_LIMITS = { maxBytes: 200 * 1024 * 1024, maxEntries: 20_000 }
export type BundleLimits = typeof BUNDLE_LIMITS

const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04]

export function isZip(bytes: Uint8Array): boolean {
  return ZIP_SIGNATURE.every((b, i) => bytes[i] === b)
}

export function bundleFilePath(sha256: string): string {
  return `${BUNDLE_FILES_DIR}${sha256}`
}

export type BundleRead =
  | { ok: true; packageBytes: Uint8Array; files: Map<string, Uint8Array> }
  | { ok: false; problem: 'tooLarge' | 'tooMany' | 'noPackage' | 'workbook' | 'damaged'; message: Message }

class Refusal extends Error {
  constructor(readonly result: Extract<BundleRead, { ok: false }>) {
    super(result.message.en)
  }
}

/**
 * The package's bytes and the evidence files by sha256. Entries other than package.json and
 * files/<lower-case sha256> are not inflated (extra content is ignored, as extra keys are).
 * The limits are checked on the sizes the archive declares, before inflating; fflate inflates
 * each entry into a buffer of its declared size, so a lying size cannot make it bigger.
 */
export function readBundle(bytes: Uint8Array, limits: BundleLimits = BUNDLE_LIMITS): BundleRead {
  let entries = 0
  let total = 0
  let workbook = false
  let unzipped: Unzipped
  try {
    unzipped = unzipSync(bytes, {
      filter: (file) => {
        entries++
        if (entries > limits.maxEntries) {
          throw new Refusal({
            ok: false,
            problem: 'tooMany',
            message: {
              zh: `压缩包内文件过多（超过 ${limits.maxEntries} 个），不能作为数据交换包导入。`,
              en: `The archive holds too many files (more than ${limits.maxEntries}); it cannot be imported as an exchange bundle.`,
            },
          })
        }
        if (file.name === '[Content_Types].xml') workbook = true
        const wanted = file.name === BUNDLE_PACKAGE || isEvidencePath(file.name)
        if (!wanted) return false
        total += file.originalSize
        if (total > limits.maxBytes) {
          throw new Refusal({
            ok: false,
            problem: 'tooLarge',
            message: {
              zh: `压缩包解压后超过 ${formatSize(limits.maxBytes)}，不能导入。`,
              en: `The archive unpacks to more than ${formatSize(limits.maxBytes)}; it cannot be imported.`,
            },
          })
        }
        return true
      },
    })
  } catch (e) {
    if (e instanceof Refusal) return e.result
    return notBundle('damaged', '（压缩包已损坏，无法读取）', ' (the archive is damaged)')
  }
  const packageBytes = unzipped[BUNDLE_PACKAGE]
  if (!packageBytes) {
    return notBundle(
      workbook ? 'workbook' : 'noPackage',
      workbook ? '' : `（压缩包里没有 ${BUNDLE_PACKAGE}）`,
      workbook ? '' : ` (the archive has no ${BUNDLE_PACKAGE})`,
    )
  }
  const files = new Map<string, Uint8Array>()
  for (const [name, content] of Object.entries(unzipped)) {
    if (isEvidencePath(name)) files.set(name.slice(BUNDLE_FILES_DIR.length), content)
  }
  return { ok: true, packageBytes, files }
}

/** Worded as the plain file reader words a zip it cannot take, with what this one lacks. */
function notBundle(problem: 'workbook' | 'noPackage' | 'damaged', zh: string, en: string): BundleRead {
  return {
    ok: false,
    problem,
    message: {
      zh: `这是 Excel 工作簿或压缩包，不是数据交换文件${zh}。请选择本程序导出的 .json 或 .zip 文件。`,
      en: `This is an Excel workbook or a zip archive, not an exchange file${en}. Choose a .json or .zip file exported by this program.`,
    },
  }
}

function isEvidencePath(name: string): boolean {
  return name.startsWith(BUNDLE_FILES_DIR) && SHA256_HEX.test(name.slice(BUNDLE_FILES_DIR.length))
}

/**
 * The bundle of a package text and the files by sha256. Photos are already compressed: stored as
 * they are; the package text is deflated.
 */
export function writeBundle(packageText: string, files: ReadonlyMap<string, Uint8Array>): Uint8Array {
  const content: Record<string, Uint8Array | [Uint8Array, { level: 0 }]> = {
    [BUNDLE_PACKAGE]: new TextEncoder().encode(packageText),
  }
  for (const [sha256, bytes] of files) content[bundleFilePath(sha256)] = [bytes, { level: 0 }]
  return zipSync(content, { level: 6 })
}

/** How many of the package's attachments have their file in the bundle, and which do not. */
export function evidenceInBundle(
  pkg: LedgerPackage,
  files: ReadonlyMap<string, Uint8Array> | ReadonlySet<string>,
): { carried: number; missing: Attachment[] } {
  const list = pkg.attachments ?? []
  const missing = list.filter((a) => !files.has(a.sha256))
  return { carried: list.length - missing.length, missing }
}
