import { inject, Pipe, PipeTransform } from '@angular/core';
import { LocalizationService } from '../../core/i18n/localization.service';

/** "Zone" → "高新区" when the backend has an `Entity:Zone` text, else the type name itself. */
@Pipe({ name: 'entityType', pure: false })
export class EntityTypePipe implements PipeTransform {
  private readonly localization = inject(LocalizationService);

  transform(entityType: string | null | undefined): string {
    return entityType ? this.localization.tOr(`Entity:${shortName(entityType)}`, shortName(entityType)) : '';
  }
}

/** "TalentReform.Zones.Zone" → "Zone"; "IdentityUserRole`1" → "IdentityUserRole". */
function shortName(entityType: string): string {
  return entityType.substring(entityType.lastIndexOf('.') + 1).replace(/`\d+$/, '');
}
