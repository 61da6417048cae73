/**
 * What the `xliff` package leaves out when it reads a target: the state a tool gave it (XLIFF 2.0
 * `<segment state>`, 1.2 `<target state>`) and whether it holds inline elements (`<pc>`, `<g>`,
 * `<b>`) rather than text. Read from the same document with xml-js, the parser that package uses,
 * so that import can refuse an unfinished target or one it cannot write as text, instead of
 * counting it as untranslated.
 */
import { xml2js, type Element } from 'xml-js';

/** One unit's target as the XML holds it. */
export interface XliffTarget {
  /** Its text and CDATA sections joined; `undefined` without a `<target>`. */
  readonly text: string | undefined;
  /** The first inline element in the target (`b`, `g`, `pc`), if any: markup this file format carries as text. */
  readonly inline: string | undefined;
  /** The state the file gives the target (2.0: the segment's; 1.2: the target's). */
  readonly state: string | undefined;
}

/**
 * States that say a target is not done: XLIFF 2.0 `initial`, XLIFF 1.2 `new` and `needs-*`
 * (https://docs.oasis-open.org/xliff/v1.2/os/xliff-core.html#state). A unit without a state is
 * taken as the tool left it (many tools write none).
 */
export function isUnfinishedState(state: string | undefined): boolean {
  return state === 'initial' || state === 'new' || (state?.startsWith('needs-') ?? false);
}

const children = (element: Element): Element[] => element.elements ?? [];
const attribute = (element: Element, name: string): string | undefined => {
  const value = element.attributes?.[name];
  return value === undefined ? undefined : String(value);
};

function readTarget(target: Element | undefined): Pick<XliffTarget, 'text' | 'inline'> {
  if (target === undefined) return { text: undefined, inline: undefined };
  let text = '';
  let inline: string | undefined;
  for (const node of children(target)) {
    if (node.type === 'text') text += String(node.text ?? '');
    else if (node.type === 'cdata') text += node.cdata ?? '';
    else if (node.type === 'element') inline ??= node.name;
  }
  return { text, inline };
}

/**
 * The targets of an XLIFF 2.0 or 1.2 document by `<entry id>\u0000<field>` (the names of group and
 * unit: `name` in 2.0, `resname` or `name` in 1.2). Throws what xml-js throws on XML that is not
 * well-formed (the caller has read the document already).
 */
export function readXliffTargets(text: string): Map<string, XliffTarget> {
  const targets = new Map<string, XliffTarget>();
  const nameOf = (element: Element): string | undefined => attribute(element, 'name') ?? attribute(element, 'resname');
  const visit = (element: Element, group: string | undefined): void => {
    for (const child of children(element)) {
      if (child.type !== 'element') continue;
      if (child.name === 'group') visit(child, nameOf(child));
      else if ((child.name === 'unit' || child.name === 'trans-unit') && group !== undefined) {
        const field = nameOf(child);
        if (field === undefined) continue;
        const segment = child.name === 'unit' ? children(child).find((e) => e.name === 'segment') : child;
        const target = segment === undefined ? undefined : children(segment).find((e) => e.name === 'target');
        const state = child.name === 'unit' ? (segment === undefined ? undefined : attribute(segment, 'state')) : target === undefined ? undefined : attribute(target, 'state');
        targets.set(`${group}\u0000${field}`, { ...readTarget(target), state });
      } else visit(child, group);
    }
  };
  visit(xml2js(text, { captureSpacesBetweenElements: true }) as Element, undefined);
  return targets;
}
