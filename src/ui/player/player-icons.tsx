/** Small glyphs for the step buttons; decorative, the button's text names it. */
const frame = {
  width: 16,
  height: 16,
  viewBox: '0 0 16 16',
  'aria-hidden': true,
  focusable: false,
} as const;

export const PreviousIcon = () => (
  <svg {...frame}>
    <path d="M3 3h2v10H3zM13 3v10L6 8z" fill="currentColor" />
  </svg>
);

export const NextIcon = () => (
  <svg {...frame}>
    <path d="M11 3h2v10h-2zM3 3v10l7-5z" fill="currentColor" />
  </svg>
);

export const PlayIcon = () => (
  <svg {...frame}>
    <path d="M4 2.5v11l9.5-5.5z" fill="currentColor" />
  </svg>
);

export const PauseIcon = () => (
  <svg {...frame}>
    <path d="M3.5 2.5h3v11h-3zM9.5 2.5h3v11h-3z" fill="currentColor" />
  </svg>
);
