/**
 * Keeps the element drawn for each keyed item while its signature (everything the element shows) is unchanged, so
 * a live redraw with the same content leaves the nodes in place. Replacing a button between the pointer's press and
 * release loses the click without a trace; reusing the node also keeps hover, focus and typed text.
 */
export class KeyedElements<T> {
  private current = new Map<string, { signature: string; element: T }>();

  /**
   * The elements for `items` in order: reused where key and signature match the previous call, created otherwise.
   * Items no longer present are forgotten.
   */
  draw<I>(items: readonly I[], key: (item: I) => string, signature: (item: I) => string, create: (item: I) => T): T[] {
    const next = new Map<string, { signature: string; element: T }>();
    const elements = items.map((item) => {
      const k = key(item);
      const s = signature(item);
      const kept = this.current.get(k);
      const element = kept && kept.signature === s ? kept.element : create(item);
      next.set(k, { signature: s, element });
      return element;
    });
    this.current = next;
    return elements;
  }

  clear(): void {
    this.current.clear();
  }
}

/** The parts of a DOM parent that {@link placeChildren} uses (a fake in unit tests). */
export interface ChildList<T> {
  readonly children: ArrayLike<T>;
  insertBefore(node: T, before: T | null): unknown;
  removeChild(node: T): unknown;
}

/**
 * Makes `parent` hold exactly `items`, in order, touching only the positions that differ: a card that stays where it
 * was is never detached (replaceChildren would detach and re-attach every one of them).
 */
export function placeChildren<T>(parent: ChildList<T>, items: readonly T[]): void {
  const wanted = new Set(items);
  for (const child of Array.from(parent.children)) if (!wanted.has(child)) parent.removeChild(child);
  items.forEach((item, i) => {
    const at = parent.children[i] ?? null;
    if (at !== item) parent.insertBefore(item, at);
  });
  while (parent.children.length > items.length) parent.removeChild(parent.children[items.length]!);
}
