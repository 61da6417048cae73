// Types for tests that start the example site.
import type { ContentLibrary } from 'localized-content';

export interface RunningSite {
  /** `http://127.0.0.1:<port>`, without a trailing slash. */
  readonly url: string;
  readonly port: number;
  readonly library: ContentLibrary;
  close(): Promise<void>;
}

export function startSite(options?: { port?: number; host?: string }): Promise<RunningSite>;
