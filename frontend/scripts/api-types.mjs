// Generates src/api/schema.d.ts, the TypeScript types of the API, from the server's OpenAPI
// document (written by micronaut-openapi when the backend compiles), or checks that the committed
// file still matches it.
//
//   node scripts/api-types.mjs write <openapi.yml>   regenerate src/api/schema.d.ts
//   node scripts/api-types.mjs check <openapi.yml>   exit 1 when the committed file differs
//
// The path of the document is resolved against the current directory. Exit codes: 0 written or
// up to date, 1 out of date (check only), 2 wrong arguments, an unreadable/invalid document or
// node_modules not installed (`npm ci`).
// The output is formatted with the project's Prettier config, so it passes `prettier --check`,
// and depends only on the document and the locked versions of openapi-typescript and Prettier.
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const TARGET_RELATIVE = 'src/api/schema.d.ts'
const frontendDir = fileURLToPath(new URL('..', import.meta.url))
const target = path.join(frontendDir, TARGET_RELATIVE)

const HEADER = `/**
 * GENERATED FILE, do not edit: the TypeScript types of the Wallbreaker API, made by
 * openapi-typescript from the OpenAPI document the backend build writes
 * (backend/target/classes/META-INF/swagger/wallbreaker.yml).
 *
 * To regenerate after changing the API: build the backend, then in frontend/ run
 * \`npm run gen:api\`. The backend build runs \`npm run check:api\`, which fails when this file
 * is out of date. Import the named aliases from the *Types.ts modules beside this file.
 */

`

function usage(message) {
  console.error(`api-types: ${message}`)
  console.error('usage: node scripts/api-types.mjs write|check <path to the OpenAPI yml>')
  process.exit(2)
}

async function generate(documentPath) {
  const { default: openapiTS, astToString } = await import('openapi-typescript')
  const prettier = await import('prettier')
  const ast = await openapiTS(pathToFileURL(documentPath), {
    silent: true,
    // A body declared only as `type: object` is "some JSON object", not an empty one.
    emptyObjectsUnknown: true,
  })
  const source = HEADER + astToString(ast)
  const config = (await prettier.resolveConfig(target, { editorconfig: true })) ?? {}
  return prettier.format(source, { ...config, filepath: target })
}

/** One hunk spanning every difference: the common head and tail are skipped, the rest shown. */
function diffHint(committed, generated, maxLines = 12) {
  const a = committed.split('\n')
  const b = generated.split('\n')
  let head = 0
  while (head < a.length && head < b.length && a[head] === b[head]) head++
  let tail = 0
  while (
    tail < a.length - head &&
    tail < b.length - head &&
    a[a.length - 1 - tail] === b[b.length - 1 - tail]
  ) {
    tail++
  }
  const removed = a.slice(head, a.length - tail)
  const added = b.slice(head, b.length - tail)
  const show = (lines, sign) => {
    const out = lines.slice(0, maxLines).map((l) => `${sign}${l}`)
    if (lines.length > maxLines) out.push(`${sign}… ${lines.length - maxLines} more lines`)
    return out
  }
  return [
    `--- ${TARGET_RELATIVE} (committed)`,
    `+++ ${TARGET_RELATIVE} (generated from the OpenAPI document)`,
    `@@ -${head + 1},${removed.length} +${head + 1},${added.length} @@`,
    ...show(removed, '-'),
    ...show(added, '+'),
  ].join('\n')
}

const [mode, documentArg, ...rest] = process.argv.slice(2)
if (mode !== 'write' && mode !== 'check') usage(`unknown mode ${JSON.stringify(mode ?? '')}`)
if (!documentArg || rest.length > 0) usage('expected exactly one OpenAPI document path')
const documentPath = path.resolve(documentArg)
if (!existsSync(documentPath)) {
  usage(`${documentPath} not found: build the backend first (it writes the OpenAPI document)`)
}

let generated
try {
  generated = await generate(documentPath)
} catch (e) {
  if (e?.code === 'ERR_MODULE_NOT_FOUND') {
    console.error(
      'api-types: openapi-typescript or prettier is not installed: run `npm ci` in frontend/',
    )
  } else {
    console.error(`api-types: could not generate types from ${documentPath}:`)
  }
  console.error(e instanceof Error ? e.message : e)
  process.exit(2)
}

if (mode === 'write') {
  writeFileSync(target, generated)
  console.log(`api-types: wrote ${TARGET_RELATIVE} from ${documentPath}`)
} else {
  const committed = existsSync(target) ? readFileSync(target, 'utf8').replace(/\r\n/g, '\n') : ''
  if (committed === generated) {
    console.log(`api-types: ${TARGET_RELATIVE} is up to date`)
  } else {
    console.error(
      `${TARGET_RELATIVE} is out of date with the server's OpenAPI document: run \`npm run gen:api\` in frontend/ after building the backend`,
    )
    console.error(diffHint(committed, generated))
    process.exit(1)
  }
}
