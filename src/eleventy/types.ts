/**
 * The narrow slice of Eleventy's configuration API that summitdesk calls. Eleventy 3 ships no types;
 * declaring only what we use keeps the rest of the code independent of Eleventy.
 */
export interface EleventyConfig {
  addGlobalData(name: string, value: () => unknown): void;
  addPlugin?(plugin: (config: EleventyConfig, options: never) => void, options: unknown): void;
  addTemplate(virtualPath: string, content: unknown, data?: Record<string, unknown>): void;
  addPassthroughCopy(map: Record<string, string>): void;
  addWatchTarget(path: string): void;
  setQuietMode(quiet: boolean): void;
  setTemplateFormats(formats: string[]): void;
  setServerOptions?(options: Record<string, unknown>): void;
  setFrontMatterParsingOptions?(options: { engines: Record<string, (text: string) => unknown> }): void;
  setNunjucksEnvironmentOptions?(options: Record<string, unknown>): void;
  setLiquidOptions?(options: Record<string, unknown>): void;
  /** Relative to the input folder. */
  setLayoutsDirectory?(dir: string): void;
  setIncludesDirectory?(dir: string): void;
  // biome-ignore lint/suspicious/noExplicitAny: Eleventy calls transforms with its page as `this`.
  addTransform?(name: string, transform: (this: any, content: string) => string): void;
  on(event: "eleventy.before" | "eleventy.after", handler: (...args: unknown[]) => unknown): void;
  ignores: { add(glob: string): void };
  /** Eleventy's folders, resolved (absolute or relative to the working directory). */
  readonly directories?: { readonly layouts?: string; readonly includes?: string; readonly input?: string };
  dir?: unknown;
}
