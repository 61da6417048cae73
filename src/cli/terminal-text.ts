/**
 * Text from files (ids, keys, titles, messages quoting them) goes to a terminal only with its
 * control characters made visible: an id holding ESC sequences could otherwise recolour the
 * screen, rewrite the title bar or hide the lines above it. Bidirectional overrides are shown too,
 * so that text cannot be reordered on screen ("Trojan Source", CVE-2021-42574).
 */

// C0 controls but tab and line feed, DEL, C1 controls, and Unicode's bidirectional embeddings,
// overrides and isolates.
// eslint-disable-next-line no-control-regex -- control characters are what it finds
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * `text` with every control character written as a visible escape (`\u001b`).
 *
 * @example
 * escapeForTerminal('id\u001b[31m') // 'id\\u001b[31m'
 */
export function escapeForTerminal(text: string): string {
  return text.replace(CONTROL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
