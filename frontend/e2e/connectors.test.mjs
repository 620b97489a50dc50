// Journey: an administrator connects the Operations Jira. They create a connector (the secret is
// shown once), paste a ticket into the live preview and see the request it would give, then Jira
// delivers that ticket, signed with the secret; the request appears on the requests board with its
// Jira badge, follows the ticket, and the delivery is in the connector's log.
import assert from 'node:assert/strict'
import { createHmac } from 'node:crypto'
import { test } from 'node:test'
import { apiCall, apiToken, checkA11y, screenshotBoth, signIn, useWallbreaker } from './support.mjs'

const ctx = useWallbreaker()

/** A Jira Cloud `jira:issue_created` delivery for OPS-7, from the web team to the ops team. */
function issueCreated() {
  const created = new Date(Date.now() - 2 * 86_400_000)
  created.setUTCMilliseconds(0)
  // Jira's own format: milliseconds and an offset without a colon.
  const jiraTime = created.toISOString().replace('Z', '+0000')
  return JSON.stringify({
    timestamp: created.getTime(),
    webhookEvent: 'jira:issue_created',
    issue_event_type_name: 'issue_created',
    issue: {
      id: '10701',
      self: 'https://acme.atlassian.net/rest/api/2/10701',
      key: 'OPS-7',
      fields: {
        summary: 'Read access to the checkout logs',
        created: jiraTime,
        labels: ['from:web', 'to:ops'],
        project: { key: 'OPS', name: 'Operations' },
        issuetype: { name: 'Service Request' },
        status: { name: 'Waiting for support', statusCategory: { key: 'new' } },
        resolution: null,
        reporter: { accountId: '712020:web-dev', displayName: 'Rita Web' },
      },
    },
  })
}

test('a Jira ticket becomes a request on the board', async () => {
  const { page, baseUrl } = ctx
  const token = await apiToken(baseUrl)
  await apiCall(baseUrl, token, 'POST', '/api/teams', { slug: 'web', name: 'Web', kind: 'DEV' })
  await apiCall(baseUrl, token, 'POST', '/api/teams', { slug: 'ops', name: 'Operations', kind: 'OPS' })

  await page.goto(`${baseUrl}/admin/connectors`)
  await page.waitForURL((url) => url.pathname === '/login')
  await signIn(page)
  await page.waitForURL((url) => url.pathname === '/admin/connectors')
  await page.getByRole('button', { name: 'Create connector' }).waitFor()
  await checkA11y(page, 'connectors (none yet)')
  await page.getByLabel('Kind').selectOption('JIRA')
  await page.getByLabel('Name').fill('Operations Jira')
  await page.getByRole('button', { name: 'Create connector' }).click()

  // Shown once: the webhook URL and the secret.
  const secret = await page.getByLabel('Secret', { exact: true }).inputValue()
  const webhookUrl = await page.getByLabel('Webhook URL', { exact: true }).inputValue()
  assert.match(webhookUrl, /\/api\/connectors\/\d+\/webhook$/)
  assert.ok(secret.length >= 40, secret)
  await checkA11y(page, 'connector created (secret shown once)')
  await screenshotBoth(page, 'connector-created')
  await page.getByRole('button', { name: 'I have copied them' }).click()
  assert.equal(await page.getByLabel('Secret', { exact: true }).count(), 0, 'the secret is gone')

  // The connector's page: preview the ticket before Jira sends it.
  await page.getByRole('link', { name: 'Operations Jira' }).click()
  await page.waitForURL((url) => /^\/admin\/connectors\/\d+$/.test(url.pathname))
  const body = issueCreated()
  await page.getByLabel('Payload').fill(body)
  const preview = page.getByRole('heading', { level: 4, name: /OPS-7/ })
  await preview.waitFor()
  const card = page.locator('article, section, div').filter({ has: preview }).last()
  const rows = await card.locator('tbody tr').allInnerTexts()
  assert.match(rows[0], /Opened/)
  assert.match(await card.innerText(), /web/)
  assert.match(await card.innerText(), /ops/)
  await checkA11y(page, 'connector page with a preview')
  await screenshotBoth(page, 'connector-preview')

  // Jira delivers it, signed with the secret.
  const path = new URL(webhookUrl).pathname
  const delivered = await fetch(`${baseUrl}${path}`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json; charset=UTF-8',
      'X-Atlassian-Webhook-Identifier': '5f1c2a8e-0d2b-4f5e-9b61-3c1e7d0a9f42',
      'X-Hub-Signature': `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`,
    },
    body,
  })
  assert.equal(delivered.status, 202, await delivered.text())

  // On the board, with its Jira badge.
  await page.goto(`${baseUrl}/requests`)
  const ticketLink = page.getByRole('link', { name: /OPS-7/ })
  await ticketLink.waitFor()
  await page.getByText('Jira', { exact: true }).first().waitFor()
  await checkA11y(page, 'requests board with a Jira request')
  await page.getByRole('link', { name: /Read access to the checkout logs/ }).click()
  await page.waitForURL((url) => /^\/requests\/\d+$/.test(url.pathname))
  await page.getByRole('heading', { name: 'Synced request' }).waitFor()
  assert.equal(
    await page.getByRole('group', { name: 'Events you can record' }).count(),
    0,
    'a synced request takes no events by hand',
  )
  await checkA11y(page, 'synced request')
  await screenshotBoth(page, 'synced-request')

  // The delivery is in the connector's log.
  await page.goBack()
  await page.goto(`${baseUrl}/admin/connectors`)
  await page.getByRole('link', { name: 'Operations Jira' }).click()
  await page.getByRole('heading', { name: 'Delivery log' }).waitFor()
  await page.getByRole('cell', { name: 'OPS-7' }).first().waitFor()
  await checkA11y(page, 'connector page with its delivery log')
})
