// Says when the diagram is not the current text (the text has errors, or the worker restarted).
import { useStore } from '../store.ts';
import { useT } from '../i18n/useT.ts';

export function StatusBanner() {
  const stale = useStore((s) => s.stale);
  const notice = useStore((s) => s.workerNotice);
  const errors = useStore((s) => s.diagnostics.filter((d) => d.severity === 'error').length);
  const editMessage = useStore((s) => s.editMessage);
  const t = useT();
  if (!stale && !notice && !editMessage) return null;
  return (
    <div className="banners">
      {stale && (
        <div role="status" className="banner banner-stale" data-testid="stale-banner">
          {errors === 1 ? t('banner.staleOne') : t('banner.staleOther', { count: errors })}
        </div>
      )}
      {notice && (
        <div role="alert" className="banner banner-worker">
          {notice}
        </div>
      )}
      {editMessage && !stale && (
        <div role="status" className="banner banner-edit">
          {editMessage}
        </div>
      )}
    </div>
  );
}
