// jsdom lacks ResizeObserver (used by ngx-echarts and some ng-zorro components) and matchMedia
// (used by nz-sider breakpoints); minimal stand-ins are enough for unit tests.
class ResizeObserverStub {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
globalThis.ResizeObserver ??= ResizeObserverStub as unknown as typeof ResizeObserver;

if (!window.matchMedia) {
  window.matchMedia = (query: string) =>
    ({
      matches: false,
      media: query,
      onchange: null,
      addListener: () => {},
      removeListener: () => {},
      addEventListener: () => {},
      removeEventListener: () => {},
      dispatchEvent: () => false,
    }) as MediaQueryList;
}

// The forms' rules (post levels, profile fields, plan-change fields, ...) as the server served them when the
// client was generated; the app loads them at start-up from GET /api/app/application-configuration.
import { setFormRules } from './app/shared/form-rules/form-rules';
import { FORM_METADATA } from './app/core/testing/form-metadata';

setFormRules(FORM_METADATA);

// The test command runs these beside the browser tests and the HTTP suite on a two-core machine; a component test
// that takes 0.5 s alone can take over 5 s (Vitest's default limit) there. The limit is about hangs, not speed.
import { vi } from 'vitest';

vi.setConfig({ testTimeout: 30_000 });
