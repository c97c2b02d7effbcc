/**
 * The command line as an editor meets it: strict options with did-you-mean, missing files as errors, the same
 * --format everywhere, --root and --content honoured, results on stdout and diagnostics on stderr. In process
 * (src/cli/main.ts): fast, and no build is started by any of these.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { serializeLedger } from "../../src/urls/index.ts";
import { runMain } from "../helpers/main.ts";
import { article, registryProjects } from "../helpers/project.ts";

const project = registryProjects(afterAll);
const VERSION = (
  JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version: string }
).version;

// A site whose URL ledger is up to date, so that "all is well" means no warning at all.
const good = {
  "content/articles/a.md": article("title: A\ndate: 2025-08-31\npeople: [Tokajew]"),
  "urls.json": serializeLedger({ articles: new Map([["a.md", { lang: "de", urls: ["/de/2025/a/"] }]]) }),
};
const bad = { "content/articles/a.md": article("title: A\ndate: 2025-02-30") };

describe("usage errors (exit 2, one line on stderr, nothing done)", () => {
  it.each([
    [["build", "--ouput", "x"], 'Unknown option "--ouput" for build. Did you mean "--output"?'],
    [["check", "--fromat", "json"], 'Unknown option "--fromat" for check. Did you mean "--format"?'],
    [["tag", "a.md", "--formt=json"], 'Unknown option "--formt" for tag. Did you mean "--format"?'],
    [["new", "T", "--peple", "x"], 'Unknown option "--peple" for new. Did you mean "--people"?'],
    [["dev", "--prot", "8081"], 'Unknown option "--prot" for dev. Did you mean "--port"?'],
    [
      ["check", "--output", "x"],
      'Unknown option "--output" for check. --output is an option of build and dev.',
    ],
    [["build", "--output"], "--output needs a folder: summitdesk build --output DIR"],
    [["build", "--output", "--no-cache"], "--output needs a folder"],
    [["build", "--no-cache=yes"], "--no-cache takes no value"],
    [
      ["build", "--watch", "--no-cache"],
      "--watch keeps the build cache between builds; it cannot be combined with --no-cache.",
    ],
    [["build", "--wacth"], 'Unknown option "--wacth" for build. Did you mean "--watch"?'],
    [["build", "site"], 'Unexpected argument "site" for build. To choose the output folder: --output site'],
    [["check", "--format", "xml"], '--format must be text, json or github, not "xml".'],
    [["check", "--format=jsno"], '--format must be text, json or github, not "jsno". Did you mean "json"?'],
    [["tag"], "summitdesk tag needs FILE.md"],
    [["tag", "a.md", "b.md"], 'Unexpected argument "b.md" for tag'],
    [["new", "Tokajew", "trifft", "Xi"], 'put it in quotes: summitdesk new "Tokajew trifft Xi"'],
    [["new", "T", "--lang", "fr"], '--lang must be de or en, not "fr".'],
    [["dev", "--port", "http"], '--port must be a whole number from 1 to 65535, not "http".'],
    [["buidl"], 'Unknown command "buidl". Did you mean "build"?'],
    [["--frob"], 'Unknown option "--frob": options come after the command'],
    [["check", "--root", "no-such-folder"], "--root no-such-folder: there is no such folder."],
    [["check", "--content", "no-such-folder"], "--content no-such-folder: there is no such folder."],
  ])("summitdesk %j", async (args, message) => {
    const root = project(good);
    const run = await runMain(root, args);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toContain(message);
    expect(existsSync(join(root, "_site"))).toBe(false);
    expect(existsSync(join(root, "x"))).toBe(false);
  });

  it("reports a file that does not exist instead of finding no problems in it", async () => {
    const run = await runMain(project(good), ["check", "missing.md"]);
    expect(run).toEqual({ code: 2, stdout: "", stderr: "missing.md: there is no such file or folder.\n" });
  });

  it("refuses to check a file outside the content folder", async () => {
    const root = project({ ...good, "README.md": "# Site\n" });
    const run = await runMain(root, ["check", "README.md"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("README.md is not in the content folder (content/)");
  });

  it("says where it looked when run outside a site", async () => {
    const root = project({});
    const run = await runMain(join(root, "content"), ["check"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      "There is no content folder at content. Run summitdesk in the site's folder",
    );
  });
});

describe("help and version", () => {
  it("prints every option of a command on stdout and exits 0, whatever else is on the line", async () => {
    const run = await runMain(project(good), ["build", "--ouput", "x", "--help"]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe("");
    expect(run.stdout).toMatch(/^usage: summitdesk build \[options\]\n/);
    for (const option of [
      "--output DIR",
      "--no-cache",
      "-w, --watch",
      "--root DIR",
      "--content DIR",
      "-h, --help",
      "-v, --version",
    ])
      expect(run.stdout).toContain(option);
    expect(run.stdout).toContain("exit codes: 0 ok");
  });

  it.each([["check"], ["build"], ["dev"], ["tag"], ["new"]])(
    "documents %s with --help, -h and help",
    async (command) => {
      const root = project(good);
      const long = await runMain(root, [command, "--help"]);
      expect(long.stdout).toContain(`usage: summitdesk ${command} `);
      expect((await runMain(root, [command, "-h"])).stdout).toBe(long.stdout);
      expect((await runMain(root, ["help", command])).stdout).toBe(long.stdout);
    },
  );

  it("lists the commands; without a command that is a usage error on stderr", async () => {
    const root = project(good);
    const help = await runMain(root, ["--help"]);
    expect(help.code).toBe(0);
    for (const command of ["check", "build", "dev", "tag", "new"])
      expect(help.stdout).toMatch(new RegExp(`\n  ${command}\\b`));
    const bare = await runMain(root, []);
    expect(bare).toEqual({ code: 2, stdout: "", stderr: help.stdout });
  });

  it("prints the version from package.json", async () => {
    const root = project(good);
    expect(await runMain(root, ["--version"])).toEqual({ code: 0, stdout: `${VERSION}\n`, stderr: "" });
    expect((await runMain(root, ["check", "-v"])).stdout).toBe(`${VERSION}\n`);
  });

  it("treats --help after -- as an argument, not a request for help", async () => {
    const run = await runMain(project(good), ["check", "--", "--help"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("--help: there is no such file or folder.");
  });
});

describe("check", () => {
  it("writes results to stdout and diagnostics to stderr", async () => {
    const ok = await runMain(project(good), ["check"]);
    expect(ok).toMatchObject({ code: 0, stdout: "No problems in 1 article.\n" });
    const broken = await runMain(project(bad), ["check"]);
    expect(broken.code).toBe(1);
    expect(broken.stdout).toBe("");
    expect(broken.stderr).toContain("content/articles/a.md:3:7  error  2025-02-30 does not exist");
  });

  it("accepts --format json and --format=json alike", async () => {
    const root = project(bad);
    const spaced = await runMain(root, ["check", "--format", "json"]);
    expect(spaced.code).toBe(1);
    expect(JSON.parse(spaced.stdout).diagnostics[0]).toMatchObject({
      ruleId: "frontmatter/invalid-date",
      line: 3,
    });
    expect((await runMain(root, ["check", "--format=json"])).stdout).toBe(spaced.stdout);
  });

  it("prints GitHub workflow commands with --format github", async () => {
    const run = await runMain(project(bad), ["check", "--format", "github"]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe(
      "::error file=content/articles/a.md,line=3,col=7,title=frontmatter/invalid-date::" +
        "2025-02-30 does not exist: February 2025 has 28 days.%0Ahint: Correct the day. Write it as 2025-08-31, " +
        "2025-08-31 14:30 or 2025-08-31T14:30:00+08:00.\n",
    );
    expect(run.stderr).toBe("1 error, 0 warnings\n");
  });

  it("limits the report to the files and folders named, relative to where it runs", async () => {
    const root = project({
      "content/articles/2025/a.md": article("title: A\ndate: 2025-02-30"),
      "content/articles/2026/b.md": article("date: 2026-01-01"),
    });
    const folder = await runMain(root, ["check", "content/articles/2026"]);
    expect(folder.stderr).toContain("content/articles/2026/b.md:2:1");
    expect(folder.stderr).not.toContain("a.md");
    const inside = await runMain(join(root, "content/articles/2025"), [
      "check",
      "--root",
      "../../..",
      "a.md",
    ]);
    expect(inside.stderr).toContain("content/articles/2025/a.md:3:7");
    expect(inside.stderr).not.toContain("b.md");
  });

  it("honours --root and --content", async () => {
    const root = project(bad);
    const elsewhere = await runMain(join(root, ".."), ["check", "--root", root]);
    expect(elsewhere.code).toBe(1);
    expect(elsewhere.stderr).toContain("content/articles/a.md:3:7");
    // A content folder under another name: its files are named relative to the root.
    const other = project({});
    mkdirSync(join(other, "texte/articles"), { recursive: true });
    writeFileSync(join(other, "texte/articles/b.md"), article("title: B\ndate: 2025-02-31"));
    const named = await runMain(other, ["check", "--content", "texte"]);
    expect(named.code).toBe(1);
    expect(named.stderr).toContain("texte/articles/b.md:3:7  error  2025-02-31 does not exist");
  });
});

describe("tag", () => {
  const text = article(
    "title: Tokajew in Tianjin\ndate: 2025-08-31 10:00\nlang: de",
    "Präsident Tokajew traf Xi Jinping.",
  );

  it("prints the same JSON with --format json and the deprecated --json, which warns", async () => {
    const root = project({ "content/articles/a.md": text });
    const current = await runMain(root, ["tag", "content/articles/a.md", "--format", "json"]);
    expect(current.code).toBe(0);
    expect(current.stderr).toBe("");
    expect(JSON.parse(current.stdout)).toMatchObject({
      version: 1,
      file: "content/articles/a.md",
      lang: "de",
    });
    const old = await runMain(root, ["tag", "content/articles/a.md", "--json"]);
    expect(old.stdout).toBe(current.stdout);
    expect(old.stderr).toBe("warning: --json is deprecated; use --format json.\n");
    const both = await runMain(root, ["tag", "content/articles/a.md", "--json", "--format", "github"]);
    expect(both.code).toBe(2);
  });

  it("puts each entity found as a notice on its first mention with --format github", async () => {
    const root = project({ "content/articles/a.md": text });
    const run = await runMain(root, ["tag", "content/articles/a.md", "--format", "github"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      "::notice file=content/articles/a.md,line=2,col=8,title=tag/person::Kassym-Jomart Tokayev (tokayev): main, 2 mentions: Tokajew\n",
    );
    expect(run.stdout).toContain(
      "title=tag/person::Xi Jinping (xi-jinping): passing, 1 mention: Xi Jinping\n",
    );
  });

  it("reads the file relative to where it runs, and a missing file is a usage error", async () => {
    const root = project({ "content/articles/a.md": text });
    const inside = await runMain(join(root, "content/articles"), ["tag", "a.md", "--root", "../.."]);
    expect(inside.code).toBe(0);
    expect(inside.stdout).toContain("content/articles/a.md (de)");
    const missing = await runMain(root, ["tag", "content/articles/nope.md"]);
    expect(missing).toEqual({
      code: 2,
      stdout: "",
      stderr: "content/articles/nope.md: there is no such file (or it cannot be read).\n",
    });
  });
});

describe("new", () => {
  it("writes into the content folder given with --content, and names the file as typed from the cwd", async () => {
    const root = project({});
    mkdirSync(join(root, "texte"));
    const run = await runMain(root, ["new", "Gipfel in Łódź", "--content", "texte", "--lang", "de"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(
      "Created texte/articles/2026/gipfel-in-lodz.md (draft: true; remove that line to publish).\n",
    );
    expect(readFileSync(join(root, "texte/articles/2026/gipfel-in-lodz.md"), "utf8")).toContain(
      "title: Gipfel in Łódź\n",
    );
  });
});
