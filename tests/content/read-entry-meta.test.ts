/**
 * One reading of `@meta`: each row is a value of `@meta` and its reading, written by hand. The same
 * rows then show that the library (buildRecord, the tools' freshness) acts on exactly what the
 * reading keeps, and that `check` reports exactly the keys the reading rejects.
 */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readEntryMeta, type EntryMeta, type MetaProblem } from '../../src/content/read-entry-meta.js';
import { buildRecord } from '../../src/content/store.js';
import { freshnessOf, stampedFieldHashes } from '../../src/content/freshness.js';
import { checkTree } from '../../src/tools/check/check-tree.js';

const ABSENT = Symbol('no @meta');

// [what, the value of the French version's @meta, the meta read, the keys reported]
const rows: [string, unknown, EntryMeta, MetaProblem['key'][]][] = [
  ['no @meta', ABSENT, {}, []],
  ['an empty object', {}, {}, []],
  ['null', null, {}, ['@meta']],
  ['a list', [], {}, ['@meta']],
  ['a string', 'fr', {}, ['@meta']],
  ['source: a tag', { source: 'fr' }, { source: 'fr' }, []],
  ['source: a tag in another case', { source: 'FR' }, { source: 'fr' }, []],
  ['source: another locale that has the entry', { source: 'en' }, { source: 'en' }, []],
  ['source: a word, no tag', { source: 'french' }, {}, ['source']],
  ['source: a number', { source: 42 }, {}, ['source']],
  ['updated: a day', { source: 'fr', updated: '2021-09-17' }, { source: 'fr', updated: '2021-09-17' }, []],
  ['updated: a date-time', { source: 'fr', updated: '2021-09-17T10:00:00Z' }, { source: 'fr', updated: '2021-09-17T10:00:00Z' }, []],
  ['updated: 30 February', { source: 'fr', updated: '2021-02-30' }, { source: 'fr' }, ['updated']],
  ['updated: markup', { source: 'fr', updated: '<b>2021</b>' }, { source: 'fr' }, ['updated']],
  ['updated: a number', { source: 'fr', updated: 20210917 }, { source: 'fr' }, ['updated']],
  ['sourceHash: as stamped', { sourceHash: '0123456789abcdef' }, { sourceHash: '0123456789abcdef' }, []],
  ['sourceHash: edited by hand', { sourceHash: 'stale' }, { sourceHash: 'stale' }, ['sourceHash']],
  ['sourceHash: upper case', { sourceHash: '0123456789ABCDEF' }, { sourceHash: '0123456789ABCDEF' }, ['sourceHash']],
  ['sourceHash: a number', { sourceHash: 12 }, {}, ['sourceHash']],
  [
    'fieldHashes: as stamped',
    { sourceHash: '0123456789abcdef', fieldHashes: { title: '0123abcd', body: '89abcdef' } },
    { sourceHash: '0123456789abcdef', fieldHashes: { title: '0123abcd', body: '89abcdef' } },
    [],
  ],
  ['fieldHashes: a bad hash', { sourceHash: '0123456789abcdef', fieldHashes: { title: 'xyz' } }, { sourceHash: '0123456789abcdef' }, ['fieldHashes']],
  ['fieldHashes: a list', { sourceHash: '0123456789abcdef', fieldHashes: ['0123abcd'] }, { sourceHash: '0123456789abcdef' }, ['fieldHashes']],
  ['a key the format does not define', { sourceHash: '0123456789abcdef', note: 'x' }, { sourceHash: '0123456789abcdef' }, []],
  ['everything wrong at once', { source: 1, updated: 'soon', sourceHash: null, fieldHashes: 'x' }, {}, ['source', 'updated', 'sourceHash', 'fieldHashes']],
];

const english = { title: 'Hello', body: 'Text' };
const frenchOf = (meta: unknown): Record<string, unknown> => (meta === ABSENT ? { title: 'Bonjour', body: 'Texte' } : { title: 'Bonjour', body: 'Texte', '@meta': meta });

describe('readEntryMeta(data)', () => {
  it.each(rows)('%s', (_, meta, expected, keys) => {
    const reading = readEntryMeta(frenchOf(meta));
    expect(reading.meta).toEqual(expected);
    expect(reading.problems.map((p) => p.key)).toEqual(keys);
  });
});

describe('the library acts on what the reading keeps', () => {
  it.each(rows)('%s', (_, meta, expected) => {
    const fr = frenchOf(meta);
    const record = buildRecord('a', new Map([['en', english], ['fr', fr]]), 'en');
    const source = expected.source ?? 'en';
    expect(record.source).toBe(source);
    expect(record.updated).toBe(source === 'fr' ? (expected.updated ?? null) : null);
    if (source === 'en') {
      // No hash in the rows is today's hash of the English text.
      expect(record.versions.get('fr')?.status).toBe(expected.sourceHash === undefined ? 'translated' : 'outdated');
      expect(freshnessOf(fr, english)).toBe(expected.sourceHash === undefined ? 'unverified' : 'outdated');
    }
    expect(stampedFieldHashes(fr)).toEqual(expected.fieldHashes);
  });
});

describe('check reports what the reading rejects, and nothing else about @meta', () => {
  const root = mkdtempSync(join(tmpdir(), 'entry-meta-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it.each(rows.map((row, i) => [i, ...row] as const))('%i: %s', async (i, _, meta, _expected, keys) => {
    const dir = join(root, String(i));
    for (const [locale, entry] of [['en', english], ['fr', frenchOf(meta)]] as const) {
      mkdirSync(join(dir, locale), { recursive: true });
      writeFileSync(join(dir, locale, 'articles.json'), JSON.stringify({ a: entry }, null, 2));
    }
    const { problems } = await checkTree(dir, { defaultLocale: 'en' });
    const reported = problems.filter((p) => p.rule === 'invalid-meta').map((p) => /^"([^"]+)"/.exec(p.message)?.[1]);
    expect(reported).toEqual(keys);
  });
});
