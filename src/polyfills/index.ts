/**
 * Newer built-ins the app and its libraries use, for the engines of the browser list in
 * vite.config.ts (Chromium 86 and its years). Imported first by src/main.ts and by every worker
 * entry, so it runs before any other module of the page or the worker.
 */
import { installIndexedMethods } from './indexed-methods'
import { installStructuredClone } from './structured-clone'

installIndexedMethods()
installStructuredClone()
