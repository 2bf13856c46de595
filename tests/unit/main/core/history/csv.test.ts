import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { csvCell, csvRow } from '../../../../../main/core/history/export/csv';

/** A strict RFC 4180 reader, to check that what we write reads back to the same cells. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let i = 0;
  let quoted = false;
  while (i < text.length) {
    const ch = text[i] as string;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 2;
        continue;
      }
      if (ch === '"') {
        quoted = false;
        i += 1;
        continue;
      }
      cell += ch;
      i += 1;
      continue;
    }
    if (ch === '"' && cell === '') {
      quoted = true;
      i += 1;
      continue;
    }
    if (ch === ',') {
      row.push(cell);
      cell = '';
      i += 1;
      continue;
    }
    if (ch === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i += 2;
      continue;
    }
    if (ch === '"' || ch === '\r' || ch === '\n') throw new Error(`bare ${JSON.stringify(ch)} at ${i}`);
    cell += ch;
    i += 1;
  }
  if (cell !== '' || row.length > 0) throw new Error('missing final CRLF');
  return rows;
}

describe('CSV', () => {
  it('quotes cells with commas, quotes and line breaks, doubling quotes', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('cr\r')).toBe('"cr\r"');
    expect(csvCell(null)).toBe('');
    expect(csvCell(42)).toBe('42');
    expect(csvRow(['a', 1, null, 'x,y'])).toBe('a,1,,"x,y"\r\n');
  });

  it('defuses text a spreadsheet would run as a formula', () => {
    expect(csvCell('=HYPERLINK("http://evil","click")')).toBe(`"'=HYPERLINK(""http://evil"",""click"")"`);
    expect(csvCell('+1 555')).toBe("'+1 555");
    expect(csvCell('-2+3')).toBe("'-2+3");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\tcmd')).toBe("'\tcmd");
    expect(csvCell('\r=1')).toBe(`"'\r=1"`);
    expect(csvCell('a=b')).toBe('a=b');
    // Numbers are ours (ids, latencies) and stay numbers.
    expect(csvCell(-5)).toBe('-5');
  });

  it('writes rows any RFC 4180 reader gets back cell for cell (formula guard aside)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.array(
            fc.string({ unit: 'grapheme-ascii' }).map((s) => s.replace(/^[=+\-@\t\r]+/, '')),
            { minLength: 1, maxLength: 6 },
          ),
          { minLength: 1, maxLength: 6 },
        ),
        (rows) => {
          const text = rows.map((r) => csvRow(r)).join('');
          expect(parseCsv(text)).toEqual(rows);
        },
      ),
    );
  });
});
