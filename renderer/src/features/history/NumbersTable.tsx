/** A chart's figures as a plain table, for anyone who doesn't read charts: column headers, each row named by its first cell. */
import type { ReactNode } from 'react';

export interface NumbersRow {
  readonly key: string;
  readonly cells: readonly ReactNode[];
}

export function NumbersTable({
  caption,
  columns,
  rows,
}: {
  readonly caption: string;
  readonly columns: readonly string[];
  readonly rows: readonly NumbersRow[];
}) {
  return (
    <table className="numbers">
      <caption>{caption}</caption>
      <thead>
        <tr>
          {columns.map((c) => (
            <th key={c} scope="col">
              {c}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key}>
            {row.cells.map((cell, i) =>
              i === 0 ? (
                <th key={i} scope="row">
                  {cell}
                </th>
              ) : (
                <td key={i}>{cell}</td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
