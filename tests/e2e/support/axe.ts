import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults, ImpactValue } from 'axe-core';
import type { Frame, Page } from 'playwright-core';

const BLOCKING: readonly ImpactValue[] = ['serious', 'critical'];

/**
 * Fluent's focus manager (tabster) puts `aria-hidden` sentinels with tabindex 0 around focus groups: they
 * pass focus on at once and must stay hidden from screen readers. axe's aria-hidden-focus flags them, a
 * known false positive (microsoft/tabster#288), so they are left out of the scan.
 */
const TABSTER_DUMMY = '[data-tabster-dummy]';

let axeSource: string | undefined;

function axeScript(): string {
  axeSource ??= readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  return axeSource;
}

export interface AxeViolation {
  id: string;
  impact: ImpactValue | undefined;
  help: string;
  /** Each offending node: its selector and the start of its HTML. */
  targets: string[];
}

/**
 * Runs axe-core in `target` (the tab's frame, as the tab lives in the host's iframe) over `include`,
 * or the whole document, and returns the serious and critical violations.
 */
export async function blockingViolations(target: Frame | Page, include?: string): Promise<AxeViolation[]> {
  if (!(await target.evaluate(() => 'axe' in window))) await target.addScriptTag({ content: axeScript() });
  const results = await target.evaluate(
    async ([selector, DUMMY]) => {
      const axe = (window as unknown as { axe: { run(context: unknown): Promise<AxeResults> } }).axe;
      return axe.run({ ...(selector ? { include: [selector] } : {}), exclude: [DUMMY] });
    },
    [include, TABSTER_DUMMY] as const,
  );
  return results.violations
    .filter((v) => BLOCKING.includes(v.impact ?? null))
    .map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.map((node) => `${node.target.map(String).join(' >>> ')}  ${node.html.slice(0, 160)}`),
    }));
}

/** One line per violation: rule, impact, what it means and the offending nodes' selectors. */
export function describeViolations(violations: readonly AxeViolation[]): string {
  return violations.map((v) => `${v.id} [${v.impact}] ${v.help}\n    ${v.targets.join('\n    ')}`).join('\n');
}
