import { convertIndexedToRgb, decode, hasPngSignature } from 'fast-png';

/** A decoded PNG as 8-bit RGBA, whatever its colour type, and whether the file itself carries alpha. */
export interface RgbaImage {
  width: number;
  height: number;
  hasAlpha: boolean;
  /** 4 bytes a pixel: r, g, b, a. */
  rgba: Uint8Array;
}

/** Decodes a PNG; throws an Error naming the problem when the bytes are not a PNG it can read. */
export function decodeRgba(bytes: Uint8Array): RgbaImage {
  if (!hasPngSignature(bytes)) throw new Error('is not a PNG file');
  const png = decode(bytes);
  const { width, height } = png;
  const pixels = width * height;
  const samples = png.palette ? convertIndexedToRgb(png) : png.data;
  const channels = samples.length / pixels;
  const depth = png.palette ? 8 : png.depth;
  if (depth !== 8 && depth !== 16) {
    throw new Error(`has a bit depth of ${depth}, which this check does not read`);
  }
  // A colour key (tRNS) on a grey or RGB image makes the pixels of that colour transparent.
  const key = png.palette ? undefined : png.transparency;
  const hasAlpha = channels === 2 || channels === 4 || key !== undefined;
  if (channels === 4 && depth === 8) return { width, height, hasAlpha, rgba: Uint8Array.from(samples) };
  const shift = depth === 16 ? 8 : 0;
  const colourOffsets = channels < 3 ? [0, 0, 0] : [0, 1, 2];
  const alphaOffset = channels === 2 || channels === 4 ? channels - 1 : undefined;
  const rgba = new Uint8Array(pixels * 4);
  for (let pixel = 0; pixel < pixels; pixel += 1) {
    const at = pixel * channels;
    const sample = (offset: number) => (samples[at + offset] ?? 0) >> shift;
    colourOffsets.forEach((offset, channel) => (rgba[pixel * 4 + channel] = sample(offset)));
    const keyed =
      key !== undefined &&
      colourOffsets.every((offset, i) => samples[at + offset] === key[channels < 3 ? 0 : i]);
    rgba[pixel * 4 + 3] = alphaOffset !== undefined ? sample(alphaOffset) : keyed ? 0 : 0xff;
  }
  return { width, height, hasAlpha, rgba };
}
