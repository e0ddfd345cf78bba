import dayjs from 'dayjs'
import 'dayjs/locale/zh-cn'
import { createPinia } from 'pinia'
import { createApp } from 'vue'
import App from './App.vue'
import { getDb } from '@/db/database'
import { i18n, loadSavedLocale, savedLocale } from './i18n'
import { router } from './router'
// Services called from script (ElMessage, ElMessageBox) are not seen by the on-demand resolver, so
// their styles are loaded once here.
import 'element-plus/es/components/message/style/css'
import 'element-plus/es/components/message-box/style/css'
import './styles/theme.css'

document.documentElement.lang = savedLocale()
// Element Plus date pickers lay out weeks by dayjs's locale: zh-cn starts them on Monday.
dayjs.locale('zh-cn')
// The database opens while the shell renders; session.start awaits the same open (errors surface there).
void getDb()
  .open()
  .catch(() => undefined)
// English messages load on demand: mount once the saved locale's are in.
void loadSavedLocale().then(() => createApp(App).use(createPinia()).use(i18n).use(router).mount('#app'))
