import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { APP_PACKAGE_DIR } from './app-package-paths.ts';

export interface IconSource {
  svg: string;
  png: string;
  size: number;
}

/** Each committed PNG icon and the SVG it is rendered from. */
export const ICONS: readonly IconSource[] = [
  { svg: 'color.svg', png: 'color.png', size: 192 },
  { svg: 'outline.svg', png: 'outline.png', size: 32 },
];

/** Renders one icon's SVG to a PNG of exactly its size. Text-free, so no system fonts are loaded. */
export function renderIcon(icon: IconSource, appPackageDir: string = APP_PACKAGE_DIR): Uint8Array {
  const svg = readFileSync(path.join(appPackageDir, icon.svg), 'utf8');
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'width', value: icon.size },
    font: { loadSystemFonts: false },
  });
  return resvg.render().asPng();
}
