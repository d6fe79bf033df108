import { formatYuan, wholeYuan } from './yuan';

describe('money', () => {
  const t = (key: string, ...args: unknown[]) => (key === 'Calculator:TenThousandYuan' ? `${args[0]} 万元` : `${args[0]} 元`);
  const tEn = (key: string, ...args: unknown[]) => (key === 'Calculator:Yuan' ? `¥${args[0]}` : key);
  const keys = (key: string, ...args: unknown[]) => `${key}(${args.join(',')})`;

  it('says 万元 in Chinese and groups digits in English', () => {
    expect(formatYuan(2_590_000, 'zh-Hans', t)).toBe('259 万元');
    expect(formatYuan(90_000, 'zh-Hans', t)).toBe('9 万元');
    expect(formatYuan(12_500, 'zh-Hans', t)).toBe('1.25 万元');
    expect(formatYuan(120_002, 'zh-Hans', t)).toBe('120,002 元');
    expect(formatYuan(1_500, 'zh-Hans', t)).toBe('1,500 元');
    expect(formatYuan(0, 'zh-Hans', t)).toBe('0 元');
    expect(formatYuan(2_590_000, 'en', tEn)).toBe('¥2,590,000');
  });

  it('formats policy amounts in 万 for Chinese readers, and nothing when absent', () => {
    expect(formatYuan(30000, 'zh-Hans', keys)).toBe('Calculator:TenThousandYuan(3)');
    expect(formatYuan(3000000, 'zh-Hans', keys)).toBe('Calculator:TenThousandYuan(300)');
    expect(formatYuan(15000, 'zh-Hans', keys)).toBe('Calculator:TenThousandYuan(1.5)');
    expect(formatYuan(8500, 'zh-Hans', keys)).toBe('Calculator:Yuan(8,500)');
    expect(formatYuan(3000000, 'en', keys)).toBe('Calculator:Yuan(3,000,000)');
    expect(formatYuan(null, 'zh-Hans', keys)).toBe('');
    expect(formatYuan(undefined, 'en', keys)).toBe('');
  });

  it('rounds to whole yuan as the server does (half away from zero)', () => {
    expect(wholeYuan(1_500.5)).toBe(1_501);
    expect(wholeYuan(-1_500.5)).toBe(-1_501);
    expect(wholeYuan(-0.2)).toBe(0);
    expect(formatYuan(1_234.56, 'zh-Hans', t)).toBe('1,235 元');
    expect(formatYuan(9_999.5, 'zh-Hans', t)).toBe('1 万元');
    expect(formatYuan(1_234.4, 'en', tEn)).toBe('¥1,234');
  });
});
