export * from "./state";
export * from "./plan";
export { coalesce } from "./coalesce";
