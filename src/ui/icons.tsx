// Inline SVG icons (no emoji glyphs: headless Chromium here has no emoji font, docs/toolchain.md §7).
import type { SVGProps } from 'react';

const base = {
  width: 16,
  height: 16,
  viewBox: '0 0 16 16',
  fill: 'none',
  stroke: 'currentColor',
  strokeWidth: 1.5,
  'aria-hidden': true,
} as const;

export const SunIcon = (p: SVGProps<SVGSVGElement>) => (
  <svg {...base} {...p}>
    <circle cx="8" cy="8" r="3" />
    <path d="M8 1v2M8 13v2M1 8h2M13 8h2M3 3l1.4 1.4M11.6 11.6 13 13M3 13l1.4-1.4M11.6 4.4 13 3" />
  </svg>
);
export const MoonIcon = (p: SVGProps<SVGSVGElement>) => (
  <svg {...base} {...p}>
    <path d="M13 9.5A5.5 5.5 0 0 1 6.5 3a5.5 5.5 0 1 0 6.5 6.5Z" />
  </svg>
);
export const ErrorIcon = (p: SVGProps<SVGSVGElement>) => (
  <svg {...base} {...p}>
    <circle cx="8" cy="8" r="6.5" />
    <path d="M8 4.5v4M8 11v.5" />
  </svg>
);
export const WarningIcon = (p: SVGProps<SVGSVGElement>) => (
  <svg {...base} {...p}>
    <path d="M8 1.5 15 14H1L8 1.5Z" />
    <path d="M8 6v3.5M8 11.5v.5" />
  </svg>
);
export const InfoIcon = (p: SVGProps<SVGSVGElement>) => (
  <svg {...base} {...p}>
    <circle cx="8" cy="8" r="6.5" />
    <path d="M8 7v4.5M8 4.5V5" />
  </svg>
);
export const LogoIcon = (p: SVGProps<SVGSVGElement>) => (
  <svg {...base} width={20} height={20} {...p}>
    <path d="M8 1 14 4.5v7L8 15 2 11.5v-7L8 1Z" />
    <circle cx="8" cy="8" r="2" />
  </svg>
);
// The embed widget's control bar (share/EmbedWidget.tsx): filled shapes read better at 16 px.
const solid = { ...base, fill: 'currentColor', stroke: 'none' } as const;
export const PlayIcon = (p: SVGProps<SVGSVGElement>) => (
  <svg {...solid} {...p}>
    <path d="M4 2.5v11l9-5.5z" />
  </svg>
);
export const PauseIcon = (p: SVGProps<SVGSVGElement>) => (
  <svg {...solid} {...p}>
    <path d="M3.5 2.5h3v11h-3zM9.5 2.5h3v11h-3z" />
  </svg>
);
export const StepBackIcon = (p: SVGProps<SVGSVGElement>) => (
  <svg {...solid} {...p}>
    <path d="M3 2.5h2v11H3zM13 2.5v11L6 8z" />
  </svg>
);
export const StepForwardIcon = (p: SVGProps<SVGSVGElement>) => (
  <svg {...solid} {...p}>
    <path d="M11 2.5h2v11h-2zM3 2.5v11L10 8z" />
  </svg>
);
export const RestartIcon = (p: SVGProps<SVGSVGElement>) => (
  <svg {...base} {...p}>
    <path d="M3.5 8a4.5 4.5 0 1 0 1.3-3.2" />
    <path d="M3 2.5v3h3" />
  </svg>
);
export const ExternalIcon = (p: SVGProps<SVGSVGElement>) => (
  <svg {...base} {...p}>
    <path d="M9 2.5h4.5V7M13.5 2.5 7 9M11.5 9.5v4h-9v-9h4" />
  </svg>
);
