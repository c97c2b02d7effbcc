import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// Tests run in a fixed time zone and locale so that nothing depends on the machine (STYLE.md §12).
process.env.TZ = "UTC";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: "forks",
    // Whole-site tests share processed pictures (named by content hash and settings: faster, never different).
    env: {
      TZ: "UTC",
      LANG: "C",
      SUMMITDESK_IMAGE_CACHE: fileURLToPath(new URL("node_modules/.cache/summitdesk-test-images", import.meta.url)),
    },
    // In CI a JSON report feeds the one-line summary .ci/run prints (scripts/test-summary.ts).
    reporters: process.env.CI ? ["default", ["json", { outputFile: "test-results/vitest.json" }]] : ["default"],
  },
});
