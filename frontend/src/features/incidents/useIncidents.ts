import { incidentsApi } from '@/api/incidents'
import type { IncidentActionItemQuery, IncidentQuery } from '@/api/incidentTypes'
import type { RequestQuery } from '@/api/requestTypes'
import { teamsApi } from '@/api/teams'
import { useAsync } from '@/lib/useAsync'

/** One page of incidents for the given filters (the caller reloads when they change). */
export function useIncidentList(query: () => IncidentQuery) {
  return useAsync(() => incidentsApi.list(query()))
}

export function useIncident(id: () => string) {
  return useAsync(() => incidentsApi.get(id()))
}

/** The controlled list of contributing factors, for checkboxes and labels. */
export function useContributingFactors() {
  return useAsync(() => incidentsApi.contributingFactors())
}

/** Every team (up to the page maximum), for pickers. */
export function useTeamOptions() {
  return useAsync(async () => (await teamsApi.list({ page: 0, size: 500 })).items)
}

export function useTimeline(id: () => string) {
  return useAsync(() => incidentsApi.timeline(id()))
}

/** One page of an incident's action items (the caller reloads when the id or query changes). */
export function useActionItems(
  id: () => string,
  query: () => IncidentActionItemQuery = () => ({}),
) {
  return useAsync(() => incidentsApi.actionItems(id(), query()))
}

/** One page of the requests linked to an incident (the caller reloads when the id or query changes). */
export function useLinkedRequests(id: () => string, query: () => RequestQuery = () => ({})) {
  return useAsync(() => incidentsApi.linkedRequests(id(), query()))
}

export function usePostmortem(id: () => string) {
  return useAsync(() => incidentsApi.postmortem(id()))
}
