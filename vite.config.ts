import { fileURLToPath, URL } from 'node:url'
import vue from '@vitejs/plugin-vue'
import AutoImport from 'unplugin-auto-import/vite'
import { ElementPlusResolver } from 'unplugin-vue-components/resolvers'
import Components from 'unplugin-vue-components/vite'
import { defineConfig, type Plugin } from 'vite'
import { VitePWA } from 'vite-plugin-pwa'
import { compileMessages } from './src/i18n/compile-messages.ts'

// The locale files are compiled here, at build time, so the built app does without vue-i18n's
// message compiler (~10 KB gzip of the first load). Dev and unit tests keep the JSON as it is.
function precompileMessages(): Plugin {
  const localeFile = /[\\/]src[\\/]locales[\\/][\w-]+[\\/]([\w-]+)\.json$/
  return {
    name: 'perf-ledger:precompile-messages',
    apply: 'build',
    enforce: 'pre',
    config: () => ({ define: { __INTLIFY_DROP_MESSAGE_COMPILER__: 'true' } }),
    transform(code, id) {
      const group = localeFile.exec(id)?.[1]
      if (!group) return
      const messages = compileMessages(JSON.parse(code), group)
      return { code: `export default ${JSON.stringify(messages)}`, map: null, moduleType: 'js' }
    },
  }
}

// The oldest engines the app promises to run on (tests/legacy runs a real Chromium 86).
const LEGACY_BROWSERS = ['chrome86', 'edge86', 'firefox78', 'safari14']

export default defineConfig({
  // Relative asset URLs: the built app also runs from a sub-folder of an intranet server.
  base: './',
  // vue-i18n: composition API only, no <i18n-t>/v-t, no devtools: their code drops out of the build.
  define: {
    __VUE_I18N_FULL_INSTALL__: 'false',
    __VUE_I18N_LEGACY_API__: 'false',
    __INTLIFY_PROD_DEVTOOLS__: 'false',
  },
  plugins: [
    precompileMessages(),
    vue(),
    // Element Plus on demand: only the components a page uses end up in its chunk.
    AutoImport({ resolvers: [ElementPlusResolver()], dts: 'src/auto-imports.d.ts' }),
    Components({ resolvers: [ElementPlusResolver()], dts: 'src/components.d.ts' }),
    // Offline and installable: every built file is precached; a new version waits for the user
    // (registerType 'prompt', src/components/data/UpdatePrompt.vue) instead of reloading under them.
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      includeAssets: ['favicon.svg', 'icons/apple-touch-icon-180.png'],
      manifest: {
        name: '绩效台账 Perf Ledger',
        short_name: '绩效台账',
        description: '预算绩效目标填报、运行监控与绩效自评',
        lang: 'zh-CN',
        start_url: './',
        scope: './',
        display: 'standalone',
        background_color: '#f4f6f9',
        theme_color: '#1d5fa8',
        icons: [
          { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: 'icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,json,woff,woff2}'],
        // ExcelJS's chunk is about 1 MB; the default limit (2 MiB) leaves too little room.
        maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
      },
    }),
  ],
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  build: {
    // A browser list, not a syntax level: Chromium 86 is the engine of the dual-core browsers
    // (360, QQ, Sogou) on many office PCs. cssTarget keeps lightningcss from writing `inset`
    // (Chrome 87+). The same list is in package.json "browserslist" for the compat lint rule.
    target: LEGACY_BROWSERS,
    cssTarget: LEGACY_BROWSERS,
    chunkSizeWarningLimit: 700,
  },
  preview: { host: '127.0.0.1', port: 4173 },
})
