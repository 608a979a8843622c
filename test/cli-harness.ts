import { PassThrough, Readable } from 'node:stream';
import { runCli } from '../adapters/cli/run-cli.js';
import type { CliIo } from '../adapters/cli/cli-io.js';

export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the real command line in-process with captured output (and optional piped input). */
export async function runKpibot(
  argv: string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv; stdin?: string; stopped?: Promise<void>; onStdout?: (text: string) => void },
): Promise<CliRun> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const out: Buffer[] = [];
  const errs: Buffer[] = [];
  stdout.on('data', (b: Buffer) => {
    out.push(b);
    options.onStdout?.(Buffer.concat(out).toString('utf8'));
  });
  stderr.on('data', (b: Buffer) => errs.push(b));
  const io: CliIo = {
    stdout,
    stderr,
    stdin: Readable.from([options.stdin ?? '']),
    env: { ...options.env },
    cwd: options.cwd,
    ...(options.stopped ? { stopped: options.stopped } : {}),
  };
  const code = await runCli(argv, io);
  return { code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(errs).toString('utf8') };
}
