// The diagram area's size in CSS pixels, kept current with a ResizeObserver: the layout shapes the
// Node grid to its aspect ratio and the auto-fit picks a zoom for it.
import { useEffect, useState, type RefObject } from 'react';

export interface AreaSize {
  width: number;
  height: number;
}

export function useAreaSize(ref: RefObject<HTMLElement | null>): AreaSize {
  const [size, setSize] = useState<AreaSize>({ width: 0, height: 0 });
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = (): void => {
      const r = el.getBoundingClientRect();
      setSize((s) =>
        Math.round(r.width) === s.width && Math.round(r.height) === s.height
          ? s
          : { width: Math.round(r.width), height: Math.round(r.height) },
      );
    };
    measure();
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => ro.disconnect();
  }, [ref]);
  return size;
}

/** Width / height, rounded to quarters so a few pixels of resize never re-lays the diagram. */
export function quantizedAspect(size: AreaSize): number {
  if (size.width <= 0 || size.height <= 0) return 1.6;
  return Math.max(0.25, Math.round((size.width / size.height) * 4) / 4);
}
