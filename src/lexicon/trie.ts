// A trie over words (already normalised) for longest multi-word phrase matches in linear time per start.

interface Node<T> {
  next: Map<string, Node<T>>;
  values: T[];
}

export class PhraseTrie<T> {
  private root: Node<T> = { next: new Map(), values: [] };
  size = 0;

  /** Add a phrase given as its normalised words. */
  add(words: readonly string[], value: T): void {
    if (words.length === 0) return;
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
    // hot (every token of every stage): no per-call arrays or sorts unless something matched
    const out: { length: number; values: T[]; first: string }[] = [];
    if (firstForms) {
      for (let j = 0; j < firstForms.length; j++) this.walk(wordAt, i, firstForms[j], out);
    } else {
      const w = wordAt(i);
      if (w !== undefined) this.walk(wordAt, i, w, out);
    }
    if (out.length > 1) out.sort((a, b) => b.length - a.length);
    return out;
  }

  private walk(wordAt: (k: number) => string | undefined, i: number, f: string, out: { length: number; values: T[]; first: string }[]): void {
    let node = this.root.next.get(f);
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
