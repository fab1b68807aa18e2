/**
 * The custom-functions runtime globals Excel provides, as far as our code uses them:
 * `CustomFunctions.Error` and `CustomFunctions.ErrorCode`, with the same string codes.
 */
class FakeCustomFunctionError extends Error {
  constructor(
    readonly code: string,
    override readonly message: string = "",
  ) {
    super(message);
  }
}

const runtime = {
  Error: FakeCustomFunctionError,
  ErrorCode: {
    invalidValue: "#VALUE!",
    notAvailable: "#N/A",
    divisionByZero: "#DIV/0!",
    invalidNumber: "#NUM!",
    nullReference: "#NULL!",
    invalidName: "#NAME?",
    invalidReference: "#REF!",
  },
  associate: () => undefined,
};

(globalThis as unknown as { CustomFunctions: typeof runtime }).CustomFunctions = runtime;
