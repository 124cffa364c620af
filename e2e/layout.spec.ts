// Nothing on the diagram is cut off or covered (issue 13, "clipping and reshuffles"), measured with
// getBoundingClientRect at four window sizes, in English and Korean, in both themes, with the
// details panel on Problems, Lessons and Timeline and with the traffic strip folded:
// - every box (client, load balancer, ingress, Service, Node, Pod, kube-proxy) lies inside the
//   diagram's area, inside the window, and no toolbar, zoom button, banner or traffic strip overlaps it
//   (by rectangles, and by what the browser hit-tests at the box's corners);
// - no text inside a box overflows it (scrollWidth <= clientWidth; a name shortened in the middle
//   keeps its end, at least four of its characters, and carries the full text as its title);
// - opening a panel or dragging a splitter re-fits the same arrangement (no reshuffle).
// One page per window size; every state waits for the fit to settle, never for a fixed time.
import type { Page, TestInfo } from '@playwright/test';
import { DICT, expect, test, type Lang } from './fixtures.ts';

interface Report {
  boxes: number;
  problems: string[];
  /** The smallest box title on screen, in CSS pixels (font size × zoom). */
  minTitlePx: number;
  /** Flow positions of the top-level boxes: the arrangement, whatever the zoom. */
  arrangement: string;
}

/** Runs in the page: measures everything this spec asserts. */
function measure(): Report {
  const problems: string[] = [];
  const diagram = document.querySelector<HTMLElement>('[data-testid="diagram"]');
  if (!diagram) return { boxes: 0, problems: ['no diagram'], minTitlePx: 0, arrangement: '' };
  const d = diagram.getBoundingClientRect();
  const view = {
    left: Math.max(d.left, 0),
    top: Math.max(d.top, 0),
    right: Math.min(d.right, window.innerWidth),
    bottom: Math.min(d.bottom, window.innerHeight),
  };
  const name = (e: Element): string =>
    e.getAttribute('data-testid') ?? e.closest('[data-id]')?.getAttribute('data-id') ?? e.className.toString();
  const boxes = [
    ...diagram.querySelectorAll<HTMLElement>('.react-flow__node .k-box, .react-flow__node .k-group, .k-proxy'),
  ];
  const covers = [
    ...document.querySelectorAll<HTMLElement>(
      '.k-diagram-bar, .banners, .k-traffic-strip, .react-flow__panel, .react-flow__controls, .session-banners, .k-stale-banner',
    ),
  ].filter((c) => c.getBoundingClientRect().width > 0);
  const overlaps = (a: DOMRect, b: DOMRect): boolean =>
    a.left < b.right - 0.5 && a.right > b.left + 0.5 && a.top < b.bottom - 0.5 && a.bottom > b.top + 0.5;
  for (const b of boxes) {
    const r = b.getBoundingClientRect();
    if (
      r.left < view.left - 0.5 ||
      r.top < view.top - 0.5 ||
      r.right > view.right + 0.5 ||
      r.bottom > view.bottom + 0.5
    )
      problems.push(
        `${name(b)} outside the visible diagram: box ${[r.left, r.top, r.right, r.bottom].map(Math.round)} view ${Object.values(view).map(Math.round)}`,
      );
    for (const c of covers)
      if (overlaps(r, c.getBoundingClientRect())) problems.push(`${name(b)} overlapped by ${c.className}`);
    // What a pointer would hit at the box's corners (and centre) is the box or something inside it.
    const node = b.closest('.react-flow__node');
    const group = b.classList.contains('k-group');
    const i = group ? 4 : 8;
    const points = group
      ? [
          [r.left + i, r.top + i],
          [r.left + i, r.bottom - i],
        ]
      : [
          [r.left + i, r.top + i],
          [r.right - i, r.top + i],
          [r.left + i, r.bottom - i],
          [r.right - i, r.bottom - i],
          [(r.left + r.right) / 2, (r.top + r.bottom) / 2],
        ];
    for (const [x, y] of points) {
      const hit = document.elementFromPoint(x!, y!);
      // Edges are lines between boxes (their invisible hover stroke starts inside the box): not covers.
      if (hit && node && !node.contains(hit) && !hit.closest('.react-flow__edge'))
        problems.push(`${name(b)} covered at ${Math.round(x!)},${Math.round(y!)} by ${hit.getAttribute('class')}`);
    }
    // Text: nothing wider than its element, nothing below the box's bottom.
    for (const e of [b, ...b.querySelectorAll<HTMLElement>('*')]) {
      if (e.closest('.visually-hidden') || e instanceof SVGElement || getComputedStyle(e).display === 'inline')
        continue;
      if (e.scrollWidth > e.clientWidth + 1)
        problems.push(`${name(b)}: "${e.textContent}" overflows (${e.scrollWidth} > ${e.clientWidth})`);
    }
    // Lines inside a box never overlap one another (a name over its IP).
    for (const e of [b, ...b.querySelectorAll<HTMLElement>('*')]) {
      if (!(e instanceof HTMLElement)) continue;
      const kids = [...e.children].filter(
        (k) =>
          k instanceof HTMLElement &&
          k.textContent?.trim() &&
          !k.matches('.react-flow__handle, .visually-hidden') &&
          getComputedStyle(k).position !== 'absolute',
      );
      kids.forEach((k, j) => {
        for (const other of kids.slice(j + 1))
          if (overlaps(k.getBoundingClientRect(), other.getBoundingClientRect()))
            problems.push(`${name(b)}: "${k.textContent}" overlaps "${other.textContent}"`);
      });
    }
    if (!group && b.scrollHeight > b.clientHeight + 1)
      problems.push(`${name(b)}: content taller than the box (${b.scrollHeight} > ${b.clientHeight})`);
  }
  // A shortened text keeps the full one in its title and for screen readers.
  for (const f of diagram.querySelectorAll<HTMLElement>('.k-fit[title]')) {
    const shown = f.querySelector('[aria-hidden="true"]')?.textContent ?? '';
    const full = f.querySelector('.visually-hidden')?.textContent ?? '';
    const [head, tail] = shown.split('…');
    if (!shown.includes('…') || full !== f.title || !full.startsWith(head!) || !full.endsWith(tail!))
      problems.push(`shortened "${shown}" does not match its title "${f.title}"`);
    // …and keeps something of it to read: a lone "…" names nothing.
    else if (head!.length + tail!.length < Math.min(4, full.length)) problems.push(`"${full}" shortened to "${shown}"`);
  }
  // The traffic strip's pod names, its clock and counts, and the details tabs are not cut either.
  for (const f of document.querySelectorAll<HTMLElement>('.k-counters .k-fit, .k-steady > span, [role="tab"]'))
    if (f.scrollWidth > f.clientWidth + 1) problems.push(`"${f.textContent}" overflows`);
  const tablist = document.querySelector('[role="tablist"]')?.getBoundingClientRect();
  for (const tab of document.querySelectorAll('[role="tab"]')) {
    const r = tab.getBoundingClientRect();
    if (tablist && (r.right > tablist.right + 0.5 || r.left < tablist.left - 0.5))
      problems.push(`tab "${tab.textContent}" cut`);
  }
  const zoom = Number(
    /scale\(([\d.]+)\)/.exec(
      document.querySelector<HTMLElement>('.react-flow__viewport')?.style.transform ?? '',
    )?.[1] ?? 1,
  );
  const titles = [...diagram.querySelectorAll<HTMLElement>('.k-box .k-name')].map(
    (e) => parseFloat(getComputedStyle(e).fontSize) * zoom,
  );
  const arrangement = [...diagram.querySelectorAll<HTMLElement>('.react-flow__node')]
    .filter((n) => !n.closest('.react-flow__node .react-flow__node'))
    .map((n) => `${n.dataset.id}@${n.style.transform}`)
    .sort()
    .join(' ');
  return { boxes: boxes.length, problems, minTitlePx: Math.min(...titles), arrangement };
}

/** Waits until the diagram has settled with nothing cut or covered, and returns the measurement. */
async function settledClean(page: Page): Promise<Report> {
  let last: Report | undefined;
  await expect
    .poll(
      async () => {
        last = await page.evaluate(measure);
        return last.problems;
      },
      { timeout: 15_000 },
    )
    .toEqual([]);
  expect(last!.boxes).toBeGreaterThanOrEqual(10);
  return last!;
}

/** A screenshot kept in the test's output folder (the CI artifacts) and attached to the report. */
async function snap(page: Page, testInfo: TestInfo, label: string): Promise<void> {
  const path = testInfo.outputPath(label);
  await page.screenshot({ path });
  await testInfo.attach(label, { path, contentType: 'image/png' });
}

const SIZES = [
  [1920, 1080],
  [1280, 800],
  [1024, 768],
  [390, 844],
] as const;

for (const [width, height] of SIZES) {
  test(`${width}×${height}: every box and label shows whole, in English and Korean, light and dark, with panels open`, async ({
    page,
    shell,
    foreign,
  }, testInfo) => {
    await page.setViewportSize({ width, height });
    await shell.freshStart('/');
    await shell.webPodsDrawn();
    // Packets move, boxes do not: pausing keeps screenshots comparable.
    await page.getByRole('button', { name: DICT.en['traffic.pause'] }).click();
    const fonts: string[] = [];
    let arrangement: string | undefined;
    for (const lang of ['en', 'ko'] as Lang[]) {
      if (lang === 'ko') {
        await page.getByRole('button', { name: DICT.ko['language.ko'] }).click();
        await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
      }
      const t = DICT[lang];
      for (const tab of ['problems', 'lessons', 'timeline'] as const) {
        await page.getByRole('tab', { name: t[`tabs.${tab}`] }).click();
        await expect(page.getByRole('tab', { name: t[`tabs.${tab}`] })).toHaveAttribute('aria-selected', 'true');
        // A phone's page scrolls to the panel; the diagram is at its top.
        await page.evaluate(() => window.scrollTo(0, 0));
        const r = await settledClean(page);
        // Opening a panel re-fits the same picture: the boxes keep their places.
        arrangement ??= r.arrangement;
        expect(r.arrangement).toBe(arrangement);
        fonts.push(`${lang}/${tab}: ${r.minTitlePx.toFixed(1)} px`);
        await snap(page, testInfo, `${width}x${height}-${lang}-${tab}.png`);
        if (tab === 'lessons') {
          // Two-digit lesson numbers show whole: the list's margin holds "13.".
          const room = await page.locator('.lessons-nav ol').evaluate((ol) => {
            const li = ol.querySelector('li')!;
            const probe = document.createElement('span');
            probe.textContent = '13.';
            probe.style.font = getComputedStyle(li).font;
            document.body.append(probe);
            const need = probe.getBoundingClientRect().width;
            probe.remove();
            return { margin: li.getBoundingClientRect().left - ol.getBoundingClientRect().left, need };
          });
          expect(room.margin).toBeGreaterThan(room.need);
        }
      }
    }
    // The other theme (the page starts in the browser's, light here): the same boxes, nothing cut, in both languages.
    const other =
      (await page.locator('[data-testid="diagram"]').getAttribute('data-theme')) === 'dark' ? 'light' : 'dark';
    const toOther = other === 'dark' ? 'header.themeToDark' : 'header.themeToLight';
    await page.getByRole('button', { name: DICT.ko[toOther] }).click();
    await expect(page.locator('[data-testid="diagram"]')).toHaveAttribute('data-theme', other);
    for (const lang of ['ko', 'en'] as Lang[]) {
      if (lang === 'en') await page.getByRole('button', { name: DICT.ko['language.en'] }).click();
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await page.evaluate(() => window.scrollTo(0, 0));
      const r = await settledClean(page);
      expect(r.arrangement).toBe(arrangement);
      await snap(page, testInfo, `${width}x${height}-${lang}-timeline-${other}.png`);
    }
    await page.getByRole('button', { name: DICT.en['language.ko'] }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
    // Folding the traffic strip gives the diagram more room: it re-fits, same arrangement.
    await page.locator('.k-traffic-strip > summary').click();
    await expect(page.locator('.k-traffic-strip')).not.toHaveAttribute('open');
    await page.evaluate(() => window.scrollTo(0, 0));
    expect((await settledClean(page)).arrangement).toBe(arrangement);
    await snap(page, testInfo, `${width}x${height}-ko-traffic-folded.png`);
    await page.locator('.k-traffic-strip > summary').click();
    // Dragging the editor's splitter (by keyboard) re-fits without reshuffling.
    const splitter = page.getByRole('separator', { name: DICT.ko['layout.resizeEditor'] });
    if (await splitter.isVisible()) {
      await splitter.focus();
      await page.keyboard.press('Shift+ArrowLeft');
      await page.keyboard.press('Shift+ArrowLeft');
      expect((await settledClean(page)).arrangement).toBe(arrangement);
    }
    // A hovered pod's selector wire shows its label whole, also where the pod sits at the pane's
    // left edge (at 390 px the label, left of the pod, began 130 px outside it: keepInPane.ts).
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.locator('[data-testid^="pod-web-"]').first().hover();
    await expect(page.locator('.k-edge-label').first()).toBeVisible();
    await expect
      .poll(() =>
        page
          .locator('.k-edge-label')
          .first()
          .evaluate((el) => {
            const l = el.getBoundingClientRect();
            const pane = el.closest('.react-flow')!.getBoundingClientRect();
            return l.left >= pane.left && l.right <= pane.right && l.width > 0;
          }),
      )
      .toBe(true);
    await snap(page, testInfo, `${width}x${height}-ko-wire-label.png`);
    testInfo.annotations.push({ type: 'smallest box title on screen', description: fonts.join('; ') });
    expect(foreign).toEqual([]);
  });
}
