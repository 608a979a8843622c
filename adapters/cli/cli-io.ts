/** What the command line reads and writes: parameters, so tests run it in-process. */
export interface CliIo {
  readonly stdout: NodeJS.WritableStream & { isTTY?: boolean };
  readonly stderr: NodeJS.WritableStream & { isTTY?: boolean };
  readonly stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  readonly env: NodeJS.ProcessEnv;
  readonly cwd: string;
  /** Resolves when a long-running command (the chat bots) should stop; SIGINT or SIGTERM when absent. */
  readonly stopped?: Promise<void>;
}

/** Waits for the stop signal: the io's own (tests), else Ctrl-C or a service manager's SIGTERM. */
export function untilStopped(io: CliIo): Promise<void> {
  if (io.stopped) return io.stopped;
  return new Promise((resolve) => {
    process.once('SIGINT', () => resolve());
    process.once('SIGTERM', () => resolve());
  });
}

export const EXIT_OK = 0;

/** Serves until Ctrl-C or SIGTERM (or a test's `stopped`), then stops the running bot cleanly. */
export async function serveUntilStopped(io: CliIo, stop: () => Promise<void>): Promise<number> {
  await untilStopped(io);
  println(io.stdout, 'Stopping…');
  await stop();
  return EXIT_OK;
}
export const EXIT_FAILED = 1;
/** The question named something that does not exist (KPI, dimension, period) or the usage was wrong. */
export const EXIT_USAGE = 2;

export const println = (stream: NodeJS.WritableStream, text = ''): void => {
  stream.write(`${text}\n`);
};
