// Draws Steady's icons as PNGs with Node's own zlib (no image tools needed): a sun resting on a
// calm horizon. Run `node tests/tools/make-icons.mjs` after changing the drawing; the PNGs are committed.
import { writeFileSync, mkdirSync } from 'node:fs'
import { deflateSync } from 'node:zlib'

const teal = [47, 111, 98]
const deep = [31, 82, 72]
const cream = [247, 228, 190]

function crcTable() {
  const t = new Uint32Array(256)
  for (let n = 0; n < 256; n++) {
    let c = n
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
    t[n] = c >>> 0
  }
  return t
}
const table = crcTable()
function crc32(buf) {
  let c = 0xffffffff
  for (const b of buf) c = table[(c ^ b) & 0xff] ^ (c >>> 8)
  return (c ^ 0xffffffff) >>> 0
}
function chunk(type, data) {
  const len = Buffer.alloc(4)
  len.writeUInt32BE(data.length)
  const td = Buffer.concat([Buffer.from(type, 'ascii'), data])
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(td))
  return Buffer.concat([len, td, crc])
}
function png(size, pixel) {
  const raw = Buffer.alloc(size * (size * 4 + 1))
  const ss = 4 // supersampling for smooth edges
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0
    for (let x = 0; x < size; x++) {
      const acc = [0, 0, 0, 0]
      for (let sy = 0; sy < ss; sy++)
        for (let sx = 0; sx < ss; sx++) {
          const [r, g, b, a] = pixel((x + (sx + 0.5) / ss) / size, (y + (sy + 0.5) / ss) / size)
          acc[0] += r * a
          acc[1] += g * a
          acc[2] += b * a
          acc[3] += a
        }
      const o = y * (size * 4 + 1) + 1 + x * 4
      const a = acc[3] / (ss * ss)
      raw[o] = a ? Math.round(acc[0] / acc[3]) : 0
      raw[o + 1] = a ? Math.round(acc[1] / acc[3]) : 0
      raw[o + 2] = a ? Math.round(acc[2] / acc[3]) : 0
      raw[o + 3] = Math.round(a * 255)
    }
  }
  const ihdr = Buffer.alloc(13)
  ihdr.writeUInt32BE(size, 0)
  ihdr.writeUInt32BE(size, 4)
  ihdr[8] = 8
  ihdr[9] = 6
  const sig = Buffer.from([137, 80, 78, 71, 13, 10, 26, 10])
  return Buffer.concat([
    sig,
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ])
}

/** The artwork in unit coordinates; `scale` shrinks it toward the centre (maskable safe zone). */
function art(scale, rounded) {
  return (u, v) => {
    if (rounded) {
      const r = 0.2
      const cx = Math.min(Math.max(u, r), 1 - r)
      const cy = Math.min(Math.max(v, r), 1 - r)
      if ((u - cx) ** 2 + (v - cy) ** 2 > r * r) return [0, 0, 0, 0]
    }
    const x = 0.5 + (u - 0.5) / scale
    const y = 0.5 + (v - 0.5) / scale
    const horizon = 0.6 + 0.025 * Math.sin(x * Math.PI * 2)
    if (y > horizon) return [...deep, 1]
    if ((x - 0.5) ** 2 + (y - 0.58) ** 2 < 0.2 ** 2) return [...cream, 1]
    return [...teal, 1]
  }
}

mkdirSync('public/icons', { recursive: true })
writeFileSync('public/icons/icon-192.png', png(192, art(1, true)))
writeFileSync('public/icons/icon-512.png', png(512, art(1, true)))
writeFileSync('public/icons/icon-maskable-512.png', png(512, art(0.75, false)))
writeFileSync('public/apple-touch-icon.png', png(180, art(1, false)))
console.log('icons written to public/')
