declare module '*.mdx' {
  import type { MDXProps } from 'mdx/types';
  import type { JSX } from 'react';

  /** YAML frontmatter, exported by remark-mdx-frontmatter. */
  export const frontmatter: { title: string; tags?: string[] };
  export default function MDXContent(props: MDXProps): JSX.Element;
}
