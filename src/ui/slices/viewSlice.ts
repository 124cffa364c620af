// What the page shows around the diagram: theme, language, selection, hover, the bottom panel's tab.
import type { ObjectRefView } from '../../worker/clusterView.ts';
import type { SliceOf } from './appState.ts';

export type Theme = 'dark' | 'light';
export type Language = 'en' | 'ko';
/** What the pointer is over: an object, and optionally one of its fields (`spec.ports[0].port`). */
export interface HoverRef {
  ref: ObjectRefView;
  field?: string;
}

export interface ViewSlice {
  theme: Theme;
  selection: ObjectRefView | null;
  /** The Service selected last: the kube-proxy rules view highlights its rules. */
  ruleService: ObjectRefView | null;
  hovered: HoverRef | null;
  language: Language;
  bottomTab: 'problems' | 'timeline' | 'inspector' | 'console' | 'lessons';
}

export interface ViewActions {
  select(ref: ObjectRefView | null): void;
  /** Which Service's rules the kube-proxy rules view highlights. */
  setRuleService(ref: ObjectRefView | null): void;
  /** Accepts an object ref or an object+field; null clears. */
  setHovered(hovered: HoverRef | ObjectRefView | null): void;
  setTheme(theme: Theme): void;
  setLanguage(language: Language): void;
  setBottomTab(bottomTab: ViewSlice['bottomTab']): void;
}

export const viewSlice: SliceOf<ViewSlice & ViewActions> = (set) => ({
  theme: 'dark',
  selection: null,
  ruleService: null,
  hovered: null,
  language: 'en',
  bottomTab: 'problems',

  select: (ref) => set(ref?.kind === 'Service' ? { selection: ref, ruleService: ref } : { selection: ref }),
  setRuleService: (ref) => set({ ruleService: ref }),
  setHovered: (hovered) => set({ hovered: hovered === null ? null : 'ref' in hovered ? hovered : { ref: hovered } }),
  setTheme: (theme) => set({ theme }),
  setLanguage: (language) => set({ language }),
  setBottomTab: (bottomTab) => set({ bottomTab }),
});
