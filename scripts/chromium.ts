/**
 * Headless Chromium for the browser tests and benchmarks (playwright-core, never a downloaded browser): where
 * it is on this machine and CI, and the one set of flags they start it with. Kept out of src/ so that the
 * package never depends on playwright.
 */
import { type Browser, chromium } from "playwright-core";

/** Debian's Chromium (apt-get install -y chromium); tests skip, saying so, when it is missing. */
export const CHROMIUM = "/usr/bin/chromium";

/**
 * Headless, without the sandbox (containers, CI) or a GPU, and without the background traffic (updates, sync,
 * QUIC probes) that would make a run depend on the network.
 */
export const CHROMIUM_ARGS: readonly string[] = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];

/** Starts Chromium at `executablePath` with CHROMIUM_ARGS; the caller closes it. */
export function launchChromium(executablePath = CHROMIUM): Promise<Browser> {
  return chromium.launch({ executablePath, args: [...CHROMIUM_ARGS] });
}
