/** The two themes of an exported picture. */
export type DrawingTheme = 'light' | 'dark';

/** The colours of a picture in each theme. */
export const palettes = {
  light: {
    background: '#ffffff',
    text: '#1b2333',
    muted: '#4f5b70',
    container: '#f3f6fc',
    containerStroke: '#c5cedd',
    item: '#ffffff',
    itemStroke: '#9aa6ba',
    edge: '#7c889c',
    emphasis: '#d9480f',
    emphasisFill: '#fff1e8',
    request: '#1f5fbf',
    response: '#0f7a55',
  },
  dark: {
    background: '#10141c',
    text: '#e4e8f1',
    muted: '#a9b3c6',
    container: '#181e29',
    containerStroke: '#3a4458',
    item: '#1f2735',
    itemStroke: '#56627a',
    edge: '#8793a8',
    emphasis: '#ff8a4c',
    emphasisFill: '#3a2418',
    request: '#86b4ff',
    response: '#5fd0a4',
  },
} as const;

export type Palette = (typeof palettes)[DrawingTheme];

/** The font list both painters set text in (Korean fonts first, for Hangul). */
export const DRAWING_FONT =
  "'Noto Sans KR', 'Apple SD Gothic Neo', 'Malgun Gothic', 'Segoe UI', system-ui, sans-serif";
