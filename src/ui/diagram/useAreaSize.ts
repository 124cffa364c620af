// The diagram area's size in CSS pixels, kept current with a ResizeObserver: the auto-fit picks a
// zoom for it (Diagram.tsx).
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
