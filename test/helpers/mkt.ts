import type { CliIO } from "../../src/cli/io";
import { runCli } from "../../src/cli/run";

/** Runs `mkt ARGS...` in process; what it printed on stdout and stderr, a line each call. */
export async function mkt(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const io: CliIO = { out: (t) => (out += `${t}\n`), err: (t) => (err += `${t}\n`) };
  const code = await runCli(args, io);
  return { code, out, err };
}
