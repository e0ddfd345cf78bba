export * from './report-texts'
export * from './report-model'
