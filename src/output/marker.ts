/** The file every output folder carries: proof that summitdesk wrote the folder and may replace it whole. */
export const MARKER = ".summitdesk-output";

/** What the marker says to whoever opens it. */
export const MARKER_TEXT =
  "This folder was written by summitdesk (`summitdesk build` or its dev server).\n" +
  "The next build replaces it whole; do not keep anything else in it.\n";
