/**
 * The output does not depend on the machine: two builds under different time zones and locales are identical
 * byte for byte (scripts/check-determinism.sh, which CI also runs on the real content).
 */
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { article, REGISTRY } from "../helpers/project.ts";
import { project } from "./helpers.ts";

const SCRIPT = fileURLToPath(new URL("../../scripts/check-determinism.sh", import.meta.url));

describe("determinism", () => {
  it("builds the same bytes under TZ=UTC/LANG=C and TZ=Pacific/Kiritimati/LANG=de_DE.UTF-8", () => {
    // Dates right at midnight and at the turn of the year are where a zone leak would show.
    const root = project({
      ...REGISTRY,
      "content/articles/2025/a.md": article(
        "title: Kurz vor Mitternacht\ndate: 2025-08-31 23:59\nlang: de\npeople: [tokayev]",
      ),
      "content/articles/2025/b.md": article("title: Silvester\ndate: 2025-12-31\nlang: de"),
      "content/articles/2025/c.md": article("title: Just after midnight\ndate: 2025-09-01 00:01\nlang: en"),
      "content/articles/2025/d.md": article("title: Offset\ndate: 2025-06-30T23:30:00-10:00\nlang: en"),
    });
    const run = spawnSync("bash", [SCRIPT, root], {
      encoding: "utf8",
      env: { ...process.env, SUMMITDESK_NOW: "2026-01-01T00:00:00Z" },
      timeout: 120_000,
    });
    expect(run.stderr).toBe("");
    expect(run.stdout).toMatch(
      /^determinism: \d+ files identical under TZ=UTC\/LANG=C and TZ=Pacific\/Kiritimati/,
    );
    expect(run.status).toBe(0);
  });
});
