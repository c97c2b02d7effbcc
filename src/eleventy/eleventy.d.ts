/** The part of Eleventy's programmatic API we use (Eleventy 3 ships no type declarations). */
declare module "@11ty/eleventy" {
  export default class Eleventy {
    constructor(input: string, output: string, options?: Record<string, unknown>);
    write(): Promise<unknown>;
    toJSON(): Promise<Array<{ url: string; inputPath: string; outputPath: string; content: string }>>;
    init(): Promise<void>;
    watch(): Promise<void>;
    serve(port: number): Promise<void>;
    stopWatch(): Promise<void>;
  }
}
