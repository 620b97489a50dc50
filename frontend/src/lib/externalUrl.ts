/**
 * `url` when it is an absolute http(s) address, else null: a link to another system (a Jira or
 * GitHub ticket) comes from data the server received, so anything else (`javascript:` and the
 * like) is shown as text, never as a link.
 */
export function externalUrl(url: string | null | undefined): string | null {
  if (!url) return null
  try {
    const parsed = new URL(url)
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : null
  } catch {
    return null
  }
}
