import { deflateSync } from 'node:zlib';

// The Teams app icons, drawn in code so they can be regenerated: a white note-with-speech-tail on teal (color),
// and the same glyph in white on transparent (outline), as Teams requires.

type Rgba = [number, number, number, number];
const TEAL: Rgba = [11, 110, 105, 255];
const WHITE: Rgba = [255, 255, 255, 255];
const CLEAR: Rgba = [0, 0, 0, 0];

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf: Buffer): number {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** A minimal PNG encoder: 8-bit RGBA, no interlace, filter 0 on every row. */
export function encodePng(width: number, height: number, pixel: (x: number, y: number) => Rgba): Buffer {
  const raw = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (width * 4 + 1)] = 0;
    for (let x = 0; x < width; x++) Buffer.from(pixel(x, y)).copy(raw, y * (width * 4 + 1) + 1 + x * 4);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** The glyph in unit coordinates (0..1): a note card with a speech tail and three text lines cut out. */
function glyph(u: number, v: number): 'ink' | 'line' | 'none' {
  const inCard = u >= 0.2 && u <= 0.8 && v >= 0.18 && v <= 0.7;
  const inTail = v > 0.7 && v <= 0.84 && u >= 0.3 && u <= 0.3 + (0.84 - v) * 1.1;
  if (!inCard && !inTail) return 'none';
  const lines = [0.3, 0.42, 0.54];
  const onLine = lines.some((l) => v >= l && v <= l + 0.05) && u >= 0.28 && u <= (v > 0.5 ? 0.58 : 0.72);
  return onLine ? 'line' : 'ink';
}

export function colorIcon(size = 192): Buffer {
  return encodePng(size, size, (x, y) => {
    const g = glyph((x + 0.5) / size, (y + 0.5) / size);
    return g === 'ink' ? WHITE : TEAL;
  });
}

export function outlineIcon(size = 32): Buffer {
  return encodePng(size, size, (x, y) => (glyph((x + 0.5) / size, (y + 0.5) / size) === 'ink' ? WHITE : CLEAR));
}
