/** The URL ledger: every URL an article was ever published at, redirects for old ones, and what check says. */
export {
  byCodePoint,
  isLedgerKey,
  isLedgerUrl,
  LEDGER_FILE,
  parseLedger,
  serializeLedger,
} from "./ledgerFile.ts";
export { ledgerPages } from "./pages.ts";
export { type LedgerArticle, reconcileLedger } from "./reconcile.ts";
export type { GoneUrl, Ledger, LedgerChange, LedgerEntry, LedgerPlan, Redirect } from "./types.ts";
export { ledgerWarnings, type WarningContext } from "./warnings.ts";
