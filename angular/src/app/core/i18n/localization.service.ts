import { DOCUMENT } from '@angular/common';
import { computed, inject, Injectable, signal } from '@angular/core';
import { NzI18nService } from 'ng-zorro-antd/i18n';
import { firstValueFrom } from 'rxjs';
import { LocalizationService as LocalizationApi } from '../../proxy/services';
import { Culture, CULTURE_STORAGE_KEY, cultureOption, DEFAULT_CULTURE, isCulture } from './culture';
import { formatText } from './format-text';

export const LOCALIZATION_URL = LocalizationApi.LocalizationGetPath;

/**
 * Holds the UI texts served by the backend (`GET /api/app/localization`) for the chosen culture.
 * The culture is remembered in localStorage and also drives ng-zorro's locale.
 */
@Injectable({ providedIn: 'root' })
export class LocalizationService {
  private readonly api = inject(LocalizationApi);
  private readonly nzI18n = inject(NzI18nService);
  private readonly document = inject(DOCUMENT);

  private readonly cultureState = signal<Culture>(readStoredCulture());
  private readonly textsState = signal<Readonly<Record<string, string>>>({});

  readonly culture = this.cultureState.asReadonly();
  readonly texts = this.textsState.asReadonly();
  readonly isChinese = computed(() => this.cultureState() === 'zh-Hans');

  /** Loads the texts of the remembered culture; called once at startup. */
  initialize(): Promise<void> {
    return this.use(this.cultureState());
  }

  /** Switches the UI language: fetches its texts, then updates ng-zorro and the document. */
  async use(culture: Culture): Promise<void> {
    this.cultureState.set(culture);
    storeCulture(culture);
    const resource = await firstValueFrom(this.api.localizationGet({ culture }));
    this.textsState.set(resource.texts ?? {});
    this.nzI18n.setLocale(cultureOption(culture).nzLocale);
    this.document.documentElement.lang = culture;
  }

  /** The localized text of `key` when the backend has one, otherwise `fallback` (e.g. a role's own name). */
  tOr(key: string, fallback: string): string {
    return this.textsState()[key] ?? fallback;
  }

  /** The localized text of `key` with `{0}`-style placeholders filled; the key itself when unknown. */
  t(key: string, ...args: readonly unknown[]): string {
    const text = this.textsState()[key];
    return formatText(text ?? key, args);
  }
}

function readStoredCulture(): Culture {
  try {
    const stored = localStorage.getItem(CULTURE_STORAGE_KEY);
    return isCulture(stored) ? stored : DEFAULT_CULTURE;
  } catch {
    return DEFAULT_CULTURE;
  }
}

function storeCulture(culture: Culture): void {
  try {
    localStorage.setItem(CULTURE_STORAGE_KEY, culture);
  } catch {
    // Storage may be unavailable (private mode); the choice then lasts for this page only.
  }
}
