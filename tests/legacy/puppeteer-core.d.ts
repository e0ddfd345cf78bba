// puppeteer-core 5 ships its types but names none in package.json ("types"): point at them.
declare module 'puppeteer-core' {
  import puppeteer from 'puppeteer-core/lib/cjs/puppeteer/index-core'
  export default puppeteer
  export type { Browser } from 'puppeteer-core/lib/cjs/puppeteer/common/Browser'
  export type { ElementHandle } from 'puppeteer-core/lib/cjs/puppeteer/common/JSHandle'
  export type { Page } from 'puppeteer-core/lib/cjs/puppeteer/common/Page'
}
