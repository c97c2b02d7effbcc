import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";

interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
}
interface Job {
  "runs-on": string;
  needs?: string;
  if?: string;
  steps: Step[];
  permissions?: Record<string, string>;
}

const workflow = parse(readFileSync(new URL("../../.github/workflows/ci.yml", import.meta.url), "utf8")) as {
  on: Record<string, unknown>;
  jobs: Record<string, Job>;
};

describe(".github/workflows/ci.yml", () => {
  it("runs on every push and on a schedule that publishes scheduled articles", () => {
    expect(Object.keys(workflow.on)).toEqual(expect.arrayContaining(["push", "pull_request", "schedule"]));
    expect(workflow.on.schedule).toEqual([{ cron: expect.stringMatching(/^\S+ \S+ \S+ \S+ \S+$/) }]);
  });

  it("tests with the same script CI runs, on Node 20", () => {
    const test = workflow.jobs.test;
    expect(test?.steps.map((s) => s.run).filter(Boolean)).toEqual(["bash .ci/run"]);
    expect(test?.steps.find((s) => s.uses?.startsWith("actions/setup-node"))?.with?.["node-version"]).toBe(
      20,
    );
  });

  it("deploys only main, after the tests, with check and build first", () => {
    const deploy = workflow.jobs.deploy;
    expect(deploy?.needs).toBe("test");
    expect(deploy?.if).toContain("refs/heads/main");
    const runs = deploy?.steps.map((s) => s.run ?? s.uses ?? "") ?? [];
    const order = [
      "npm ci",
      "npx summitdesk check",
      "npm run build",
      "actions/upload-pages-artifact@v3",
      "actions/deploy-pages@v4",
    ];
    expect(order.map((o) => runs.indexOf(o))).toEqual(
      [...order.map((o) => runs.indexOf(o))].sort((a, b) => a - b),
    );
    expect(order.every((o) => runs.includes(o))).toBe(true);
    expect(deploy?.permissions).toEqual({ pages: "write", "id-token": "write" });
  });

  it("keeps the build cache between deploys, restored before the build", () => {
    const steps = workflow.jobs.deploy?.steps ?? [];
    const cache = steps.findIndex((s) => s.uses?.startsWith("actions/cache@"));
    expect(cache).toBeGreaterThan(-1);
    expect(steps[cache]?.with?.path).toBe(".cache/summitdesk");
    // A key unique per run, so each deploy saves its cache; restore-keys pick the newest earlier one.
    expect(String(steps[cache]?.with?.key)).toContain("github.run_id");
    expect(String(steps[cache]?.with?.["restore-keys"])).toMatch(/-$/);
    expect(cache).toBeLessThan(steps.findIndex((s) => s.run === "npm run build"));
  });
});
