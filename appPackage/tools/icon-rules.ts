import { isRecord } from './json-path.ts';
import { decodeRgba, type RgbaImage } from './png-pixels.ts';
import type { Problem } from './problem.ts';

type IconKind = 'color' | 'outline';

const SIZES: Record<IconKind, number> = { color: 192, outline: 32 };
/** Anti-aliased edges of a white mark may come out a shade off white. */
const NEAR_WHITE = 0xf0;

/**
 * Teams' icon rules, which the schema cannot see: color.png is 192×192 and not blank; outline.png is
 * 32×32, has an alpha channel, and every visible pixel is white on a transparent background.
 */
export function iconProblems(
  manifest: Record<string, unknown>,
  files: ReadonlyMap<string, Uint8Array>,
): Problem[] {
  const icons = isRecord(manifest.icons) ? manifest.icons : {};
  return (['color', 'outline'] as const).flatMap((kind) => {
    const name = icons[kind];
    if (typeof name !== 'string') return [];
    const problem = (message: string): Problem => ({ file: name, path: '$', message });
    const bytes = files.get(name);
    if (!bytes) {
      return [{ file: 'manifest.json', path: `$.icons.${kind}`, message: `"${name}" is not in the package` }];
    }
    let image: RgbaImage;
    try {
      image = decodeRgba(bytes);
    } catch (error) {
      return [problem(error instanceof Error ? error.message : String(error))];
    }
    const size = SIZES[kind];
    if (image.width !== size || image.height !== size) {
      return [problem(`is ${image.width}×${image.height}; the ${kind} icon must be ${size}×${size}`)];
    }
    return (kind === 'color' ? colorProblems(image) : outlineProblems(image)).map(problem);
  });
}

function colorProblems(image: RgbaImage): string[] {
  return visiblePixels(image) === 0 ? ['is empty: every pixel is transparent'] : [];
}

function outlineProblems(image: RgbaImage): string[] {
  if (!image.hasAlpha) {
    return ['has no alpha channel: the outline icon must be white on a transparent background'];
  }
  const visible = visiblePixels(image);
  if (visible === 0) return ['is empty: every pixel is transparent'];
  const problems: string[] = [];
  if (visible === image.width * image.height) {
    problems.push('has no transparent pixels: the outline icon must be white on a transparent background');
  }
  const offWhite = offWhitePixels(image);
  const first = offWhite[0];
  if (first) {
    problems.push(
      `has ${offWhite.length} visible pixel(s) that are not white, the first at (${first.x}, ${first.y}) is ${first.hex}: the outline icon must be white on transparent`,
    );
  }
  return problems;
}

function visiblePixels({ rgba }: RgbaImage): number {
  let count = 0;
  for (let at = 3; at < rgba.length; at += 4) if ((rgba[at] ?? 0) > 0) count += 1;
  return count;
}

function offWhitePixels({ rgba, width }: RgbaImage): { x: number; y: number; hex: string }[] {
  const found: { x: number; y: number; hex: string }[] = [];
  for (let at = 0; at < rgba.length; at += 4) {
    const [r = 0, g = 0, b = 0, a = 0] = rgba.subarray(at, at + 4);
    if (a > 0 && (r < NEAR_WHITE || g < NEAR_WHITE || b < NEAR_WHITE)) {
      const pixel = at / 4;
      const hex = `#${[r, g, b, a]
        .map((value) => value.toString(16).padStart(2, '0'))
        .join('')
        .toUpperCase()}`;
      found.push({ x: pixel % width, y: Math.floor(pixel / width), hex });
    }
  }
  return found;
}
