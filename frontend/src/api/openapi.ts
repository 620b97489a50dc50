/**
 * Helpers over the generated API types in `schema.d.ts` (see `npm run gen:api`). The *Types.ts
 * modules give each schema the name the app uses; this file holds what they share.
 */
import type { components, paths } from './schema'

/** Every schema of the server's OpenAPI document, by its name there. */
export type Schemas = components['schemas']

/**
 * A response schema as the server sends it: every property present, `null` when it has no value.
 * The document marks each `@Nullable` record component as optional (`x?: T | null`), but the
 * server serialises with `inclusion: ALWAYS` (backend application.yml), so JSON responses always
 * carry the member. Applies through nested schemas and arrays. Not for request bodies, and not
 * for the two bodies written with NON_NULL (problems and the health answer).
 */
export type Sent<T> = T extends readonly (infer E)[]
  ? Sent<E>[]
  : T extends object
    ? { [K in keyof T]-?: Sent<T[K]> }
    : T

type GetOperation<P extends keyof paths> = NonNullable<paths[P]['get']>

/**
 * The query parameters of `GET path` as the server declares them (all optional; `null` and
 * `undefined` are left out of the URL by `buildUrl`).
 */
export type QueryOf<P extends keyof paths> = NonNullable<GetOperation<P>['parameters']['query']>

/** The JSON body that `method path` answers 200 with. */
export type JsonResponseOf<P extends keyof paths, M extends 'get' | 'post' | 'put' | 'delete'> =
  NonNullable<paths[P][M]> extends {
    responses: { 200: { content: { 'application/json': infer Body } } }
  }
    ? Body
    : never

/**
 * `T` with some properties narrowed where the document types them more loosely than the server
 * behaves, e.g. an enum the Java record holds as a `String` (each use names the reason). Only
 * narrowing is allowed: a property `T` lacks, or a type not assignable to `T`'s, does not
 * compile, so nothing is invented.
 */
export type Narrow<T, N extends { [K in keyof N]: K extends keyof T ? T[K] : never }> = Omit<
  T,
  keyof N
> &
  N

/**
 * A generated string enum as a runtime list, in the order given (the order the UI offers the
 * values in). A value the enum lacks, or a list missing one of its values, does not compile, so
 * the list cannot drift from the server's enum.
 */
export function enumValues<T extends string>() {
  return <const L extends readonly T[]>(
    values: L & ([T] extends [L[number]] ? unknown : { missing: Exclude<T, L[number]> }),
  ): L => values
}
