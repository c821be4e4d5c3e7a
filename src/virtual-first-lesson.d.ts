declare module 'virtual:first-lesson' {
  /** The first chapter's lesson, built with the app (null where there is none: dev, tests). */
  export const firstLesson: { key: string; url: () => string } | null;
}
