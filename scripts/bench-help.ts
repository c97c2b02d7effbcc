/**
 * How fast `summitdesk --help` answers: whole processes, start to exit, through bin/summitdesk.js, measured in
 * one run beside a bare `node -e 0` (Node's own start-up, the floor) and `node --import tsx -e 0` (what every
 * command that runs TypeScript pays before doing anything). Runs are interleaved, so load on this shared machine
 * affects all alike; the minimum is the least disturbed figure, the median the typical one.
 * Usage: npm run bench:help [-- --runs N]
 */
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

const REPO = fileURLToPath(new URL("../", import.meta.url));
const BIN = "bin/summitdesk.js";
const { values } = parseArgs({ options: { runs: { type: "string", default: "15" } } });
const runs = Math.max(3, Number(values.runs) || 15);

const cases: { name: string; args: string[] }[] = [
  { name: "node -e 0 (Node start-up alone)", args: ["-e", "0"] },
  { name: "summitdesk --help", args: [BIN, "--help"] },
  { name: "summitdesk build --help", args: [BIN, "build", "--help"] },
  { name: "summitdesk check --help", args: [BIN, "check", "--help"] },
  { name: "summitdesk --version", args: [BIN, "--version"] },
  { name: "node --import tsx -e 0 (tsx start-up)", args: ["--import", "tsx", "-e", "0"] },
  {
    name: "summitdesk check --fromat x (a usage error: tsx + argument parsing)",
    args: [BIN, "check", "--fromat", "x"],
  },
];

const times = new Map<string, number[]>(cases.map((c) => [c.name, []]));
for (let i = 0; i < runs; i++) {
  for (const c of cases) {
    const started = process.hrtime.bigint();
    const r = spawnSync(process.execPath, c.args, { cwd: REPO, stdio: "ignore" });
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    if (r.error) throw r.error;
    times.get(c.name)?.push(ms);
  }
}

const stat = (list: number[]) => {
  const sorted = [...list].sort((a, b) => a - b);
  return { min: sorted[0] ?? 0, median: sorted[Math.floor(sorted.length / 2)] ?? 0 };
};
const floor = stat(times.get(cases[0]?.name ?? "") ?? []);
console.log(`Node ${process.version}, ${runs} runs each, interleaved; wall time of the whole process in ms`);
console.log(`${"command".padEnd(72)} ${"min".padStart(7)} ${"median".padStart(7)}  median − node`);
for (const c of cases) {
  const s = stat(times.get(c.name) ?? []);
  const over = (s.median - floor.median).toFixed(0);
  console.log(
    `${c.name.padEnd(72)} ${s.min.toFixed(0).padStart(7)} ${s.median.toFixed(0).padStart(7)}  ${over.padStart(6)}`,
  );
}
