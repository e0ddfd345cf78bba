// Timestamps are stored as UTC ISO text (`2025-03-01T06:05:00.000Z`); people read them in the
// device's local time (Beijing: eight hours ahead). Cutting the stored text would show UTC.

const pad = (n: number) => String(n).padStart(2, '0')

/** A stored timestamp as local date and time, "2025-03-01 14:05" (with seconds on request). */
export function formatTime(iso: string, withSeconds = false): string {
  const d = new Date(iso)
  if (Number.isNaN(d.getTime())) return iso
  const time = `${pad(d.getHours())}:${pad(d.getMinutes())}${withSeconds ? `:${pad(d.getSeconds())}` : ''}`
  return `${formatDate(iso)} ${time}`
}

/** A stored timestamp's local calendar day, "2025-03-01". */
export function formatDate(iso: string): string {
  const d = new Date(iso)
  if (Number.isNaN(d.getTime())) return iso
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`
}

/** The instant a local calendar day ("2025-03-01") starts, as stored timestamps are written. */
export function localDayStartIso(day: string, plusDays = 0): string {
  const [y, m, d] = day.split('-').map(Number)
  return new Date(y!, m! - 1, d! + plusDays).toISOString()
}
