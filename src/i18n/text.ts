import type { LocalizedText } from '../format/types.js';
import type { Lang } from './lang.js';

/**
 * Picks the text for `lang` from a dataset's localised field: the exact language,
 * then any regional variant of it (`zh-CN` for `zh`), then English, then the first given.
 */
export function localize(text: LocalizedText | undefined, lang: Lang): string {
  if (typeof text !== 'object') return text ?? '';
  const variant = Object.keys(text).find((k) => k.toLowerCase().startsWith(`${lang}-`));
  return text[lang] || (variant ? (text[variant] ?? '') : text.en ?? Object.values(text)[0] ?? '');
}
