import { validateAgainst, validatePackage } from "./index";

/**
 * Asserts that Excel would open BYTES without a repair prompt: every part valid and no
 * semantic problem; with ORIGINAL (the file it was written from), only what the product
 * added or changed is judged.
 */
export function expectNoRepairPrompt(bytes: Uint8Array, original?: Uint8Array): void {
  const v = original ? validateAgainst(bytes, original) : validatePackage(bytes);
  expect(v.problems).toEqual([]);
}
