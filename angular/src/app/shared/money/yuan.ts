import { Culture } from '../../core/i18n/culture';

type Translate = (key: string, ...args: unknown[]) => string;

const GROUPED = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

/**
 * Whole yuan, rounded as the server rounds money (Math.Round(…, 0, MidpointRounding.AwayFromZero)):
 * every amount the API carries is whole yuan, so this only guards against a stray fraction.
 */
export function wholeYuan(amount: number): number {
  return Math.sign(amount) * Math.round(Math.abs(amount)) || 0;
}

/**
 * Money as people read it, the one format of the whole UI: in Chinese "259 万元" from 10,000 up when whole
 * hundreds ("1.25 万元"), else grouped whole yuan ("1,500 元"); in English "¥2,590,000". '' when absent.
 */
export function formatYuan(amount: number | null | undefined, culture: Culture, t: Translate): string {
  if (amount === null || amount === undefined) {
    return '';
  }
  const yuan = wholeYuan(amount);
  if (culture === 'zh-Hans' && Math.abs(yuan) >= 10_000 && yuan % 100 === 0) {
    return t('Calculator:TenThousandYuan', GROUPED.format(yuan / 10_000));
  }
  return t('Calculator:Yuan', GROUPED.format(yuan));
}
