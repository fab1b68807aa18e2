export * from "./types";
export * from "./address";
export * from "./dates";
export * from "./build";
export * from "./header";
export * from "./sparse";
export * from "./blocks";
