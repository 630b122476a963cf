/** Languages with built-in strings. Others fall back to English. */
export type Lang = 'en' | 'zh';
export const LANGS: readonly Lang[] = ['en', 'zh'];

/**
 * Maps any BCP 47 tag to a built-in language: `zh`, `zh-CN`, `zh-Hans` → `zh`; anything else → `en`.
 * Traditional Chinese tags also map to `zh` (Simplified) until a `zh-Hant` table exists.
 */
export function toLang(tag: string | null | undefined): Lang {
  const primary = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return primary === 'zh' ? 'zh' : 'en';
}

/** The Intl locale used for a built-in language. */
export function intlLocale(lang: Lang): string {
  return lang === 'zh' ? 'zh-CN' : 'en-GB';
}
