import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideNzI18n, zh_CN } from 'ng-zorro-antd/i18n';
import { LOCALIZATION_URL, LocalizationService } from './localization.service';
import { TranslatePipe } from './translate.pipe';

@Component({
  imports: [TranslatePipe],
  template: `<h1>{{ 'Menu:Home' | t }}</h1><p>{{ 'Zones:DeleteConfirm' | t: 'dalian' }}</p>`,
})
class HostComponent {}

describe('TranslatePipe', () => {
  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), provideNzI18n(zh_CN)],
    });
  });

  async function useCulture(culture: 'zh-Hans' | 'en', texts: Record<string, string>): Promise<void> {
    const switching = TestBed.inject(LocalizationService).use(culture);
    TestBed.inject(HttpTestingController).expectOne(r => r.url === LOCALIZATION_URL).flush({ culture, texts });
    await switching;
  }

  it('renders the texts and re-renders them when the language changes', async () => {
    await useCulture('zh-Hans', { 'Menu:Home': '首页', 'Zones:DeleteConfirm': '确定删除园区“{0}”吗？' });
    const fixture = TestBed.createComponent(HostComponent);
    await fixture.whenStable();
    const element: HTMLElement = fixture.nativeElement;
    expect(element.querySelector('h1')?.textContent).toBe('首页');
    expect(element.querySelector('p')?.textContent).toBe('确定删除园区“dalian”吗？');

    await useCulture('en', { 'Menu:Home': 'Home', 'Zones:DeleteConfirm': "Delete zone '{0}'?" });
    await fixture.whenStable();
    expect(element.querySelector('h1')?.textContent).toBe('Home');
    expect(element.querySelector('p')?.textContent).toBe("Delete zone 'dalian'?");
  });
});
