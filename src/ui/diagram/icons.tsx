// Inline SVG glyphs (no emoji: headless Chromium lacks emoji fonts, docs/toolchain.md §7). Decorative,
// so hidden from assistive tech; every box also carries its kind as text.
import type { ReactElement } from 'react';

const base = {
  width: 16,
  height: 16,
  viewBox: '0 0 16 16',
  fill: 'none',
  stroke: 'currentColor',
  strokeWidth: 1.5,
  'aria-hidden': true,
  focusable: false,
} as const;

export const IconService = (): ReactElement => (
  <svg {...base}>
    <circle cx="8" cy="8" r="2.2" />
    <circle cx="2.5" cy="3" r="1.4" />
    <circle cx="13.5" cy="3" r="1.4" />
    <circle cx="13.5" cy="13" r="1.4" />
    <path d="M6.3 6.7 3.6 4M9.7 6.7l2.7-2.7M9.7 9.3l2.7 2.7" />
  </svg>
);
export const IconPod = (): ReactElement => (
  <svg {...base}>
    <path d="M8 1.5 14 4.8v6.4L8 14.5 2 11.2V4.8Z" />
    <path d="M2 4.8 8 8l6-3.2M8 8v6.5" />
  </svg>
);
export const IconNode = (): ReactElement => (
  <svg {...base}>
    <rect x="1.5" y="2" width="13" height="5" rx="1" />
    <rect x="1.5" y="9" width="13" height="5" rx="1" />
    <path d="M4 4.5h.01M4 11.5h.01" strokeWidth="2" />
  </svg>
);
export const IconClient = (): ReactElement => (
  <svg {...base}>
    <rect x="1.5" y="2.5" width="13" height="8.5" rx="1" />
    <path d="M5 14h6M8 11v3" />
  </svg>
);
export const IconLoadBalancer = (): ReactElement => (
  <svg {...base}>
    <path d="M4.5 12.5a3 3 0 0 1-.3-6 4 4 0 0 1 7.7-1 2.9 2.9 0 0 1-.2 7Z" />
    <path d="M8 7v3M6.5 8.5 8 10l1.5-1.5" />
  </svg>
);
export const IconIngress = (): ReactElement => (
  <svg {...base}>
    <path d="M1.5 8h8M6.5 5l3 3-3 3" />
    <path d="M10 2.5h4.5v11H10" />
  </svg>
);
/** A gate: two posts and a lintel, arrows through it to two backends. */
export const IconGateway = (): ReactElement => (
  <svg {...base}>
    <path d="M2.5 14V3h11v11" />
    <path d="M5 9h3.5M8.5 9l2.5-2.5M8.5 9l2.5 2.5" />
  </svg>
);
export const IconProxy = (): ReactElement => (
  <svg {...base}>
    <path d="M2 4h12M2 8h12M2 12h12" />
    <path d="M11 2.5 13 4l-2 1.5M5 10.5 3 12l2 1.5" />
  </svg>
);
export const IconWarning = (): ReactElement => (
  <svg {...base}>
    <path d="M8 1.8 15 14H1Z" />
    <path d="M8 6v4M8 11.8v.01" strokeWidth="1.8" />
  </svg>
);
