import AxeBuilder from '@axe-core/playwright';
import { expect, Page } from '@playwright/test';

/** The product standard: WCAG 2.0/2.1 A and AA, and no finding of these impacts on any page. */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const BLOCKING_IMPACTS = new Set(['critical', 'serious']);

/**
 * Runs axe-core over the page as it is now and fails, listing rule, impact, target selectors and help for
 * every critical or serious violation. `context` names the page/state in the failure message.
 */
export async function expectNoSeriousA11yViolations(page: Page, context: string): Promise<void> {
  // Colours measured mid-fade are not the page's colours: wait until no animation or transition is running, and until
  // the toasts of the last action have gone (they leave by themselves after 3 s): a toast that starts fading out
  // while axe runs was measured at 1.19:1 (text #ebebeb on white), a flake of the test, not of the page.
  await expect(page.locator('.ant-message-notice')).toHaveCount(0, { timeout: 10_000 });
  await page.waitForFunction(() => document.getAnimations().every(animation => animation.playState !== 'running'));
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const blocking = results.violations.filter(violation => BLOCKING_IMPACTS.has(violation.impact ?? ''));
  const report = blocking.map(violation => {
    // The failure summary says why (e.g. the two colours and their ratio), so a report is fixable without a rerun.
    const targets = violation.nodes.map(node => `${node.target.join(' ')} (${(node.failureSummary ?? '').replace(/\s+/g, ' ').slice(0, 160)})`).join(' | ');
    return `${violation.id} (${violation.impact}): ${violation.help} — ${targets}`;
  });
  expect(report, `axe-core critical/serious findings on ${context}`).toEqual([]);
}
