import { http } from './http'
import type { OlaTarget, OlaTargetQuery, OlaTargetUsage } from './olaTypes'
import type { Page } from './types'

const base = '/api/ola-targets'

/** OLA targets: everyone signed in reads them; an admin replaces the whole list at once. */
export const olaTargetsApi = {
  list: (query: OlaTargetQuery = {}) => http.get<Page<OlaTarget>>(base, { ...query }),
  /** Every target with the counts of the requests it applies to, in the server's order. */
  usage: () => http.get<OlaTargetUsage[]>(`${base}/usage`),
  /** Replaces every target (ADMIN); a 400 names fields per row: `[2].targetSeconds`, `[1].kind`. */
  replace: (targets: OlaTarget[]) => http.put<OlaTarget[]>(base, targets),
}
