import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Component } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { FormControl, FormGroup } from '@angular/forms';
import { provideNzI18n, zh_CN } from 'ng-zorro-antd/i18n';
import { provideNzIcons } from 'ng-zorro-antd/icon';
import { LOCALIZATION_URL, LocalizationService } from '../../core/i18n/localization.service';
import { APP_ICONS } from '../../core/icons';
import { PostCategory } from '../../proxy/models';
import { keepLevelInCategory, PostGradeFieldsComponent } from './post-grade-fields.component';
import { postLevelValidator } from './post-level.validator';

function gradeForm() {
  return new FormGroup({
    category: new FormControl<PostCategory | null>(null),
    level: new FormControl<number | null>(null),
  }, { validators: postLevelValidator });
}

@Component({
  imports: [PostGradeFieldsComponent],
  template: `<div><tr-post-grade-fields [category]="form.controls.category" [level]="form.controls.level" idPrefix="post" /></div>`,
})
class HostComponent {
  readonly form = gradeForm();
}

describe('post grade', () => {
  it('drops a level the new category does not have, keeps one it has', () => {
    const form = gradeForm();
    keepLevelInCategory(form.controls.category, form.controls.level);
    form.setValue({ category: 'Professional', level: 12 });
    form.controls.category.setValue('Management');
    expect(form.controls.level.value).toBeNull();
    form.setValue({ category: 'Professional', level: 4 });
    form.controls.category.setValue('Skilled');
    expect(form.controls.level.value).toBe(4);
    form.controls.category.setValue('Ordinary');
    expect(form.controls.level.value).toBeNull();
  });

  describe('PostGradeFieldsComponent', () => {
    let fixture: ComponentFixture<HostComponent>;

    beforeEach(async () => {
      TestBed.configureTestingModule({
        imports: [HostComponent],
        providers: [provideHttpClient(), provideHttpClientTesting(), provideNzI18n(zh_CN), provideNzIcons(APP_ICONS)],
      });
      const backend = TestBed.inject(HttpTestingController);
      const loading = TestBed.inject(LocalizationService).initialize();
      backend.expectOne(r => r.url === LOCALIZATION_URL).flush({ culture: 'zh-Hans', texts: { 'Posts:LevelRequired': '请选择等级' } });
      await loading;
      fixture = TestBed.createComponent(HostComponent);
      fixture.detectChanges();
    });

    afterEach(() => fixture.destroy());

    const byTestId = (id: string) => (fixture.nativeElement as HTMLElement).querySelector<HTMLElement>(`[data-testid="${id}"]`);

    it('names its fields by the prefix and shows a missing level once the level was touched', () => {
      expect(byTestId('post-category')).not.toBeNull();
      expect(byTestId('post-level')).not.toBeNull();
      const form = fixture.componentInstance.form;
      form.controls.category.setValue('Management');
      fixture.detectChanges();
      expect(form.errors).toEqual({ levelRequired: true });
      expect(byTestId('post-level-error')).toBeNull();

      form.controls.level.markAsDirty();
      fixture.detectChanges();
      expect(byTestId('post-level-error')?.textContent).toContain('请选择等级');

      form.controls.level.setValue(3);
      fixture.detectChanges();
      expect(byTestId('post-level-error')).toBeNull();
    });
  });
});
