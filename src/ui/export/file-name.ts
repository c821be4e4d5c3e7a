/** What an exported file's name is made of: the chapter, the step and the target type. */
export interface FilePlace {
  chapter: string;
  step: string;
  mode: string;
}

/** A file name such as `lbc-ip-mode-register-targets-ip.svg` (the same in the dialog's recipes). */
export function fileName(place: FilePlace, extension: string): string {
  return `lbc-${place.chapter}-${place.step}-${place.mode}.${extension}`;
}
