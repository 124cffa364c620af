// Small helpers shared by the lesson.yaml readers.
import type { LocalizedText } from './types.ts';

export type Path = (string | number)[];

export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** `steps[1].goal.to`, the way the error messages name a field. */
export function pathText(path: Path): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('') || '(document)';
}

export type Report = (path: Path, message: string) => void;

/** A `{ en, ko }` text; both languages are required. */
export function readText(v: unknown, path: Path, report: Report): LocalizedText | undefined {
  if (!isRecord(v)) {
    report(path, `${pathText(path)} needs both languages: { en: "…", ko: "…" }`);
    return undefined;
  }
  let ok = true;
  for (const lang of ['en', 'ko'] as const) {
    const t = v[lang];
    if (typeof t !== 'string' || t.trim() === '') {
      report(
        t === undefined ? path : [...path, lang],
        `${pathText(path)}.${lang} is missing or empty: write the text in ${lang === 'en' ? 'English' : 'Korean'}`,
      );
      ok = false;
    }
  }
  for (const key of Object.keys(v))
    if (key !== 'en' && key !== 'ko') report([...path, key], `unknown language "${key}" (use en and ko)`);
  return ok ? { en: String(v.en).trim(), ko: String(v.ko).trim() } : undefined;
}
