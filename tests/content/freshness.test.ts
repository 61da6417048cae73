import { describe, expect, it } from 'vitest';
import { fieldHashes, sourceHash } from '../../src/content/freshness.js';
import { createContentLibrary } from '../../src/index.node.js';

// FNV-1a 64 of [["body","One line.\nTwo lines.\n"],["title","Harbour"]], worked out apart from the
// code under test; and of each field's JSON text, first 8 digits.
const HASH = '814184d6751fcdf3';
const FIELDS = { body: '9177f39b', title: '76ec9541' };

describe('sourceHash and fieldHashes read every line ending as LF', () => {
  // [how the source was saved, its body]
  const bodies: [string, string][] = [
    ['LF', 'One line.\nTwo lines.\n'],
    ['CRLF', 'One line.\r\nTwo lines.\r\n'],
    ['CR', 'One line.\rTwo lines.\r'],
    ['mixed', 'One line.\r\nTwo lines.\n'],
  ];
  it.each(bodies)('a source saved with %s line endings', (_, body) => {
    const source = { title: 'Harbour', body };
    expect(sourceHash(source)).toBe(HASH);
    expect(fieldHashes(source)).toEqual(FIELDS);
    // A translation stamped from the LF source stays current.
    const resources = {
      en: { articles: { harbour: source } },
      fr: { articles: { harbour: { title: 'Port', body: 'Une ligne.\nDeux lignes.\n', '@meta': { sourceHash: HASH } } } },
    };
    const r = createContentLibrary({ defaultLocale: 'en', resources }).resolve('harbour', 'fr')!;
    expect(r.alternates.find((a) => a.locale === 'fr')?.status).toBe('translated');
    expect(r.notice).toBeNull();
  });

  it('a change of text is still a change', () => {
    expect(sourceHash({ title: 'Harbour', body: 'One line.\n\nTwo lines.\n' })).not.toBe(HASH);
  });
});
