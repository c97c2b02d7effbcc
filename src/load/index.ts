export { parseArticleFile } from "./frontMatter.ts";
export { type IdMapFile, idMap } from "./idMap.ts";
export {
  type ImageFormat,
  type ImageLibrary,
  type ImageProbe,
  MAX_IMAGE_BYTES,
  MAX_IMAGE_PIXELS,
  probeFile,
  readImages,
} from "./images.ts";
export { makePreparsedTable, PREPARSED_TABLE, preparsedYaml } from "./preparsed.ts";
export {
  type ContentFiles,
  decodeSource,
  MAX_ARTICLE_BYTES,
  type ReadContent,
  type ReadOptions,
  readArticleSource,
  readContent,
  WORLD_REGISTRY_DIR,
} from "./readContent.ts";
export {
  type FileStamp,
  type KnownUnchanged,
  SETTLE_NS,
  sameStamp,
  settled,
  stampOf,
} from "./stamps.ts";
export {
  type Locator,
  type ParsedArticleFile,
  type ParsedRegistryFile,
  type ParsedYamlFile,
  type Position,
  REGISTRY_KINDS,
  type RegistryKind,
  type RegistryLayer,
  type RegistrySourceFile,
  type SourceFile,
  type YamlValue,
} from "./types.ts";
export { parseYaml } from "./yaml.ts";
