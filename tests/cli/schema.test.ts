import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NOTICE_KEYS } from '../../src/notice/catalogs.js';
import { ROOT } from './run-cli.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- JSON Schema documents are walked freely
const schema = (name: string) => JSON.parse(readFileSync(join(ROOT, 'schema', name), 'utf8')) as Record<string, any>;

describe('the JSON Schemas stay in step with the code and the data', () => {
  it('notice.schema.json has a described property for every notice message, and its note', () => {
    const { properties } = schema('notice.schema.json');
    for (const key of NOTICE_KEYS) {
      expect(properties[key]?.description, key).toMatch(/Placeholders: \{/);
      expect(properties[`@${key}`]).toEqual({ $ref: '#/$defs/note' });
    }
    expect(Object.keys(properties).filter((k) => !k.startsWith('@')).sort()).toEqual([...NOTICE_KEYS].sort());
  });

  it('notice.schema.json allows every key of every built-in catalog', () => {
    const { properties } = schema('notice.schema.json');
    for (const locale of readdirSync(join(ROOT, 'locales'))) {
      const catalog = JSON.parse(readFileSync(join(ROOT, 'locales', locale, 'notice.json'), 'utf8')) as Record<string, unknown>;
      const stray = Object.keys(catalog).filter((key) => !(key in properties) && !key.startsWith('@@'));
      expect(stray, locale).toEqual([]);
    }
  });

  it('content.schema.json describes every @meta field the library reads', () => {
    const meta = schema('content.schema.json').$defs.entry.properties['@meta'];
    expect(Object.keys(meta.properties).sort()).toEqual(['fieldFormats', 'fieldHashes', 'source', 'sourceHash', 'updated']);
    expect(meta.properties.fieldFormats.additionalProperties.enum).toEqual(['markdown']);
    expect(new RegExp(meta.properties.sourceHash.pattern).test('0123456789abcdef')).toBe(true);
  });
});
