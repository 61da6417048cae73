// Types for the parts of `xliff` and `gettext-parser` the exchange formats use (neither ships its own).
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
