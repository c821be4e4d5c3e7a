/** The player's settled steps, the worker's loading state and the course's start. */
export const lessonEn = {
  'lesson.loading': 'Running the simulator for this chapter…',
  'player.playThrough': 'Play through',
  'notice.modeNotInChapter': 'This chapter has no {value} mode: showing it in {fallback} mode.',
  'toc.startHere': 'Start here',
  'toc.startHereHint': 'New to the controller? The course starts with this chapter.',
} as const;
