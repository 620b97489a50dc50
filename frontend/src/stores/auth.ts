import { computed, reactive, ref } from 'vue'
import type { Router } from 'vue-router'
import { authApi } from '@/api/auth'
import { ApiError, setCsrfToken, setUnauthorizedHandler } from '@/api/http'
import type { Me } from '@/api/types'

/** The signed-in user, shared by the shell, the router guard and every view. */
export function createAuthStore() {
  const me = ref<Me | null>(null)
  const loaded = ref(false)

  function setMe(value: Me | null) {
    me.value = value
    setCsrfToken(value?.csrfToken ?? null)
  }

  /** GET /api/me; a 401 simply means nobody is signed in. */
  async function load(): Promise<Me | null> {
    try {
      setMe(await authApi.me())
    } catch (e) {
      if (!(e instanceof ApiError && e.status === 401)) throw e
      setMe(null)
    } finally {
      loaded.value = true
    }
    return me.value
  }

  /** Signs in, then reads /api/me for the CSRF token that the session cookie goes with. */
  async function login(login: string, password: string): Promise<Me | null> {
    await authApi.login({ login, password })
    return load()
  }

  async function logout(): Promise<void> {
    try {
      await authApi.logout()
    } finally {
      setMe(null)
    }
  }

  /** The session ended behind our back (a 401 from the server). */
  function sessionExpired() {
    setMe(null)
  }

  const isAdmin = computed(() => me.value?.role === 'ADMIN')
  const can = reactive({
    write: computed(() => me.value?.role === 'ADMIN' || me.value?.role === 'MEMBER'),
  })

  return reactive({ me, loaded, isAdmin, can, load, login, logout, sessionExpired, setMe })
}

export type AuthStore = ReturnType<typeof createAuthStore>

let store: AuthStore | null = null

export function useAuthStore(): AuthStore {
  if (!store) store = createAuthStore()
  return store
}

/** Sends the user to the login page, coming back afterwards, when any call answers 401. */
export function installUnauthorizedRedirect(router: Router, auth: AuthStore = useAuthStore()) {
  setUnauthorizedHandler(() => {
    auth.sessionExpired()
    const current = router.currentRoute.value
    if (current.name !== 'login') {
      void router.push({ name: 'login', query: { redirect: current.fullPath } })
    }
  })
}
