/**
 * How a translated message differs from its source in what the code fills in: placeholders renamed,
 * dropped or added, a plural turned into a select, select keys the source never sends, plural
 * categories the language does not have.
 */
import { everydayPluralCategories, pluralCategories, type MessageSignature } from './message-signature.js';
import type { Severity } from './check-problem.js';

export interface SignatureIssue {
  readonly severity: Severity;
  readonly rule: 'placeholder-mismatch' | 'select-keys-mismatch';
  readonly message: string;
  /** Index in the translated message; 0 for something missing from it. */
  readonly index: number;
}

const list = (names: Iterable<string>): string => [...names].map((n) => `{${n}}`).join(', ');

/** Compares `translation` (in `locale`) with `source`, the placeholders the code provides. */
export function signatureDiff(source: MessageSignature, translation: MessageSignature, locale: string): SignatureIssue[] {
  const issues: SignatureIssue[] = [];
  for (const [name, use] of translation) {
    if (!source.has(name)) {
      const known = source.size === 0 ? 'the source has no placeholders' : `the source has ${list(source.keys())}`;
      issues.push({ severity: 'error', rule: 'placeholder-mismatch', message: `placeholder {${name}} is not in the source (${known})`, index: use.index });
    }
  }
  for (const [name, want] of source) {
    const got = translation.get(name);
    if (got === undefined) {
      issues.push({ severity: 'error', rule: 'placeholder-mismatch', message: `placeholder {${name}} of the source is missing`, index: 0 });
      continue;
    }
    if (got.kind !== want.kind) {
      issues.push({ severity: 'error', rule: 'placeholder-mismatch', message: `{${name}} is a ${want.kind} in the source but a ${got.kind} here`, index: got.index });
      continue;
    }
    if (want.kind === 'select') {
      const extra = [...got.keys].filter((key) => !want.keys.has(key));
      const missing = [...want.keys].filter((key) => !got.keys.has(key));
      if (extra.length > 0) {
        issues.push({ severity: 'error', rule: 'select-keys-mismatch', message: `{${name}, select} has keys the source does not: ${extra.join(', ')} (the source has ${[...want.keys].join(', ')})`, index: got.index });
      }
      if (missing.length > 0) {
        issues.push({ severity: 'warning', rule: 'select-keys-mismatch', message: `{${name}, select} lacks the source's keys ${missing.join(', ')}; "other" will be used for them`, index: got.index });
      }
    } else if (want.kind !== 'value') {
      // Plural categories belong to the language, not to the source: English has one/other, Russian one/few/many/other.
      const categories = pluralCategories(locale, want.kind);
      const wrong = [...got.keys].filter((key) => !key.startsWith('=') && !categories.has(key));
      const lacking = [...everydayPluralCategories(locale, want.kind)].filter((category) => category !== 'other' && !got.keys.has(category));
      if (wrong.length > 0) {
        issues.push({ severity: 'warning', rule: 'select-keys-mismatch', message: `{${name}, ${want.kind}} uses ${wrong.join(', ')}, which ${locale} does not have (it has ${[...categories].join(', ')})`, index: got.index });
      }
      if (lacking.length > 0) {
        issues.push({ severity: 'warning', rule: 'select-keys-mismatch', message: `{${name}, ${want.kind}} lacks ${lacking.join(', ')}, which ${locale} uses; "other" will be used instead`, index: got.index });
      }
    }
  }
  return issues;
}
