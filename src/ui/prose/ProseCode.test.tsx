// @vitest-environment jsdom
import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ProseCode } from './ProseCode.tsx';

describe('inline code in the prose', () => {
  it('may break a long token after its path and domain separators, and reads the same', () => {
    const text = 'elbv2.k8s.aws/pod-readiness-gate-inject: enabled';
    const { container } = render(<ProseCode>{text}</ProseCode>);
    const code = container.querySelector('code')!;
    expect(code.textContent).toBe(text);
    expect(code.querySelectorAll('wbr').length).toBe(4); // after "elbv2." "k8s." "aws/" "inject:"
  });
  it('leaves a short token whole', () => {
    const { container } = render(<ProseCode>{'location-api'}</ProseCode>);
    expect(container.querySelectorAll('wbr')).toHaveLength(0);
    expect(container.textContent).toBe('location-api');
    // Not even at its hyphen (prose.css: white-space: nowrap).
    expect(container.querySelector('code')?.className).toBe('prose-code-whole');
  });
});

describe('a fenced block', () => {
  it('keeps its class and adds no breaks', () => {
    const text = 'metadata.annotations/elbv2.k8s.aws:something-long';
    const { container } = render(<ProseCode className="language-yaml">{text}</ProseCode>);
    expect(container.querySelector('code.language-yaml')?.textContent).toBe(text);
    expect(container.querySelectorAll('wbr')).toHaveLength(0);
  });
});
