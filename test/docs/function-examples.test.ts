import { readFileSync } from "fs";
import { resolve } from "path";
import { callFunction, omitted, range, type CellInput, type FormulaArg } from "../functions/excel-model";
import { root } from "./markdown";

/**
 * The examples of the functions reference say what the add-in computes. Every example whose
 * arguments are literals (numbers, text, array constants such as {120;30}, arguments left out)
 * and whose function returns one number is evaluated through the calling-convention model on
 * the built add-in, and the first figure its text states ("1.4: …", "84%") must be that result
 * as displayed. Examples on cell references or nested formulas are left to the function tests.
 */

interface Example {
  formula: string;
  "en-US": string;
}
const table = JSON.parse(readFileSync(resolve(root, "src/functions/reference/examples.json"), "utf8")) as Record<
  string,
  { examples: Example[] }
>;
const metadata = JSON.parse(readFileSync(resolve(root, "dist/functions.json"), "utf8")) as {
  functions: { id: string; result?: { dimensionality?: string } }[];
};
const scalar = new Set(metadata.functions.filter((f) => f.result?.dimensionality !== "matrix").map((f) => f.id));

/** The top-level arguments of `=MKT.NAME(a, b, …)`, split outside quotes, braces and parentheses. */
function splitArgs(inner: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let quoted = false;
  let current = "";
  for (const ch of inner) {
    if (ch === '"') quoted = !quoted;
    if (!quoted && (ch === "(" || ch === "{")) depth++;
    if (!quoted && (ch === ")" || ch === "}")) depth--;
    if (!quoted && depth === 0 && ch === ",") {
      out.push(current.trim());
      current = "";
    } else current += ch;
  }
  out.push(current.trim());
  return out;
}

function literal(text: string): CellInput | undefined {
  if (/^-?\d+(\.\d+)?$/.test(text)) return Number(text);
  if (/^"[^"]*"$/.test(text)) return text.slice(1, -1);
  return undefined;
}

/** A literal argument as the model takes it, or undefined for a reference or a formula. */
function argument(text: string): FormulaArg | undefined {
  if (text === "") return omitted;
  const array = /^\{(.*)\}$/.exec(text);
  if (array) {
    const rows = array[1].split(";").map((row) => row.split(",").map((c) => literal(c.trim())));
    return rows.flat().every((c) => c !== undefined) ? range(rows as CellInput[][]) : undefined;
  }
  const value = literal(text);
  return value === undefined ? undefined : (value as FormulaArg);
}

/** The first figure of a text, with the precision it is shown at: "84%" is 0.84 to 0.0001. */
function statedFigure(text: string): { value: number; tolerance: number } | undefined {
  const m = /(-?\d[\d,]*(?:\.(\d+))?)(%?)/.exec(text);
  if (!m) return undefined;
  const decimals = (m[2]?.length ?? 0) + (m[3] ? 2 : 0);
  const value = Number(m[1].replace(/,/g, "")) / (m[3] ? 100 : 1);
  return { value, tolerance: 0.5 * 10 ** -decimals + 1e-12 };
}

const cases = Object.entries(table).flatMap(([id, entry]) =>
  entry.examples.flatMap((e) => {
    if (!scalar.has(id)) return [];
    const call = /^=(MKT\.\w+)\((.*)\)$/.exec(e.formula);
    if (!call) return [];
    const args = splitArgs(call[2]).map(argument);
    if (args.some((a) => a === undefined)) return [];
    return [[e.formula, call[1], args as FormulaArg[], e["en-US"]] as const];
  }),
);

describe("the functions reference's examples", () => {
  it("has literal examples of the functions that return one number", () => {
    expect(cases.length).toBeGreaterThanOrEqual(10);
  });

  it.each(cases)("%s gives what the reference says", async (_formula, name, args, text) => {
    const stated = statedFigure(text);
    expect(stated).toBeDefined();
    const shown = await callFunction(name, ...args);
    expect(typeof shown).toBe("number");
    expect(Math.abs((shown as number) - stated!.value)).toBeLessThanOrEqual(stated!.tolerance);
  });
});
