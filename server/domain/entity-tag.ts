// An entity's version for HTTP conditional requests: the ETag a read answers with is what a later
// PATCH sends back in If-Match, so a client cannot overwrite a change it has not seen.
import { createHash } from 'node:crypto';
import type { Entity } from '../../graph-schema/contract';

/**
 * A strong validator of an entity's stored state, for `ETag` and `If-Match`: a client that sends
 * back the tag it read cannot overwrite a change it has not seen.
 */
export function entityTag(entity: Entity): string {
  const canonical = JSON.stringify(Object.entries(entity).sort(([a], [b]) => (a < b ? -1 : 1)));
  return `"${createHash('sha256').update(canonical).digest('base64url').slice(0, 27)}"`;
}
