import type { LocationQuery, LocationQueryRaw } from 'vue-router'
import type { ShadowQuery } from '@/api/shadowTypes'

export const REGISTRY_FILTERS = [
  'ownerTeam',
  'provider',
  'status',
  'dataClassification',
  'discoveryMethod',
] as const
export type RegistryFilters = Record<(typeof REGISTRY_FILTERS)[number], string>

export function registryFiltersFromQuery(query: LocationQuery): RegistryFilters {
  const out = {} as RegistryFilters
  for (const key of REGISTRY_FILTERS) {
    const v = query[key]
    const value = Array.isArray(v) ? v[0] : v
    out[key] = typeof value === 'string' ? value : ''
  }
  return out
}

export function registryFiltersToQuery(filters: RegistryFilters): LocationQueryRaw {
  const out: LocationQueryRaw = {}
  for (const key of REGISTRY_FILTERS) if (filters[key]) out[key] = filters[key]
  return out
}

export function registryFiltersToApi(filters: RegistryFilters): ShadowQuery {
  const out: ShadowQuery = {}
  for (const key of REGISTRY_FILTERS) if (filters[key]) out[key] = filters[key]
  return out
}
