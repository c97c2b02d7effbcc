/** Search shards are indexed side by side only while their expected memory fits the budget. */
import { describe, expect, it } from "vitest";
import { type BudgetedTask, runWithinBudget } from "../../src/search/budget.ts";

/** Tasks that end when the test says so, recording which run together and the bytes they hold. */
function controlled(sizes: readonly number[]) {
  const running = new Set<number>();
  const finish = new Map<number, () => void>();
  let peakBytes = 0;
  let peakCount = 0;
  const order: number[] = [];
  const tasks: BudgetedTask[] = sizes.map((bytes, i) => ({
    bytes,
    run: () =>
      new Promise<void>((done) => {
        running.add(i);
        order.push(i);
        const held = [...running].reduce((sum, k) => sum + (sizes[k] as number), 0);
        peakBytes = Math.max(peakBytes, held);
        peakCount = Math.max(peakCount, running.size);
        finish.set(i, () => {
          running.delete(i);
          done();
        });
      }),
  }));
  /** Ends every running task, repeatedly, until all have run. */
  const drain = async (all: Promise<void>) => {
    let settled = false;
    all.finally(() => {
      settled = true;
    });
    while (!settled) {
      await new Promise((r) => setImmediate(r));
      for (const i of [...running]) finish.get(i)?.();
    }
    await all;
  };
  return { tasks, drain, order, peak: () => ({ bytes: peakBytes, count: peakCount }) };
}

describe("runWithinBudget", () => {
  it("runs small shards two at a time", async () => {
    const c = controlled([10, 10, 10, 10]);
    await c.drain(runWithinBudget(c.tasks, 2, 100));
    expect(c.peak().count).toBe(2);
    expect(c.order).toEqual([0, 1, 2, 3]);
  });

  it("runs large shards one after the other, never above the budget together", async () => {
    const c = controlled([80, 80, 30, 30]);
    await c.drain(runWithinBudget(c.tasks, 2, 100));
    expect(c.peak().bytes).toBeLessThanOrEqual(100);
    expect(c.order).toEqual([0, 1, 2, 3]);
  });

  it("still runs a shard larger than the whole budget, alone", async () => {
    const c = controlled([500, 10]);
    await c.drain(runWithinBudget(c.tasks, 2, 100));
    expect(c.peak()).toEqual({ bytes: 500, count: 1 });
  });

  it("lets the running shards end before it reports a failure, and starts no more", async () => {
    const ended: number[] = [];
    let release: () => void = () => undefined;
    const slow = new Promise<void>((r) => {
      release = r;
    });
    const tasks: BudgetedTask[] = [
      { bytes: 1, run: () => Promise.reject(new Error("Pagefind failed")) },
      { bytes: 1, run: () => slow.then(() => void ended.push(1)) },
      { bytes: 1, run: async () => void ended.push(2) },
    ];
    const all = runWithinBudget(tasks, 2, 100);
    let settled = false;
    all
      .catch(() => undefined)
      .finally(() => {
        settled = true;
      });
    await new Promise((r) => setImmediate(r));
    expect(settled).toBe(false);
    release();
    await expect(all).rejects.toThrow("Pagefind failed");
    expect(ended).toEqual([1]);
  });
});
