/** Previous and next pages of a paginated list. */
import type { Pagination } from "./types.ts";

/** Page `n` of `count`, with the URLs of its neighbours. */
export function paginationOf(n: number, count: number, urlOf: (k: number) => string): Pagination {
  return {
    pageNumber: n,
    pageCount: count,
    ...(n > 1 ? { previous: urlOf(n - 1) } : {}),
    ...(n < count ? { next: urlOf(n + 1) } : {}),
  };
}
