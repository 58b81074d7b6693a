// A trie over words (already normalised) for longest multi-word phrase matches in linear time per start.

interface Node<T> {
  next: Map<string, Node<T>>;
  values: T[];
}

// Most words start no phrase. A bitset over (length, first and last code unit) of every first word rejects
// them with two charCodeAt calls, before hashing the word and probing a large Map (a cache miss).
const FILTER_BITS = 17;
const firstKey = (w: string): number => {
  const n = w.length;
  if (n === 0) return 0;
  return ((n & 31) << 12) | ((w.charCodeAt(0) & 63) << 6) | (w.charCodeAt(n - 1) & 63);
};

export class PhraseTrie<T> {
  private root: Node<T> = { next: new Map(), values: [] };
  private firstFilter = new Uint8Array(1 << (FILTER_BITS - 3));
  size = 0;

  /** Could `w` be a first word? (no false negatives) */
  private mayStart(w: string): boolean {
    const key = firstKey(w);
    return (this.firstFilter[key >>> 3] & (1 << (key & 7))) !== 0;
  }

  /** Add a phrase given as its normalised words. */
  add(words: readonly string[], value: T): void {
    if (words.length === 0) return;
    const key = firstKey(words[0]);
    this.firstFilter[key >>> 3] |= 1 << (key & 7);
    let node = this.root;
    for (const w of words) {
      let nx = node.next.get(w);
      if (!nx) {
        nx = { next: new Map(), values: [] };
        node.next.set(w, nx);
      }
      node = nx;
    }
    node.values.push(value);
    this.size++;
  }

  /**
   * Matches starting at position `i` of a word sequence, longest first. `wordAt(k)` returns the
   * normalised word at position k, or undefined past the end / at a boundary. The first word may be
   * given in several clitic-stripped forms via `firstForms`.
   */
  matchAt(wordAt: (k: number) => string | undefined, i: number, firstForms?: readonly string[]): { length: number; values: T[]; first: string }[] {
    // hot (every token of every stage): nothing is allocated beyond the result unless something matched
    const out: { length: number; values: T[]; first: string }[] = [];
    const next = this.root.next;
    if (firstForms) {
      for (let j = 0; j < firstForms.length; j++) {
        if (!this.mayStart(firstForms[j])) continue;
        const node = next.get(firstForms[j]);
        if (node) this.walk(wordAt, i, firstForms[j], node, out);
      }
    } else {
      const w = wordAt(i);
      if (w !== undefined && this.mayStart(w)) {
        const node = next.get(w);
        if (node) this.walk(wordAt, i, w, node, out);
      }
    }
    if (out.length > 1) out.sort((a, b) => b.length - a.length);
    return out;
  }

  /**
   * The first element `matchAt` would return (the longest match; among equally long ones, the earliest
   * first form), or undefined — without building or sorting the list of all matches.
   */
  longestAt(wordAt: (k: number) => string | undefined, i: number, firstForms: readonly string[]): { length: number; values: T[]; first: string } | undefined {
    const next = this.root.next;
    let bestNode: Node<T> | undefined;
    let bestLen = 0;
    let bestFirst = '';
    for (let j = 0; j < firstForms.length; j++) {
      const f = firstForms[j];
      let node = this.mayStart(f) ? next.get(f) : undefined;
      let k = i + 1;
      while (node) {
        // within one walk lengths grow; across first forms only a strictly longer match wins (stable order)
        if (node.values.length && k - i > bestLen) {
          bestNode = node;
          bestLen = k - i;
          bestFirst = f;
        }
        if (node.next.size === 0) break;
        const w = wordAt(k);
        if (w === undefined) break;
        node = node.next.get(w);
        k++;
      }
    }
    return bestNode ? { length: bestLen, values: bestNode.values, first: bestFirst } : undefined;
  }

  /** Does some phrase start with this word? (a cheap filter before matchAt) */
  startsWith(word: string): boolean {
    return this.mayStart(word) && this.root.next.has(word);
  }

  private walk(wordAt: (k: number) => string | undefined, i: number, f: string, start: Node<T>, out: { length: number; values: T[]; first: string }[]): void {
    let node: Node<T> | undefined = start;
    let k = i + 1;
    while (node) {
      if (node.values.length) out.push({ length: k - i, values: node.values, first: f });
      if (node.next.size === 0) break;
      const w = wordAt(k);
      if (w === undefined) break;
      node = node.next.get(w);
      k++;
    }
  }

  has(words: readonly string[]): boolean {
    let node: Node<T> | undefined = this.root;
    for (const w of words) {
      node = node.next.get(w);
      if (!node) return false;
    }
    return node.values.length > 0;
  }
}
