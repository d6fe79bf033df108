import {
  ArrowDownOutline, ArrowLeftOutline, ArrowUpOutline, BellOutline, BranchesOutline, FileTextOutline, InboxOutline, LineChartOutline, PrinterOutline, SendOutline,
  ApartmentOutline, AppstoreOutline, CalculatorOutline, CalendarOutline, AuditOutline, BarChartOutline, CheckCircleOutline, CloseCircleOutline,
  DashboardOutline, DeleteOutline, DownloadOutline, EditOutline, FileExcelOutline, GlobalOutline, IdcardOutline,
  LockOutline, LogoutOutline, MenuFoldOutline, MenuUnfoldOutline, PlusOutline, ReloadOutline, SafetyCertificateOutline,
  SearchOutline, SolutionOutline, StopOutline, SwapOutline, TeamOutline, UploadOutline, UserAddOutline, UserOutline,
  GiftOutline, ReadOutline, CrownOutline, ThunderboltOutline, AccountBookOutline, MoneyCollectOutline, ExperimentOutline, QuestionCircleOutline, HistoryOutline, MinusCircleOutline,
} from '@ant-design/icons-angular/icons';
import { IconDefinition } from '@ant-design/icons-angular';

/** Icons bundled statically, so that none is fetched from an asset folder at run time. */
export const APP_ICONS: IconDefinition[] = [
  ArrowDownOutline, ArrowLeftOutline, ArrowUpOutline, BellOutline, BranchesOutline, FileTextOutline, InboxOutline, LineChartOutline, PrinterOutline, SendOutline,
  ApartmentOutline, AppstoreOutline, CalculatorOutline, CalendarOutline, AuditOutline, BarChartOutline, CheckCircleOutline, CloseCircleOutline,
  DashboardOutline, DeleteOutline, DownloadOutline, EditOutline, FileExcelOutline, GlobalOutline, IdcardOutline,
  LockOutline, LogoutOutline, MenuFoldOutline, MenuUnfoldOutline, PlusOutline, ReloadOutline, SafetyCertificateOutline,
  SearchOutline, SolutionOutline, StopOutline, SwapOutline, TeamOutline, UploadOutline, UserAddOutline, UserOutline,
  GiftOutline, ReadOutline, CrownOutline, ThunderboltOutline, AccountBookOutline, MoneyCollectOutline, ExperimentOutline, QuestionCircleOutline, HistoryOutline, MinusCircleOutline,
];
