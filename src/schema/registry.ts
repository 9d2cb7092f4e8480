import { z } from 'zod';

/**
 * The package's own registry of schema ids (`Entity`, `Term`, `Lang`, …). The schemas are
 * registered here, never in zod's global registry, so a host schema may use the same ids.
 *
 * @example
 * z.toJSONSchema(schemaRegistry).schemas.Entity?.type //=> 'object'
 */
export const schemaRegistry = z.registry<{ id: string }>();
