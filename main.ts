#!/usr/bin/env node
/**
 * The composition root: the `kpibot` command. Everything is wired in the adapters' entry points
 * from settings read once here; no module keeps state of its own.
 */
import { runCli } from './adapters/cli/run-cli.js';

const code = await runCli(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
  env: process.env,
  cwd: process.cwd(),
});
process.exitCode = code;
