import * as z from "zod/mini";

/**
 * Excel's rich cell values, as a custom function receives them when functions.json sets
 * `allowCustomDataForDataTypeAny` (and errors with `allowErrorForDataTypeAny`): objects in the
 * Excel.CellValue JSON schema, `{ type, basicType, basicValue, ... }`.
 * learn.microsoft.com/office/dev/add-ins/excel/custom-functions-data-types-concepts and
 * learn.microsoft.com/javascript/api/excel/excel.cellvalue
 */
const cellValueSchema = z.object({
  type: z.string(),
  basicValue: z.optional(z.union([z.number(), z.string(), z.boolean()])),
  basicType: z.optional(z.string()),
  text: z.optional(z.string()),
});

/** What stands for an error value: the shape core's input checks read (CustomFunctions.Error has the same). */
interface ErrorLike {
  readonly code: string;
}

type Plain = number | string | boolean | null | ErrorLike | object;

/**
 * One cell as core reads it. A data type counts as its basic value, the value the cell would
 * show without the card (a formatted number is its number, a string value its text); an entity
 * (whose basic value is #VALUE!) counts as its display text, so a message can name it; an
 * error cell value is that error. Anything else is passed on unchanged for core to report.
 */
function cell(value: unknown): Plain | unknown {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return value;
  if (typeof (value as { code?: unknown }).code === "string") return value; // CustomFunctions.Error
  const parsed = cellValueSchema.safeParse(value);
  if (!parsed.success) return value;
  const { type, basicType, basicValue, text } = parsed.data;
  if (type === "Empty") return null;
  if (type === "Entity" || type === "LinkedEntity") return text ?? basicValue ?? null;
  if (type === "Error" || basicType === "Error") return { code: String(basicValue ?? "#VALUE!") };
  return basicValue ?? value;
}

/** An argument as core reads it: ranges (2-D or, for a repeating parameter, 3-D) cell by cell. */
export function fromExcel(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(fromExcel);
  return cell(value);
}
