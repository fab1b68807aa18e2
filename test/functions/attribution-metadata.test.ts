import { resolve } from "path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";

interface Parameter {
  name: string;
  dimensionality?: string;
  optional?: boolean;
}

describe("MKT.ATTRIBUTE metadata", () => {
  it("is generated without errors: ranges as matrices, a spilled matrix result", async () => {
    const { metadataJson, errors } = await generateCustomFunctionsMetadata([
      resolve(__dirname, "../../src/functions/attribution.ts"),
    ]);
    expect(errors).toEqual([]);
    const [fn] = (
      JSON.parse(metadataJson) as {
        functions: { id: string; parameters: Parameter[]; result: { dimensionality?: string } }[];
      }
    ).functions;
    expect(fn.id).toBe("ATTRIBUTE");
    expect(fn.result.dimensionality).toBe("matrix");
    expect(fn.parameters.map((p) => [p.name, p.dimensionality ?? "scalar", p.optional ?? false])).toEqual([
      ["paths", "matrix", false],
      ["conversions", "matrix", false],
      ["model", "scalar", true],
      ["values", "matrix", true],
      ["nulls", "matrix", true],
      ["options", "scalar", true],
    ]);
  });
});
