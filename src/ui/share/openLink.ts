// Opening a share link (the page's `#s=…` fragment): decode it with the core codec, then apply
// it, or ask first when it would replace a draft of the user's own. A damaged link changes
// nothing and says why. Every load keeps an undo point (store.replaceScenario). Afterwards the
// address bar follows the scenario (addressBar.ts), so a reload shows what was last on screen.
// The codec's own module, one of the two the page runs itself (eslint.config.js).
import { decodeShareFragment } from '../../core/share/linkCodec.ts';
import {
  pause,
  play,
  replaceScenario,
  setLessonStep,
  setPendingLink,
  setSpeed,
  showNotice,
  useStore,
  type PendingLink,
} from '../store.ts';
import { applyTheme } from '../persistence.ts';
import { fromShared, linkDecision } from './shareState.ts';
import { isShareFragment } from './shareFragment.ts';
import { isOwnAddress, settleAddress } from './addressBar.ts';
import { t } from '../i18n/useT.ts';
import { messageText } from '../../text/messages.ts';

export { isShareFragment };

function apply(link: PendingLink, forced: { step: number | null; theme: 'light' | 'dark' | null }): void {
  replaceScenario({ text: link.text, seed: link.seed, clients: link.clients }, t('session.causeLink'));
  setLessonStep(link.lesson, forced.step ?? link.step);
  const theme = forced.theme ?? link.theme;
  if (theme) applyTheme(theme);
  if (link.speed !== null) setSpeed(link.speed);
  // A link opens playing unless it says paused; an embed plays when its query asks (autoplay).
  const embed = useStore.getState().embed;
  if (embed ? embed.autoplay : !link.paused) play();
  else pause();
}

/** An embed's own query (step, theme) wins over the link's values. */
function embedOverrides(): { step: number | null; theme: 'light' | 'dark' | null } {
  const e = useStore.getState().embed;
  return { step: e?.step ?? null, theme: e?.theme ?? null };
}

/** Reads location.hash; `hasDraft`: the text shown is the user's own saved draft. */
export async function openLinkFromLocation(hasDraft: boolean): Promise<void> {
  const hash = location.hash;
  try {
    await decide(hash, hasDraft);
  } finally {
    // Opened, refused, asked about, or no link: the address bar may write over this address now.
    settleAddress(hash);
  }
}

async function decide(hash: string, hasDraft: boolean): Promise<void> {
  if (!isShareFragment(hash)) return;
  // The address this tab wrote (addressBar.ts), reloaded: the draft is the newest state, not a shared link.
  if (!useStore.getState().embed && isOwnAddress(hash)) return;
  let r;
  try {
    r = await decodeShareFragment(hash);
  } catch (err) {
    // not a reason the codec gave (it never throws): the runtime's own message, as it is
    showNotice('error', t('session.linkBroken', { error: err instanceof Error ? err.message : String(err) }));
    return;
  }
  if (!r.ok) {
    // the codec's code, worded in the page's language
    showNotice('error', t('session.linkBroken', { error: messageText(useStore.getState().language, r.problem) }));
    return;
  }
  const link = fromShared(r.scenario);
  const s = useStore.getState();
  const decision = s.embed ? 'apply' : linkDecision(hasDraft, s, link);
  if (decision === 'ask') {
    setPendingLink(link);
    return;
  }
  apply(link, embedOverrides());
}

/** The user's answer to "open the shared scenario over your draft?". */
export function chooseLink(choice: 'open' | 'keep'): void {
  const link = useStore.getState().pendingLink;
  if (!link) return;
  setPendingLink(null);
  if (choice === 'open') apply(link, embedOverrides());
  else showNotice('info', t('session.linkKept'));
}
