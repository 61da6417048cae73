/** Each JSON mistake a translator makes, reported once, where it is, with the fix in plain words. */
import { describe, expect, it } from 'vitest';
import { explainJsonMistakes, MAX_JSON_MISTAKES } from '../../src/node/json-mistakes.js';
import { positionOf } from '../../src/node/json-document.js';

// [mistake, text, expected: line:column and the start of the message for each mistake].
const MISTAKES: [string, string, [string, string][]][] = [
  ['curly quotes from a word processor', '{\n  "a": {\n    “title”: “Hola”,\n    "body": “Texto”\n  }\n}',
    [['3:5', 'curly quotes “ ” must be straight quotes "'], ['3:14', 'curly quotes “ ” must be straight quotes "'], ['4:13', 'curly quotes “ ” must be straight quotes "']]],
  ['a comma after the last field', '{\n  "a": {\n    "title": "Hola",\n  }\n}', [['3:20', 'remove the comma after the last entry']]],
  ['a comma after the last entry', '{\n  "a": { "title": "Hola" },\n  "b": { "title": "Adiós" },\n}\n', [['3:28', 'remove the comma after the last entry']]],
  ['a quote inside text', '{\n  "a": {\n    "title": "Dijo "hola" y se fue",\n    "body": "x"\n  }\n}', [['3:20', 'a quote inside text ends the text too early: write \\" for a quote inside text']]],
  ['a stray } after an entry', '{\n  "a": {\n    "title": "Hola"\n  }},\n  "b": { "title": "x" }\n}', [['4:4', 'one } too many: it closes the whole file here']]],
  ['a stray } at the end', '{\n  "a": { "title": "Hola" }\n}\n}\n', [['4:1', 'one } too many']]],
  ['a missing comma between fields', '{\n  "a": {\n    "title": "Hola"\n    "body": "x"\n  }\n}', [['3:20', 'a comma is missing at the end of line 3']]],
  ['single quotes', "{ 'a': { \"title\": 'x' } }", [['1:3', 'keys and texts must be in straight double quotes'], ['1:19', 'keys and texts must be in straight double quotes']]],
  ['a comment', '{\n  // the budget\n  "a": { "title": "x" }\n}', [['2:3', 'JSON files cannot hold comments']]],
  ['a missing closing brace', '{\n  "a": { "title": "x" }\n', [['3:1', 'a closing } is missing at the end of the file']]],
  ['two mistakes of two kinds', '{\n  "a": { “title”: "x", },\n  "b": { "title": "y" }\n}', [['2:10', 'curly quotes'], ['2:22', 'remove the comma after the last entry']]],
];

describe('explainJsonMistakes', () => {
  it.each(MISTAKES)('%s: one message per mistake, at its place', (_, text, expected) => {
    const found = explainJsonMistakes(text).map((m) => [`${positionOf(text, m.offset).line}:${positionOf(text, m.offset).column}`, m.message]);
    expect(found).toHaveLength(expected.length);
    expected.forEach(([place, start], i) => {
      expect(found[i]![0]).toBe(place);
      expect(found[i]![1]).toMatch(new RegExp(`^${start.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
    });
  });

  it('valid JSON has no mistakes', () => {
    expect(explainJsonMistakes('{ "a": { "title": "Dijo “hola” y \\"adiós\\"" } }')).toEqual([]);
  });

  it(`stops at ${MAX_JSON_MISTAKES} mistakes`, () => {
    const text = `{\n${Array.from({ length: 40 }, (_, i) => `  "e${i}": { “title”: "x" }`).join(',\n')}\n}`;
    expect(explainJsonMistakes(text)).toHaveLength(MAX_JSON_MISTAKES);
  });
});

describe('docs/translating.md', () => {
  it('shows each mistake with the message check prints for it', async () => {
    const { readFileSync } = await import('node:fs');
    const guide = readFileSync(new URL('../../docs/translating.md', import.meta.url), 'utf8');
    const section = guide.slice(guide.indexOf('## JSON mistakes and what check says'), guide.indexOf('## Editor set-up'));
    const shown = [...section.matchAll(/`es\/articles\.json:\d+:\d+: error: (.*?) \(json-syntax\)`/g)].map((m) => m[1]!.replaceAll('\\\\', '\\'));
    const printed = new Set(MISTAKES.flatMap(([, text]) => explainJsonMistakes(text).map((m) => m.message)));
    expect(shown.length).toBeGreaterThanOrEqual(5);
    for (const message of shown) expect(printed).toContain(message);
  });
});
