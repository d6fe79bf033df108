import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink } from '@angular/router';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzResultModule } from 'ng-zorro-antd/result';
import { TranslatePipe } from '../i18n/translate.pipe';

@Component({
  selector: 'tr-not-found-page',
  imports: [RouterLink, NzResultModule, NzButtonModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nz-result nzStatus="404" [nzTitle]="'404'" [nzSubTitle]="'Error:NotFoundPage' | t">
      <div nz-result-extra>
        <a nz-button nzType="primary" routerLink="/">{{ 'Error:BackHome' | t }}</a>
      </div>
    </nz-result>
  `,
})
export class NotFoundPage {}
