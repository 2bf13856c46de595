// The shipped tray icons: valid 16 px PNGs with 32 px @2x twins, and each state drawn in its own colour.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';

const DIR = join(__dirname, '../../../../../build/tray');

/** Decodes the PNGs the generator writes (8-bit RGBA, filter 0 on every row); anything else fails the test. */
function decode(file: string): { width: number; height: number; pixels: Buffer } {
  const png = readFileSync(join(DIR, file));
  expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  let offset = 8;
  let width = 0;
  let height = 0;
  const data: Buffer[] = [];
  while (offset < png.length) {
    const length = png.readUInt32BE(offset);
    const type = png.toString('ascii', offset + 4, offset + 8);
    const body = png.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') {
      width = body.readUInt32BE(0);
      height = body.readUInt32BE(4);
      expect([...body.subarray(8, 13)]).toEqual([8, 6, 0, 0, 0]);
    }
    if (type === 'IDAT') data.push(body);
    offset += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(data));
  const stride = width * 4 + 1;
  const pixels = Buffer.alloc(width * height * 4);
  for (let y = 0; y < height; y += 1) {
    expect(raw[y * stride]).toBe(0);
    raw.copy(pixels, y * width * 4, y * stride + 1, (y + 1) * stride);
  }
  return { width, height, pixels };
}

/** How many opaque pixels are close to a colour. */
function count(pixels: Buffer, [r, g, b]: [number, number, number]): number {
  let n = 0;
  for (let i = 0; i < pixels.length; i += 4) {
    if ((pixels[i + 3] ?? 0) > 200 && Math.abs((pixels[i] ?? 0) - r) + Math.abs((pixels[i + 1] ?? 0) - g) + Math.abs((pixels[i + 2] ?? 0) - b) < 30) n += 1;
  }
  return n;
}

const AMBER: [number, number, number] = [245, 165, 36];
const RED: [number, number, number] = [229, 72, 77];
const TEAL: [number, number, number] = [22, 110, 122];

describe('tray icon files', () => {
  it.each(['ok', 'expiring', 'needs-you'])('tray-%s is 16 px with a 32 px @2x twin, in Tether teal', (name) => {
    const small = decode(`tray-${name}.png`);
    const large = decode(`tray-${name}@2x.png`);
    expect([small.width, small.height, large.width, large.height]).toEqual([16, 16, 32, 32]);
    expect(count(large.pixels, TEAL)).toBeGreaterThan(100);
  });

  it('marks each state with its own dot: none when all is good, amber when expiring, red when needed', () => {
    const dots = (name: string) => {
      const { pixels } = decode(`tray-${name}@2x.png`);
      return { amber: count(pixels, AMBER), red: count(pixels, RED) };
    };
    expect(dots('ok')).toEqual({ amber: 0, red: 0 });
    expect(dots('expiring').amber).toBeGreaterThan(20);
    expect(dots('expiring').red).toBe(0);
    expect(dots('needs-you').red).toBeGreaterThan(20);
    expect(dots('needs-you').amber).toBe(0);
  });
});
