/** The front page's plan: lead, secondary stories, the current summit's package, the latest, the summit rail. */
export {
  type FrontOptions,
  type FrontPlan,
  type FrontSummit,
  frontPlan,
  frontSummits,
  type SummitStatus,
  summitStatus,
} from "./plan.ts";
