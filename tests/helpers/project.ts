/** Inline multi-file fixtures: write `{ "content/articles/a.md": "…" }` into a fresh temp project. */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";

/** Creates a temp project folder with the given files; returns its path. */
export function writeProject(files: Readonly<Record<string, string | Uint8Array>>): string {
  const root = mkdtempSync(join(tmpdir(), "summitdesk-test-"));
  for (const [path, content] of Object.entries(files)) {
    const abs = join(root, path);
    mkdirSync(dirname(abs), { recursive: true });
    writeFileSync(abs, content);
  }
  return root;
}

/**
 * Fixture projects with the shared registry, removed after the test file: `const project = registryProjects(afterAll)`.
 */
export function registryProjects(
  afterAll: (fn: () => void) => void,
): (files: Record<string, string>) => string {
  const roots: string[] = [];
  afterAll(() => {
    for (const root of roots) removeProject(root);
  });
  return (files) => {
    const root = writeProject({ ...REGISTRY, ...files });
    roots.push(root);
    return root;
  };
}

/** Removes a temp project. */
export function removeProject(root: string): void {
  rmSync(root, { recursive: true, force: true });
}

/** Reads every file below `dir` into a map of relative path → content (for whole-site comparisons). */
export function readTree(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const abs = join(d, name);
      if (statSync(abs).isDirectory()) walk(abs);
      else out.set(relative(dir, abs).split("\\").join("/"), readFileSync(abs, "utf8"));
    }
  };
  walk(dir);
  return out;
}

/** A small registry shared by fixtures: one summit, its organisation, two people. */
export const REGISTRY = {
  "content/registry/people.yaml": `tokayev:
  name: { en: Kassym-Jomart Tokayev, de: Kassym-Schomart Tokajew }
  aliases: [Tokajew, Tokayev, Tokaev]
  country: KZ
xi-jinping:
  name: Xi Jinping
  aliases: [Xi]
  country: CN
`,
  "content/registry/organisations.yaml": `sco:
  name: { en: Shanghai Cooperation Organisation, de: Shanghaier Organisation für Zusammenarbeit }
  acronym: { en: SCO, de: SOZ }
  members: [CN, RU, KZ]
  founded: 2001
`,
  "content/registry/summits.yaml": `sco-2025-tianjin:
  name: { en: SCO Summit 2025 in Tianjin, de: SOZ-Gipfel 2025 in Tianjin }
  organisation: sco
  year: 2025
  city: Tianjin
  country: CN
  start: "2025-08-31"
  end: "2025-09-01"
  timeZone: Asia/Shanghai
`,
} as const;

/** An article file with the given front-matter lines and body. */
export function article(frontMatter: string, body = "Text."): string {
  return `---\n${frontMatter.trim()}\n---\n${body}\n`;
}
