/** The page the dev server shows while content has errors: the same report the terminal prints. */
import { html } from "../render/index.ts";

export function errorPage(report: string): string {
  return html`<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Content errors – summitdesk</title>
<link rel="stylesheet" href="/assets/style.css"></head>
<body><main class="wrap"><h1>Content errors</h1><p>Fix these and save; the page reloads by itself.</p><pre class="error-report">${report}</pre></main></body>
</html>
`.value;
}
