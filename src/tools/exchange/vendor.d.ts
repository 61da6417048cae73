// Types for the parts of `xliff`, `gettext-parser` and `sax` the exchange formats use (none ships its own).
declare module 'xliff/js2xliff' {
  export default function js2xliff(js: unknown, options?: { indent?: string }): Promise<string>;
}
declare module 'xliff/xliff2js' {
  export default function xliff2js(xml: string): Promise<unknown>;
}
declare module 'xliff/jsToXliff12' {
  export default function jsToXliff12(js: unknown, options?: { indent?: string }): Promise<string>;
}
declare module 'xliff/xliff12ToJs' {
  export default function xliff12ToJs(xml: string): Promise<unknown>;
}
declare module 'gettext-parser' {
  const gettext: {
    po: {
      parse(text: string | Buffer): unknown;
      compile(data: unknown): Buffer;
    };
  };
  export default gettext;
}
declare module 'sax' {
  interface QualifiedTag {
    name: string;
    local: string;
    uri: string;
    attributes: Record<string, { value: string }>;
  }
  interface SAXParser {
    line: number;
    column: number;
    startTagPosition: number;
    onerror: (error: Error) => void;
    onopentag: (tag: QualifiedTag) => void;
    onclosetag: (name: string) => void;
    write(text: string): SAXParser;
    close(): SAXParser;
  }
  const sax: { parser(strict: boolean, options?: { xmlns?: boolean; position?: boolean }): SAXParser };
  export default sax;
}
