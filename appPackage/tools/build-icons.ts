import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { APP_PACKAGE_DIR } from './app-package-paths.ts';
import { displayPath } from './display-path.ts';
import { ICONS, renderIcon } from './render-icons.ts';

/** `npm run icons`: renders color.svg and outline.svg to the PNGs the package ships. */
for (const icon of ICONS) {
  const file = path.join(APP_PACKAGE_DIR, icon.png);
  writeFileSync(file, renderIcon(icon));
  process.stdout.write(
    `${displayPath(path.join(APP_PACKAGE_DIR, icon.svg))} → ${displayPath(file)} (${icon.size}×${icon.size})\n`,
  );
}
