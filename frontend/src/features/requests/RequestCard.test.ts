import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import type { RequestSource } from '@/api/connectorTypes'
import type { RequestSummary } from '@/api/requestTypes'
import { routes } from '@/router'
import { aSummary } from './fixtures'
import RequestCard from './RequestCard.vue'

function mountCard(request: RequestSummary) {
  const router = createRouter({ history: createMemoryHistory(), routes })
  return mount(RequestCard, {
    props: { request, teamName: (slug: string) => slug },
    global: { plugins: [router] },
  })
}

/** A summary as the backend sends it for a synced request (`source` is not generated yet). */
function synced(source: RequestSource, externalRef: string): RequestSummary {
  const request: RequestSummary & { source: RequestSource } = {
    ...aSummary({ externalRef }),
    source,
  }
  return request
}

describe('RequestCard source badge', () => {
  it('shows Jira and the ticket key linking to the ticket, in a new tab', () => {
    const wrapper = mountCard(
      synced(
        {
          kind: 'JIRA',
          connectorId: 7,
          connectorName: 'Ops service desk',
          url: 'https://acme.atlassian.example/browse/OPS-1234',
        },
        'OPS-1234',
      ),
    )

    expect(wrapper.get('.badge-source').text()).toBe('Jira')
    const link = wrapper.get('.source a')
    expect(link.attributes('href')).toBe('https://acme.atlassian.example/browse/OPS-1234')
    expect(link.attributes('target')).toBe('_blank')
    expect(link.attributes('rel')).toBe('noopener noreferrer')
    expect(link.text()).toContain('OPS-1234')
    expect(link.text()).toContain('opens in a new tab')
    // The title still leads to the request in Wallbreaker.
    expect(wrapper.get('h3 a').attributes('href')).toBe('/requests/1')
  })

  it('shows GitHub and the issue reference', () => {
    const wrapper = mountCard(
      synced(
        {
          kind: 'GITHUB',
          connectorId: 8,
          connectorName: 'acme/ops-requests',
          url: 'https://github.example/acme/ops-requests/issues/42',
        },
        'acme/ops-requests#42',
      ),
    )

    expect(wrapper.get('.badge-source').text()).toBe('GitHub')
    expect(wrapper.get('.source a').text()).toContain('acme/ops-requests#42')
  })

  it('shows the key as text when the link is missing or not http(s)', () => {
    const wrapper = mountCard(
      synced(
        { kind: 'JIRA', connectorId: null, connectorName: null, url: 'javascript:alert(1)' },
        'OPS-9',
      ),
    )

    expect(wrapper.get('.badge-source').text()).toBe('Jira')
    expect(wrapper.find('.source a').exists()).toBe(false)
    expect(wrapper.get('.source').text()).toContain('OPS-9')
  })

  it('shows no badge on a request recorded in Wallbreaker', () => {
    expect(mountCard(aSummary()).find('.badge-source').exists()).toBe(false)
    expect(
      mountCard({ ...aSummary(), source: null } as RequestSummary)
        .find('.badge-source')
        .exists(),
    ).toBe(false)
  })
})
