/**
 * The in-app path of a link the server made absolute (for e-mail and chat): its path, query and
 * fragment (`https://wallbreaker.example/requests/12?x=1` → `/requests/12?x=1`). A path is kept as
 * it is; anything else that cannot be read gives `/`.
 */
export function appPath(link: string | null | undefined): string {
  if (!link) return '/'
  if (link.startsWith('/') && !link.startsWith('//')) return link
  try {
    const url = new URL(link)
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return '/'
    return `${url.pathname}${url.search}${url.hash}`
  } catch {
    return '/'
  }
}
