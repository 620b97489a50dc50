import { createApp } from 'vue'
import App from './App.vue'
import { createAppRouter } from './router'
import { installUnauthorizedRedirect } from './stores/auth'
import './styles.css'

const router = createAppRouter()
installUnauthorizedRedirect(router)

createApp(App).use(router).mount('#app')
