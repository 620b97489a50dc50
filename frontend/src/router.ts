import {
  createRouter,
  createWebHistory,
  type RouteLocationNormalized,
  type RouteLocationRaw,
  type RouteRecordRaw,
  type Router,
  type RouterHistory,
} from 'vue-router'
import type { Role } from '@/api/types'
import { useAuthStore, type AuthStore } from '@/stores/auth'

declare module 'vue-router' {
  interface RouteMeta {
    /** Reachable without signing in. */
    public?: boolean
    /** Only these roles may open the page. */
    roles?: Role[]
    title?: string
  }
}

export const routes: RouteRecordRaw[] = [
  {
    // The home page of admins and viewers; members are sent to /court from `/` (see the guard).
    path: '/dashboard',
    alias: '/',
    name: 'dashboard',
    component: () => import('@/features/dashboard/DashboardView.vue'),
    meta: { title: 'Dashboard' },
  },
  {
    path: '/court',
    name: 'court',
    component: () => import('@/features/court/CourtView.vue'),
    meta: { title: 'Your court' },
  },
  {
    path: '/digest',
    name: 'digest',
    component: () => import('@/features/digest/DigestView.vue'),
    meta: { title: 'Weekly digest' },
  },
  {
    path: '/incidents',
    name: 'incidents',
    component: () => import('@/features/incidents/IncidentsView.vue'),
    meta: { title: 'Incidents' },
  },
  {
    path: '/incidents/new',
    name: 'incident-new',
    component: () => import('@/features/incidents/IncidentCreateView.vue'),
    meta: { roles: ['ADMIN', 'MEMBER'], title: 'New incident' },
  },
  {
    path: '/incidents/:id(\\d+)',
    name: 'incident',
    component: () => import('@/features/incidents/IncidentDetailView.vue'),
    props: true,
    meta: { title: 'Incident' },
  },
  {
    path: '/incidents/:id(\\d+)/postmortem',
    name: 'postmortem',
    component: () => import('@/features/incidents/PostmortemView.vue'),
    props: true,
    meta: { title: 'Postmortem' },
  },
  {
    path: '/action-items',
    name: 'action-items',
    component: () => import('@/features/incidents/ActionItemsView.vue'),
    meta: { title: 'Action items' },
  },
  {
    path: '/requests',
    name: 'requests',
    component: () => import('@/features/requests/RequestsView.vue'),
    meta: { title: 'Requests' },
  },
  {
    path: '/requests/new',
    name: 'request-new',
    component: () => import('@/features/requests/RequestCreateView.vue'),
    meta: { roles: ['ADMIN', 'MEMBER'], title: 'New request' },
  },
  {
    path: '/requests/import',
    name: 'request-import',
    component: () => import('@/features/requests/RequestImportView.vue'),
    meta: { roles: ['ADMIN', 'MEMBER'], title: 'Import request history' },
  },
  {
    path: '/requests/:id(\\d+)',
    name: 'request',
    component: () => import('@/features/requests/RequestDetailView.vue'),
    props: true,
    meta: { title: 'Request' },
  },
  {
    path: '/shadow-systems',
    name: 'shadow-systems',
    component: () => import('@/features/shadow/ShadowSystemsView.vue'),
    meta: { title: 'Shadow systems' },
  },
  {
    path: '/shadow-systems/new',
    name: 'shadow-system-new',
    component: () => import('@/features/shadow/ShadowCreateView.vue'),
    meta: { roles: ['ADMIN', 'MEMBER'], title: 'Register a shadow system' },
  },
  {
    path: '/shadow-systems/import',
    name: 'shadow-import',
    component: () => import('@/features/shadow/ShadowImportView.vue'),
    meta: { roles: ['ADMIN', 'MEMBER'], title: 'Import shadow systems' },
  },
  {
    path: '/shadow-systems/:id(\\d+)',
    name: 'shadow-system',
    component: () => import('@/features/shadow/ShadowDetailView.vue'),
    props: true,
    meta: { title: 'Shadow system' },
  },
  {
    // Discovery: candidates from the difference between the catalog (known) and inventories (running).
    path: '/discovery',
    name: 'discovery',
    component: () => import('@/features/discovery/CandidatesView.vue'),
    meta: { title: 'Discovery' },
  },
  {
    path: '/discovery/candidates/:id(\\d+)',
    name: 'discovery-candidate',
    component: () => import('@/features/discovery/CandidateDetailView.vue'),
    props: true,
    meta: { title: 'Shadow-system candidate' },
  },
  {
    path: '/discovery/catalog',
    name: 'discovery-catalog',
    component: () => import('@/features/discovery/CatalogView.vue'),
    meta: { title: 'Catalog' },
  },
  {
    path: '/discovery/inventories',
    name: 'discovery-inventories',
    component: () => import('@/features/discovery/InventoriesView.vue'),
    meta: { title: 'Inventories' },
  },
  {
    path: '/teams',
    name: 'teams',
    component: () => import('@/features/teams/TeamsView.vue'),
    meta: { title: 'Teams' },
  },
  {
    path: '/teams/:slug',
    name: 'team',
    component: () => import('@/features/teams/TeamDetailView.vue'),
    props: true,
    meta: { title: 'Team' },
  },
  {
    path: '/login',
    name: 'login',
    component: () => import('@/features/auth/LoginView.vue'),
    meta: { public: true, title: 'Sign in' },
  },
  {
    path: '/users',
    name: 'users',
    component: () => import('@/features/users/UsersView.vue'),
    meta: { roles: ['ADMIN'], title: 'Users' },
  },
  {
    path: '/users/:login',
    name: 'user',
    component: () => import('@/features/users/UserDetailView.vue'),
    props: true,
    meta: { roles: ['ADMIN'], title: 'User' },
  },
  {
    // Everyone signed in reads the targets and the requests they affect; administrators edit them.
    path: '/ola-targets',
    name: 'ola-targets',
    component: () => import('@/features/ola/OlaTargetsView.vue'),
    meta: { title: 'OLA targets' },
  },
  {
    path: '/settings/password',
    name: 'change-password',
    component: () => import('@/features/settings/ChangePasswordView.vue'),
    meta: { title: 'Change password' },
  },
  {
    path: '/admin/connectors',
    name: 'connectors',
    component: () => import('@/features/connectors/ConnectorsView.vue'),
    meta: { roles: ['ADMIN'], title: 'Connectors' },
  },
  {
    path: '/admin/connectors/:id(\\d+)',
    name: 'connector',
    component: () => import('@/features/connectors/ConnectorDetailView.vue'),
    props: true,
    meta: { roles: ['ADMIN'], title: 'Connector' },
  },
  {
    path: '/admin/notifications',
    name: 'notifications',
    component: () => import('@/features/notifications/NotificationsView.vue'),
    meta: { roles: ['ADMIN'], title: 'Notifications' },
  },
  {
    path: '/admin/notifications/:id(\\d+)',
    name: 'notification-channel',
    component: () => import('@/features/notifications/ChannelDetailView.vue'),
    props: true,
    meta: { roles: ['ADMIN'], title: 'Notification channel' },
  },
  {
    path: '/tokens',
    name: 'tokens',
    component: () => import('@/features/tokens/TokensView.vue'),
    meta: { title: 'API tokens' },
  },
  {
    path: '/settings/notifications',
    name: 'notification-settings',
    component: () => import('@/features/settings/NotificationSettingsView.vue'),
    // Each signed-in user's own: their e-mail address and what reaches them by e-mail.
    meta: { title: 'Notification settings' },
  },
  {
    path: '/audit',
    name: 'audit',
    component: () => import('@/features/audit/AuditView.vue'),
    // Everyone reads the history of records; the server leaves out what only admins may see.
    meta: { title: 'Audit log' },
  },
  {
    // Every hit of the global search for ?q= (Enter in the header's search box with no hit chosen).
    path: '/search',
    name: 'search',
    component: () => import('@/features/search/SearchView.vue'),
    meta: { title: 'Search' },
  },
  {
    path: '/forbidden',
    name: 'forbidden',
    component: () => import('@/features/errors/ForbiddenView.vue'),
    meta: { title: 'No access' },
  },
  {
    path: '/:pathMatch(.*)*',
    name: 'not-found',
    component: () => import('@/features/errors/NotFoundView.vue'),
    meta: { title: 'Not found' },
  },
]

/** Only same-site paths are followed after signing in. */
export function safeRedirect(value: unknown): string {
  return typeof value === 'string' && value.startsWith('/') && !value.startsWith('//') ? value : '/'
}

/**
 * Where `/` takes a member: their court (what waits on their teams). The dashboard stays at
 * `/dashboard`; a `/` link with a query (dashboard filters) keeps going there.
 */
function homeOfMember(to: RouteLocationNormalized): RouteLocationRaw {
  return Object.keys(to.query).length > 0
    ? { name: 'dashboard', query: to.query, hash: to.hash }
    : { name: 'court' }
}

export function createAppRouter(
  history: RouterHistory = createWebHistory(),
  auth: AuthStore = useAuthStore(),
): Router {
  const router = createRouter({ history, routes })

  router.beforeEach(async (to) => {
    if (!auth.loaded) {
      try {
        await auth.load()
      } catch {
        // The server is unreachable: treat as signed out; the login page shows the error.
      }
    }
    if (to.meta.public) return true
    if (!auth.me) return { name: 'login', query: { redirect: to.fullPath } }
    if (to.meta.roles && !to.meta.roles.includes(auth.me.role)) return { name: 'forbidden' }
    if (to.path === '/' && auth.me.role === 'MEMBER') return homeOfMember(to)
    return true
  })

  router.afterEach((to) => {
    document.title = to.meta.title ? `${to.meta.title} · Wallbreaker` : 'Wallbreaker'
  })

  return router
}
