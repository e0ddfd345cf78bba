// The province comparison's worker (stores/province.ts starts it); the work is in province-follower.ts.
// First: the built-ins Chromium 86 lacks, before any module that calls them.
import '@/polyfills'
import { getDb } from '@/db/database'
import { provinceFollower, type ProvinceMessage, type ProvinceRequest } from './province-follower'

const db = getDb()
db.open().catch(() => undefined)
const follower = provinceFollower(db, (message: ProvinceMessage) => postMessage(message))

addEventListener('message', (event: MessageEvent<ProvinceRequest>) => follower.request(event.data))
