import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { APP_PACKAGE_DIR } from '../../../appPackage/tools/app-package-paths.ts';
import { decodeRgba } from '../../../appPackage/tools/png-pixels.ts';
import { ICONS, renderIcon } from '../../../appPackage/tools/render-icons.ts';

describe('the committed icons', () => {
  it.each(ICONS.map((icon) => [icon.png, icon] as const))(
    '%s is a fresh render of its SVG (run npm run icons after editing the SVG)',
    (_name, icon) => {
      const committed = decodeRgba(readFileSync(path.join(APP_PACKAGE_DIR, icon.png)));
      const fresh = decodeRgba(renderIcon(icon));
      expect([committed.width, committed.height]).toEqual([icon.size, icon.size]);
      expect([fresh.width, fresh.height]).toEqual([icon.size, icon.size]);
      expect(Buffer.from(committed.rgba).equals(Buffer.from(fresh.rgba))).toBe(true);
    },
  );
});
