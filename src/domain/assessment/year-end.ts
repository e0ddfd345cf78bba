/** The self-assessment reads the whole year: every figure is taken as of 31 December. */
export function assessmentAsOf(year: number): string {
  return `${year}-12-31`
}
