// `npm run ledger`: the command line from its bundle (src/cli/bundle.mjs), rebuilt first when any
// source changed, so it never runs stale code. `node --import tsx src/cli/main.ts` runs the same.
import { pathToFileURL } from 'node:url'
import { freshBundle } from './bundle.mjs'

const ENTRY = 'src/cli/main.ts'
const bundle = await freshBundle(ENTRY)
try {
  await import(pathToFileURL(bundle).href)
} catch (e) {
  // Another run may have replaced the cache between the check and the import: build it again.
  if (e?.code !== 'ERR_MODULE_NOT_FOUND' || !String(e.message).includes(bundle)) throw e
  await import(pathToFileURL(await freshBundle(ENTRY, true)).href)
}
