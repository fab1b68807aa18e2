/* Child process of runInChild: runs one exported task and prints its result and peak RSS as JSON. */
async function main(): Promise<void> {
  const [modulePath, exportName, args] = process.argv.slice(2);
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const mod = require(modulePath) as Record<string, (a: unknown) => unknown>;
  const task = mod[exportName];
  if (typeof task !== "function") throw new Error(`${modulePath} has no export ${exportName}`);
  const result = await task(JSON.parse(args) as unknown);
  const peakRssMb = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(`${JSON.stringify({ result, peakRssMb })}\n`);
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exitCode = 1;
});
