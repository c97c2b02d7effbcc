/**
 * The search shards of a site being written (src/search/shards.ts): which shard each article page is in, the
 * search document of each (layouts/article.ts) and its hash, each shard's digest of its documents, and keeping a
 * shard's bundle from the previous version when its documents are unchanged.
 */
import { renderSearchDocument } from "../../layouts/index.ts";
import type { Carrier, FileRecord, OutputState } from "../incremental/index.ts";
import { fileOfUrl, searchDocumentKeys } from "../incremental/index.ts";
import { LANGS } from "../registry/index.ts";
import { articleUrl, type Page } from "../render/index.ts";
import { documentHash, SEARCH_DIR, type ShardInput, searchDigest, shardsOf } from "../search/index.ts";
import type { SiteModel } from "../site/types.ts";

/**
 * An article page's search document as a shard digests it: its key (searchDocumentKeys) and hash, unknown until
 * the document is made for a page the last build did not have.
 */
export interface SearchDocumentRecord {
  readonly key: string;
  hash?: string;
}

/**
 * The key and hash of every article page's search document, by URL. A document whose key the last build recorded
 * (`records`, by file) keeps that hash; one of a page the last build had with another key is made and hashed now
 * (an edited article; every article when the registry changed, where most documents come out the same and most
 * shards need no indexing); one of a new page is hashed when it is made for Pagefind (documentsByFile), since its
 * shard is indexed anyway: a first build makes each document once.
 */
export function searchDocuments(
  model: SiteModel,
  global: string,
  records: ReadonlyMap<string, FileRecord> | undefined,
): Map<string, SearchDocumentRecord> {
  const keys = searchDocumentKeys(model, global);
  const out = new Map<string, SearchDocumentRecord>();
  for (const page of model.pages) {
    if (page.kind !== "article") continue;
    const key = keys.get(page.url);
    if (key === undefined) continue;
    const record = records?.get(fileOfUrl(page.url));
    if (!record) out.set(page.url, { key });
    else if (record.searchKey === key && record.searchHash !== undefined)
      out.set(page.url, { key, hash: record.searchHash });
    else out.set(page.url, { key, hash: documentHash(renderSearchDocument(model, page)) });
  }
  return out;
}

/** Whether every document's hash is known (searchDocuments). */
export function allHashed(documents: ReadonlyMap<string, SearchDocumentRecord>): boolean {
  for (const doc of documents.values()) if (doc.hash === undefined) return false;
  return true;
}

/**
 * The search document of each article page, by file: what Pagefind is given (src/search/pagefind.ts). Each is
 * hashed into `documents` as it is made.
 */
export function documentsByFile(
  model: SiteModel,
  documents: ReadonlyMap<string, SearchDocumentRecord>,
): (file: string) => string {
  const pages = new Map<string, Extract<Page, { kind: "article" }>>();
  for (const page of model.pages) if (page.kind === "article") pages.set(fileOfUrl(page.url), page);
  return (file) => {
    const page = pages.get(file);
    if (!page) throw new Error(`summitdesk: no article page for the search at ${file}`);
    const html = renderSearchDocument(model, page);
    const doc = documents.get(page.url);
    if (doc) doc.hash = documentHash(html);
    return html;
  };
}

/**
 * A search shard: its name, its pages (files relative to the site, and URLs) and the digest of their documents,
 * undefined while one of them is not hashed yet (a page the last build did not have: the shard is indexed).
 */
export interface Shard extends ShardInput {
  readonly urls: readonly string[];
  readonly digest: string | undefined;
}

/** The shards of every edition's article pages (src/search/shards.ts), each with the digest of its documents. */
export function planShards(model: SiteModel, documents: ReadonlyMap<string, SearchDocumentRecord>): Shard[] {
  const shards: Shard[] = [];
  for (const lang of LANGS) {
    const urls = model.index.editions[lang].articles.map(articleUrl);
    for (const [name, group] of shardsOf(lang, urls)) {
      const digest = shardDigest(name, group, documents);
      shards.push({ name, files: group.map(fileOfUrl), urls: group, digest });
    }
  }
  return shards;
}

/** `shards` with every digest, once each document is hashed (documentsByFile hashed those missing before). */
export function withDigests(
  shards: readonly Shard[],
  documents: ReadonlyMap<string, SearchDocumentRecord>,
): Shard[] {
  return shards.map((shard) =>
    shard.digest !== undefined ? shard : { ...shard, digest: shardDigest(shard.name, shard.urls, documents) },
  );
}

/**
 * `shards` with the digest of each one whose digest is unknown and whose bundle the build cache may hold (`kept`),
 * its documents made and hashed now (`document`, documentsByFile): a build whose last state is gone (a checkout
 * at another path, a state that could not be read) restores such a bundle instead of indexing it again.
 */
export function digestKept(
  shards: readonly Shard[],
  documents: ReadonlyMap<string, SearchDocumentRecord>,
  document: (file: string) => string,
  kept: (shard: string) => boolean,
): Shard[] {
  return shards.map((shard) => {
    if (shard.digest !== undefined || !kept(shard.name)) return shard;
    for (const file of shard.files) document(file);
    return { ...shard, digest: shardDigest(shard.name, shard.urls, documents) };
  });
}

function shardDigest(
  name: string,
  urls: readonly string[],
  documents: ReadonlyMap<string, SearchDocumentRecord>,
): string | undefined {
  const pages: [string, string][] = [];
  for (const url of urls) {
    const hash = documents.get(url)?.hash;
    if (hash === undefined) return undefined;
    pages.push([url, hash]);
  }
  return searchDigest(name, pages);
}

/** The files of each search bundle of a kept site, by shard name. */
export function bundleFiles(state: OutputState): Map<string, [string, FileRecord][]> {
  const out = new Map<string, [string, FileRecord][]>();
  for (const entry of state.files) {
    if (!entry[0].startsWith("pagefind/")) continue;
    const name = entry[0].slice(9, entry[0].indexOf("/", 9));
    const list = out.get(name) ?? [];
    list.push(entry);
    out.set(name, list);
  }
  return out;
}

/**
 * Keeps a shard's bundle from the previous site when its pages are unchanged and every file is as recorded
 * (in a version taken back, most already are, in place); otherwise leaves its folder empty for a new bundle.
 */
export function carryShard(
  carrier: Carrier,
  state: OutputState,
  bundles: ReadonlyMap<string, readonly [string, FileRecord][]>,
  shard: Shard,
): boolean {
  const files = bundles.get(shard.name);
  if (state.shards.get(shard.name) !== shard.digest || !files || files.length === 0) return false;
  for (const [rel, record] of files) {
    if (!carrier.keep(rel, record)) {
      carrier.empty(`${SEARCH_DIR}/${shard.name}`);
      return false;
    }
  }
  return true;
}
