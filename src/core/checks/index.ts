export * from "./types";
export * from "./settings";
export * from "./engine";
export * from "./message";
export { roleOf, type Role } from "./roles";
export { describeColumns, type ColumnInfo } from "./columns";
export * from "./flags";
export { fmtNumber, fmtPercent } from "./cells";
export { findTables } from "./tables";
