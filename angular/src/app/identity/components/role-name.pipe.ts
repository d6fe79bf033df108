import { inject, Pipe, PipeTransform } from '@angular/core';
import { LocalizationService } from '../../core/i18n/localization.service';

/** "hr-officer" → its `Role:hr-officer` text when the backend has one, else the role name itself. */
@Pipe({ name: 'roleName', pure: false })
export class RoleNamePipe implements PipeTransform {
  private readonly localization = inject(LocalizationService);

  transform(roleName: string): string {
    return this.localization.tOr(`Role:${roleName}`, roleName);
  }
}
