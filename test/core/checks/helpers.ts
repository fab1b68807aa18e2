import { checkSheet, parseCheckSettings, type CheckSettingsInput, type Finding } from "../../../src/core/checks";
import { buildSheet, ymdToSerial, type RawCell } from "../../../src/core/sheet";

export const TODAY = ymdToSerial(2023, 9, 1);

export function check(rows: RawCell[][], settings: CheckSettingsInput = {}, today = TODAY): Finding[] {
  return checkSheet(buildSheet("Data", rows), parseCheckSettings(settings), today).findings;
}

/** "rule@cell" for each finding, for compact assertions. */
export function at(findings: readonly Finding[]): string[] {
  return findings.map((f) => `${f.rule}@${f.cell}`);
}
