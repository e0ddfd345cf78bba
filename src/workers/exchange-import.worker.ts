// The exchange import's worker (stores/data.ts starts it): reading, checking and writing a
// provincial file (100,000s of rows) here keeps the page responsive and lets it draw progress.
// First: the built-ins Chromium 86 lacks, before any module that calls them.
import '@/polyfills'
import { getDb } from '@/db/database'
import { importSession, type ImportReply, type ImportRequest } from './exchange-import-session'

const session = importSession(getDb(), (reply: ImportReply) => postMessage(reply))

addEventListener('message', (event: MessageEvent<ImportRequest>) => void session.handle(event.data))
