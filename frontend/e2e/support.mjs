// Shared start/stop logic for the end-to-end journeys: starts the built jar on a free port
// with a fresh data directory, waits for /api/health, launches headless Chromium, and tears
// everything down in after(), also when a step failed.
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, rm } from 'node:fs/promises'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { after, before } from 'node:test'
import { chromium } from 'playwright-core'
import { artifactsDir, checkA11y, screenshotBoth } from './a11y.mjs'

export const ADMIN_LOGIN = 'admin'
export const ADMIN_PASSWORD = 'e2e-admin-password-1'
// E2E_HEALTH_TIMEOUT_MS: longer on a busy machine (the jar starts in ~20 s on an idle one).
const HEALTH_TIMEOUT_MS = Number(process.env.E2E_HEALTH_TIMEOUT_MS) || 60_000

// The accessibility gate (checkA11y) and the two-size screenshots (screenshotBoth): e2e/a11y.mjs.
export {
  A11Y_TAGS,
  a11yReportFile,
  artifactsDir,
  checkA11y,
  screenshotBoth,
  screenshotsDir,
  settle,
} from './a11y.mjs'

export async function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.unref()
    server.on('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address()
      server.close(() => resolve(port))
    })
  })
}

function javaExecutable() {
  if (process.env.JAVA) return process.env.JAVA
  if (process.env.JAVA_HOME) return path.join(process.env.JAVA_HOME, 'bin', 'java')
  return 'java'
}

/**
 * Starts `java -jar $WALLBREAKER_JAR`; resolves once GET /api/health answers 200.
 * `{ demo: true }` passes `--demo`, which loads the demo teams, users and records.
 */
export async function startServer({ demo = false } = {}) {
  const jar = process.env.WALLBREAKER_JAR
  if (!jar) {
    throw new Error(
      'WALLBREAKER_JAR is not set: point it at the built application jar, e.g.\n' +
        '  WALLBREAKER_JAR=$PWD/../backend/target/wallbreaker.jar npm run e2e',
    )
  }
  if (!existsSync(jar)) throw new Error(`WALLBREAKER_JAR points to a missing file: ${jar}`)

  const port = await freePort()
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'wallbreaker-e2e-'))
  const baseUrl = `http://127.0.0.1:${port}`
  const output = []
  const remember = (chunk) => {
    output.push(chunk.toString())
    if (output.length > 400) output.splice(0, output.length - 400)
  }

  const args = ['-jar', path.resolve(jar), ...(demo ? ['--demo'] : [])]
  const child = spawn(javaExecutable(), args, {
    env: {
      ...process.env,
      PORT: String(port),
      WALLBREAKER_DATA_DIR: dataDir,
      WALLBREAKER_ADMIN_PASSWORD: ADMIN_PASSWORD,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  child.stdout.on('data', remember)
  child.stderr.on('data', remember)
  const exited = new Promise((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  )
  const killOnExit = () => child.kill('SIGKILL')
  process.once('exit', killOnExit)

  const server = {
    baseUrl,
    port,
    dataDir,
    log: () => output.join(''),
    async stop() {
      process.removeListener('exit', killOnExit)
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM')
        const timeout = new Promise((resolve) => setTimeout(resolve, 15_000, 'timeout'))
        if ((await Promise.race([exited, timeout])) === 'timeout') {
          child.kill('SIGKILL')
          await exited
        }
      }
      await rm(dataDir, { recursive: true, force: true })
    },
  }

  try {
    await waitForHealth(baseUrl, exited)
  } catch (e) {
    await server.stop()
    throw new Error(`${e.message}\n--- server output ---\n${server.log()}`, { cause: e })
  }
  return server
}

async function waitForHealth(baseUrl, exited) {
  const deadline = Date.now() + HEALTH_TIMEOUT_MS
  let stopped = null
  exited.then((result) => (stopped = result))
  let last = 'no answer'
  while (Date.now() < deadline) {
    if (stopped) {
      throw new Error(`The server exited before it was healthy (${JSON.stringify(stopped)})`)
    }
    try {
      const response = await fetch(`${baseUrl}/api/health`, { signal: AbortSignal.timeout(2000) })
      if (response.status === 200) return
      last = `status ${response.status}`
    } catch (e) {
      last = e.cause?.code ?? e.message
    }
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  throw new Error(
    `GET ${baseUrl}/api/health was not 200 within ${HEALTH_TIMEOUT_MS / 1000} s (last: ${last})`,
  )
}

export async function launchBrowser() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  })
}

/**
 * Registers before/after hooks for one journey file and returns a context filled in by before():
 * `baseUrl`, `server`, `browser`, `page`, plus `problems` (page errors and CSP violations seen).
 * `serverOptions` go to startServer (e.g. `{ demo: true }`).
 */
export function useWallbreaker(serverOptions = {}) {
  const ctx = { baseUrl: '', server: null, browser: null, context: null, page: null, problems: [] }

  before(async () => {
    ctx.server = await startServer(serverOptions)
    ctx.baseUrl = ctx.server.baseUrl
    ctx.browser = await launchBrowser()
    // Light scheme unless E2E_COLOR_SCHEME=dark (so checkA11y can be run against the dark theme);
    // reduced motion so that no check or screenshot catches a colour half-way through a transition.
    // Times show in the viewer's zone: the journeys read them in UTC wherever they run.
    ctx.context = await ctx.browser.newContext({
      viewport: { width: 1280, height: 900 },
      timezoneId: 'UTC',
      colorScheme: process.env.E2E_COLOR_SCHEME === 'dark' ? 'dark' : 'light',
      reducedMotion: 'reduce',
    })
    ctx.page = await ctx.context.newPage()
    ctx.page.setDefaultTimeout(15_000)
    ctx.page.on('pageerror', (error) => ctx.problems.push(`page error: ${error.message}`))
    ctx.page.on('console', (message) => {
      if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) {
        ctx.problems.push(`CSP: ${message.text()}`)
      }
    })
  })

  after(async () => {
    // Each step guarded so one failure does not leave the server running.
    await ctx.context?.close().catch(() => {})
    await ctx.browser?.close().catch(() => {})
    await ctx.server?.stop()
  })

  return ctx
}

/** Signs in through the login form (the page must be on /login). */
export async function signIn(page, login = ADMIN_LOGIN, password = ADMIN_PASSWORD) {
  await page.getByLabel('Login', { exact: true }).fill(login)
  await page.getByLabel('Password', { exact: true }).fill(password)
  await page.getByRole('button', { name: 'Sign in' }).click()
}

/** One full-page screenshot at the current size into target/e2e/ (journeys use screenshotBoth). */
export async function screenshot(page, name) {
  await mkdir(artifactsDir, { recursive: true })
  const file = path.join(artifactsDir, name)
  await page.screenshot({ path: file, fullPage: true })
  return file
}

/** Signs out through the header button and waits for the login page. */
export async function signOut(page) {
  // Sign out is the last entry of the menu under the user's name; on a narrow screen that menu
  // is itself behind the Menu button.
  const toggle = page.getByRole('button', { name: /^Menu\b/ })
  if (await toggle.isVisible()) await toggle.click()
  await page.locator('details.account-menu > summary').click()
  await page.getByRole('button', { name: 'Sign out' }).click()
  await page.waitForURL((url) => url.pathname === '/login')
}

/** A bearer token for API set-up calls (POST /api/auth/login). */
export async function apiToken(baseUrl, login = ADMIN_LOGIN, password = ADMIN_PASSWORD) {
  const response = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify({ login, password }),
  })
  if (response.status !== 200) {
    throw new Error(`login as ${login}: ${response.status} ${await response.text()}`)
  }
  return (await response.json()).accessToken
}

/** A JSON call with a bearer token; throws unless the status is the expected one. */
export async function apiCall(baseUrl, token, method, apiPath, body, expected = 201) {
  const response = await fetch(`${baseUrl}${apiPath}`, {
    method,
    headers: {
      Authorization: `Bearer ${token}`,
      Accept: 'application/json',
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const text = await response.text()
  if (response.status !== expected) {
    throw new Error(`${method} ${apiPath}: expected ${expected}, got ${response.status} ${text}`)
  }
  return text ? JSON.parse(text) : undefined
}

/**
 * The accessibility gate, gathered (persona journeys): a serious violation on one page fails the
 * journey at its end, after every later page was checked too, so one run reports every page that
 * fails. `failures` holds the messages; assert it is empty last.
 */
export function gatheredA11y() {
  const failures = []
  const gather = async (check) => {
    try {
      await check()
    } catch (e) {
      if (e.name !== 'AssertionError') throw e
      failures.push(e.message)
    }
  }
  return {
    failures,
    checkPage: (page, label) => gather(() => checkA11y(page, label)),
    screenshotPage: (page, name) => gather(() => screenshotBoth(page, name)),
  }
}

/** Waits for the locator; on a timeout, fails with what the page's main area says instead. */
export async function waitOrExplain(page, locator, what) {
  try {
    await locator.waitFor()
  } catch (e) {
    const text = await page
      .locator('main')
      .innerText()
      .catch(() => '(no main)')
    throw new Error(`${what}: not shown. The page says:\n${text.slice(-2500)}`, { cause: e })
  }
}
