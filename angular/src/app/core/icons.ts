import {
  ApartmentOutline, AuditOutline, DashboardOutline, DeleteOutline, EditOutline, GlobalOutline, LockOutline,
  LogoutOutline, MenuFoldOutline, MenuUnfoldOutline, PlusOutline, ReloadOutline, SafetyCertificateOutline,
  SearchOutline, TeamOutline, UserOutline,
} from '@ant-design/icons-angular/icons';
import { IconDefinition } from '@ant-design/icons-angular';

/** Icons bundled statically, so that none is fetched from an asset folder at run time. */
export const APP_ICONS: IconDefinition[] = [
  ApartmentOutline, AuditOutline, DashboardOutline, DeleteOutline, EditOutline, GlobalOutline, LockOutline,
  LogoutOutline, MenuFoldOutline, MenuUnfoldOutline, PlusOutline, ReloadOutline, SafetyCertificateOutline,
  SearchOutline, TeamOutline, UserOutline,
];
