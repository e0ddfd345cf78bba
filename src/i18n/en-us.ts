// The English messages, a chunk of their own: loaded only when the English UI is chosen.
import { byGroup } from './messages'

export const enUS = byGroup(import.meta.glob('../locales/en-US/*.json', { eager: true }))
