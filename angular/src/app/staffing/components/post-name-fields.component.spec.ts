import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { FormControl } from '@angular/forms';
import { provideNzI18n, zh_CN } from 'ng-zorro-antd/i18n';
import { LOCALIZATION_URL, LocalizationService } from '../../core/i18n/localization.service';
import { POST_CODE_VALIDATORS, POST_TITLE_VALIDATORS, PostNameFieldsComponent } from './post-name-fields.component';

@Component({
  imports: [PostNameFieldsComponent],
  template: `<div><tr-post-name-fields [code]="code" [titleZh]="titleZh" [titleEn]="titleEn" idPrefix="change" /></div>`,
})
class HostComponent {
  readonly code = new FormControl('P-01', { nonNullable: true, validators: POST_CODE_VALIDATORS });
  readonly titleZh = new FormControl('人才服务专员', { nonNullable: true, validators: POST_TITLE_VALIDATORS });
  readonly titleEn = new FormControl('Talent service officer', { nonNullable: true, validators: POST_TITLE_VALIDATORS });
}

describe('post name fields', () => {
  it('accepts the codes the server accepts', () => {
    const code = new FormControl('', { nonNullable: true, validators: POST_CODE_VALIDATORS });
    for (const valid of ['P-01', 'a.b_c', '9']) {
      code.setValue(valid);
      expect(code.valid).toBe(true);
    }
    for (const invalid of ['-P01', '岗位01', 'x'.repeat(33)]) {
      code.setValue(invalid);
      expect(code.valid).toBe(false);
    }
  });

  it('shows the controls under the ids of the form that uses them', async () => {
    TestBed.configureTestingModule({
      imports: [HostComponent],
      providers: [provideHttpClient(), provideHttpClientTesting(), provideNzI18n(zh_CN)],
    });
    const backend = TestBed.inject(HttpTestingController);
    const loading = TestBed.inject(LocalizationService).initialize();
    backend.expectOne(r => r.url === LOCALIZATION_URL).flush({ culture: 'zh-Hans', texts: {} });
    await loading;
    const fixture = TestBed.createComponent(HostComponent);
    fixture.detectChanges();
    const element: HTMLElement = fixture.nativeElement;
    expect(element.querySelector<HTMLInputElement>('#change-code')?.value).toBe('P-01');
    expect(element.querySelector<HTMLInputElement>('#change-title-zh')?.value).toBe('人才服务专员');
    expect(element.querySelector<HTMLInputElement>('#change-title-en')?.value).toBe('Talent service officer');
    expect(element.querySelector('[data-testid="change-code"]')).not.toBeNull();
    fixture.destroy();
  });
});
