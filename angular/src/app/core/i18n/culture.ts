import { en_US, NzI18nInterface, zh_CN } from 'ng-zorro-antd/i18n';

export type Culture = 'zh-Hans' | 'en';

export interface CultureOption {
  culture: Culture;
  /** The language's own name (endonym), shown in the language switch. */
  nativeName: string;
  nzLocale: NzI18nInterface;
}

export const DEFAULT_CULTURE: Culture = 'zh-Hans';

export const CULTURE_OPTIONS: readonly CultureOption[] = [
  { culture: 'zh-Hans', nativeName: '中文', nzLocale: zh_CN },
  { culture: 'en', nativeName: 'English', nzLocale: en_US },
];

export const CULTURE_STORAGE_KEY = 'talent-reform.culture';

export function isCulture(value: unknown): value is Culture {
  return CULTURE_OPTIONS.some(option => option.culture === value);
}

export function cultureOption(culture: Culture): CultureOption {
  return CULTURE_OPTIONS.find(option => option.culture === culture) ?? CULTURE_OPTIONS[0];
}
