/**
 * Running tasks side by side within a memory budget. Pagefind holds a whole index in memory while it writes it:
 * at 100k two languages' Pagefinds at once, beside the build, were killed for memory on a 23.5 GB machine (one
 * at 8.0 GB). Small shards still run two at a time (both cores busy); large ones one after the other.
 */

/**
 * Pagefind's peak memory per page it indexes, on the safe side: 2.1 GB for 12,151 short pages (10k bench
 * baseline); one language of 50,000 article pages passed 12.7 GB (about 260 KB a page) before it was killed.
 */
export const PAGEFIND_BYTES_PER_PAGE = 300 * 1024;

/**
 * The most memory the search's Pagefinds may hold together: two at once only while their shards' expected
 * peaks sum to at most this. At 100,000 articles (shards of 3,125 pages, ~0.95 GB each) two at once beside a
 * build of 2.7-2.9 GB took the process tree to 4.5 GB; one at a time keeps it under the 4 GB a build of that
 * size may use. Shards of up to 2,500 pages (80,000 articles, two languages) still run two at once. One at a
 * time costs a large build little: on two cores the second Pagefind shared a core with the rendering anyway.
 */
export const SEARCH_MEMORY_BUDGET = 1.5 * 2 ** 30;

/** A task and the memory it is expected to hold while it runs. */
export interface BudgetedTask {
  readonly bytes: number;
  readonly run: () => Promise<void>;
}

/**
 * Runs `tasks` in order, at most `parallel` at once and, while more than one runs, with their bytes summing to
 * at most `budget` (a task larger than the budget runs alone). Every task started runs to its end; the first
 * error is thrown once all have stopped (never while one still runs: its caller may then remove what it
 * reads). `signal` stops tasks from starting.
 */
export async function runWithinBudget(
  tasks: readonly BudgetedTask[],
  parallel: number,
  budget: number,
  signal?: AbortSignal,
): Promise<void> {
  let next = 0;
  let held = 0;
  let waiting: (() => void)[] = [];
  const errors: unknown[] = [];
  const worker = async () => {
    while (next < tasks.length && errors.length === 0) {
      if (signal?.aborted) {
        errors.push(signal.reason);
        break;
      }
      const task = tasks[next] as BudgetedTask;
      if (held > 0 && held + task.bytes > budget) {
        // Wait for a running task to end, then look again.
        await new Promise<void>((wake) => waiting.push(wake));
        continue;
      }
      next++;
      held += task.bytes;
      try {
        await task.run();
      } catch (error) {
        errors.push(error);
      } finally {
        held -= task.bytes;
        const wake = waiting;
        waiting = [];
        for (const w of wake) w();
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(parallel, tasks.length)) }, worker));
  if (errors.length > 0) throw errors[0];
}
