// "For a real cluster" in the Share dialog: the same export as `ksp export` (the core's
// exportScenario, run in the worker on the text as it is now) — the YAML to `kubectl apply -f`
// with the playground-only documents left out, and the shell script that applies it, waits and
// sends the traffic the playground shows (kubectl, busybox wget, curl). What a real cluster needs
// first (flags, add-ons, an ingress controller, a cloud load balancer) heads the script, and is
// listed here in the page's language (the core's codes, worded by src/text/messages.ts).
import '../i18n/laterWords.ts';
import { useEffect, useState } from 'react';
import { simBridge, useStore } from '../store.ts';
import { CopyField } from './CopyField.tsx';
import { downloadText } from './fileTransfer.ts';
import { useLanguage, useT } from '../i18n/useT.ts';
import type { ReplyOf } from '../../worker/protocol.ts';
import { messageText } from '../../text/messages.ts';
import { installExportEnglish } from '../../text/exportMessages.ts';

// The export notes' English wordings are not in the first screen's catalogue (messages.ts).
installExportEnglish();

/** The script's file name; the YAML's comes with the export (the name the script applies). */
const SCRIPT_FILE_NAME = 'reproduce.sh';

export function ExportPanel() {
  const t = useT();
  const lang = useLanguage();
  const text = useStore((s) => s.text);
  const seed = useStore((s) => s.seed);
  const [result, setResult] = useState<{ for: string; result: ReplyOf<'exportScenario'> | null } | null>(null);
  useEffect(() => {
    let live = true;
    void simBridge()
      ?.exportScenario?.(text, seed)
      .then((r) => live && setResult({ for: text, result: r }));
    return () => {
      live = false;
    };
  }, [text, seed]);
  const reply = result?.for === text ? result.result : undefined;
  if (reply === undefined) return <p className="k-dim">{t('export.making')}</p>;
  if (reply === null) return <p className="k-fail">{t('export.failed')}</p>;
  const current = reply.result;
  const yamlFile = reply.yamlFileName;
  if (!current.ok)
    return <p className="k-fail">{t('export.refused', { error: messageText(lang, current.problem) })}</p>;
  return (
    <div className="share-export" data-testid="export-panel">
      <p>{t('export.intro', { file: yamlFile, script: SCRIPT_FILE_NAME })}</p>
      {current.notes.length > 0 && (
        <div role="note" className="share-export-notes">
          <p>{t('export.notes', { count: current.notes.length })}</p>
          {/* The core's codes, worded in the page's language (the script has them as English comments). */}
          <ul data-testid="export-notes">
            {current.notes.map((n, i) => (
              <li key={i}>{messageText(lang, n)}</li>
            ))}
          </ul>
        </div>
      )}
      <CopyField label={t('export.yamlLabel')} value={current.yaml} rows={6} testId="export-yaml" />
      <CopyField label={t('export.scriptLabel')} value={current.commands} rows={6} testId="export-script" />
      <div className="share-files">
        <button
          type="button"
          className="k-btn"
          onClick={() => downloadText(current.yaml, yamlFile, 'application/yaml')}
        >
          {t('export.downloadYaml', { file: yamlFile })}
        </button>
        <button
          type="button"
          className="k-btn"
          onClick={() => downloadText(current.commands, SCRIPT_FILE_NAME, 'text/x-shellscript')}
        >
          {t('export.downloadScript', { file: SCRIPT_FILE_NAME })}
        </button>
      </div>
    </div>
  );
}
