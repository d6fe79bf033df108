import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { Router, RouterLink, RouterOutlet } from '@angular/router';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzLayoutModule } from 'ng-zorro-antd/layout';
import { NzMenuModule } from 'ng-zorro-antd/menu';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { AuthService } from '../auth/auth.service';
import { localizedName } from '../i18n/localized-name';
import { LocalizationService } from '../i18n/localization.service';
import { TranslatePipe } from '../i18n/translate.pipe';
import { LanguageSwitchComponent } from './language-switch.component';
import { MENU_ITEMS, visibleMenuItems } from './menu';
import { NotificationBellComponent } from './notification-bell.component';
import { Permissions } from '../auth/permissions';
import { NgZorroA11y } from '../../shared/a11y/ng-zorro-a11y';

/** The signed-in frame: side menu (granted entries only) and a header with user, zone, language, sign-out. */
@Component({
  selector: 'tr-main-layout',
  imports: [
    RouterOutlet, RouterLink, NzLayoutModule, NzMenuModule, NzIconModule, NzButtonModule,
    NzTagModule, TranslatePipe, LanguageSwitchComponent, NotificationBellComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './main-layout.component.html',
  styleUrl: './main-layout.component.css',
})
export class MainLayoutComponent {
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);
  private readonly localization = inject(LocalizationService);
  private readonly menu = inject(MENU_ITEMS);

  protected readonly collapsed = signal(false);
  protected readonly user = this.auth.currentUser;
  protected readonly menuItems = computed(() => visibleMenuItems(this.menu, permission => this.auth.isGranted(permission)));
  protected readonly showBell = computed(() => this.auth.isGranted(Permissions.Notifications));
  protected readonly zoneName = computed(() => localizedName(this.user().zone, this.localization.culture()));

  constructor() {
    // Names what ng-zorro leaves unnamed (dialogs, select inputs, row expanders) on every signed-in page.
    inject(NgZorroA11y).start();
  }

  protected async signOut(): Promise<void> {
    await this.auth.logout();
    await this.router.navigate(['/login']);
  }
}
