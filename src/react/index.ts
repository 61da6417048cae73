// `localized-content/react`: server-renderable components; they need no client JavaScript.
export { ContentNotice, type ContentNoticeProps } from './content-notice.js';
export { LanguageSwitcher, type LanguageSwitcherProps } from './language-switcher.js';
export { AlternateLinks, type AlternateLinksProps } from './alternate-links.js';
export { EntryField, fieldLanguage, type EntryFieldProps } from './entry-field.js';
