// Messages about the user's work: a damaged link or a failed save (notice), Undo after a load,
// another tab's newer draft (and where this tab's work goes meanwhile), work a closed tab kept
// aside, a new app version, and the question asked before a share link
// replaces a draft. Every string shown is plain text (React escapes it).
import { dismissNotice, dismissUndo, undoReplace, useStore } from '../store.ts';
import { resolveConflict, settleKeptCopy } from '../persistence.ts';
import { applyUpdate } from './serviceWorkerClient.ts';
import { useT } from '../i18n/useT.ts';

/** The link code is loaded by now (a link is waiting: it was opened with it, src/startApp.tsx). */
const chooseLink = (choice: 'open' | 'keep'): Promise<void> =>
  import('./openLink.ts').then((m) => m.chooseLink(choice));

export function SessionBanners() {
  const notice = useStore((s) => s.notice);
  const undo = useStore((s) => s.undo);
  const conflict = useStore((s) => s.conflict);
  const update = useStore((s) => s.updateAvailable);
  const kept = useStore((s) => s.keptCopy);
  const embed = useStore((s) => s.embed);
  const language = useStore((s) => s.language);
  const t = useT();
  if (!notice && !undo && !conflict && !update && !kept) return null;
  return (
    <div className="session-banners">
      {notice && (
        <div
          role={notice.kind === 'error' ? 'alert' : 'status'}
          className={`banner banner-${notice.kind}`}
          data-testid="session-notice"
        >
          <span>{notice.text}</span>
          <button type="button" className="k-btn" onClick={dismissNotice}>
            {t('banner.dismiss')}
          </button>
        </div>
      )}
      {undo && !embed && (
        <div role="status" className="banner banner-info" data-testid="undo-banner">
          <span>{t('session.opened', { cause: undo.cause })}</span>
          <button type="button" className="k-btn" onClick={undoReplace}>
            {t('banner.undo')}
          </button>
          <button type="button" className="k-btn" onClick={dismissUndo} aria-label={t('session.hide')}>
            ×
          </button>
        </div>
      )}
      {conflict && (
        <div role="alert" className="banner banner-error" data-testid="conflict-banner">
          <span>
            {t('session.conflict')} {t('session.conflictKept')}
          </span>
          <button type="button" className="k-btn" onClick={() => resolveConflict('theirs')}>
            {t('session.openTheirs')}
          </button>
          <button type="button" className="k-btn" onClick={() => resolveConflict('mine')}>
            {t('session.keepMine')}
          </button>
        </div>
      )}
      {kept && !embed && (
        <div role="status" className="banner banner-info" data-testid="kept-banner">
          <span>
            {t('session.kept', {
              time: new Date(kept.at).toLocaleString(language, { dateStyle: 'medium', timeStyle: 'short' }),
            })}
          </span>
          <button type="button" className="k-btn" onClick={() => settleKeptCopy('open')}>
            {t('session.keptOpen')}
          </button>
          <button type="button" className="k-btn" onClick={() => settleKeptCopy('discard')}>
            {t('session.keptDiscard')}
          </button>
        </div>
      )}
      {update && (
        <div role="status" className="banner banner-info" data-testid="update-banner">
          <span>{t('session.update')}</span>
          <button type="button" className="k-btn" onClick={applyUpdate}>
            {t('session.reload')}
          </button>
        </div>
      )}
    </div>
  );
}

export function LinkChoice() {
  const link = useStore((s) => s.pendingLink);
  const t = useT();
  if (!link) return null;
  const lines = link.text.split('\n').length;
  return (
    <div className="modal-backdrop">
      <div
        className="modal"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby="link-choice-title"
        aria-describedby="link-choice-body"
      >
        <h2 id="link-choice-title">{t('session.linkTitle')}</h2>
        <p id="link-choice-body">{t('session.linkBody', { lines, seed: link.seed })}</p>
        <div className="modal-actions">
          <button type="button" className="k-btn" onClick={() => void chooseLink('open')} autoFocus>
            {t('session.linkOpen')}
          </button>
          <button type="button" className="k-btn" onClick={() => void chooseLink('keep')}>
            {t('session.linkKeep')}
          </button>
        </div>
      </div>
    </div>
  );
}
