/**
 * The two export formats. CSV: a header row, then one row per item. JSON: one array, streamed element by element
 * (`[`, items separated by `,\n`, `]`), so the file opens in any JSON tool yet is never held in memory whole.
 */
import type { Writable } from 'node:stream';
import { csvRow, type CsvValue } from './csv';
import { TextSink } from './text-sink';

export const EXPORT_FORMATS = ['csv', 'json'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** How one kind of item becomes a CSV row and a JSON value. */
export interface ExportShape<T> {
  readonly header: readonly string[];
  csv(item: T): readonly CsvValue[];
  json(item: T): unknown;
}

/** Streams items into `out` in the chosen format, waiting whenever `out` is full. Resolves to the item count. */
export async function streamExport<T>(items: Iterable<T> | AsyncIterable<T>, shape: ExportShape<T>, format: ExportFormat, out: Writable): Promise<number> {
  const sink = new TextSink(out);
  let count = 0;
  try {
    const opening = format === 'csv' ? csvRow(shape.header) : '[';
    await sink.write(opening);
    for await (const item of items) {
      const text = format === 'csv' ? csvRow(shape.csv(item)) : `${count === 0 ? '\n' : ',\n'}${JSON.stringify(shape.json(item))}`;
      const wait = sink.write(text);
      if (wait) await wait;
      count += 1;
    }
    if (format === 'json') await sink.write(count === 0 ? ']\n' : '\n]\n');
    return count;
  } finally {
    sink.release();
  }
}

/** An ISO 8601 UTC time for a CSV cell, or empty. */
export function isoTime(epochMs: number | null): string | null {
  return epochMs === null ? null : new Date(epochMs).toISOString();
}
