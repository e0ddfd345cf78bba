import { useBilingual, type BilingualText } from './use-bilingual'

/** Errors from the db layer carry their message in both languages; show the one the user reads. */
export function useErrorText() {
  const { pick } = useBilingual()
  return (error: unknown): string => {
    const bilingual = (error as { bilingual?: BilingualText })?.bilingual
    if (bilingual) return pick(bilingual)
    return error instanceof Error ? error.message : String(error)
  }
}
