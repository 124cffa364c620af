// The languages people read the simulator in. Both faces speak them: the page (src/ui/i18n) and
// the CLI (`ksp … --lang ko`).
export type Language = 'en' | 'ko';
export const LANGUAGES: readonly Language[] = ['en', 'ko'];

export function isLanguage(v: unknown): v is Language {
  return v === 'en' || v === 'ko';
}
