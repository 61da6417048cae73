/**
 * A language a site adds with only some notice messages (an `unavailable` override, say): each
 * other message comes from the nearest catalog that has it, whole (sentence and names in one
 * language), and the gap is reported once.
 */
import { describe, expect, it } from 'vitest';
import { createContentLibrary, type Problem } from '../../src/index.node.js';

const a = (title: string) => ({ title, body: `<p>${title}</p>` });
function site(problems: Problem[]) {
  return createContentLibrary({
    defaultLocale: 'en',
    resources: {
      en: { articles: { x: a('X'), y: a('Y') } },
      fr: { articles: { x: a('X fr') } },
      'pt-PT': { articles: { y: a('Y pt') } },
      'pt-AO': { articles: { y: a('Y ao') }, notice: { unavailable: 'Não está em {requested}; aqui em {served}.' } },
      cy: { articles: { y: a('Y cy') }, notice: { unavailable: 'Nid yw ar gael yn {requested}; dyma {served}.' } },
    },
    onProblem: (problem) => problems.push(problem),
  });
}

describe('an added language with only an "unavailable" message', () => {
  it('pt-AO: "also available" is the nearest catalog\'s (pt-PT), in Portuguese, reported once', () => {
    const problems: Problem[] = [];
    const library = site(problems);
    for (let i = 0; i < 3; i++) {
      const also = library.alsoAvailable('x', 'pt-AO');
      expect(also).toEqual(library.alsoAvailable('x', 'pt-PT'));
      expect(also?.locale).toBe('pt-PT');
    }
    expect(library.resolve('x', 'pt-AO')?.notice?.text).toBe('Não está em português; aqui em inglês.');
    expect(problems.filter((p) => p.key === 'alsoAvailable').map((p) => [p.code, p.locale])).toEqual([['MISSING_MESSAGE', 'pt-AO']]);
  });

  it('cy: no catalog is near, so "also available" is wholly English (names too), and the gap is reported', () => {
    const problems: Problem[] = [];
    const library = site(problems);
    const also = library.alsoAvailable('x', 'cy');
    expect(also?.locale).toBe('en');
    expect(also?.text).toBe(library.alsoAvailable('x', 'en')?.text);
    expect(also?.text).not.toMatch(/Ffrangeg|Saesneg/);
    library.alsoAvailable('x', 'cy');
    expect(problems.filter((p) => p.key === 'alsoAvailable').map((p) => [p.code, p.locale])).toEqual([['MISSING_MESSAGE', 'cy']]);
  });
});
