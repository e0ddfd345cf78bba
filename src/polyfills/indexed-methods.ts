/**
 * Array/TypedArray/String `at`, `findLast`, `findLastIndex` and `Object.hasOwn`: ES2022–2023 methods
 * that Chromium 86 (Chrome 92/97/93 brought them) lacks. Our code and our libraries (Vue, Pinia,
 * vue-echarts) call them. Each is defined only where missing, non-enumerable like the built-ins.
 */

type Indexed = { readonly length: number; readonly [i: number]: unknown }
type Predicate = (value: unknown, index: number, obj: Indexed) => unknown

function define(target: object, name: string, value: unknown): void {
  if (name in target) return
  Object.defineProperty(target, name, { value, writable: true, configurable: true, enumerable: false })
}

/** The spec's ToIntegerOrInfinity on an index, then counted from the end when negative. */
export function at(this: Indexed, index: number): unknown {
  const length = this.length
  let i = Math.trunc(Number(index)) || 0
  if (i < 0) i += length
  return i < 0 || i >= length ? undefined : this[i]
}

export function findLastIndex(this: Indexed, predicate: Predicate, thisArg?: unknown): number {
  for (let i = this.length - 1; i >= 0; i--) {
    if (predicate.call(thisArg, this[i], i, this)) return i
  }
  return -1
}

export function findLast(this: Indexed, predicate: Predicate, thisArg?: unknown): unknown {
  const i = findLastIndex.call(this, predicate, thisArg)
  return i === -1 ? undefined : this[i]
}

export function hasOwn(object: object, key: PropertyKey): boolean {
  return Object.prototype.hasOwnProperty.call(Object(object), key)
}

export function installIndexedMethods(): void {
  // All typed arrays (Uint8Array, Float64Array…) share one prototype above their own.
  const typedArray = Object.getPrototypeOf(Int8Array.prototype) as object
  for (const proto of [Array.prototype, typedArray]) {
    define(proto, 'at', at)
    define(proto, 'findLast', findLast)
    define(proto, 'findLastIndex', findLastIndex)
  }
  define(String.prototype, 'at', function (this: string, index: number) {
    return at.call(String(this), index) as string | undefined
  })
  define(Object, 'hasOwn', hasOwn)
}
