/** Types of the maps drawn at build time: what a page asks for and the geometry it gets back. */

/** Why a country is on a map. A country with several roles is drawn in the first of host, subject, member, guest. */
export type MapRole = "host" | "subject" | "member" | "guest";

/** A place marked with a dot and a label. */
export interface MapPoint {
  readonly lat: number;
  readonly lon: number;
  readonly label: string;
  /** The host city of a summit, or another city (a country's summit venues). */
  readonly kind: "host" | "city";
}

/** What a page asks for. */
export interface MapRequest {
  /** Countries to highlight, ISO 3166-1 alpha-2. */
  readonly countries: readonly { readonly id: string; readonly role: MapRole }[];
  readonly points: readonly MapPoint[];
  /** "fit": frame the highlighted countries and points; "locator": one country in its surroundings. */
  readonly frame: "fit" | "locator";
}

/** A map as paths and positions in a viewBox of `width` × `height`; the layout turns it into SVG. */
export interface MapGeometry {
  readonly width: number;
  readonly height: number;
  /** The sphere's outline (the sea), clipped to the view. */
  readonly sea: string;
  /** Every other country in view, as one path. */
  readonly land: string;
  /** The highlighted countries, one path per role (roles without a drawable country are left out). */
  readonly shapes: readonly { readonly role: MapRole; readonly d: string }[];
  /** Countries too small to see at this scale, as dots at their centre. */
  readonly dots: readonly {
    readonly id: string;
    readonly role: MapRole;
    readonly x: number;
    readonly y: number;
  }[];
  readonly points: readonly (MapPoint & {
    readonly x: number;
    readonly y: number;
    readonly anchor: "start" | "end";
  })[];
  /** Highlighted countries Natural Earth has no shape for (Tuvalu, Gibraltar…): only the list names them. */
  readonly missing: readonly string[];
}
