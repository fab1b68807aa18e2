export { roi } from "./roi";
export { roas } from "./roas";
export { cac } from "./cac";
export { achievement } from "./achievement";
export { tier, TIER_BELOW_BASE, TIER_BASE, TIER_CHALLENGE } from "./tier";
export { growth } from "./growth";
export { toDirection, type Direction } from "./direction";
