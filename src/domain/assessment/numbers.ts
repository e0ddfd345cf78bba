import { Decimal } from '../decimal'

/** A weight as the form prints it: "10.00" → "10", "16.67" stays. */
export function plainWeight(weight: string | number): string {
  return new Decimal(weight).toFixed()
}

/** An actual value with its unit: "2次", "100%", "40万元"; a 定性 tier as it is. */
export function withUnit(actual: string, unit: string): string {
  return `${actual}${unit}`
}
