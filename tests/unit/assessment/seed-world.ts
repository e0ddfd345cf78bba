// A database holding the built-in sheets and a year of entries, written through the ordinary write
// functions (each audited), as people using the app would have written them.
import { saveJudgement } from '@/db/assessments'
import { addProgress } from '@/db/progress'
import { createSheet } from '@/db/sheets'
import { addSpending } from '@/db/spending'
import { createUnit } from '@/db/units'
import { world, type World } from '../db/helpers'
import { yearPackage } from './year-of-entries'

export async function yearWorld(): Promise<World> {
  const w = await world()
  const pkg = yearPackage()
  for (const unit of pkg.units) await createUnit(w.db, w.admin, unit)
  for (const sheet of pkg.sheets) await createSheet(w.db, w.admin, sheet)
  for (const entry of pkg.progress) await addProgress(w.db, w.entry, entry)
  for (const entry of pkg.spending) await addSpending(w.db, w.entry, entry)
  for (const judgement of pkg.judgements) await saveJudgement(w.db, w.entry, judgement)
  return w
}
