/**
 * EntryField: one field of a served entry in an element that carries the field's own language. In
 * a partial translation the missing fields come from the source, so a Spanish title may sit above
 * an English body; each must say which it is, for screen readers, hyphenation and fonts.
 */
import { createElement, type HTMLAttributes } from 'react';
import type { Direction, EntryFields, Resolution } from '../core.js';

/** The language of one field of a resolution: `lang` and `dir` attributes for its element. */
export function fieldLanguage<Entry>(resolution: Resolution<Entry>, field: keyof Entry & string): { lang: string; dir: Direction } {
  const locales: Readonly<Record<string, string>> = resolution.fieldLocales;
  const lang = (Object.hasOwn(locales, field) ? locales[field] : undefined) ?? resolution.locale;
  const dir = resolution.alternates.find((a) => a.locale === lang)?.dir ?? resolution.dir;
  return { lang, dir };
}

export interface EntryFieldProps<Entry = EntryFields> extends Omit<HTMLAttributes<HTMLElement>, 'dangerouslySetInnerHTML' | 'lang' | 'dir'> {
  readonly resolution: Resolution<Entry>;
  readonly field: keyof Entry & string;
  /** The element to render. Default `'div'`. */
  readonly as?: string;
  /**
   * The field is the site's own HTML (an article body from its content files) and is inserted as
   * such. Only for trusted content: the library does not sanitize entry fields.
   */
  readonly html?: boolean;
}

/**
 * @example <EntryField resolution={r} field="title" as="h1" />
 * @example <EntryField resolution={r} field="body" html />
 */
export function EntryField<Entry = EntryFields>({ resolution, field, as = 'div', html = false, ...attributes }: EntryFieldProps<Entry>) {
  const entry: Readonly<Record<string, unknown>> = resolution.entry as Readonly<Record<string, unknown>>;
  const value = Object.hasOwn(entry, field) ? entry[field] : undefined;
  if (value === undefined || value === null) return null;
  const props = { ...attributes, ...fieldLanguage(resolution, field) };
  // eslint-disable-next-line @typescript-eslint/no-base-to-string -- entry fields are text, numbers or booleans
  const text = String(value);
  return html ? createElement(as, { ...props, dangerouslySetInnerHTML: { __html: text } }) : createElement(as, props, text);
}
