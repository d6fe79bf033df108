import { Culture } from './culture';

export interface BilingualName {
  nameZh?: string | null;
  nameEn?: string | null;
}

/** Picks the name in the UI language, falling back to the other language when it is missing. */
export function localizedName(named: BilingualName | null | undefined, culture: Culture): string {
  if (!named) {
    return '';
  }
  const preferred = culture === 'zh-Hans' ? named.nameZh : named.nameEn;
  const fallback = culture === 'zh-Hans' ? named.nameEn : named.nameZh;
  return preferred || fallback || '';
}
