/**
 * The message parser for Node, loaded the first time a site's text override needs it: start-up
 * and the built-in catalogs (compiled) never load it. A server bundled without its node_modules
 * passes `parseMessage` from 'localized-content/parser' instead, which its bundler can see.
 */
import type { MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import type { ParseMessage } from '../notice/catalogs.js';
import { errorMessage } from '../errors.js';
import { moduleUrl } from './module-url.js';

type Parse = (message: string, options: { ignoreTag: boolean }) => MessageFormatElement[];
let parse: Parse | undefined;

/** `parseMessage`, with the parser required on first use (Node ≥ 20.19 requires ES modules). */
export const parseOnDemand: ParseMessage = (message) => {
  if (parse === undefined) {
    try {
      const { createRequire } = process.getBuiltinModule('node:module');
      parse = (createRequire(moduleUrl())('@formatjs/icu-messageformat-parser') as { parse: Parse }).parse;
    } catch (error) {
      throw new Error(`the ICU parser could not be loaded (${errorMessage(error)}); pass \`parseMessage\` from 'localized-content/parser'`, {
        cause: error,
      });
    }
  }
  return parse(message, { ignoreTag: true });
};
