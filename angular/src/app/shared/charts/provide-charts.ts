import { EnvironmentProviders, Provider } from '@angular/core';
import { provideEchartsCore } from 'ngx-echarts';

/**
 * ECharts for a lazy route: the library loads with the route that draws a chart, not with the app. For a user whose
 * system asks for reduced motion (WCAG 2.3.3) the charts draw at once, without their entry animation: a theme's
 * top-level keys are defaults under every chart's options, so `animation: false` here holds unless a chart sets it.
 */
export function provideCharts(): Provider | EnvironmentProviders {
  return provideEchartsCore({ echarts: () => import('echarts'), theme: prefersReducedMotion() ? { animation: false } : undefined });
}

export function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}
