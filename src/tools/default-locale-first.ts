/**
 * The order in which the tools go through a content tree's locales and report on them: the default
 * locale (the source of most entries) first, then the others by code, so output is the same on
 * every machine whatever order the file system lists folders in.
 *
 * @example ['fr', 'en', 'de'].sort(defaultLocaleFirst('en')) // ['en', 'de', 'fr']
 */
export function defaultLocaleFirst(defaultLocale: string): (a: string, b: string) => number {
  return (a, b) => (a === b ? 0 : a === defaultLocale ? -1 : b === defaultLocale ? 1 : a < b ? -1 : 1);
}
