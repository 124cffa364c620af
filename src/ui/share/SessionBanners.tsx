// Messages about the user's work: a damaged link or a failed save (notice), Undo after a load,
// another tab's newer draft, a new app version, and the question asked before a share link
// replaces a draft. Every string shown is plain text (React escapes it).
import { dismissNotice, dismissUndo, undoReplace, useStore } from '../store.ts';
import { resolveConflict } from '../persistence.ts';
import { chooseLink } from './openLink.ts';
import { applyUpdate } from './serviceWorkerClient.ts';

export function SessionBanners() {
  const notice = useStore((s) => s.notice);
  const undo = useStore((s) => s.undo);
  const conflict = useStore((s) => s.conflict);
  const update = useStore((s) => s.updateAvailable);
  const embed = useStore((s) => s.embed);
  if (!notice && !undo && !conflict && !update) return null;
  return (
    <div className="session-banners">
      {notice && (
        <div role={notice.kind === 'error' ? 'alert' : 'status'} className={`banner banner-${notice.kind}`} data-testid="session-notice">
          <span>{notice.text}</span>
          <button type="button" className="k-btn" onClick={dismissNotice}>Dismiss</button>
        </div>
      )}
      {undo && !embed && (
        <div role="status" className="banner banner-info" data-testid="undo-banner">
          <span>Opened {undo.cause}.</span>
          <button type="button" className="k-btn" onClick={undoReplace}>Undo</button>
          <button type="button" className="k-btn" onClick={dismissUndo} aria-label="Hide this message">×</button>
        </div>
      )}
      {conflict && (
        <div role="alert" className="banner banner-error" data-testid="conflict-banner">
          <span>Another tab saved a different version of this scenario. Which one do you want to keep working on?</span>
          <button type="button" className="k-btn" onClick={() => resolveConflict('theirs')}>Open the other tab's version</button>
          <button type="button" className="k-btn" onClick={() => resolveConflict('mine')}>Keep this tab's version</button>
        </div>
      )}
      {update && (
        <div role="status" className="banner banner-info" data-testid="update-banner">
          <span>A new version is available.</span>
          <button type="button" className="k-btn" onClick={applyUpdate}>Reload</button>
        </div>
      )}
    </div>
  );
}

export function LinkChoice() {
  const link = useStore((s) => s.pendingLink);
  if (!link) return null;
  const lines = link.text.split('\n').length;
  return (
    <div className="modal-backdrop">
      <div className="modal" role="alertdialog" aria-modal="true" aria-labelledby="link-choice-title" aria-describedby="link-choice-body">
        <h2 id="link-choice-title">Open the shared scenario?</h2>
        <p id="link-choice-body">
          This link holds a scenario ({lines} lines, seed {link.seed}) that differs from your saved draft. Opening it replaces the
          draft in the editor; you can undo that afterwards.
        </p>
        <div className="modal-actions">
          <button type="button" className="k-btn" onClick={() => chooseLink('open')} autoFocus>Open the shared scenario</button>
          <button type="button" className="k-btn" onClick={() => chooseLink('keep')}>Keep my draft</button>
        </div>
      </div>
    </div>
  );
}
