/** Reading content/: one name is one file whatever its Unicode form; links never lead outside the project. */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { readContent } from "../../src/load/index.ts";
import { article, removeProject, writeProject } from "../helpers/project.ts";

const roots: string[] = [];
afterAll(() => {
  for (const root of roots) removeProject(root);
});
const projectWith = (files: Record<string, string>) => {
  const root = writeProject(files);
  roots.push(root);
  return root;
};
const ok = article("title: T\ndate: 2025-06-01");

describe("readContent", () => {
  it("reads a decomposed (NFD) file name as its composed (NFC) form, so the slug is the same everywhere", () => {
    const root = projectWith({ ["content/articles/2025/gr\u0075\u0308n.md".normalize("NFD")]: ok });
    const { value } = readContent(root);
    expect(value.articles.map((a) => a.path)).toEqual(["content/articles/2025/grün.md".normalize("NFC")]);
  });

  it("refuses both files when two names differ only in their Unicode form", () => {
    const nfc = "content/articles/2025/grün.md".normalize("NFC");
    const root = projectWith({ [nfc]: ok, [nfc.normalize("NFD")]: ok });
    const { value, diagnostics } = readContent(root);
    expect(value.articles).toEqual([]);
    expect(diagnostics.map((d) => [d.file, d.severity, d.ruleId])).toEqual([
      [nfc, "error", "file/duplicate-name"],
      [nfc, "error", "file/duplicate-name"],
    ]);
    expect(diagnostics[0]?.message).toContain('2 files are named "content/articles/2025/grün.md"');
  });

  it("does not follow a linked content/articles folder, nor a linked folder inside it", () => {
    const outside = mkdtempSync(join(tmpdir(), "summitdesk-outside-"));
    roots.push(outside);
    writeFileSync(join(outside, "secret.md"), ok);
    const root = projectWith({ "content/site.yaml": "defaultLang: de\n" });
    symlinkSync(outside, join(root, "content/articles"), "dir");
    const linked = readContent(root);
    expect(linked.value.articles).toEqual([]);
    expect(linked.diagnostics.map((d) => [d.file, d.ruleId, d.message])).toEqual([
      ["content/articles", "file/symlink", "Symbolic links are not followed; this folder is ignored."],
    ]);

    const inner = projectWith({ "content/articles/2025/a.md": ok });
    mkdirSync(join(inner, "content/articles/2026"));
    symlinkSync(outside, join(inner, "content/articles/2026/more"), "dir");
    const nested = readContent(inner);
    expect(nested.value.articles.map((a) => a.path)).toEqual(["content/articles/2025/a.md"]);
    expect(nested.diagnostics.map((d) => [d.file, d.ruleId, d.message])).toEqual([
      [
        "content/articles/2026/more",
        "file/symlink",
        "Symbolic links are not followed; this folder is ignored.",
      ],
    ]);
  });

  it("does not follow a linked content/ or content/registry folder", () => {
    const outside = projectWith({
      "people.yaml": "x: { name: X }\n",
      "registry/people.yaml": "x: { name: X }\n",
    });
    const root = projectWith({ "content/articles/2025/a.md": ok });
    symlinkSync(join(outside), join(root, "content/registry"), "dir");
    // Only the bundled world registry is read; nothing of the linked local layer.
    const local = (files: readonly { layer: string }[]) => files.filter((f) => f.layer === "local");
    expect(local(readContent(root).value.registry)).toEqual([]);
    const whole = mkdtempSync(join(tmpdir(), "summitdesk-root-"));
    roots.push(whole);
    symlinkSync(outside, join(whole, "content"), "dir");
    const r = readContent(whole, "content", { worldRegistry: false });
    expect(r.value.articles).toEqual([]);
    expect(r.value.registry).toEqual([]);
    expect(r.value.site).toBeUndefined();
    expect(r.diagnostics.map((d) => [d.file, d.ruleId])).toEqual([["content", "file/symlink"]]);
    rmSync(join(whole, "content"));
  });
});
