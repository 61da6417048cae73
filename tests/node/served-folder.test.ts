/**
 * The one rule for folders spelling one tag: `bySpelling` orders them as they merge (the folder
 * spelt as the canonical tag last, the others by name), and `servedFolder` is the last of them.
 * Each folder is written as `name:locale`, the locale being the tag its name stands for.
 */
import { describe, expect, it } from 'vitest';
import { bySpelling, servedFolder } from '../../src/node/locale-tree.js';

const folder = (spec: string): { name: string; locale: string | undefined } => {
  const [name, locale] = spec.split(':');
  return { name: name!, locale: locale === '' ? undefined : locale };
};
const folders = (specs: readonly string[]) => specs.map(folder);

describe('bySpelling', () => {
  // [folders of one locale as listed, the order they merge in]
  it.each([
    [['yue:yue', 'zh-yue:yue'], ['zh-yue', 'yue']],
    [['zh-yue:yue', 'yue:yue'], ['zh-yue', 'yue']],
    [['zh-Hant:zh-Hant', 'zh-hant:zh-Hant'], ['zh-hant', 'zh-Hant']],
    [['he:he', 'iw:he'], ['iw', 'he']],
    [['pt-BR:pt-BR', 'PT-BR:pt-BR', 'pt-br:pt-BR'], ['PT-BR', 'pt-br', 'pt-BR']],
    [['pt-br:pt-BR', 'PT-BR:pt-BR'], ['PT-BR', 'pt-br']],
    [['En:en', 'EN:en'], ['EN', 'En']],
  ])('%j merge as %j', (listed, merged) => {
    expect(folders(listed).sort(bySpelling).map((f) => f.name)).toEqual(merged);
  });
});

describe('servedFolder', () => {
  // [folders of the tree, locale, the folder served]
  it.each([
    [['en:en', 'yue:yue', 'zh-yue:yue'], 'yue', 'yue'],
    [['en:en', 'zh-yue:yue', 'yue:yue'], 'yue', 'yue'],
    [['EN:en', 'en:en', 'fr:fr'], 'en', 'en'],
    [['en:en', 'EN:en', 'fr:fr'], 'en', 'en'],
    [['EN:en', 'En:en', 'fr:fr'], 'en', 'En'],
    [['PT-BR:pt-BR', 'Pt-Br:pt-BR', 'pt-br:pt-BR'], 'pt-BR', 'pt-br'],
    [['pt-br:pt-BR', 'fr:fr'], 'pt-BR', 'pt-br'],
    [['iw:he', 'he:he'], 'he', 'he'],
    [['en:en', 'fr:fr'], 'fr', 'fr'],
    [['en:en', 'es_ES:'], 'es-ES', undefined],
    [['en:en', 'fr:fr'], 'de', undefined],
  ])('%j, %s → %s', (tree, locale, served) => {
    expect(servedFolder(folders(tree), locale)?.name).toBe(served);
  });
});
