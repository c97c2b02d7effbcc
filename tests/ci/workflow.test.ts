/**
 * The CI workflow's structure: what runs when, what a deploy waits for, what may cancel what, and that every
 * action is pinned by commit. Conditions are evaluated (a small evaluator of GitHub's expression syntax), so
 * "deploys only after tests passed for that commit" is checked as behaviour, not as a string.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";

interface Step {
  id?: string;
  name?: string;
  uses?: string;
  run?: string;
  if?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}
interface Job {
  "runs-on": string;
  needs?: string | string[];
  if?: string;
  steps: Step[];
  permissions?: Record<string, string>;
  concurrency?: { group: string; "cancel-in-progress": boolean | string };
  outputs?: Record<string, string>;
  strategy?: { matrix?: Record<string, unknown[]> };
}

const text = readFileSync(new URL("../../.github/workflows/ci.yml", import.meta.url), "utf8");
const workflow = parse(text) as {
  on: Record<string, unknown>;
  concurrency: { group: string; "cancel-in-progress": boolean | string };
  jobs: Record<string, Job>;
};
const job = (name: string): Job => {
  const found = workflow.jobs[name];
  if (!found) throw new Error(`no job ${name}`);
  return found;
};
const needs = (j: Job) => (Array.isArray(j.needs) ? j.needs : j.needs ? [j.needs] : []);

/** A workflow expression as written in the YAML, `${{ inner }}` (built, so that it is not mistaken for a template). */
const expr = (inner: string) => ["$", "{{ ", inner, " }}"].join("");

/** Evaluates a GitHub Actions expression (the subset the workflow uses) against `context`. */
function evaluate(expression: string, context: Record<string, string>, status = "running"): boolean | string {
  const source = expression.trim().replace(/^\$\{\{([\s\S]*)\}\}$/, "$1");
  const tokens = source.match(/'[^']*'|&&|\|\||==|!=|!|\(|\)|[A-Za-z_][\w.-]*/g) ?? [];
  let js = "";
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] ?? "";
    if (t.startsWith("'")) js += JSON.stringify(t.slice(1, -1));
    else if (t === "==") js += "===";
    else if (t === "!=") js += "!==";
    else if (["&&", "||", "!", "(", ")"].includes(t)) js += t;
    else if (t === "true" || t === "false") js += t;
    else if (tokens[i + 1] === "(" && tokens[i + 2] === ")") {
      js += JSON.stringify(
        { cancelled: status === "cancelled", always: true, success: status !== "failure" }[t] ?? false,
      );
      i += 2;
    } else js += JSON.stringify(context[t] ?? "");
    js += " ";
  }
  expect(source.replace(/\s+/g, ""), "every token understood").toBe(tokens.join(""));
  return new Function(`return (${js});`)() as boolean | string;
}

/** Does the deploy job run, given the event, branch and how its needs ended? */
function deploys(event: string, testResult: string, tested: "true" | "false", ref = "refs/heads/main") {
  return evaluate(job("deploy").if ?? "", {
    "github.event_name": event,
    "github.ref": ref,
    "needs.test.result": testResult,
    "needs.gate.outputs.tested": tested,
  });
}

describe(".github/workflows/ci.yml", () => {
  it("runs on every push and pull request, by hand, and on a schedule that publishes scheduled articles", () => {
    expect(Object.keys(workflow.on)).toEqual(
      expect.arrayContaining(["push", "pull_request", "schedule", "workflow_dispatch"]),
    );
    expect(workflow.on.schedule).toEqual([{ cron: expect.stringMatching(/^\S+ \S+ \S+ \S+ \S+$/) }]);
  });

  it("deploys only after the tests passed for the commit it deploys", () => {
    expect(needs(job("deploy"))).toEqual(expect.arrayContaining(["test", "gate"]));
    // Pushes to main: the tests of this run.
    expect(deploys("push", "success", "false")).toBe(true);
    for (const result of ["failure", "cancelled", "skipped"]) {
      expect(deploys("push", result, "false"), `push, tests ${result}`).toBe(false);
      expect(deploys("push", result, "true"), `push, tests ${result}, a record`).toBe(false);
      expect(deploys("workflow_dispatch", result, "false"), `dispatch, tests ${result}`).toBe(false);
    }
    // Schedules: tests skipped only because a tested commit is recorded (the deploy builds that one).
    expect(deploys("schedule", "skipped", "true")).toBe(true);
    expect(deploys("schedule", "skipped", "false")).toBe(false);
    expect(deploys("schedule", "success", "false")).toBe(true);
    expect(deploys("schedule", "failure", "false")).toBe(false);
    // Never from a pull request or another branch.
    expect(deploys("pull_request", "success", "false")).toBe(false);
    expect(deploys("push", "success", "false", "refs/heads/feature")).toBe(false);
    // A cancelled run deploys nothing.
    const cancelled = evaluate(job("deploy").if ?? "", { "github.event_name": "push" }, "cancelled");
    expect(cancelled).toBe(false);
  });

  it("skips the tests only on a schedule, when a tested commit is recorded", () => {
    const test = job("test");
    expect(needs(test)).toEqual(["gate"]);
    const runs = (tested: string) => evaluate(test.if ?? "true", { "needs.gate.outputs.tested": tested });
    expect(runs("false")).toBe(true);
    expect(runs("true")).toBe(false);
    // The gate looks only on schedules, for any "tested-" record.
    const gate = job("gate");
    const lookup = gate.steps.find((s) => s.uses?.startsWith("actions/cache/restore@"));
    expect(evaluate(lookup?.if ?? "true", { "github.event_name": "push" })).toBe(false);
    expect(evaluate(lookup?.if ?? "true", { "github.event_name": "schedule" })).toBe(true);
    expect(lookup?.with?.["restore-keys"]).toBe("tested-");
    expect(lookup?.with?.["lookup-only"]).toBe(true);
    const tested = (matched: string) =>
      evaluate(gate.outputs?.tested ?? "", { "steps.lookup.outputs.cache-matched-key": matched });
    expect(tested("")).toBe(false);
    expect(tested("tested-abc")).toBe(true);
  });

  it("records a commit as tested only after every test of it passed, on main", () => {
    const record = job("record");
    expect(needs(record)).toEqual(["test"]);
    expect(evaluate(record.if ?? "", { "github.ref": "refs/heads/main", "github.event_name": "push" })).toBe(
      true,
    );
    expect(
      evaluate(record.if ?? "", { "github.ref": "refs/heads/main", "github.event_name": "pull_request" }),
    ).toBe(false);
    expect(evaluate(record.if ?? "", { "github.ref": "refs/heads/x", "github.event_name": "push" })).toBe(
      false,
    );
    const save = record.steps.find((s) => s.uses?.startsWith("actions/cache/save@"));
    expect(save?.with?.key).toBe(`tested-${expr("github.sha")}`);
    // A scheduled deploy checks out the recorded commit, never main's untested head.
    const deploy = job("deploy").steps;
    const checkout = deploy.find((s) => s.uses?.startsWith("actions/checkout@"));
    expect(String(checkout?.with?.ref)).toContain("steps.commit.outputs.sha");
    expect(deploy.findIndex((s) => s.id === "commit")).toBeLessThan(deploy.indexOf(checkout as Step));
  });

  it("tests with the script CI runs, on Node 20, 22 and 24", () => {
    const test = job("test");
    expect(test.steps.map((s) => s.run).filter(Boolean)).toEqual(["bash .ci/run"]);
    expect(test.strategy?.matrix?.node).toEqual(expect.arrayContaining([20, 22, 24]));
    const setup = test.steps.find((s) => s.uses?.startsWith("actions/setup-node@"));
    expect(setup?.with?.["node-version"]).toBe(expr("matrix.node"));
  });

  it("lets no kind of run cancel another, and deploys one at a time without cancelling", () => {
    const group = workflow.concurrency.group;
    expect(group).toContain("github.event_name");
    expect(group).toContain("github.ref");
    const cancel = String(workflow.concurrency["cancel-in-progress"]);
    for (const event of ["push", "schedule", "workflow_dispatch"]) {
      expect(evaluate(cancel, { "github.event_name": event }), event).toBe(false);
    }
    expect(evaluate(cancel, { "github.event_name": "pull_request" })).toBe(true);
    expect(job("deploy").concurrency).toEqual({ group: "pages", "cancel-in-progress": false });
  });

  it("deploys main with check and build first, with the Pages permissions only there", () => {
    const deploy = job("deploy");
    const runs = deploy.steps.map((s) => s.run ?? s.uses?.split("@")[0] ?? "");
    const order = [
      "actions/checkout",
      "npm ci",
      "npx summitdesk check",
      "actions/cache",
      "npm run build",
      "actions/upload-pages-artifact",
      "actions/deploy-pages",
    ];
    const at = order.map((o) => runs.indexOf(o));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect(at).toEqual([...at].sort((a, b) => a - b));
    expect(deploy.permissions).toEqual({ pages: "write", "id-token": "write" });
    for (const [name, other] of Object.entries(workflow.jobs)) {
      if (name !== "deploy") expect(other.permissions, name).toBeUndefined();
    }
  });

  it("keeps the build cache per content, sealed with the key from a secret", () => {
    const steps = job("deploy").steps;
    const cache = steps.find((s) => s.uses?.startsWith("actions/cache@"));
    expect(cache?.with?.path).toBe(".cache/summitdesk");
    const key = String(cache?.with?.key);
    // Saved only when content, code or the lockfile changed: no per-run part in the key.
    expect(key).toContain("hashFiles('content/**')");
    expect(key).toContain("package-lock.json");
    expect(key).not.toMatch(/run_id|run_number|github\.sha/);
    expect(String(cache?.with?.["restore-keys"])).toMatch(/-\n/);
    const build = steps.find((s) => s.run === "npm run build");
    expect(build?.env?.SUMMITDESK_CACHE_KEY).toBe(expr("secrets.SUMMITDESK_CACHE_KEY"));
    expect(steps.indexOf(cache as Step)).toBeLessThan(steps.indexOf(build as Step));
  });

  it("pins every action by full commit SHA, with the version as a comment", () => {
    const uses = [...text.matchAll(/^\s*-?\s*uses:\s*(.+)$/gm)].map((m) => m[1] ?? "");
    expect(uses.length).toBeGreaterThan(5);
    for (const use of uses) {
      expect(use).toMatch(/^[\w.-]+\/[\w./-]+@[0-9a-f]{40} # v\d+(\.\d+)*$/);
    }
    // Same action, same pin.
    const pins = new Map<string, Set<string>>();
    for (const use of uses) {
      const [action = "", sha = ""] = use.split(" ")[0]?.split("@") ?? [];
      const repo = action.split("/").slice(0, 2).join("/");
      pins.set(repo, (pins.get(repo) ?? new Set()).add(sha));
    }
    for (const [repo, shas] of pins) expect(shas.size, repo).toBe(1);
  });

  it("has Dependabot keep the actions and npm packages current", () => {
    const config = parse(readFileSync(new URL("../../.github/dependabot.yml", import.meta.url), "utf8")) as {
      updates: { "package-ecosystem": string; directory: string }[];
    };
    expect(config.updates.map((u) => u["package-ecosystem"]).sort()).toEqual(["github-actions", "npm"]);
  });
});
