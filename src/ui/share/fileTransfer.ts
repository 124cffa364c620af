// The fallback when a link is too long: the scenario as a .yaml file, down and up. Opening a file
// replaces the scenario like a link does (with an undo), and a file that is not text is refused.
import { replaceScenario, showNotice } from '../store.ts';
import { YAML_LIMITS } from '../../worker/protocol.ts';
import { t } from '../i18n/useT.ts';

/** A scenario file may be as large as a scenario (UTF-8 bytes; File.size counts bytes). */
export const MAX_FILE_BYTES = YAML_LIMITS.maxBytes;

/** `my-scenario.yaml` from the first metadata.name in the text, else `scenario.yaml`. */
export function scenarioFileName(text: string): string {
  const m = /^\s{2}name:\s*["']?([a-z0-9][-a-z0-9.]{0,62})/m.exec(text);
  return `${m?.[1] ?? 'scenario'}.yaml`;
}

export function downloadScenario(text: string): void {
  downloadText(text, scenarioFileName(text), 'application/yaml');
}

/** Saves `text` as a file named `fileName` (the browser's download). */
export function downloadText(text: string, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export async function openScenarioFile(file: File): Promise<boolean> {
  if (file.size > MAX_FILE_BYTES) {
    showNotice('error', t('session.fileTooBig', { name: file.name, size: file.size, max: MAX_FILE_BYTES }));
    return false;
  }
  let text: string;
  try {
    text = await file.text();
  } catch {
    // The file went away or may not be read (NotReadableError): say so instead of failing silently.
    showNotice('error', t('session.fileUnreadable', { name: file.name }));
    return false;
  }
  if (text.includes('\u0000')) {
    showNotice('error', t('session.fileNotYaml', { name: file.name }));
    return false;
  }
  replaceScenario({ text }, t('session.causeFile', { name: file.name }));
  return true;
}
