/**
 * KeyIndex: every token key of one lexicon gets a small integer id, and a text token's id is found by
 * walking the characters of the text itself. The scanner thus looks up each token without cutting it out
 * of the text, lower-casing it or hashing a new string (which, per token of a 10 MB text, dominated the
 * tagger's time in allocation and garbage collection).
 */
import { foldChar } from "./normalize.ts";

/** A KeyIndex as plain data, for the build cache (src/cache/lexicons.ts): numbers and typed arrays only. */
export interface KeyIndexData {
  readonly nodes: number;
  readonly terminal: Int32Array<ArrayBuffer>;
  readonly keys: number;
  readonly edgeParent: Int32Array<ArrayBuffer>;
  readonly edgeChar: Int32Array<ArrayBuffer>;
  readonly edgeChild: Int32Array<ArrayBuffer>;
  readonly edges: number;
}

/** A character trie over normalised keys ("kasachstan", "türkei" as "turkei"), stored in flat hash tables. */
export class KeyIndex {
  /** Number of trie nodes; node 0 is the root (the empty key). */
  private nodes = 1;
  /** Key id + 1 of the key ending at each node, 0 where none ends. */
  private terminal = new Int32Array(64);
  private keys = 0;
  /** Open addressing, linear probing: edge (parent, char) → child. `edgeParent` holds parent + 1, 0 when free. */
  private edgeParent = new Int32Array(256);
  private edgeChar = new Int32Array(256);
  private edgeChild = new Int32Array(256);
  private mask = 255;
  private edges = 0;

  /** This index as plain data (its tables themselves, not copies: the index is not changed once built). */
  toData(): KeyIndexData {
    const { nodes, terminal, keys, edgeParent, edgeChar, edgeChild, edges } = this;
    return { nodes, terminal, keys, edgeParent, edgeChar, edgeChild, edges };
  }

  /** The index `toData` gave, or undefined when `data` cannot be one (another shape, tables of the wrong size). */
  static fromData(data: unknown): KeyIndex | undefined {
    if (typeof data !== "object" || data === null) return undefined;
    const d = data as Partial<KeyIndexData>;
    const { nodes, terminal, keys, edgeParent, edgeChar, edgeChild, edges } = d;
    const count = (n: unknown): n is number => Number.isInteger(n) && (n as number) >= 0;
    if (!count(nodes) || !count(keys) || !count(edges)) return undefined;
    if (!(terminal instanceof Int32Array) || terminal.length < nodes) return undefined;
    if (!(edgeParent instanceof Int32Array) || !(edgeChar instanceof Int32Array)) return undefined;
    if (!(edgeChild instanceof Int32Array)) return undefined;
    const size = edgeParent.length;
    // Open addressing needs a power-of-two table with a free slot, or a lookup would never end.
    if (size < 2 || (size & (size - 1)) !== 0 || edges >= size) return undefined;
    if (edgeChar.length !== size || edgeChild.length !== size) return undefined;
    const index = new KeyIndex();
    index.nodes = nodes;
    index.terminal = terminal;
    index.keys = keys;
    index.edgeParent = edgeParent;
    index.edgeChar = edgeChar;
    index.edgeChild = edgeChild;
    index.edges = edges;
    index.mask = size - 1;
    return index;
  }

  /** Number of keys (ids are 0 … size − 1). */
  get size(): number {
    return this.keys;
  }

  /** The id of `key` (a normKey result), added if new. Ids are dense: 0, 1, 2, … */
  intern(key: string): number {
    let node = 0;
    for (let i = 0; i < key.length; i++) node = this.childOrAdd(node, key.charCodeAt(i));
    let id = (this.terminal[node] as number) - 1;
    if (id < 0) {
      id = this.keys++;
      this.terminal[node] = id + 1;
    }
    return id;
  }

  /** The id of the key (normKey) of code units start…end of a text (Tokens.units), or -1 when no form has it. */
  idOf(units: Uint16Array, start: number, end: number): number {
    let node = 0;
    for (let i = start; i < end && node >= 0; i++) {
      const c = units[i] as number;
      if (c < 128) node = this.child(node, c >= 65 && c <= 90 ? c + 32 : c);
      else if (c >= 0xd800 && c <= 0xdfff) node = this.child(node, c);
      else {
        const f = foldChar(c);
        for (let k = 0; k < f.length && node >= 0; k++) node = this.child(node, f.charCodeAt(k));
      }
    }
    return node < 0 ? -1 : (this.terminal[node] as number) - 1;
  }

  private child(node: number, c: number): number {
    const { edgeParent, edgeChar, mask } = this;
    for (let s = slot(node, c, mask); ; s = (s + 1) & mask) {
      const p = edgeParent[s] as number;
      if (p === 0) return -1;
      if (p === node + 1 && edgeChar[s] === c) return this.edgeChild[s] as number;
    }
  }

  private childOrAdd(node: number, c: number): number {
    const found = this.child(node, c);
    if (found >= 0) return found;
    const child = this.nodes++;
    if (child >= this.terminal.length) {
      const t = new Int32Array(this.terminal.length * 2);
      t.set(this.terminal);
      this.terminal = t;
    }
    if (2 * (this.edges + 1) > this.mask + 1) this.rehash(2 * (this.mask + 1));
    this.put(node, c, child);
    this.edges++;
    return child;
  }

  private put(node: number, c: number, child: number): void {
    const { edgeParent, mask } = this;
    let s = slot(node, c, mask);
    while (edgeParent[s] !== 0) s = (s + 1) & mask;
    edgeParent[s] = node + 1;
    this.edgeChar[s] = c;
    this.edgeChild[s] = child;
  }

  private rehash(size: number): void {
    const { edgeParent, edgeChar, edgeChild } = this;
    this.edgeParent = new Int32Array(size);
    this.edgeChar = new Int32Array(size);
    this.edgeChild = new Int32Array(size);
    this.mask = size - 1;
    for (let s = 0; s < edgeParent.length; s++) {
      const p = edgeParent[s] as number;
      if (p !== 0) this.put(p - 1, edgeChar[s] as number, edgeChild[s] as number);
    }
  }
}

/** Hash of one edge (parent node, UTF-16 code unit) into a power-of-two table. */
function slot(node: number, c: number, mask: number): number {
  let h = Math.imul(node, 0x9e3779b1) ^ c;
  h = Math.imul(h ^ (h >>> 15), 0x85ebca6b);
  return (h ^ (h >>> 13)) & mask;
}
