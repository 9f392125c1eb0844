// Finds every occurrence of many words in a text in one pass: the words form a trie walked
// from each place where some word can start, so each place is read once for all words.

/** One occurrence: the word's index in the list, and where it stands in the text. */
export interface WordHit {
  readonly word: number;
  readonly start: number;
  readonly end: number;
}

interface TrieNode {
  /** By the next character's code. */
  readonly next: Map<number, TrieNode>;
  /** The words that end here. */
  readonly words: number[];
}

const trieNode = (): TrieNode => ({next: new Map(), words: []});

export class WordIndex {
  private readonly root = trieNode();
  /** For each UTF-16 code, 1 when some word starts with it. */
  private readonly starts = new Uint8Array(0x10000);

  constructor(words: readonly string[]) {
    words.forEach((w, i) => {
      if (w === '') throw new Error('WordIndex: empty word');
      this.starts[w.charCodeAt(0)] = 1;
      let node = this.root;
      for (let k = 0; k < w.length; k++) {
        const code = w.charCodeAt(k);
        let child = node.next.get(code);
        if (!child) node.next.set(code, (child = trieNode()));
        node = child;
      }
      node.words.push(i);
    });
  }

  /**
   * Every occurrence of every word in `text`, overlapping ones included, by start and then
   * by length.
   */
  find(text: string): WordHit[] {
    const hits: WordHit[] = [];
    for (let start = 0; start < text.length; start++) {
      if (this.starts[text.charCodeAt(start)] === 0) continue;
      let node: TrieNode | undefined = this.root;
      for (let end = start; end < text.length; end++) {
        node = node.next.get(text.charCodeAt(end));
        if (!node) break;
        for (const word of node.words) hits.push({word, start, end: end + 1});
      }
    }
    return hits;
  }
}
