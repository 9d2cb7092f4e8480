import { describe, expect, it } from 'vitest';
import { z } from 'zod';

// Every entry of the package, as an app may import them all.
const entries = ['../../src/index.js', '../../src/text/index.js', '../../src/schema/index.js', '../../src/i18n/index.js'];

describe('the schema ids', () => {
  it('leave zod’s global registry untouched when every entry is imported (E03)', async () => {
    const before = z.toJSONSchema(z.globalRegistry).schemas;
    const modules = await Promise.all(entries.map((entry) => import(entry)));
    const schema = modules[2] as typeof import('../../src/schema/index.js');
    expect(z.toJSONSchema(z.globalRegistry).schemas).toEqual(before);
    expect(z.globalRegistry.has(schema.EntitySchema)).toBe(false);
    expect(z.globalRegistry.get(schema.LangSchema)).toBeUndefined();
  });

  it('let a host schema take the id Entity and still export the global registry as JSON Schema', async () => {
    const { EntitySchema } = await import('../../src/schema/index.js');
    const HostEntity = z.object({ sku: z.string() }).meta({ id: 'Entity' });
    try {
      const { schemas } = z.toJSONSchema(z.globalRegistry);
      expect(Object.keys(schemas)).toContain('Entity');
      expect(schemas.Entity?.properties).toHaveProperty('sku');
      expect(EntitySchema.safeParse({ sku: 'x' }).success).toBe(false);
    } finally {
      z.globalRegistry.remove(HostEntity);
    }
  });

  it('are registered in the package’s own registry, which exports as JSON Schema with references', async () => {
    const { schemaRegistry, EntitySchema, TermSchema } = await import('../../src/schema/index.js');
    expect(schemaRegistry.get(EntitySchema)).toEqual({ id: 'Entity' });
    expect(schemaRegistry.get(TermSchema)).toEqual({ id: 'Term' });
    const { schemas } = z.toJSONSchema(schemaRegistry);
    expect(Object.keys(schemas)).toEqual(expect.arrayContaining(['Lang', 'Localized', 'Entity', 'KbEvent', 'Quote', 'Term', 'KnowledgeBaseData']));
    expect(JSON.stringify(schemas.Entity)).toContain('"$ref":"Localized"');
  });
});
