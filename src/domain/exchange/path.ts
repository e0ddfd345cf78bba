// Paths name a place in the file the way a reader would look for it: sheets[1].indicators[3].target.

export type PathKey = string | number

export function childPath(parent: string, key: PathKey): string {
  if (typeof key === 'number') return `${parent}[${key}]`
  return parent === '' ? key : `${parent}.${key}`
}

export function formatPath(keys: readonly PathKey[]): string {
  return keys.reduce<string>((path, key) => childPath(path, key), '')
}
