import { createPinia } from 'pinia'
import { createApp } from 'vue'
import App from './App.vue'
import { i18n, savedLocale } from './i18n'
import { router } from './router'
// Services called from script (ElMessage, ElMessageBox) are not seen by the on-demand resolver, so
// their styles are loaded once here.
import 'element-plus/es/components/message/style/css'
import 'element-plus/es/components/message-box/style/css'
import './styles/theme.css'

document.documentElement.lang = savedLocale()
createApp(App).use(createPinia()).use(i18n).use(router).mount('#app')
