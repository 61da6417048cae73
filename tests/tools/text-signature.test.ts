/** Content text against its source: what a translation must keep, and nothing ICU about it. */
import { describe, expect, it } from 'vitest';
import { textDiff, textSignature } from '../../src/tools/check/text-signature.js';

const rulesOf = (source: string, translation: string): string[] =>
  textDiff(textSignature(source), textSignature(translation)).map((i) => `${i.severity} ${i.rule}`);

// [what, source, translation, the problems expected as "severity rule"].
const CASES: [string, string, string, string[]][] = [
  ['a literal { in a code sample', 'Write <code>if (a) { b(); }</code>.', 'Escriba <code>if (a) { b(); }</code>.', []],
  ["French l'{year}: no ICU quoting", 'The {year} budget', "Le budget de l'{year}", []],
  ['ICU-looking text is text', '{count, plural, one {# item} other {# items}}', '{count, plural, one {# elemento} other {# elementos}}', []],
  ['a placeholder dropped', 'Hello {name}', 'Hola', ['error placeholder-mismatch']],
  ['a placeholder added', 'Hello', 'Hola {name}', ['error placeholder-mismatch']],
  ['a dropped <a href>', 'See <a href="https://example.org/x">the plan</a>.', 'Vea el plan.', ['error markup-mismatch', 'warning link-mismatch']],
  ['a changed URL', 'See <a href="https://example.org/x">the plan</a>.', 'Vea <a href="https://example.org/y">el plan</a>.', ['warning link-mismatch']],
  ['an unclosed tag', '<p>One <em>two</em></p>', '<p>Uno <em>dos</p>', ['error markup-mismatch']],
  ['a tag closed that is not open', '<p>One</p>', '<p>Uno</p></b>', ['error markup-mismatch']],
  ['void and self-closing elements need no end tag', 'A<br>B <img src="a.png"/>', 'A<br>B <img src="a.png"/>', []],
  ['case and attribute order do not matter', '<A HREF="u" class="x">a</A>', '<a class="y" href="u">b</a>', []],
  ['a Markdown link kept', 'See [the plan](https://example.org/x).', 'Vea [el plan](https://example.org/x).', []],
  ['a bare URL changed', 'At https://example.org/a today', 'En https://example.org/b hoy', ['warning link-mismatch']],
  ['numbers in other notations', '1,250 pages and 3.5%', '1.250 páginas y 3,5 %', []],
  ['a number dropped', 'In 2025, 40 ports', 'En 2025, puertos', ['warning number-mismatch']],
  ['digits inside a URL or placeholder are not numbers', 'See https://example.org/2025 and {item2}', 'Vea https://example.org/2025 y {item2}', []],
];

describe('textDiff(textSignature(source), textSignature(translation))', () => {
  it.each(CASES)('%s', (_, source, translation, expected) => {
    expect(rulesOf(source, translation).sort()).toEqual([...expected].sort());
  });

  it('points at what it finds in the translation, and at the start for what is missing', () => {
    const issues = textDiff(textSignature('Hi {name}'), textSignature('Hola {nombre}'));
    expect(issues.map((i) => [i.index, i.message])).toEqual([
      [5, 'placeholder {nombre} is not in the source (the source has {name}); placeholders are filled in by the site and are not translated'],
      [0, 'placeholder {name} of the source is missing; keep it as written, {name}'],
    ]);
  });
});
