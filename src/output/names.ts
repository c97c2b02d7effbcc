/**
 * The names next to an output folder `B`: `B` itself is a symbolic link to the complete site `B.v-<pid>-<id>`;
 * a build writes into `B.tmp-<pid>-<id>`, makes its link as `B.link-<pid>-<id>`, and moves a real folder it
 * replaces to `B.old-<pid>-<id>`. The version it replaced stays as `B.spare-<pid>-<id>` when the next build can
 * take its files back (swap.ts). The pid says whether the build that made a name may still be running.
 */
import { randomBytes } from "node:crypto";

/** The kinds of sibling a build makes. */
export type SiblingKind = "tmp" | "v" | "link" | "old" | "spare";

/** A sibling's name for this process. */
export function siblingName(base: string, kind: SiblingKind): string {
  return `${base}.${kind}-${process.pid}-${randomBytes(4).toString("hex")}`;
}

/** What a name next to `base` is, if a build made it; `pid` is absent for names of older summitdesk versions. */
export function parseSibling(base: string, name: string): { kind: SiblingKind; pid?: number } | undefined {
  if (!name.startsWith(`${base}.`)) return undefined;
  const match = /^(tmp|v|link|old|spare)-(?:(\d+)-)?[0-9a-f]{8}$/.exec(name.slice(base.length + 1));
  if (!match) return undefined;
  const kind = match[1] as SiblingKind;
  return match[2] === undefined ? { kind } : { kind, pid: Number(match[2]) };
}
