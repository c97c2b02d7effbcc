/** An article's topics in order of importance: chips under it, the kicker above its headline. */
export { rankTopics, SHOWN_CHIPS, splitChips } from "./chips.ts";
export { kickerOf, summitKicker } from "./kicker.ts";
