/**
 * JSON shapes of the signed-in user's own account: names for the schemas generated from the
 * server's OpenAPI document (`schema.d.ts`).
 */
import type { Schemas } from './openapi'

/**
 * Body of `PUT /api/me/password`: 204 and every session of the user ends (the cookie is cleared);
 * 400 names `currentPassword` (wrong) or `newPassword` (under 12 characters, or unchanged).
 */
export type PasswordChange = Schemas['AuthController.PasswordChange']
