/**
 * What a Markdown translation must keep of its source: the number of headings, every link's URL,
 * every image's URL, code blocks and inline code unchanged (code is not translated), the lists
 * with their items, and its raw HTML (elements, attributes, URLs, compared as JSON bodies' HTML is:
 * a `<script>` or an `onerror` added to a translation is an error). Read by mdast-util-from-markdown (CommonMark, https://spec.commonmark.org/),
 * with offsets, so that `check` points at the place in the translation.
 *
 * Text is free to change: a translation reorders sentences, so links and code are compared as
 * collections (each URL as often as in the source), not position by position.
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import type { Severity } from './check-problem.js';
import { textDiff, textSignature, type TextPart, type TextRule, type TextSignature } from './text-signature.js';

/** A piece of the structure, with its offset in the Markdown text. */
type Part = TextPart;

export interface MarkdownStructure {
  readonly headings: readonly Part[];
  /** Link URLs (inline, autolinks, and the definitions references use). */
  readonly links: readonly Part[];
  readonly images: readonly Part[];
  /** Fenced or indented code blocks: their text. */
  readonly codeBlocks: readonly Part[];
  readonly inlineCode: readonly Part[];
  /** One part per list, its value the number of items. */
  readonly lists: readonly Part[];
  /**
   * The raw HTML in the Markdown (blocks and inline tags), read as the text checks read HTML, at
   * its offsets: a translation keeps the source's elements, attributes and URLs there too.
   */
  readonly html: TextSignature;
}

export type MarkdownRule = 'markdown-headings' | 'markdown-links' | 'markdown-images' | 'markdown-code' | 'markdown-lists';

export interface MarkdownIssue {
  readonly severity: Severity;
  readonly rule: MarkdownRule | TextRule;
  readonly message: string;
  /** Index in the translated text; 0 for something missing from it. */
  readonly index: number;
}

interface MdNode {
  readonly type: string;
  readonly url?: string;
  readonly value?: string;
  readonly depth?: number;
  readonly children?: readonly MdNode[];
  readonly position?: { readonly start: { readonly offset?: number }; readonly end?: { readonly offset?: number } };
}

/** `text` with everything but the `ranges` blanked (line breaks kept), so offsets stay those of `text`. */
function only(text: string, ranges: readonly [number, number][]): string {
  const out = text.replace(/[^\n]/g, ' ').split('');
  for (const [start, end] of ranges) for (let i = start; i < end; i++) out[i] = text[i]!;
  return out.join('');
}

/** Reads the parts of `text` a translation must keep. */
export function markdownStructure(text: string): MarkdownStructure {
  const s = { headings: [] as Part[], links: [] as Part[], images: [] as Part[], codeBlocks: [] as Part[], inlineCode: [] as Part[], lists: [] as Part[] };
  const html: [number, number][] = [];
  const walk = (node: MdNode): void => {
    const index = node.position?.start.offset ?? 0;
    switch (node.type) {
      case 'heading':
        s.headings.push({ value: `h${node.depth ?? 1}`, index });
        break;
      case 'link':
      case 'definition':
        s.links.push({ value: node.url ?? '', index });
        break;
      case 'image':
        s.images.push({ value: node.url ?? '', index });
        break;
      case 'code':
        s.codeBlocks.push({ value: node.value ?? '', index });
        break;
      case 'inlineCode':
        s.inlineCode.push({ value: node.value ?? '', index });
        break;
      case 'list':
        s.lists.push({ value: String(node.children?.length ?? 0), index });
        break;
      case 'html':
        html.push([index, node.position?.end?.offset ?? index + (node.value?.length ?? 0)]);
        break;
    }
    for (const child of node.children ?? []) walk(child);
  };
  walk(fromMarkdown(text));
  return { ...s, html: textSignature(only(text, html)) };
}

/** Values of `want` not matched in `got`, and parts of `got` not matched in `want`, each as often as it occurs. */
function unmatched(want: readonly Part[], got: readonly Part[]): { missing: Part[]; extra: Part[] } {
  const left = [...got];
  const missing: Part[] = [];
  for (const part of want) {
    const i = left.findIndex((g) => g.value === part.value);
    if (i === -1) missing.push(part);
    else left.splice(i, 1);
  }
  return { missing, extra: left };
}

const short = (value: string): string => JSON.stringify(value.length > 40 ? `${value.slice(0, 37)}…` : value);

/** How `translation` departs from the structure of `source`. */
export function markdownDiff(source: MarkdownStructure, translation: MarkdownStructure): MarkdownIssue[] {
  const issues: MarkdownIssue[] = [];
  if (source.headings.length !== translation.headings.length) {
    const at = translation.headings[source.headings.length]?.index ?? 0;
    issues.push({ severity: 'error', rule: 'markdown-headings', message: `${translation.headings.length} headings here, ${source.headings.length} in the source; keep one heading for each of the source's`, index: at });
  }
  const pairs: [Exclude<keyof MarkdownStructure, 'html'>, MarkdownRule, string, Severity][] = [
    ['links', 'markdown-links', 'link to', 'error'],
    ['images', 'markdown-images', 'image', 'error'],
    ['codeBlocks', 'markdown-code', 'code block', 'error'],
    ['inlineCode', 'markdown-code', 'inline code', 'error'],
  ];
  for (const [part, rule, noun] of pairs) {
    const { missing, extra } = unmatched(source[part], translation[part]);
    for (const p of extra) {
      issues.push({ severity: 'error', rule, message: `${noun} ${short(p.value)} is not in the source${part === 'codeBlocks' || part === 'inlineCode' ? '; code stays as in the source, untranslated' : ''}`, index: p.index });
    }
    for (const p of missing) issues.push({ severity: 'error', rule, message: `the source's ${noun} ${short(p.value)} is missing`, index: 0 });
  }
  // Raw HTML: the one comparison of markup that JSON bodies get (elements, balance, handlers, URLs).
  for (const issue of textDiff(source.html, translation.html)) {
    if (issue.rule === 'markup-mismatch' || issue.rule === 'link-mismatch') issues.push(issue);
  }
  const want = source.lists.map((l) => l.value).join(',');
  const got = translation.lists.map((l) => l.value).join(',');
  if (want !== got) {
    const at = translation.lists.find((l, i) => source.lists[i]?.value !== l.value)?.index ?? 0;
    const describe = (lists: readonly Part[]): string => (lists.length === 0 ? 'no lists' : `${lists.length === 1 ? 'a list' : `${lists.length} lists`} of ${lists.map((l) => l.value).join(', ')} items`);
    issues.push({ severity: 'warning', rule: 'markdown-lists', message: `${describe(translation.lists)} here, ${describe(source.lists)} in the source`, index: at });
  }
  return issues;
}
