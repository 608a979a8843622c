import { SingleBar, Presets } from 'cli-progress';
import type { ImportProgress } from './import-types.js';

export interface ImportProgressBar {
  readonly onProgress: (event: ImportProgress) => void;
  /** Removes the bar; safe to call more than once. */
  readonly stop: () => void;
}

/**
 * A progress bar for imports on a terminal: `checking` then `writing`. Where the stream is not
 * a terminal (CI, a pipe, a log file), it writes nothing, so logs stay clean.
 */
export function progressBar(stream: NodeJS.WritableStream & { isTTY?: boolean }): ImportProgressBar {
  if (!stream.isTTY) return { onProgress: () => undefined, stop: () => undefined };
  const bar = new SingleBar(
    { stream, format: '  {phase} [{bar}] {value}/{total} rows', hideCursor: true, clearOnComplete: true },
    Presets.shades_classic,
  );
  let phase: ImportProgress['phase'] | null = null;
  let total = 0;
  return {
    onProgress(event) {
      if (event.phase !== phase) {
        if (phase !== null) bar.stop();
        phase = event.phase;
        total = event.total;
        bar.start(event.total, event.done, { phase: event.phase === 'validate' ? 'checking' : 'writing ' });
        return;
      }
      // The validation total is an estimate until its last event.
      if (event.total !== total) {
        total = event.total;
        bar.setTotal(total);
      }
      bar.update(event.done);
    },
    stop() {
      if (phase !== null) bar.stop();
      phase = null;
    },
  };
}
