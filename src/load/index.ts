export { parseArticleFile } from "./frontMatter.ts";
export {
  type ImageFormat,
  type ImageLibrary,
  type ImageProbe,
  MAX_IMAGE_BYTES,
  MAX_IMAGE_PIXELS,
  probeFile,
  readImages,
} from "./images.ts";
export { type ContentFiles, decodeSource, MAX_ARTICLE_BYTES, readContent } from "./readContent.ts";
export type { Locator, ParsedArticleFile, ParsedYamlFile, Position, SourceFile, YamlValue } from "./types.ts";
export { parseYaml } from "./yaml.ts";
