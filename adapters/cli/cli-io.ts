/** What the command line reads and writes: parameters, so tests run it in-process. */
export interface CliIo {
  readonly stdout: NodeJS.WritableStream & { isTTY?: boolean };
  readonly stderr: NodeJS.WritableStream & { isTTY?: boolean };
  readonly stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  readonly env: NodeJS.ProcessEnv;
  readonly cwd: string;
}

export const EXIT_OK = 0;
export const EXIT_FAILED = 1;
/** The question named something that does not exist (KPI, dimension, period) or the usage was wrong. */
export const EXIT_USAGE = 2;

export const println = (stream: NodeJS.WritableStream, text = ''): void => {
  stream.write(`${text}\n`);
};
