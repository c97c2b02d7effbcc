/**
 * The search shards a build makes anew, in a folder of their own beside the site being written (I/O edge). Pagefind
 * reads search documents (layouts/article.ts), not the site's pages, so an edit's shard is indexed from the start
 * of the build, while its pages are fingerprinted, kept and rendered; its bundle is put into the site once both are
 * done (place). A shard the build cache still holds (src/search/reuse.ts) is copied from there instead.
 */
import { mkdirSync, renameSync, rmdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import type { Carrier } from "../incremental/index.ts";
import { indexShards, restoreIndex, SEARCH_DIR, type SearchCache } from "../search/index.ts";
import type { Shard } from "./shardPlan.ts";

/** Pagefind runs two at once: each shard is small, so two keep both cores busy. */
const PARALLEL = 2;

export class SearchJob {
  /** Shards copied from the build cache. */
  readonly restored: string[] = [];
  /** Shards Pagefind indexed. */
  readonly indexed: Shard[] = [];
  private readonly made: string[] = [];
  private running: Promise<void> = Promise.resolve();
  /** Batches added and not finished. */
  private pending = 0;
  private failure: { error: unknown } | undefined;
  private started: number | undefined;
  private readonly stopper = new AbortController();

  /**
   * `folder` is the job's own (a sibling of the output folder, removed by stop or place); `document` gives the
   * search document of an article page by its file.
   */
  constructor(
    private readonly folder: string,
    private readonly cache: SearchCache | undefined,
    private readonly document: (file: string) => string,
  ) {}

  /** Makes `shards` after those added before: each restored from the cache when it holds it, else indexed. */
  add(shards: readonly Shard[]): void {
    if (shards.length === 0) return;
    this.started ??= performance.now();
    mkdirSync(this.folder, { recursive: true });
    const toIndex = shards.filter((shard) => {
      const { cache } = this;
      if (!cache || shard.digest === undefined || !restoreIndex(cache, shard.name, shard.digest, this.folder))
        return true;
      this.restored.push(shard.name);
      this.made.push(shard.name);
      return false;
    });
    if (toIndex.length === 0) return;
    const index = async () => {
      await indexShards(this.folder, toIndex, this.document, this.stopper.signal, PARALLEL);
      for (const shard of toIndex) {
        this.indexed.push(shard);
        this.made.push(shard.name);
      }
    };
    // The first Pagefind starts now, not once the caller's synchronous work is done; a later batch waits for the
    // one before (at most PARALLEL Pagefinds at once, within their memory budget).
    this.pending++;
    const run = this.pending === 1 ? index() : this.running.then(index);
    // A failure is kept for done() (a batch after it never runs), and never counts as unhandled meanwhile.
    this.running = run
      .catch((error: unknown) => {
        this.failure ??= { error };
      })
      .finally(() => {
        this.pending--;
      })
      .then(() => {
        if (this.failure) throw this.failure.error;
      });
    this.running.catch(() => undefined);
  }

  /** Waits for every shard added; resolves to the milliseconds since the first was added. */
  async done(): Promise<number> {
    await this.running;
    if (this.failure) throw this.failure.error;
    return this.started === undefined ? 0 : performance.now() - this.started;
  }

  /**
   * Moves each bundle made into `site`/pagefind/<shard>/, whatever the version taken back held there unlinked
   * first (never written through), and removes the job's folder.
   */
  place(site: string, carrier: Carrier | undefined): void {
    for (const name of this.made) {
      const rel = `${SEARCH_DIR}/${name}`;
      if (carrier) {
        carrier.empty(rel);
        rmdirSync(join(site, rel));
      } else mkdirSync(join(site, SEARCH_DIR), { recursive: true });
      renameSync(join(this.folder, rel), join(site, rel));
    }
    rmSync(this.folder, { recursive: true, force: true });
  }

  /** Stops Pagefind, waits for it to end and removes the job's folder (a build that failed). */
  async stop(): Promise<void> {
    this.stopper.abort();
    await this.running.catch(() => undefined);
    rmSync(this.folder, { recursive: true, force: true });
  }
}
