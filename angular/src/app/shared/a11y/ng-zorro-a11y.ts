import { DOCUMENT, DestroyRef, Injectable, inject } from '@angular/core';
import { NzI18nService } from 'ng-zorro-antd/i18n';

const DIALOG_SELECTOR = '.ant-modal-wrap[role="dialog"]';
const TITLE_SELECTOR = '.ant-modal-title, .ant-modal-confirm-title';
/** Marks a name this helper gave, so it follows the control's state and is never mistaken for an author's. */
const AUTO = 'data-tr-auto-name';

/**
 * Points every open ng-zorro dialog (template nz-modal and NzModalService alike) at its visible title with
 * aria-labelledby: ng-zorro renders role="dialog" without an accessible name (axe aria-dialog-name, serious).
 * Returns how many dialogs were named, for tests.
 */
export function nameModalDialogs(root: ParentNode, newId: () => string): number {
  let named = 0;
  for (const dialog of Array.from(root.querySelectorAll<HTMLElement>(DIALOG_SELECTOR))) {
    const title = dialog.querySelector<HTMLElement>(TITLE_SELECTOR);
    if (!title || !title.textContent?.trim()) continue;
    if (!title.id) title.id = newId();
    if (dialog.getAttribute('aria-labelledby') !== title.id) dialog.setAttribute('aria-labelledby', title.id);
    named++;
  }
  return named;
}

function hasOwnName(element: HTMLElement): boolean {
  if (element.hasAttribute(AUTO)) return false;
  if (element.getAttribute('aria-label')?.trim() || element.hasAttribute('aria-labelledby')) return true;
  return element instanceof HTMLInputElement && !!element.labels?.length;
}

function setAutoName(element: HTMLElement, name: string | null | undefined): void {
  const text = name?.replace(/\s+/g, ' ').trim();
  if (!text || hasOwnName(element)) return;
  if (element.getAttribute('aria-label') !== text) element.setAttribute('aria-label', text);
  element.setAttribute(AUTO, '');
}

/**
 * Names the inner controls ng-zorro renders without one (axe label / button-name, critical):
 * - the search input of nz-select / nz-tree-select: the host's aria-label, else its placeholder, else the
 *   selected item (the pagination's page-size select says "10 条/页");
 * - the inner button of nz-switch, the input of nz-input-number and the hidden input of nz-tree: the host's
 *   aria-label;
 * - the row expand button of nz-table: ng-zorro's own localized "expand row"/"collapse row", with aria-expanded.
 */
export function nameNgZorroControls(root: ParentNode, expandTexts: { expand: string; collapse: string }): void {
  for (const input of Array.from(root.querySelectorAll<HTMLInputElement>('input.ant-select-selection-search-input'))) {
    const host = input.closest<HTMLElement>('nz-select, nz-tree-select');
    if (!host) continue;
    const shown = host.querySelector<HTMLElement>('.ant-select-selection-placeholder, .ant-select-selection-item');
    setAutoName(input, host.getAttribute('aria-label') || shown?.getAttribute('title') || shown?.textContent);
  }
  for (const button of Array.from(root.querySelectorAll<HTMLElement>('nz-switch[aria-label] button.ant-switch'))) {
    setAutoName(button, button.closest('nz-switch')!.getAttribute('aria-label'));
  }
  for (const input of Array.from(root.querySelectorAll<HTMLElement>('nz-tree[aria-label] > div > input'))) {
    setAutoName(input, input.closest('nz-tree')!.getAttribute('aria-label'));
  }
  for (const input of Array.from(root.querySelectorAll<HTMLElement>('nz-input-number[aria-label] input'))) {
    setAutoName(input, input.closest('nz-input-number')!.getAttribute('aria-label'));
  }
  for (const button of Array.from(root.querySelectorAll<HTMLElement>('button.ant-table-row-expand-icon'))) {
    if (button.classList.contains('ant-table-row-expand-icon-spaced')) continue;
    const expanded = button.classList.contains('ant-table-row-expand-icon-expanded');
    button.setAttribute('aria-expanded', String(expanded));
    setAutoName(button, expanded ? expandTexts.collapse : expandTexts.expand);
  }
}

/**
 * Watches the document so no page needs its own aria attributes for what ng-zorro leaves unnamed.
 * Started once by each top-level frame (signed-in layout, public pages); one pass per microtask at most.
 */
@Injectable({ providedIn: 'root' })
export class NgZorroA11y {
  private readonly document = inject(DOCUMENT);
  private readonly i18n = inject(NzI18nService);
  private observer: MutationObserver | null = null;
  private scheduled = false;
  private nextId = 0;

  constructor() {
    inject(DestroyRef).onDestroy(() => this.observer?.disconnect());
  }

  start(): void {
    if (this.observer || typeof MutationObserver === 'undefined') return;
    this.observer = new MutationObserver(() => this.schedule());
    this.observer.observe(this.document.body, { childList: true, subtree: true, characterData: true });
    this.schedule();
  }

  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    queueMicrotask(() => {
      this.scheduled = false;
      nameModalDialogs(this.document, () => `tr-modal-title-${++this.nextId}`);
      nameNgZorroControls(this.document, {
        expand: this.i18n.getLocaleData('Table.expand', 'Expand row'),
        collapse: this.i18n.getLocaleData('Table.collapse', 'Collapse row'),
      });
    });
  }
}
