// Types for tests that build the client-side page.
export interface BrowserBuild {
  readonly outfile: string;
  readonly bytes: number;
  readonly gzipBytes: number;
  /** The files bundled, relative to the working directory. */
  readonly inputs: readonly string[];
}

export function buildBrowserPage(): Promise<BrowserBuild>;
