export * from "./types";
export * from "./address";
export * from "./names";
export * from "./resolve";
export * from "./dates";
export * from "./table-refs";
