import { DOCUMENT, DestroyRef, Injectable, inject } from '@angular/core';

const DIALOG_SELECTOR = '.ant-modal-wrap[role="dialog"]';
const TITLE_SELECTOR = '.ant-modal-title, .ant-modal-confirm-title';

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

/**
 * Watches the document for dialogs being opened, so no modal anywhere needs its own aria attributes.
 * Started once by the signed-in layout; the work is batched to one pass per microtask.
 */
@Injectable({ providedIn: 'root' })
export class ModalAccessibleNames {
  private readonly document = inject(DOCUMENT);
  private observer: MutationObserver | null = null;
  private scheduled = false;
  private nextId = 0;

  constructor() {
    inject(DestroyRef).onDestroy(() => this.observer?.disconnect());
  }

  start(): void {
    if (this.observer || typeof MutationObserver === 'undefined') return;
    this.observer = new MutationObserver(() => this.schedule());
    this.observer.observe(this.document.body, { childList: true, subtree: true });
  }

  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    queueMicrotask(() => {
      this.scheduled = false;
      nameModalDialogs(this.document, () => `tr-modal-title-${++this.nextId}`);
    });
  }
}
