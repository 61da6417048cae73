/**
 * Language labels for notices, in one of three styles (names come from ../locale/names.ts):
 *
 * - `localized`: the name in the notice's language — `es` notice: en → "inglés".
 * - `autonym`: each language's own name, capitalized as it stands alone — en → "English", es → "Español".
 * - `english-autonym`: "English name : autonym", as many institutional sites write them — "Spanish : Español".
 */
import { directionOf, type Direction } from '../locale/direction.js';
import { capitalize, nameIn, ownName, type NameTables } from '../locale/names.js';

export type LabelStyle = 'localized' | 'autonym' | 'english-autonym';
export const LABEL_STYLES: readonly LabelStyle[] = ['localized', 'autonym', 'english-autonym'];

/** A label and the language it is written in (for `lang`/`dir` when it is inserted into HTML). */
export interface Label {
  readonly text: string;
  readonly lang: string;
  readonly dir: Direction;
}

/** The label for language `tag` in a notice written in `noticeLocale`. */
export function languageLabel(tag: string, noticeLocale: string, style: LabelStyle, tables?: NameTables): Label {
  switch (style) {
    case 'autonym':
      return { text: ownName(tag, tables), lang: tag, dir: directionOf(tag) };
    case 'english-autonym':
      return { text: `${capitalize(nameIn(tag, 'en', tables), 'en')} : ${ownName(tag, tables)}`, lang: tag, dir: directionOf(tag) };
    default:
      return { text: nameIn(tag, noticeLocale, tables), lang: noticeLocale, dir: directionOf(noticeLocale) };
  }
}
