/** Inline multi-file fixtures: write `{ "content/articles/a.md": "…" }` into a fresh temp project. */
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";
import { parseYaml } from "../../src/load/index.ts";
import type {
  ParsedRegistryFile,
  RegistryKind,
  RegistryLayer,
  RegistrySourceFile,
} from "../../src/load/types.ts";

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

/**
 * Copies of one project built once: `const copy = builtCopies(project, files, (root) => build(root))`; each
 * `copy()` is a fresh copy of the project as that first build left it (its output link and build cache too, links
 * copied as links), with what the build returned. Tests that each began with the same cold build share it.
 */
export function builtCopies<T>(
  project: (files: Record<string, string>) => string,
  files: Record<string, string>,
  build: (root: string) => T,
): () => { root: string; built: T } {
  let template: { root: string; built: T } | undefined;
  return () => {
    if (!template) {
      const root = project(files);
      template = { root, built: build(root) };
    }
    const root = project({});
    cpSync(template.root, root, { recursive: true, verbatimSymlinks: true });
    return { root, built: template.built };
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

/**
 * A small registry shared by fixtures: one summit, its organisation, two people and their offices. Projects read
 * from disk layer it over the bundled world registry, so what it overrides stays consistent with the world's
 * summits (the SCO's members with their dates).
 */
export const REGISTRY = {
  "content/registry/offices.yaml": `kz-head-of-state:
  of: KZ
  role: head-of-state
  title: { en: President of Kazakhstan, de: Präsident Kasachstans }
  words: { en: [President], de: [Präsident] }
  leads: true
cn-head-of-state:
  of: CN
  role: head-of-state
  title: { en: President of China, de: Staatspräsident Chinas }
  words: { en: [President], de: [Präsident, Staatspräsident] }
  leads: true
`,
  "content/registry/people.yaml": `tokayev:
  name: { en: Kassym-Jomart Tokayev, de: Kassym-Schomart Tokajew }
  short: [Tokajew, Tokayev, Tokaev]
  country: KZ
  offices:
    - { office: kz-head-of-state, from: "2019-03-20" }
xi-jinping:
  name: Xi Jinping
  short: [Xi]
  country: CN
  offices:
    - { office: cn-head-of-state, from: "2013-03-14" }
`,
  "content/registry/organisations.yaml": `sco:
  name: { en: Shanghai Cooperation Organisation, de: Shanghaier Organisation für Zusammenarbeit }
  acronym: { en: SCO, de: SOZ }
  members:
    [CN, RU, KZ, KG, TJ, UZ, { country: IN, from: "2017-06-09" }, { country: PK, from: "2017-06-09" },
     { country: IR, from: "2023-07-04" }, { country: BY, from: "2024-07-04" }]
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

/** The kind and layer of a registry file from its path ("content/registry/people.yaml", "registry/offices/kz.yaml"). */
function registryKindOf(path: string): { kind: RegistryKind; layer: RegistryLayer } {
  const m = /(?:^|\/)(countries|offices|people|organisations|summits)(?:\.yaml$|\/)/.exec(path);
  if (!m) throw new Error(`not a registry path: ${path}`);
  return { kind: m[1] as RegistryKind, layer: path.startsWith("content/") ? "local" : "world" };
}

/** Registry source files (as readContent returns them) from `{ path: text }`, world files first. */
export function registrySources(files: Readonly<Record<string, string>>): RegistrySourceFile[] {
  return Object.entries(files)
    .filter(([path]) => /registry\//.test(path))
    .map(([path, text]) => ({ path, text, ...registryKindOf(path) }))
    .sort((a, b) => (a.layer === b.layer ? (a.path < b.path ? -1 : 1) : a.layer === "world" ? -1 : 1));
}

/** Parsed registry files for buildRegistry, from `{ path: text }`; throws on YAML errors. */
export function parsedRegistry(files: Readonly<Record<string, string>>): ParsedRegistryFile[] {
  return registrySources(files).map((file) => {
    const parsed = parseYaml(file.text, file.path);
    if (parsed.data === undefined) throw new Error(JSON.stringify(parsed.diagnostics));
    return { file, data: parsed.data, locate: parsed.locate };
  });
}

/** An article file with the given front-matter lines and body. */
export function article(frontMatter: string, body = "Text."): string {
  return `---\n${frontMatter.trim()}\n---\n${body}\n`;
}
