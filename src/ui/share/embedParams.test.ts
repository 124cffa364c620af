import { describe, expect, it } from 'vitest';
import {
  createMessageCoalescer,
  iframeSnippet,
  parseEmbedParams,
  parseOrigin,
  readEmbedMessage,
  type EmbedMessage,
} from './embedParams.ts';

describe(createMessageCoalescer, () => {
  it('applies a burst of 200 messages once, with the last value of each field', () => {
    const applied: EmbedMessage[] = [];
    const timers: (() => void)[] = [];
    const post = createMessageCoalescer(
      (m) => applied.push(m),
      (run) => void timers.push(run),
    );
    for (let i = 0; i < 200; i++)
      post({ theme: i % 2 ? 'light' : 'dark', step: i % 7, ...(i < 150 ? { playing: i % 2 === 0 } : {}) });
    expect(applied).toEqual([]);
    expect(timers).toHaveLength(1);
    timers.shift()!();
    expect(applied).toEqual([{ theme: 'light', step: 199 % 7, playing: false }]);
    // The next message opens a new window.
    post({ playing: true });
    expect(timers).toHaveLength(1);
    timers.shift()!();
    expect(applied.at(-1)).toEqual({ playing: true });
  });
});

describe(parseEmbedParams, () => {
  it('is null without ?embed', () => {
    expect(parseEmbedParams('')).toBeNull();
    expect(parseEmbedParams('?editor=0')).toBeNull();
  });

  it('reads the documented parameters', () => {
    expect(parseEmbedParams('?embed')).toEqual({
      editable: false,
      showEditor: true,
      autoplay: true,
      step: null,
      theme: null,
      language: null,
      messageOrigin: null,
    });
    expect(
      parseEmbedParams('?embed=edit&editor=0&autoplay=0&step=3&theme=light&lang=ko&origin=https://blog.example'),
    ).toEqual({
      editable: true,
      showEditor: false,
      autoplay: false,
      step: 3,
      theme: 'light',
      language: 'ko',
      messageOrigin: 'https://blog.example',
    });
  });

  it('ignores unknown or hostile values instead of guessing', () => {
    const c = parseEmbedParams(
      '?embed=<script>&editor=maybe&autoplay=javascript:alert(1)&step=-1&theme=<img>&lang=fr&origin=*',
    )!;
    expect(c).toEqual({
      editable: false,
      showEditor: true,
      autoplay: true,
      step: null,
      theme: null,
      language: null,
      messageOrigin: null,
    });
    expect(parseEmbedParams('?embed&step=99999')!.step).toBeNull();
    expect(parseEmbedParams('?embed&step=1e3')!.step).toBeNull();
  });
});

describe(parseOrigin, () => {
  it('accepts exact http(s) origins only', () => {
    expect(parseOrigin('https://blog.example')).toBe('https://blog.example');
    expect(parseOrigin('https://blog.example/')).toBe('https://blog.example');
    expect(parseOrigin('https://blog.example/path')).toBeNull();
    expect(parseOrigin('javascript:alert(1)')).toBeNull();
    expect(parseOrigin('null')).toBeNull();
  });
});

describe(readEmbedMessage, () => {
  it('accepts known fields from the allowed origin only', () => {
    const msg = { type: 'ksp:config', theme: 'dark', step: 2, playing: false, html: '<img>' };
    expect(readEmbedMessage(msg, 'https://blog.example', 'https://blog.example')).toEqual({
      theme: 'dark',
      step: 2,
      playing: false,
    });
    expect(readEmbedMessage(msg, 'https://evil.example', 'https://blog.example')).toBeNull();
    expect(readEmbedMessage(msg, 'https://blog.example', null)).toBeNull();
    expect(readEmbedMessage({ type: 'other' }, 'https://blog.example', 'https://blog.example')).toBeNull();
    expect(
      readEmbedMessage({ type: 'ksp:config', theme: 'red', step: 1.5 }, 'https://blog.example', 'https://blog.example'),
    ).toEqual({});
  });
});

describe(iframeSnippet, () => {
  it('writes the embed query and the fragment, escaped for an HTML attribute', () => {
    const s = iframeSnippet({ origin: 'https://ksp.example', pathname: '/' }, 's=1.a-b_c', {
      editable: false,
      showEditor: false,
      autoplay: true,
      theme: 'dark',
      language: 'ko',
    });
    // The column's whole width at 16:10: it fits a 760 px blog column and a phone without a width to edit.
    expect(s).toBe(
      '<iframe src="https://ksp.example/?embed=1&amp;editor=0&amp;theme=dark&amp;lang=ko#s=1.a-b_c" title="Kubernetes Service Playground" loading="lazy" style="width:100%;aspect-ratio:16/10;border:0" sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox"></iframe>',
    );
    const hostile = iframeSnippet({ origin: 'https://x', pathname: '/"><script>' }, 's=1."', {
      editable: true,
      showEditor: true,
      autoplay: false,
      theme: null,
      language: null,
    });
    expect(hostile).not.toContain('"><script>');
    expect(hostile).not.toContain('lang=');
  });
});
