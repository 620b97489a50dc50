import { incidentsApi } from '@/api/incidents'
import type { IncidentQuery } from '@/api/incidentTypes'
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
  return useAsync(async () => (await teamsApi.list(0, 500)).items)
}

export function useTimeline(id: () => string) {
  return useAsync(() => incidentsApi.timeline(id()))
}

export function useActionItems(id: () => string) {
  return useAsync(() => incidentsApi.actionItems(id()))
}

export function useLinkedRequests(id: () => string) {
  return useAsync(() => incidentsApi.linkedRequests(id()))
}

export function usePostmortem(id: () => string) {
  return useAsync(() => incidentsApi.postmortem(id()))
}
