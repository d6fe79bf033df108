import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink } from '@angular/router';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzResultModule } from 'ng-zorro-antd/result';
import { TranslatePipe } from '../i18n/translate.pipe';

@Component({
  selector: 'tr-forbidden-page',
  imports: [RouterLink, NzResultModule, NzButtonModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nz-result nzStatus="403" [nzTitle]="'403'" [nzSubTitle]="'Error:ForbiddenPage' | t">
      <div nz-result-extra>
        <a nz-button nzType="primary" routerLink="/">{{ 'Error:BackHome' | t }}</a>
      </div>
    </nz-result>
  `,
})
export class ForbiddenPage {}
