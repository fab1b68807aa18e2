/**
 * The add-in's custom functions as Excel gets them: dist/functions.js as built, run in a
 * stand-in of the custom-functions runtime, and dist/functions.json, the contract Excel
 * reads. Nothing from src/ is imported, so a function that works only when called from
 * TypeScript, or metadata that does not match the code, shows up here.
 */
import { existsSync, readFileSync } from "fs";
import { resolve } from "path";
import { createContext, runInContext } from "vm";
import * as z from "zod";

const root = resolve(__dirname, "../../..");

const parameterSchema = z.object({
  name: z.string(),
  description: z.string().optional(),
  // "Manually create JSON metadata for custom functions" (learn.microsoft.com/office/dev/add-ins/excel/custom-functions-json),
  // section parameters: type defaults to "any", dimensionality to "scalar".
  type: z.enum(["any", "number", "string", "boolean"]).default("any"),
  dimensionality: z.enum(["scalar", "matrix"]).default("scalar"),
  optional: z.boolean().default(false),
  repeating: z.boolean().default(false),
});
const functionSchema = z.object({
  id: z.string(),
  name: z.string(),
  helpUrl: z.string().optional(),
  parameters: z.array(parameterSchema),
  result: z.object({
    type: z.enum(["any", "number", "string", "boolean"]).default("any"),
    dimensionality: z.enum(["scalar", "matrix"]).default("scalar"),
  }),
  options: z.record(z.string(), z.unknown()).optional(),
});
const metadataSchema = z.object({
  // Same page, "Metadata reference": both flags are top-level and default to false.
  allowErrorForDataTypeAny: z.boolean().default(false),
  allowCustomDataForDataTypeAny: z.boolean().default(false),
  functions: z.array(functionSchema),
});

export type ParameterMetadata = z.infer<typeof parameterSchema>;
export type FunctionMetadata = z.infer<typeof functionSchema>;
export type Metadata = z.infer<typeof metadataSchema>;

/**
 * CustomFunctions.Error as the runtime provides it (CustomFunctionsRuntime 1.2): a code
 * and an optional message. learn.microsoft.com/javascript/api/custom-functions-runtime/customfunctions.error
 */
export class StandInError {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}

/** learn.microsoft.com/javascript/api/custom-functions-runtime/customfunctions.errorcode */
export const ERROR_CODES = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
} as const;

/** The manifest's namespace (manifest.xml `Functions.Namespace`): formulas say MKT.ROI. */
export const NAMESPACE = "MKT";

export interface LoadedAddIn {
  readonly metadata: Metadata;
  readonly implementations: ReadonlyMap<string, (...args: unknown[]) => unknown>;
  readonly StandInError: typeof StandInError;
}

const cache = new Map<string, LoadedAddIn>();

function builtFile(name: string): string {
  const path = resolve(root, "dist", name);
  if (!existsSync(path)) throw new Error(`excel-model: ${path} is missing; run \`npm run build\` first`);
  return readFileSync(path, "utf8");
}

/**
 * Loads the built bundle once per display language. Office.context.displayLanguage is what
 * the functions read to choose the language of their messages.
 */
export function loadAddIn(displayLanguage = "en-US"): LoadedAddIn {
  const cached = cache.get(displayLanguage);
  if (cached) return cached;
  const metadata = metadataSchema.parse(JSON.parse(builtFile("functions.json")));
  const implementations = new Map<string, (...args: unknown[]) => unknown>();
  const runtime = {
    Error: StandInError,
    ErrorCode: ERROR_CODES,
    // "Associate function names with JSON metadata" (custom-functions-json): each id is bound once.
    associate(id: string, fn: (...args: unknown[]) => unknown) {
      if (typeof id !== "string" || typeof fn !== "function") throw new Error(`excel-model: bad associate(${id})`);
      if (implementations.has(id)) throw new Error(`excel-model: ${id} is associated twice`);
      implementations.set(id, fn);
    },
  };
  const office = { context: { displayLanguage } };
  const sandbox = createContext({ CustomFunctions: runtime, Office: office, console });
  runInContext(builtFile("functions.js"), sandbox, { filename: "dist/functions.js" });
  for (const fn of metadata.functions) {
    if (!implementations.has(fn.id)) throw new Error(`excel-model: functions.json lists ${fn.id}, never associated`);
  }
  for (const id of implementations.keys()) {
    if (!metadata.functions.some((fn) => fn.id === id)) {
      throw new Error(`excel-model: ${id} is associated but not in functions.json`);
    }
  }
  const loaded = { metadata, implementations, StandInError };
  cache.set(displayLanguage, loaded);
  return loaded;
}
