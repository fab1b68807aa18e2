#!/usr/bin/env node
import { processIO } from "./io";
import { runCli } from "./run";

runCli(process.argv.slice(2), processIO).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    processIO.err(`mkt: internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
    process.exitCode = 3;
  },
);
