export * from "./types";
export * from "./settings";
export * from "./engine";
export * from "./message";
export { roleOf, type Role } from "./roles";
export { describeColumns, type ColumnInfo } from "./columns";
