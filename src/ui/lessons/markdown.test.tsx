import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { parseInline, parseMarkdown, safeHref } from './markdown.ts';
import { Markdown } from './Markdown.tsx';

const html = (source: string, headingOffset = 0): string =>
  renderToStaticMarkup(<Markdown source={source} headingOffset={headingOffset} />);

describe(parseMarkdown, () => {
  it('reads headings, paragraphs (joined lines), lists and fenced code', () => {
    const blocks = parseMarkdown(
      '# Why\n\nA Pod gets an IP\nwhen it starts.\n\n- one\n- two\n  more\n\n3. c\n4. d\n\n```yaml\nkind: Service\n  port: 80\n```\n',
    );
    expect(blocks).toEqual([
      { type: 'heading', level: 1, children: [{ type: 'text', text: 'Why' }] },
      { type: 'paragraph', children: [{ type: 'text', text: 'A Pod gets an IP when it starts.' }] },
      {
        type: 'list',
        ordered: false,
        start: 1,
        items: [[{ type: 'text', text: 'one' }], [{ type: 'text', text: 'two more' }]],
      },
      { type: 'list', ordered: true, start: 3, items: [[{ type: 'text', text: 'c' }], [{ type: 'text', text: 'd' }]] },
      { type: 'code', lang: 'yaml', text: 'kind: Service\n  port: 80' },
    ]);
  });

  it('reads inline code, bold, italic and links; `_` inside words stays', () => {
    expect(
      parseInline('set **targetPort** to `9376` in *my_service* app_name [docs](https://kubernetes.io/docs/)'),
    ).toEqual([
      { type: 'text', text: 'set ' },
      { type: 'strong', children: [{ type: 'text', text: 'targetPort' }] },
      { type: 'text', text: ' to ' },
      { type: 'code', text: '9376' },
      { type: 'text', text: ' in ' },
      { type: 'em', children: [{ type: 'text', text: 'my_service' }] },
      { type: 'text', text: ' app_name ' },
      { type: 'link', href: 'https://kubernetes.io/docs/', children: [{ type: 'text', text: 'docs' }] },
    ]);
    expect(parseInline('2 * 3 * 4 and \\*not\\*')).toEqual([{ type: 'text', text: '2 * 3 * 4 and *not*' }]);
    expect(parseInline('`a ** b`')).toEqual([{ type: 'code', text: 'a ** b' }]);
  });

  it('keeps an indented block as code, line by line (lesson 3 showed two commands joined into one)', () => {
    expect(
      parseMarkdown(
        'A shell:\n\n    kubectl run -it --rm --image=busybox test -- sh\n    wget -O- -q my-service\n\nDone.',
      ),
    ).toEqual([
      { type: 'paragraph', children: [{ type: 'text', text: 'A shell:' }] },
      { type: 'code', lang: '', text: 'kubectl run -it --rm --image=busybox test -- sh\nwget -O- -q my-service' },
      { type: 'paragraph', children: [{ type: 'text', text: 'Done.' }] },
    ]);
    // A paragraph's indented continuation line stays in the paragraph (CommonMark).
    expect(parseMarkdown('one\n    two')).toEqual([
      { type: 'paragraph', children: [{ type: 'text', text: 'one two' }] },
    ]);
  });

  it('an unclosed fence runs to the end instead of swallowing nothing', () => {
    expect(parseMarkdown('```\nkubectl get svc')).toEqual([{ type: 'code', lang: '', text: 'kubectl get svc' }]);
  });
});

describe('safety', () => {
  it('keeps only http(s) links', () => {
    expect(safeHref('https://example.com/a?b=1')).toBe('https://example.com/a?b=1');
    expect(safeHref('http://10.96.0.10/')).toBe('http://10.96.0.10/');
    for (const bad of [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      'data:text/html,<b>x</b>',
      '/relative',
      '//evil.example',
      'vbscript:x',
      ' java\nscript:x',
    ]) {
      expect(safeHref(bad), bad).toBeNull();
    }
    expect(parseInline('[click](javascript:alert(1))')).toEqual([
      { type: 'text', text: 'click' },
      { type: 'text', text: ')' },
    ]);
  });

  it('renders HTML in the source as text, and links with rel=noopener', () => {
    const out = html(
      '<script>alert(1)</script> <img src=x onerror=alert(1)>\n\n[k8s](https://kubernetes.io) [x](javascript:alert(1))',
    );
    expect(out).not.toContain('<script>');
    expect(out).not.toContain('<img');
    expect(out).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(out).toContain('<a href="https://kubernetes.io/" target="_blank" rel="noopener noreferrer">k8s</a>');
    expect(out).not.toContain('javascript:');
  });

  it('renders blocks as elements, with headings pushed down by the offset', () => {
    expect(html('# Title\n\ntext with `code`\n\n1. a\n2. b', 2)).toBe(
      '<div class="md"><h3>Title</h3><p>text with <code>code</code></p><ol><li>a</li><li>b</li></ol></div>',
    );
    expect(html('```sh\nwget -O- -q http://my-service\n```')).toBe(
      '<div class="md"><pre data-lang="sh"><code>wget -O- -q http://my-service</code></pre></div>',
    );
  });

  it('survives deep nesting and huge input', () => {
    const deep = `${'*_'.repeat(2000)}x${'_*'.repeat(2000)}`;
    expect(() => parseMarkdown(deep)).not.toThrow();
    expect(parseMarkdown('a'.repeat(300_000))[0]).toEqual({
      type: 'paragraph',
      children: [{ type: 'text', text: 'a'.repeat(100_000) }],
    });
  });
});
