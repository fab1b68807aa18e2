import type { TemplateInput } from "../../src/core/templates/schema";

/**
 * Constructed appraisal rows for the edge cases: one KPI each unless said. Totals without a
 * qualitative score are the KPI score. Ranks by total: Capped 125%, Top 121%, Tie A and
 * Tie B 101% (0.7 x 110% + 0.3 x 4/5, computed alike, so exactly equal), then the rest.
 */
type Row = TemplateInput["sample"][number];
const one = (person: string, target: number, actual: number, extra: Row = {}): Row => ({
  person: { zh: person, en: person },
  kpi: { zh: "KPI", en: "KPI" },
  weight: 1,
  target,
  actual,
  ...extra,
});
const two = (person: string, a: Row, b: Row): Row[] => [
  { person: { zh: person, en: person }, kpi: { zh: "K1", en: "K1" }, ...a },
  { person: { zh: person, en: person }, kpi: { zh: "K2", en: "K2" }, ...b },
];

export const EDGE_ROWS: Row[] = [
  one("Tie A", 100, 110, { qualitative: 4 }),
  one("Tie B", 100, 110, { qualitative: 4 }),
  one("Top", 100, 130, { qualitative: 5 }),
  one("Low twice", 100, 70, { prevScore: 0.7 }),
  one("Low once", 100, 70, { prevScore: 0.9 }),
  one("Recovered", 100, 90, { prevScore: 0.5 }),
  one("No history", 100, 70),
  ...two("Capped", { weight: 0.5, target: 100, actual: 300 }, { weight: 0.5, target: 100, actual: 100 }),
  ...two("Bad weights", { weight: 0.5, target: 100, actual: 100 }, { weight: 0.6, target: 100, actual: 100 }),
  ...two("Pending", { weight: 0.5, target: 100, actual: 100 }, { weight: 0.5, target: 100 }),
  ...two("Zero target", { weight: 0.5, target: 0, actual: 100 }, { weight: 0.5, target: 100, actual: 100 }),
];
