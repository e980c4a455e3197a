import { describe, expect, it } from 'vitest';
import { KeyedElements, placeChildren, type ChildList } from './keyedElements';

interface Card {
  readonly id: string;
}

/** A DOM-like child list: insertBefore moves a node that is already a child, as the DOM does; counts detachments. */
class FakeList implements ChildList<Card> {
  readonly items: Card[] = [];
  detached = new Set<string>();
  get children(): ArrayLike<Card> {
    return this.items;
  }
  insertBefore(node: Card, before: Card | null): void {
    const was = this.items.indexOf(node);
    if (was >= 0) {
      this.items.splice(was, 1);
      this.detached.add(node.id);
    }
    const at = before === null ? this.items.length : this.items.indexOf(before);
    this.items.splice(at, 0, node);
  }
  removeChild(node: Card): void {
    this.items.splice(this.items.indexOf(node), 1);
    this.detached.add(node.id);
  }
}

describe('KeyedElements', () => {
  const draw = (keyed: KeyedElements<Card>, items: Array<[string, string]>, created: string[]): Card[] =>
    keyed.draw(
      items,
      ([k]) => k,
      ([, sig]) => sig,
      ([k, sig]) => {
        created.push(k);
        return { id: `${k}:${sig}` };
      },
    );

  it('keeps the element of an item whose content did not change', () => {
    const keyed = new KeyedElements<Card>();
    const created: string[] = [];
    const first = draw(keyed, [['a', '1'], ['b', '1']], created);
    const second = draw(keyed, [['a', '1'], ['b', '1']], created);
    expect(second[0]).toBe(first[0]);
    expect(second[1]).toBe(first[1]);
    expect(created).toEqual(['a', 'b']);
  });

  it('redraws only the item whose content changed, and follows the new order', () => {
    const keyed = new KeyedElements<Card>();
    const created: string[] = [];
    const first = draw(keyed, [['a', '1'], ['b', '1'], ['c', '1']], created);
    const second = draw(keyed, [['c', '1'], ['a', '2'], ['b', '1']], created);
    expect(second[0]).toBe(first[2]);
    expect(second[1]).not.toBe(first[0]);
    expect(second[2]).toBe(first[1]);
    expect(created).toEqual(['a', 'b', 'c', 'a']);
  });

  it('forgets items that left, and clear forgets everything', () => {
    const keyed = new KeyedElements<Card>();
    const created: string[] = [];
    draw(keyed, [['a', '1'], ['b', '1']], created);
    draw(keyed, [['a', '1']], created);
    draw(keyed, [['a', '1'], ['b', '1']], created);
    keyed.clear();
    draw(keyed, [['a', '1']], created);
    expect(created).toEqual(['a', 'b', 'b', 'a']);
  });
});

describe('placeChildren', () => {
  const a = { id: 'a' };
  const b = { id: 'b' };
  const c = { id: 'c' };
  const d = { id: 'd' };

  it('leaves children that are already in place attached', () => {
    const list = new FakeList();
    placeChildren(list, [a, b, c]);
    list.detached.clear();
    placeChildren(list, [a, b, c]);
    expect(list.items).toEqual([a, b, c]);
    expect(list.detached.size).toBe(0);
  });

  it('replaces one card without detaching the cards around it', () => {
    const list = new FakeList();
    placeChildren(list, [a, b, c]);
    list.detached.clear();
    placeChildren(list, [a, d, c]);
    expect(list.items).toEqual([a, d, c]);
    expect(list.detached.has('a')).toBe(false);
    expect(list.detached.has('c')).toBe(false);
    expect(list.detached.has('b')).toBe(true);
  });

  it('reorders, grows and shrinks to exactly the items given', () => {
    const list = new FakeList();
    placeChildren(list, [a, b]);
    placeChildren(list, [c, b, a, d]);
    expect(list.items).toEqual([c, b, a, d]);
    placeChildren(list, [d]);
    expect(list.items).toEqual([d]);
    placeChildren(list, []);
    expect(list.items).toEqual([]);
  });
});
