/** Pictures: checked and planned in the pipeline (plan.ts), shown by the layouts (markup.ts), made at the build's edge (produce.ts). */

export { figcaption, pictureElement, pictureFigure, placePictures, remoteLeadFigure } from "./markup.ts";
export { CARD, COLUMN_PX, MIME, MIN_WIDTH, SIZES, WIDTHS } from "./options.ts";
export { cardKey, type ImagesInput, planImages, refsOf, widthsFor } from "./plan.ts";
export {
  copyImages,
  IMAGE_DIR,
  type ProduceOptions,
  type ProduceResult,
  produceImages,
  pruneImageCache,
  writeIcons,
  writeImages,
} from "./produce.ts";
export type {
  Card,
  CardText,
  ImageJob,
  ImageOutput,
  ImageVariant,
  OutputFormat,
  Picture,
  SiteImages,
  SocialCrops,
} from "./types.ts";
