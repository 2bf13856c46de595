// Draws Tether's tray icons (all good / expiring / needs you) at 16 and 32 px and writes them as PNG next to this
// file. Run once after changing the art: `node build/tray/generate-tray-icons.cjs`. No dependencies: shapes are
// drawn with distance functions, 4×4 supersampled, and encoded with node:zlib.
'use strict';
const { deflateSync } = require('node:zlib');
const { writeFileSync } = require('node:fs');
const { join } = require('node:path');

const TEAL = [22, 110, 122];
const WHITE = [255, 255, 255];
const STATES = {
  ok: null,
  expiring: [245, 165, 36],
  'needs-you': [229, 72, 77],
};
const SUPERSAMPLE = 4;

/** Colour and alpha (0..1) of the icon at point (x, y) in a 16-unit square. */
function shade(x, y, dot) {
  const dotX = 12.2;
  const dotY = 12.2;
  const dotR = 3.6;
  if (dot) {
    const d = Math.hypot(x - dotX, y - dotY);
    if (d <= dotR) return [dot, 1];
    if (d <= dotR + 1.1) return [WHITE, 0]; // a clear gap so the dot reads on any background
  }
  // Rounded square, 1 unit margin, corner radius 3.5.
  const half = 7;
  const r = 3.5;
  const qx = Math.max(Math.abs(x - 8) - (half - r), 0);
  const qy = Math.max(Math.abs(y - 8) - (half - r), 0);
  if (Math.hypot(qx, qy) > r) return [WHITE, 0];
  // Two interlocking rings, as in the app icon.
  for (const cx of [5.9, 10.1]) {
    if (Math.abs(Math.hypot(x - cx, y - 8) - 2.9) <= 0.75) return [WHITE, 1];
  }
  return [TEAL, 1];
}

/** RGBA pixels of one icon, `size` px square. */
function draw(size, dot) {
  const px = Buffer.alloc(size * size * 4);
  const n = SUPERSAMPLE * SUPERSAMPLE;
  for (let py = 0; py < size; py += 1) {
    for (let pxx = 0; pxx < size; pxx += 1) {
      let r = 0,
        g = 0,
        b = 0,
        a = 0;
      for (let sy = 0; sy < SUPERSAMPLE; sy += 1) {
        for (let sx = 0; sx < SUPERSAMPLE; sx += 1) {
          const x = ((pxx + (sx + 0.5) / SUPERSAMPLE) * 16) / size;
          const y = ((py + (sy + 0.5) / SUPERSAMPLE) * 16) / size;
          const [c, alpha] = shade(x, y, dot);
          r += c[0] * alpha;
          g += c[1] * alpha;
          b += c[2] * alpha;
          a += alpha;
        }
      }
      const i = (py * size + pxx) * 4;
      px[i] = a ? Math.round(r / a) : 0;
      px[i + 1] = a ? Math.round(g / a) : 0;
      px[i + 2] = a ? Math.round(b / a) : 0;
      px[i + 3] = Math.round((a / n) * 255);
    }
  }
  return px;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** A PNG file (8-bit RGBA, no filter) from RGBA pixels. */
function encodePng(size, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y += 1) rgba.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

for (const [name, dot] of Object.entries(STATES)) {
  writeFileSync(join(__dirname, `tray-${name}.png`), encodePng(16, draw(16, dot)));
  writeFileSync(join(__dirname, `tray-${name}@2x.png`), encodePng(32, draw(32, dot)));
}
process.stdout.write(`wrote ${Object.keys(STATES).length * 2} tray icons to ${__dirname}\n`);
