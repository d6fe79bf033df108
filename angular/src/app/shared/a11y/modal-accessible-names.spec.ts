import { nameModalDialogs } from './modal-accessible-names';

function dialog(inner: string): HTMLElement {
  const root = document.createElement('div');
  root.innerHTML = `<div class="ant-modal-wrap" role="dialog"><div class="ant-modal">${inner}</div></div>`;
  return root;
}

describe('nameModalDialogs', () => {
  it('labels a dialog by its title, giving the title an id', () => {
    const root = dialog('<div class="ant-modal-title"><div>新建岗位</div></div>');
    let n = 0;
    expect(nameModalDialogs(root, () => `t${++n}`)).toBe(1);
    const title = root.querySelector('.ant-modal-title')!;
    expect(title.id).toBe('t1');
    expect(root.querySelector('[role="dialog"]')!.getAttribute('aria-labelledby')).toBe('t1');
  });

  it('labels a confirm dialog and keeps an existing title id', () => {
    const root = dialog('<span class="ant-modal-confirm-title" id="own">Delete?</span>');
    nameModalDialogs(root, () => 'unused');
    expect(root.querySelector('[role="dialog"]')!.getAttribute('aria-labelledby')).toBe('own');
  });

  it('leaves a dialog without a visible title alone', () => {
    const root = dialog('<div class="ant-modal-body">content</div>');
    expect(nameModalDialogs(root, () => 'x')).toBe(0);
    expect(root.querySelector('[role="dialog"]')!.hasAttribute('aria-labelledby')).toBe(false);
  });
});
