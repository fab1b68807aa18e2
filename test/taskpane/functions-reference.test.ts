import { readFileSync } from "fs";
import { resolve } from "path";
import { functionReference } from "../../src/taskpane/functions-reference";

describe("the Functions view's reference", () => {
  const metadata = JSON.parse(readFileSync(resolve(__dirname, "../../dist/functions.json"), "utf8")) as {
    functions: { id: string; parameters: { name: string; optional?: boolean }[] }[];
  };

  it("lists exactly the functions the build registers", () => {
    expect(functionReference.map((f) => f.id).sort()).toEqual(metadata.functions.map((f) => f.id).sort());
  });

  it("shows each function's parameters in the order Excel expects", () => {
    for (const fn of metadata.functions) {
      const ref = functionReference.find((f) => f.id === fn.id)!;
      const shown = ref.syntax.replace(/^=MKT\.\w+\(|\)$/g, "").split(", ");
      const expected = fn.parameters.map((p) => (p.optional ? `[${p.name}]` : p.name));
      expect(shown.map((s) => s.replace(/\.\.\.$/, ""))).toEqual(expected);
      expect(ref.example.startsWith(`=MKT.${fn.id}(`)).toBe(true);
    }
  });
});
