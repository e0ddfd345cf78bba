// Dexie's liveQuery, for the stores and workers that follow a read: they import the db layer, not Dexie.
export { liveQuery } from 'dexie'
