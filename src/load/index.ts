export { parseArticleFile } from "./frontMatter.ts";
export { type ContentFiles, decodeSource, MAX_ARTICLE_BYTES, readContent } from "./readContent.ts";
export type { Locator, ParsedArticleFile, ParsedYamlFile, Position, SourceFile, YamlValue } from "./types.ts";
export { parseYaml } from "./yaml.ts";
