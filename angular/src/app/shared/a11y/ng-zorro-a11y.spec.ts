import { nameModalDialogs, nameNgZorroControls } from './ng-zorro-a11y';

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

describe('nameNgZorroControls', () => {
  const texts = { expand: '展开行', collapse: '关闭行' };

  it('names a select input by its placeholder and follows the selection, but keeps an author label', () => {
    const root = document.createElement('div');
    root.innerHTML = `
      <nz-select><span class="ant-select-selection-placeholder">状态</span><input class="ant-select-selection-search-input"></nz-select>
      <nz-select aria-label="Status"><input id="own" class="ant-select-selection-search-input" aria-label="mine"></nz-select>`;
    nameNgZorroControls(root, texts);
    const [auto, own] = Array.from(root.querySelectorAll('input'));
    expect(auto.getAttribute('aria-label')).toBe('状态');
    expect(own.getAttribute('aria-label')).toBe('mine');
    root.querySelector('.ant-select-selection-placeholder')!.outerHTML = '<span class="ant-select-selection-item" title="在编">在编</span>';
    nameNgZorroControls(root, texts);
    expect(auto.getAttribute('aria-label')).toBe('在编');
  });

  it('names the row expand button by its state and the switch button by its host', () => {
    const root = document.createElement('div');
    root.innerHTML = `
      <button class="ant-table-row-expand-icon ant-table-row-expand-icon-expanded"></button>
      <nz-switch aria-label="冻结"><button class="ant-switch"></button></nz-switch>`;
    nameNgZorroControls(root, texts);
    const expand = root.querySelector('.ant-table-row-expand-icon')!;
    expect(expand.getAttribute('aria-label')).toBe('关闭行');
    expect(expand.getAttribute('aria-expanded')).toBe('true');
    expect(root.querySelector('.ant-switch')!.getAttribute('aria-label')).toBe('冻结');
  });
});
