/**
 * `npm run bench [-- --only NAME[,NAME]] [--sizes 10000,100000]`: runs every registered
 * benchmark (or the named ones) and prints their tables.
 */
import { parseArgs } from "node:util";
import { benches } from "./registry";

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { only: { type: "string" }, sizes: { type: "string" } } });
  const only = values.only?.split(",");
  const sizes = values.sizes?.split(",").map((s) => Number(s.replace(/_/g, "")));
  if (sizes?.some((n) => !Number.isInteger(n) || n <= 0))
    throw new Error(`--sizes must be positive integers, not ${values.sizes}`);
  for (const bench of benches) {
    if (only && !only.includes(bench.name)) continue;
    process.stdout.write(`\n== ${bench.name} ==\n`);
    for (const line of await bench.run(sizes)) process.stdout.write(`${line}\n`);
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exitCode = 1;
});
