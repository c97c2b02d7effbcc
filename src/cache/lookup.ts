/**
 * Article bodies as the model hands them to pages: those held in memory, and those the build cache keeps on
 * disk (src/cache/bodies.ts), read each time a page asks and never kept, so a build holds no more bodies than
 * the pages it is rendering.
 */
import type { Article } from "../enrich/index.ts";
import type { ArticleBodies } from "../site/types.ts";
import type { ArticleOutcome } from "./types.ts";

/** A body kept on disk: its cache entry (key and outcome, which has its digest) and its article. */
export interface BodyOnDisk {
  readonly key: string;
  readonly digest: string;
  readonly outcome: ArticleOutcome;
  readonly article: Article;
}

/**
 * How many bodies read from disk stay at hand (~10 KB each): at 10,000 articles the 850 feed files ask for
 * ~42,000 bodies, mostly the same newest few hundred.
 */
const RECENT = 512;

export class BodyLookup implements ArticleBodies {
  constructor(
    private readonly held: ReadonlyMap<string, string>,
    private readonly onDisk: ReadonlyMap<string, BodyOnDisk> = new Map(),
    /** Reads a kept body: its text when the file is there and intact. */
    private readonly read: (key: string, digest: string) => string | undefined = () => undefined,
    /** Makes a kept body again, as processing its article did (its file could not be used). */
    private readonly again: (kept: BodyOnDisk) => string = () => "",
  ) {}

  /** The bodies read last, newest last: feeds (two files each) carry the same newest articles many times. */
  private readonly recent = new Map<string, string>();

  get(id: string): string | undefined {
    const held = this.held.get(id);
    if (held !== undefined) return held;
    const kept = this.onDisk.get(id);
    if (!kept) return undefined;
    const known = kept.outcome.body ?? this.recent.get(id);
    if (known !== undefined) return known;
    const body = this.read(kept.key, kept.digest);
    if (body !== undefined) {
      this.recent.set(id, body);
      if (this.recent.size > RECENT) this.recent.delete(this.recent.keys().next().value ?? "");
      return body;
    }
    // The file is gone, damaged or forged: the body is rendered again, and carried by its outcome from now
    // on, so that writing the cache puts a true file back (src/cache/store.ts) instead of leaving the bad one.
    kept.outcome.body = this.again(kept);
    return kept.outcome.body;
  }
}
