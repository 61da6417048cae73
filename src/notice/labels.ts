/**
 * Language labels for notices, in one of three styles (names come from ../locale/names.ts):
 *
 * - `localized`: the name in the notice's language — `es` notice: en → "inglés".
 * - `autonym`: each language's own name — en → "English". Inside a sentence in its own language an
 *   autonym is written as that language writes it mid-sentence ("no está disponible en español");
 *   elsewhere it is capitalized as it stands alone ("se muestra en English", "Français").
 * - `english-autonym`: "English name : autonym", as many institutional sites write them — "Spanish : Español";
 *   the separator is the catalog's (`@@labelSeparator`: French typography puts a no-break space before the colon).
 *
 * A label knows its direction from its letters, so a notice can isolate it where needed (html.ts).
 */
import { directionOfText, type TextDirection } from '../locale/direction.js';
import { capitalize, nameIn, ownName, ownNameInText, type NameTables } from '../locale/names.js';
import { languageSubtag } from '../negotiation/index.js';

export type LabelStyle = 'localized' | 'autonym' | 'english-autonym';
export const LABEL_STYLES: readonly LabelStyle[] = ['localized', 'autonym', 'english-autonym'];

/** A run of a label in one language (for `lang` in HTML). */
export interface LabelSpan {
  readonly text: string;
  readonly lang: string;
}

/** A label: its text, the runs it is made of (one, or name, separator, autonym) and its direction. */
export interface Label {
  readonly text: string;
  /** Runs in their languages, and separators (plain strings) between them. */
  readonly spans: readonly (LabelSpan | string)[];
  /** From the label's letters: `'mixed'` for "Arabic : العربية". */
  readonly dir: TextDirection;
}

/** What a notice's catalog decides about labels. */
export interface LabelOptions {
  readonly style: LabelStyle;
  readonly tables?: NameTables | undefined;
  /** Between the English name and the autonym; " : " unless the catalog says otherwise. */
  readonly separator?: string | undefined;
  /**
   * Names in the notice's language start with a lowercase letter inside its sentences, where CLDR
   * capitalizes them (Vietnamese "tiếng Anh", not "Tiếng Anh"): the catalog's `@@namesInSentence`.
   */
  readonly lowercase?: boolean | undefined;
}

const DEFAULT_LABEL_SEPARATOR = ' : ';

function lowercaseFirst(text: string, locale: string): string {
  const first = text.codePointAt(0);
  if (first === undefined) return text;
  const head = String.fromCodePoint(first);
  return head.toLocaleLowerCase(locale) + text.slice(head.length);
}

function label(spans: readonly (LabelSpan | string)[]): Label {
  const text = spans.map((span) => (typeof span === 'string' ? span : span.text)).join('');
  return { text, spans, dir: directionOfText(text) };
}

/** The label for language `tag` in a notice written in `noticeLocale`. */
export function languageLabel(tag: string, noticeLocale: string, options: LabelOptions): Label {
  const { style, tables } = options;
  const inSentence = (name: string): string => (options.lowercase === true ? lowercaseFirst(name, noticeLocale) : name);
  switch (style) {
    case 'autonym': {
      const inOwnSentence = languageSubtag(tag) === languageSubtag(noticeLocale);
      return label([{ text: inOwnSentence ? inSentence(ownNameInText(tag, tables)) : ownName(tag, tables), lang: tag }]);
    }
    case 'english-autonym':
      return label([
        { text: capitalize(nameIn(tag, 'en', tables), 'en'), lang: 'en' },
        options.separator ?? DEFAULT_LABEL_SEPARATOR,
        { text: ownName(tag, tables), lang: tag },
      ]);
    default:
      return label([{ text: inSentence(nameIn(tag, noticeLocale, tables)), lang: noticeLocale }]);
  }
}
