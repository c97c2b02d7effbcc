/**
 * GitHub workflow commands from diagnostics. Messages carry text from content files, which anyone opening a
 * pull request controls: escaping must keep every diagnostic one command, with its own file and title.
 */
import { describe, expect, it } from "vitest";
import {
  type Diagnostic,
  escapeData,
  escapeProperty,
  formatGithub,
  formatGithubDiagnostic,
} from "../../src/diagnostics/index.ts";

const base: Diagnostic = {
  file: "content/articles/a.md",
  line: 3,
  column: 7,
  severity: "error",
  ruleId: "frontmatter/invalid-date",
  message: "2025-02-30 does not exist.",
};

/** How the Actions runner reads a command line back: split, then unescape (as documented for workflow commands). */
function parseCommand(line: string): {
  command: string;
  properties: Record<string, string>;
  message: string;
} {
  const match = /^::([a-z]+)(?: ([^:]*))?::(.*)$/s.exec(line);
  if (!match) throw new Error(`not a workflow command: ${line}`);
  const decode = (s: string) =>
    s
      .replace(/%0D/g, "\r")
      .replace(/%0A/g, "\n")
      .replace(/%3A/g, ":")
      .replace(/%2C/g, ",")
      .replace(/%25/g, "%");
  const properties = Object.fromEntries(
    (match[2] ?? "")
      .split(",")
      .filter(Boolean)
      .map((p) => {
        const at = p.indexOf("=");
        return [p.slice(0, at), decode(p.slice(at + 1))];
      }),
  );
  return { command: match[1] ?? "", properties, message: decode(match[3] ?? "") };
}

describe("--format github", () => {
  it("writes errors and warnings as ::error and ::warning with file, line, column and the rule id as title", () => {
    expect(formatGithubDiagnostic(base, "site/content/articles/a.md")).toBe(
      "::error file=site/content/articles/a.md,line=3,col=7,title=frontmatter/invalid-date::2025-02-30 does not exist.",
    );
    const warning = { ...base, severity: "warning" as const, hint: "Fix it." };
    expect(formatGithubDiagnostic(warning, "a.md")).toBe(
      "::warning file=a.md,line=3,col=7,title=frontmatter/invalid-date::2025-02-30 does not exist.%0Ahint: Fix it.",
    );
  });

  it("leaves out line and column for a problem with the whole file", () => {
    expect(formatGithubDiagnostic({ ...base, line: 0, column: 0 }, "a.md")).toBe(
      "::error file=a.md,title=frontmatter/invalid-date::2025-02-30 does not exist.",
    );
  });

  it("escapes %, CR and LF in messages, so hostile text cannot start a command of its own", () => {
    expect(escapeData("50% \r\n::set-env name=X::1")).toBe("50%25 %0D%0A::set-env name=X::1");
    const hostile = {
      ...base,
      message: 'Unknown person "x\n::error file=README.md::forged".',
      hint: "100% sure\r\n::add-mask::secret",
    };
    const out = formatGithub([hostile, base], () => "a.md");
    const lines = out.trimEnd().split("\n");
    expect(lines).toHaveLength(2);
    const first = parseCommand(lines[0] ?? "");
    expect(first.command).toBe("error");
    expect(first.properties.file).toBe("a.md");
    expect(first.message).toBe(
      'Unknown person "x\n::error file=README.md::forged".\nhint: 100% sure\r\n::add-mask::secret',
    );
  });

  it("escapes : and , in file names and titles, which would otherwise end a property", () => {
    expect(escapeProperty("a:b,c%d\ne")).toBe("a%3Ab%2Cc%25d%0Ae");
    const line = formatGithubDiagnostic(
      { ...base, ruleId: "rule::with,commas" },
      "content/articles/Gipfel: Tag 1, Teil 2.md",
    );
    expect(line.match(/::/g)).toHaveLength(2);
    const parsed = parseCommand(line);
    expect(parsed.properties).toEqual({
      file: "content/articles/Gipfel: Tag 1, Teil 2.md",
      line: "3",
      col: "7",
      title: "rule::with,commas",
    });
  });

  it("writes infos as notices when asked to format them", () => {
    expect(formatGithubDiagnostic({ ...base, severity: "info" }, "a.md")).toMatch(/^::notice /);
  });
});
