// The order entries reach the engine in: by date, ties by id (creation order within a day). The
// engine, the db's lists, the export and the entry page all sort with these two.

export function byDateThenId<T extends { date: string; id: string }>(a: T, b: T): number {
  if (a.date !== b.date) return a.date < b.date ? -1 : 1
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0
}

/** The reverse: newest first, as the history lists show entries. */
export function newestFirst<T extends { date: string; id: string }>(a: T, b: T): number {
  return byDateThenId(b, a)
}
