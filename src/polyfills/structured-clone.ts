/**
 * `structuredClone` (Chrome 98) for Chromium 86. The app clones plain data (sheets, indicators,
 * drafts): objects, arrays, dates, maps, sets, binary data. Blobs and files are immutable, so they
 * are shared rather than copied. Functions and DOM nodes are refused as the real one refuses them.
 */

function cloneValue(value: unknown, seen: Map<object, unknown>): unknown {
  if (typeof value === 'function' || typeof value === 'symbol') {
    throw new DOMException(`${String(value)} could not be cloned.`, 'DataCloneError')
  }
  if (value === null || typeof value !== 'object') return value
  const known = seen.get(value)
  if (known !== undefined) return known

  if (value instanceof Date) return remember(seen, value, new Date(value.getTime()))
  if (value instanceof RegExp) return remember(seen, value, new RegExp(value.source, value.flags))
  if (typeof Blob !== 'undefined' && value instanceof Blob) return remember(seen, value, value)
  if (value instanceof ArrayBuffer) return remember(seen, value, value.slice(0))
  if (ArrayBuffer.isView(value)) {
    const copy = value.buffer.slice(value.byteOffset, value.byteOffset + value.byteLength)
    const View = value.constructor as new (buffer: ArrayBufferLike) => ArrayBufferView
    return remember(seen, value, new View(copy))
  }
  if (value instanceof Map) {
    const copy = remember(seen, value, new Map())
    for (const [k, v] of value) copy.set(cloneValue(k, seen), cloneValue(v, seen))
    return copy
  }
  if (value instanceof Set) {
    const copy = remember(seen, value, new Set())
    for (const v of value) copy.add(cloneValue(v, seen))
    return copy
  }
  if (typeof Node !== 'undefined' && value instanceof Node) {
    throw new DOMException('A DOM node could not be cloned.', 'DataCloneError')
  }
  if (value instanceof Error) {
    const copy = remember(seen, value, new Error(value.message))
    copy.name = value.name
    return copy
  }
  const copy = remember(seen, value, Array.isArray(value) ? [] : {}) as Record<string, unknown>
  // Own enumerable string keys, as the structured clone algorithm copies; prototypes are not kept.
  for (const key of Object.keys(value)) copy[key] = cloneValue((value as Record<string, unknown>)[key], seen)
  return copy
}

function remember<T>(seen: Map<object, unknown>, original: object, copy: T): T {
  seen.set(original, copy)
  return copy
}

export function structuredClonePolyfill<T>(value: T): T {
  return cloneValue(value, new Map()) as T
}

export function installStructuredClone(): void {
  if (typeof globalThis.structuredClone === 'function') return
  Object.defineProperty(globalThis, 'structuredClone', {
    value: structuredClonePolyfill,
    writable: true,
    configurable: true,
    enumerable: false,
  })
}
