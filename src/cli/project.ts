/** Where a site is: its root folder and its content folder, from --root and --content (paths relative to the cwd). */
import { statSync } from "node:fs";
import { join, relative, resolve, sep } from "node:path";

/** The folders a command works on; all absolute. */
export interface Project {
  /** The site's folder: urls.json, .cache/ and the default output folder are here; diagnostics name files relative to it. */
  readonly root: string;
  /** The content folder: site.yaml, registry/, articles/. */
  readonly content: string;
  /** The folder summitdesk was started in: command-line paths are relative to it. */
  readonly cwd: string;
}

/** Resolves --root and --content; a folder that does not exist is a usage error. */
export function resolveProject(
  cwd: string,
  values: { readonly root?: unknown; readonly content?: unknown },
): Project | { error: string } {
  const given = (v: unknown) => (typeof v === "string" ? v : undefined);
  const root = resolve(cwd, given(values.root) ?? ".");
  if (!isDirectory(root)) return { error: `--root ${given(values.root)}: there is no such folder.` };
  const content =
    given(values.content) !== undefined ? resolve(cwd, given(values.content) ?? "") : join(root, "content");
  if (!isDirectory(content)) {
    return {
      error:
        given(values.content) !== undefined
          ? `--content ${given(values.content)}: there is no such folder.`
          : `There is no content folder at ${shown(cwd, content)}. Run summitdesk in the site's folder, or give --root DIR or --content DIR.`,
    };
  }
  return { root, content, cwd };
}

/** A path as the user would type it from `cwd` ("content/articles", "../site/content"). */
export function shown(cwd: string, path: string): string {
  const rel = relative(cwd, path);
  return (rel === "" ? "." : rel).split(sep).join("/");
}

/** A path relative to the root, as diagnostics name files: "content/articles/2025/x.md". */
export function fromRoot(project: Project, path: string): string {
  return relative(project.root, path).split(sep).join("/");
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
