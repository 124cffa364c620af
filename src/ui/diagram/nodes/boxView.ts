// A box's view re-renders only when its data changes. React Flow passes a box its position and size
// too, so a box that only moved (a pod added above it shifts it down) re-rendered everything inside
// it on every edit: its texts, icons and handles. Our views draw from `data` alone (the wrapper React
// Flow renders around them takes the position, size and highlight class), and reuseUnchanged.ts keeps
// a moved box's data object when its content is unchanged.
import { memo, type ComponentType } from 'react';

export const boxView = <P extends { data: unknown }>(View: ComponentType<P>) =>
  memo(View, (before, after) => before.data === after.data);
