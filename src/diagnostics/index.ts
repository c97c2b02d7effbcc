export {
  capWarnings,
  codeFrame,
  escapeInvisible,
  formatDiagnostic,
  formatReport,
  framesOf,
  jsonWithoutInvisible,
  type KnownFrames,
  type Sources,
} from "./format.ts";
export { escapeData, escapeProperty, formatGithub, formatGithubDiagnostic } from "./github.ts";
export { type FieldHints, issuesToDiagnostics, show } from "./schemaIssues.ts";
export { closest } from "./suggest.ts";
export { type Diagnostic, hasErrors, type Result, type Severity, sortDiagnostics } from "./types.ts";
