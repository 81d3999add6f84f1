import { decode, encode } from 'fast-png';

/** A square PNG of one colour: `rgba` for every pixel, or RGB without an alpha channel when given 3 values. */
export function solidPng(size: number, colour: readonly number[]): Uint8Array {
  const channels = colour.length;
  const data = new Uint8Array(size * size * channels);
  for (let at = 0; at < data.length; at += channels) data.set(colour, at);
  return encode({ width: size, height: size, data, channels, depth: 8 });
}

/** The PNG with its first visible pixel painted `rgba`. */
export function withFirstVisiblePixel(png: Uint8Array, rgba: readonly number[]): Uint8Array {
  const image = decode(png);
  const data = new Uint8Array(image.data);
  let at = 3;
  while (at < data.length && data[at] === 0) at += 4;
  data.set(rgba, at - 3);
  return encode({ width: image.width, height: image.height, data, channels: 4, depth: 8 });
}
