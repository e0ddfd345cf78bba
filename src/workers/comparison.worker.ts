// The all-unit comparison's worker (stores/dashboard.ts starts it): reading some 100,000 rows and
// scoring them here keeps the page responsive meanwhile; only the comparison rows come back.
// First: the built-ins Chromium 86 lacks, before any module that calls them.
import '@/polyfills'
import { getDb } from '@/db/database'
import { comparisonFollower, type ComparisonMessage, type ComparisonRequest } from './comparison-follower'

const db = getDb()
// Opened while the page is still reading the unit's own rows, so the first request finds it ready
// (a failure shows up again, and is reported, on that request's read).
db.open().catch(() => undefined)
const follower = comparisonFollower(db, (message: ComparisonMessage) => postMessage(message))

addEventListener('message', (event: MessageEvent<ComparisonRequest>) => follower.request(event.data))
