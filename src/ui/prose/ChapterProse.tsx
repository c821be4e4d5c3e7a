import { Component, Suspense, use, type ReactNode } from 'react';
import type { ChapterId } from '../../lesson/chapters.ts';
import type { Lesson } from '../../lesson/lesson-time.ts';
import type { Locale } from '../../i18n/locales.ts';
import { useTranslate } from '../../i18n/useTranslate.ts';
import { loadProse, type ProseModule } from './load-prose.ts';
import { mdxComponents } from './mdx-components.tsx';
import { ProseContext, type ProseSlot } from './prose-slot.ts';
import './prose.css';

interface ChapterProseProps {
  chapterId: ChapterId;
  locale: Locale;
  lesson: Lesson;
  slot: ProseSlot;
}

/** Keeps a failed load from blanking the page: the steps and the diagram go on working. */
class ProseBoundary extends Component<
  { fallback: ReactNode; children: ReactNode },
  { failed: boolean }
> {
  state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}

function ProseBody({
  promise,
  ...rest
}: { promise: Promise<ProseModule | null> } & Omit<ChapterProseProps, 'chapterId' | 'locale'>) {
  const module = use(promise);
  if (!module) return null;
  const Content = module.default;
  return (
    <ProseContext value={{ slot: rest.slot, lesson: rest.lesson }}>
      <Content components={mdxComponents} />
    </ProseContext>
  );
}

/** The part of a chapter's MDX the slot asks for, in the reader's language. */
export function ChapterProse({ chapterId, locale, ...rest }: ChapterProseProps) {
  const t = useTranslate();
  const failed = <p className="notice">{t('prose.failed')}</p>;
  return (
    <ProseBoundary key={`${chapterId}/${locale}`} fallback={failed}>
      <Suspense fallback={<p className="prose-loading">{t('prose.loading')}</p>}>
        <ProseBody promise={loadProse(chapterId, locale)} {...rest} />
      </Suspense>
    </ProseBoundary>
  );
}

/** The chapter's frontmatter (title and summary) once its prose is loaded. */
export function useProseFrontmatter(chapterId: ChapterId, locale: Locale) {
  const module = use(loadProse(chapterId, locale));
  return module?.frontmatter ?? null;
}
