// The screen's way of printing a target is the domain's (domain/target-text/format.ts).
export { displayTarget } from '@/domain/target-text'
