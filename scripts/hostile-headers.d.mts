/** The `i`th hostile Accept-Language header: deterministic, distinct for distinct `i`. */
export function hostileHeader(i: number): string;
/** A valid language-script-region tag, different for every `n` below about 250,000. */
export function combination(n: number): string;
/** The small site the memory checks resolve against. */
export function hostileSiteResources(): Record<string, Record<string, Record<string, Record<string, string>>>>;
