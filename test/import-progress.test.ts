import { describe, expect, it } from 'vitest';
import { PassThrough } from 'node:stream';
import { progressBar } from '../engine/import/progress-bar.js';

/** A stream that collects what is written to it, posing as a terminal or not. */
function sink(isTTY: boolean): PassThrough & { isTTY: boolean; columns: number; text: () => string } {
  const chunks: Buffer[] = [];
  const stream = Object.assign(new PassThrough(), { isTTY, columns: 80, text: () => Buffer.concat(chunks).toString('utf8') });
  stream.on('data', (c: Buffer) => chunks.push(c));
  return stream;
}

describe('progressBar', () => {
  it('GIVEN a stream that is not a terminal THEN nothing is written', () => {
    const out = sink(false);
    const bar = progressBar(out);
    bar.onProgress({ phase: 'validate', done: 10, total: 100 });
    bar.onProgress({ phase: 'write', done: 100, total: 100 });
    bar.stop();
    expect(out.text()).toBe('');
  });

  it('GIVEN a terminal THEN it draws checking then writing, and stop() may be called twice', async () => {
    const out = sink(true);
    const bar = progressBar(out);
    bar.onProgress({ phase: 'validate', done: 0, total: 100 });
    // The estimated total is corrected by the last validation event.
    bar.onProgress({ phase: 'validate', done: 90, total: 90 });
    bar.onProgress({ phase: 'write', done: 0, total: 90 });
    bar.onProgress({ phase: 'write', done: 90, total: 90 });
    bar.stop();
    bar.stop();
    await new Promise((resolve) => setImmediate(resolve));
    expect(out.text()).toContain('checking');
    expect(out.text()).toContain('writing');
    expect(out.text()).toContain('90/90 rows');
  });
});
