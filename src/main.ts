// First: the built-ins Chromium 86 lacks (src/polyfills), before any module that calls them.
import './polyfills'
import { createPinia } from 'pinia'
import { createApp } from 'vue'
import App from './App.vue'
import { getDb } from '@/db/database'
import { i18n, loadSavedLocale, savedLocale } from './i18n'
import { loadMessagesWithRoutes } from './i18n/route-messages'
import { router } from './router'
// Services called from script (ElMessage, ElMessageBox) are not seen by the on-demand resolver, so
// their styles are loaded once here.
import 'element-plus/es/components/message/style/css'
import 'element-plus/es/components/message-box/style/css'
import './styles/theme.css'

// public/browser-check.js marks an engine older than the browser list: its notice then stays alone.
if (!document.documentElement.hasAttribute('data-unsupported-browser')) start()

function start() {
  document.documentElement.lang = savedLocale()
  // The database opens while the shell renders; session.start awaits the same open (errors surface there).
  void getDb()
    .open()
    .catch(() => undefined)
  // Messages load on demand: mount once the shell's (in the saved locale) and the first route's are in,
  // so the first paint shows no raw keys. A failed first navigation still mounts the shell.
  loadMessagesWithRoutes(router)
  void loadSavedLocale().then(async () => {
    const app = createApp(App).use(createPinia()).use(i18n).use(router)
    await router.isReady().catch(() => undefined)
    app.mount('#app')
  })
}
