/**
 * The up-to-date bundle of `entry` (a path relative to the project root), building it if needed
 * or if `rebuild` is set.
 */
export function freshBundle(entry: string, rebuild?: boolean): Promise<string>
