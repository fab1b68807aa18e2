import { isCellError, localizeError, type CellError, type ErrorCode, type Result } from "../core/errors";
import { displayLocale } from "../excel/host";

function excelCode(code: ErrorCode): CustomFunctions.ErrorCode {
  switch (code) {
    case "#VALUE!":
      return CustomFunctions.ErrorCode.invalidValue;
    case "#N/A":
      return CustomFunctions.ErrorCode.notAvailable;
    case "#DIV/0!":
      return CustomFunctions.ErrorCode.divisionByZero;
    case "#NUM!":
      return CustomFunctions.ErrorCode.invalidNumber;
  }
}

/** A core result as a cell: the number, or a CustomFunctions.Error with a localised message. */
export function toCell(result: Result): number {
  if (!isCellError(result)) return result;
  // The declared return type stays `number` so the generated metadata says the result is a
  // number; Excel accepts an Error object in its place and shows its message on the cell.
  return new CustomFunctions.Error(
    excelCode(result.error),
    localizeError(result, displayLocale()),
  ) as unknown as number;
}

/** A core error as Excel's error value, message localised: what a spilling function returns on failure. */
export function toErrorValue(error: CellError): CustomFunctions.Error {
  return new CustomFunctions.Error(excelCode(error.error), localizeError(error, displayLocale()));
}

/** A spilled table as Excel's 2-D result: numbers and text as they are, core errors as Excel's error values. */
export function toSpill(
  grid: readonly (readonly (string | number | CellError)[])[],
): (string | number | CustomFunctions.Error)[][] {
  return grid.map((row) => row.map((cell) => (isCellError(cell) ? toErrorValue(cell) : cell)));
}
