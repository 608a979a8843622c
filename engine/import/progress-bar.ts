import { SingleBar, Presets } from 'cli-progress';
import type { ImportProgress } from './import-types.js';

/**
 * A progress bar for imports on a terminal: `validate` then `write`. Where the stream is not a
 * terminal (CI, a pipe), it prints nothing, so logs stay clean.
 */
export function progressBar(stream: NodeJS.WritableStream & { isTTY?: boolean }): {
  onProgress: (event: ImportProgress) => void;
  stop: () => void;
} {
  if (!stream.isTTY) return { onProgress: () => undefined, stop: () => undefined };
  const bar = new SingleBar({ stream, format: '  {phase} [{bar}] {value}/{total} rows', hideCursor: true, clearOnComplete: true }, Presets.shades_classic);
  let phase: ImportProgress['phase'] | null = null;
  return {
    onProgress(event) {
      if (event.phase !== phase) {
        if (phase !== null) bar.stop();
        phase = event.phase;
        bar.start(event.total, event.done, { phase: event.phase === 'validate' ? 'checking' : 'writing ' });
      } else bar.update(event.done);
    },
    stop() {
      if (phase !== null) bar.stop();
      phase = null;
    },
  };
}
