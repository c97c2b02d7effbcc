/** The pages a ledger plan adds to the site: redirect pages, "removed" pages and the _redirects file. */
import type { Page } from "../render/index.ts";
import type { LedgerPlan } from "./types.ts";

/**
 * Pages for the plan's redirects and gone URLs, plus /_redirects. A URL the site publishes anyway (another page
 * took it) is left to that page: a redirect or "removed" page never replaces a real one.
 */
export function ledgerPages(plan: LedgerPlan, pages: readonly Page[]): Page[] {
  const taken = new Set(pages.map((p) => p.url));
  const out: Page[] = [];
  for (const r of plan.redirects) {
    if (!taken.has(r.from))
      out.push({ kind: "redirect", url: r.from, lang: r.lang, to: r.to, article: r.article });
  }
  for (const g of plan.gone) {
    if (!taken.has(g.url)) out.push({ kind: "removed", url: g.url, lang: g.lang });
  }
  out.push({ kind: "redirects", url: "/_redirects" });
  return out;
}
