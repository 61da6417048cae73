// ilib-xliff ships no types of its own: the part the exchange tests use to read XLIFF 2.0 back.
declare module 'ilib-xliff' {
  export interface TranslationUnit {
    /** The unit's `name`. */
    readonly key: string;
    /** The enclosing `<group>`'s `name`. */
    readonly datatype: string;
    readonly source: string;
    readonly target: string | undefined;
    /** The unit's first note. */
    readonly comment: string | undefined;
    readonly sourceLocale: string;
    readonly targetLocale: string | undefined;
    /** The `<file>`'s `original`. */
    readonly file: string;
  }
  export class Xliff {
    constructor(options?: { version?: string });
    deserialize(xml: string): TranslationUnit[];
    getVersion(): string;
  }
}
