import { fromExcel } from "../../src/functions/excel-values";

/**
 * Rich cell values in the Excel.CellValue JSON schema, as Excel passes them with
 * allowCustomDataForDataTypeAny (learn.microsoft.com/javascript/api/excel/excel.cellvalue):
 * the shapes the calling-convention model does not produce itself.
 */
describe("fromExcel", () => {
  it("reads a formatted number or a string value as its basic value", () => {
    expect(fromExcel({ type: "FormattedNumber", basicValue: 0.25, numberFormat: "0%" })).toBe(0.25);
    expect(fromExcel({ type: "String", basicType: "String", basicValue: "lower" })).toBe("lower");
  });

  it("reads an entity or a linked entity (basic value #VALUE!) as its display text", () => {
    expect(
      fromExcel({ type: "Entity", text: "Contoso", basicType: "Error", basicValue: "#VALUE!", properties: {} }),
    ).toBe("Contoso");
    expect(fromExcel({ type: "LinkedEntity", text: "MSFT", basicValue: "#VALUE!" })).toBe("MSFT");
  });

  it("reads an error cell value as that error, an empty one as blank", () => {
    expect(fromExcel({ type: "Error", basicType: "Error", basicValue: "#N/A", errorType: "NotAvailable" })).toEqual({
      code: "#N/A",
    });
    expect(fromExcel({ type: "Empty", basicValue: "" })).toBeNull();
  });

  it("walks 2-D ranges and the 3-D array of a repeating parameter, leaving plain values and unknown objects alone", () => {
    const odd = { something: 1 };
    expect(fromExcel([[[1, { type: "Double", basicValue: 2 }]], [[null, odd]]])).toEqual([[[1, 2]], [[null, odd]]]);
  });
});
