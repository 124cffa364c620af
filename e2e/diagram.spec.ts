// The diagram draws the default scenario (src/scenarios/default.yaml): nodes as groups, the
// Deployment's three pods inside them, both Services, selector edges; clicking and hovering work.
import { writeFileSync } from 'node:fs';
import type { Download } from '@playwright/test';
import { DEFAULT_YAML, expect, repoFile, test } from './fixtures.ts';
import { loadScenario } from '../src/core/scenario/index.ts';
import { proxyRulesText } from '../src/core/dataplane/index.ts';

test('the default scenario draws nodes, pods and services', async ({ page, shell }) => {
  await shell.openDefault();
  expect((await shell.summary()).errors).toBe(0);
  await expect(page.getByTestId('service-my-service')).toBeVisible();
  await expect(page.getByTestId('service-my-service')).toContainText('80 → 9376');
  await expect(page.getByTestId('service-my-service-nodeport')).toContainText('nodePort 30080');
  expect(await page.locator('[data-testid^="node-node-"]').count()).toBeGreaterThanOrEqual(1);
  // Every pod box is inside a Node group (React Flow parent), and has an IP.
  for (const pod of await page.locator('[data-testid^="pod-web-"]').all()) {
    await expect(pod).toContainText(/10\.244\.\d+\.\d+/);
    await expect(pod.locator('xpath=ancestor::div[contains(@class,"react-flow__node-pod")]')).toHaveCount(1);
  }
  expect(await page.locator('.react-flow__edge').count()).toBeGreaterThanOrEqual(6);
  await page.screenshot({ path: 'test-results-diagram/diagram-default.png' });
});

test('clicking a pod shows it in the Inspector; hovering a Service dims unrelated boxes', async ({ page, shell }) => {
  await shell.openDefault();
  await page.getByRole('button', { name: 'Pause' }).click();
  const pod = page.locator('[data-testid^="pod-web-"]').first();
  const name = (await pod.getAttribute('data-testid'))!.slice('pod-'.length);
  await pod.click();
  const inspector = page.getByTestId('inspector');
  await expect(inspector).toContainText(`Pod ${name}`);
  await expect(inspector).toContainText('my-service-nodeport');
  await expect(inspector.getByRole('button', { name: 'Delete pod' })).toBeVisible();
  // Its Deployment, as the worker found it through the ReplicaSet's ownerReference (view.ts).
  await expect(inspector.getByRole('button', { name: 'Scale web up' })).toBeVisible();
  await page.getByTestId('service-my-service').hover();
  await expect(page.locator('.react-flow__node.is-dim')).not.toHaveCount(0);
  await expect(page.locator('.react-flow__node-pod.is-dim')).toHaveCount(0);
  await page.screenshot({ path: 'test-results-diagram/diagram-hover.png' });
});

test('light theme and a broken edit grey the diagram', async ({ page, shell }) => {
  await shell.openDefault();
  const before = await page.getByTestId('diagram').getAttribute('data-theme');
  await page.getByRole('button', { name: /Switch to (light|dark) theme/ }).click();
  await expect(page.getByTestId('diagram')).toHaveAttribute('data-theme', before === 'dark' ? 'light' : 'dark');
  await page.screenshot({ path: `test-results-diagram/diagram-${before === 'dark' ? 'light' : 'dark'}.png` });
  const text = await shell.text();
  await shell.setText(`{{{ broken\n${text}`);
  await expect(page.getByTestId('diagram')).toHaveClass(/is-stale/, { timeout: 10_000 });
  await expect(page.locator('[data-testid^="pod-web-"]')).toHaveCount(3);
});

test('readable at 1280×720: box titles are at least 13 px on screen', async ({ page, shell }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await shell.openDefault();
  const heights = await page
    .locator('.react-flow__node-service .k-name, .react-flow__node-pod .k-name')
    .evaluateAll((els) =>
      els.map(
        (e) =>
          parseFloat(getComputedStyle(e).fontSize) *
          (e.getBoundingClientRect().height / (e as HTMLElement).offsetHeight),
      ),
    );
  expect(heights.length).toBeGreaterThanOrEqual(5);
  for (const px of heights) expect(px).toBeGreaterThanOrEqual(13);
  await page.screenshot({ path: 'test-results-diagram/diagram-1280x720.png' });
});

test('hovering YAML lights the diagram; hovering a box lights the YAML', async ({ page, shell }) => {
  await shell.openDefault();
  await page.getByRole('button', { name: 'Pause' }).click();
  await shell.editorReady();
  // Editor → diagram: the pointer over the Service's targetPort line lights that Service's ports.
  const line = await page.evaluate(() => {
    const lines = window.__ksp!.text.split('\n');
    const svc = lines.findIndex((l) => l.trim() === 'name: my-service');
    return lines.findIndex((l, i) => i > svc && l.includes('targetPort: 9376')) + 1;
  });
  const ed = page.locator('.monaco-editor .view-lines');
  await page.evaluate(
    (l) => (window.__editor as unknown as { revealLineInCenter(n: number): void }).revealLineInCenter(l),
    line,
  );
  await expect(ed).toBeVisible();
  // The first targetPort on screen may be the NodePort Service's; hover the one of my-service. The
  // point is measured and the pointer moved again until the Service lights: on a loaded machine
  // Monaco can still be laying out (sticky headers, scroll) when the first move arrives.
  const hoverLine = async (): Promise<void> => {
    const box = await page.evaluate((l) => {
      const e = window.__editor as unknown as {
        getTopForLineNumber(n: number): number;
        getScrollTop(): number;
        getDomNode(): HTMLElement;
      };
      const r = e.getDomNode().getBoundingClientRect();
      return { x: r.left + 160, y: r.top + e.getTopForLineNumber(l) - e.getScrollTop() + 8 };
    }, line);
    await page.mouse.move(box.x, 5); // off the editor first (the header), so the move back is a new hover
    await page.mouse.move(box.x, box.y);
    await expect(page.locator('.react-flow__node-service.hl-ports')).toHaveCount(1, { timeout: 2000 });
  };
  await expect(hoverLine).toPass({ timeout: 20_000 });
  await expect(page.locator('.react-flow__node-service.hl-ports')).toContainText('my-service');
  await expect(page.locator('.react-flow__node.is-dim')).not.toHaveCount(0);
  await page.screenshot({ path: 'test-results-diagram/diagram-hover-yaml.png' });
  // Diagram → editor: hovering the NodePort Service box decorates its document's lines.
  await page.getByTestId('service-my-service-nodeport').hover();
  await expect(page.locator('.monaco-editor .k-yaml-hl').first()).toBeVisible();
  const lit = await page
    .locator('.monaco-editor .view-line')
    .evaluateAll((els) => els.map((e) => e.textContent ?? '').join('\n'));
  expect(lit).toContain('my-service-nodeport');
  await page.screenshot({ path: 'test-results-diagram/diagram-hover-box.png' });
});

test('a hop picked in the transcript shows its rule and lights its YAML line', async ({ page, shell }) => {
  await shell.openDefault();
  await shell.resultsAbove(3);
  await page.getByRole('button', { name: 'Pause' }).click();
  await page.getByRole('tab', { name: 'Timeline' }).click();
  await page.locator('[data-testid="transcript"] summary').first().click();
  await page.locator('[data-testid="transcript"] li li button').nth(1).click();
  const inspector = page.getByTestId('inspector');
  await expect(inspector).toContainText(/hop 2/);
  await expect(page.locator('.react-flow__node.is-laser')).toHaveCount(1);
  // The ring is drawn without presenter mode ever opened (its style once came with the presenter's sheet).
  const ring = await page
    .locator('.react-flow__node.is-laser > *')
    .first()
    .evaluate((el) => getComputedStyle(el).outlineWidth);
  expect(ring).toBe('4px');
});

test('the Timeline filters by client and outcome; a NodePort request that crosses nodes opens as a packet view with its rewrites, its reply and its rule lines', async ({
  page,
  shell,
}) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await shell.openDefault();
  // Rows already sent, not results computed ahead: the store holds the look-ahead (seconds past the
  // clock), so a count of results was reached at once and the Timeline could hold one laptop row.
  await page.waitForFunction(() => (window.__ksp?.summary.time ?? 0) > 6, null, { timeout: 60_000 });
  await page.getByRole('button', { name: 'Pause' }).click();
  await page.getByRole('tab', { name: 'Timeline' }).click();
  const filters = page.getByRole('group', { name: 'Filter the Timeline' });
  // The default scenario answers everything: "failures only" lists nothing and says so.
  await filters.getByRole('combobox', { name: 'Outcome' }).selectOption('failures');
  await expect(page.getByText('No request matches these filters yet.')).toBeVisible();
  await filters.getByRole('combobox', { name: 'Outcome' }).selectOption('all');
  await filters.getByRole('combobox', { name: 'Client' }).selectOption('laptop');
  const rows = page.locator('[data-testid="transcript"] > li');
  await expect(rows.first()).toBeVisible();
  for (const who of await rows.locator('summary').allTextContents()) expect(who).toContain('laptop:');
  // Open rows from the newest until one was SNATed on one node and answered on another.
  let dnat = -1;
  const count = await rows.count();
  for (let i = count - 1; i >= 0 && dnat < 0; i--) {
    await rows.nth(i).locator('summary').click();
    const hops = await rows.nth(i).locator('li button').allTextContents();
    const snat = hops.findIndex((h) => /SNAT@/.test(h));
    const snatNode = snat >= 0 ? /@(node-\d)/.exec(hops[snat]!)?.[1] : undefined;
    if (snatNode && hops.slice(snat + 1).some((h) => /@node-\d/.test(h) && !h.includes(`@${snatNode}`))) {
      dnat = hops.findIndex((h) => /DNAT@/.test(h));
      await rows.nth(i).locator('li button').nth(dnat).click();
    } else await rows.nth(i).locator('summary').click();
  }
  expect(dnat).toBeGreaterThan(0);
  const view = page.getByTestId('packet-view');
  await expect(view).toBeVisible();
  // The DNAT row is the current one and its destination is marked rewritten; the SNAT row's source is.
  const current = view.locator('tr[aria-current="step"]');
  await expect(current).toContainText('DNAT@');
  await expect(current.locator('.k-rewrote')).toHaveCount(1);
  await expect(current.locator('.k-rewrote')).toContainText('rewritten');
  await expect(current.locator('.k-rewrote .k-mono')).toHaveText(/^10\.244\.\d+\.\d+:9376$/);
  await expect(view.locator('tr', { hasText: 'SNAT@' }).first().locator('.k-rewrote .k-mono')).toHaveText(
    /^192\.168\.1\.\d+$/,
  );
  // The reply: conntrack on the entry node restores the node port as the source and the laptop as the destination.
  const undo = view.locator('tr', { hasText: 'conntrack undoes the NAT' });
  await expect(undo).toContainText(/192\.168\.1\.\d+:30080/);
  await expect(undo).toContainText('203.0.113.10');
  // The node's rules with the lines this packet matched marked (the same text as ksp iptables).
  await page.locator('details.k-packet-rules > summary').click();
  await expect(page.getByTestId('proxy-rules-matched')).toContainText(/matched [3-9] of these lines/);
  expect(await page.locator('.k-rules .k-rule-matched').count()).toBeGreaterThanOrEqual(3);
  // The dump scrolled to the packet's first rule line (hundreds of lines above it otherwise).
  const shownInDump = (pre: HTMLElement): boolean => {
    const first = pre.querySelector<HTMLElement>('.k-rule-matched')!;
    return first.offsetTop >= pre.scrollTop && first.offsetTop + first.offsetHeight <= pre.scrollTop + pre.clientHeight;
  };
  await expect.poll(() => page.locator('.k-packet-rules .k-rules').evaluate(shownInDump)).toBe(true);
  await page.getByTestId('inspector').evaluate((el) => el.scrollTo(0, 0));
  await page.screenshot({ path: 'test-results-diagram/packet-view-nodeport.png' });
});

test('▶ and the arrow keys step one hop event at a time; Space plays and pauses; ? lists the keys', async ({
  page,
  shell,
}) => {
  await shell.openDefault();
  await shell.resultsAbove(3);
  await page.getByRole('tab', { name: 'Timeline' }).click();
  const current = page.locator('[data-testid="transcript"] [aria-current="step"]');
  const cursor = () =>
    page.evaluate(() => {
      const f = document.querySelector('[data-testid="transcript"] [aria-current="step"]');
      return { hop: f?.textContent ?? '', row: f?.closest('details')?.querySelector('summary')?.textContent ?? '' };
    });
  await page.getByRole('button', { name: 'Step forward one hop event (→)' }).click();
  expect((await shell.summary()).playing).toBe(false);
  await expect(current).toHaveCount(1);
  await expect(page.locator('.react-flow__node.is-laser')).toHaveCount(1);
  // Each → moves to another event: the marked hop changes every time, across requests.
  const seen = [await cursor()];
  // The keys work with the focus still on the ▶ button (only Space is a button's own key).
  for (let i = 0; i < 6; i++) {
    await page.keyboard.press('ArrowRight');
    await expect.poll(async () => JSON.stringify(await cursor())).not.toBe(JSON.stringify(seen.at(-1)));
    seen.push(await cursor());
  }
  expect(new Set(seen.map((c) => c.row)).size).toBeGreaterThan(1);
  await page.keyboard.press('ArrowLeft');
  await expect.poll(async () => JSON.stringify(await cursor())).toBe(JSON.stringify(seen[5]));
  // Space on the focused ▶ would press it (a button's own key): from the page itself, Space plays.
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.keyboard.press(' ');
  await expect.poll(async () => (await shell.summary()).playing).toBe(true);
  await page.keyboard.press(' ');
  await expect.poll(async () => (await shell.summary()).playing).toBe(false);
  await page.keyboard.press('?');
  await expect(page.getByTestId('shortcuts')).toContainText('Next hop event');
  await page.screenshot({ path: 'test-results-diagram/diagram-step-event.png' });
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('shortcuts')).toHaveCount(0);
});

test('exports the diagram as SVG and PNG with its icons, wires and the packets in flight; scale, transparency and copy (issue 15 item 4)', async ({
  page,
  shell,
}, testInfo) => {
  await shell.openDefault();
  await shell.resultsAbove(6);
  // Paused while packets are in the air: the export draws the ones on screen.
  await page.getByRole('button', { name: 'Pause' }).click();
  await expect.poll(async () => (await shell.summary()).playing).toBe(false);
  // The painter takes the pause at its next frame: the count is read once it holds still (read right
  // after the click, a packet that landed in that frame made it one more than the export drew).
  let drawn = -1;
  await expect
    .poll(
      async () => {
        const now = await page.evaluate(() => window.__kspDiagram?.drawn ?? 0);
        const still = now > 0 && now === drawn;
        drawn = now;
        return still;
      },
      { intervals: [250] },
    )
    .toBe(true);
  const read = async (d: Download) => Buffer.concat(await (await d.createReadStream()).toArray());
  const [svg] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'SVG' }).click()]);
  expect(svg.suggestedFilename()).toBe('cluster-diagram.svg');
  const svgText = (await read(svg)).toString('utf8');
  expect(svgText.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
  expect(svgText).toContain('my-service-nodeport');
  // A pod's name as its box shows it: a ten-character template hash makes it one character too long, cut in the middle.
  expect(svgText).toMatch(/<text [^>]*>web-[a-z0-9]+…?-[a-z0-9]+<\/text>/);
  // Every box's icon (service, pod, node, client, kube-proxy) as plain shapes, the client wires and the packets.
  const boxes = await page.locator('.react-flow__node svg').count();
  expect((svgText.match(/<svg x=/g) ?? []).length).toBe(boxes);
  expect(svgText).toContain('stroke-dasharray'); // the clients' dotted wires and the NodePort's dashed ones
  expect((svgText.match(/<circle cx="[^"]+" cy="[^"]+" r="7"/g) ?? []).length).toBe(drawn);
  // No script, no external reference: nothing in the file can run or fetch.
  expect(svgText).not.toMatch(/<script|<foreignObject|<image|<use|href=|url\(|\son[a-z]+=/i);
  const [png] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'PNG' }).click()]);
  expect(png.suggestedFilename()).toBe('cluster-diagram.png');
  const bytes = await read(png);
  expect(bytes.length).toBeGreaterThan(5000);
  expect(bytes.subarray(1, 4).toString('ascii')).toBe('PNG');
  const size = (b: Buffer) => ({ w: b.readUInt32BE(16), h: b.readUInt32BE(20) });
  const at2 = size(bytes);
  writeFileSync(testInfo.outputPath('exported-2x.png'), bytes);
  // Options: 1× makes half the pixels; no background makes a transparent PNG and an SVG with no backdrop.
  await page.getByRole('button', { name: 'Image…' }).click();
  const opts = page.getByRole('group', { name: 'Image options: scale, background, copy' });
  await opts.getByRole('combobox', { name: 'Scale' }).selectOption('1');
  await opts.getByRole('combobox', { name: 'Background' }).selectOption('transparent');
  const [png1] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'PNG', exact: true }).click(),
  ]);
  const one = await read(png1);
  expect(size(one).w).toBeGreaterThanOrEqual(Math.floor(at2.w / 2) - 1);
  expect(size(one).w).toBeLessThanOrEqual(Math.ceil(at2.w / 2) + 1);
  expect(one.readUInt8(25)).toBe(6); // colour type 6: RGBA
  const corner = await page.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const c = document.createElement('canvas');
    c.width = img.width;
    c.height = img.height;
    const ctx = c.getContext('2d')!;
    ctx.drawImage(img, 0, 0);
    return ctx.getImageData(1, 1, 1, 1).data[3];
  }, one.toString('base64'));
  expect(corner).toBe(0);
  writeFileSync(testInfo.outputPath('exported-1x-transparent.png'), one);
  // Copy: the PNG lands on the clipboard.
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await opts.getByRole('button', { name: 'Copy PNG' }).click();
  await expect(page.getByText('The PNG is on the clipboard.')).toBeVisible();
  const types = await page.evaluate(async () => (await navigator.clipboard.read()).flatMap((i) => i.types));
  expect(types).toContain('image/png');
  await page.screenshot({ path: 'test-results-diagram/diagram-export.png' });
});

test("a NodePort packet flies through its node's kube-proxy and the NodePort Service; a pod client has its own box", async ({
  page,
  shell,
}) => {
  await shell.openDefault();
  await shell.resultsAbove(12);
  // The in-cluster client is a box of its own that names its pod.
  await expect(page.getByTestId('client-curl')).toContainText(/Pod web-/);
  const routes = await page.evaluate(() => window.__kspDiagram!.routes());
  const laptop = routes.filter((r) => r.client === 'laptop');
  const curl = routes.filter((r) => r.client === 'curl');
  expect(laptop.length).toBeGreaterThan(2);
  expect(curl.length).toBeGreaterThan(2);
  // laptop → node-1:30080: its node's kube-proxy, then the Service that owns the NodePort (not the
  // ClusterIP one), then a pod, every leg on an edge that is drawn.
  for (const r of laptop) {
    expect(r.start).toBe('client:laptop');
    expect(r.boxes.slice(0, 2)).toEqual(['kp:node-1', 'svc:default/my-service-nodeport']);
    expect(r.boxes[2]).toMatch(/^pod:default\/web-/);
    expect(r.edges.slice(0, 2)).toEqual(['cle:laptop>kp:node-1', 'npe:default/my-service-nodeport>node-1']);
    expect(r.boxes).not.toContain('svc:default/my-service');
  }
  for (const r of curl) {
    expect(r.start).toBe('client:curl');
    expect(r.boxes.slice(0, 1)).toEqual(['svc:default/my-service']);
  }
  const used = new Set([...laptop, ...curl].flatMap((r) => r.edges));
  expect(used.has(null)).toBe(false);
  for (const id of used) await expect(page.getByTestId(`rf__edge-${id}`)).toHaveCount(1);
  // One pod per node: laptop packets answered by more than one pod crossed to another node, along
  // the NodePort Service's selector edge.
  expect(new Set(laptop.map((r) => r.boxes[2])).size).toBeGreaterThan(1);
  for (const r of laptop)
    expect(r.edges[2]).toBe(`sel:default/my-service-nodeport>${r.boxes[2]!.slice('pod:'.length)}`);
  await page.screenshot({ path: test.info().outputPath('nodeport-path.png') });
});

/** Runs in the page: what of a box is cut (a line wider than itself, content below the bottom, out of the diagram). */
function cutParts(box: Element): string[] {
  const cut: string[] = [];
  const b = box as HTMLElement;
  const d = document.querySelector('[data-testid="diagram"]')!.getBoundingClientRect();
  const r = b.getBoundingClientRect();
  if (r.left < d.left - 0.5 || r.top < d.top - 0.5 || r.right > d.right + 0.5 || r.bottom > d.bottom + 0.5)
    cut.push(`${b.dataset.testid} outside the diagram`);
  if (b.scrollHeight > b.clientHeight + 1) cut.push(`${b.dataset.testid}: ${b.scrollHeight} > ${b.clientHeight} high`);
  for (const e of b.querySelectorAll<HTMLElement>('*')) {
    if (e instanceof SVGElement || e.closest('.visually-hidden') || getComputedStyle(e).display === 'inline') continue;
    if (e.scrollWidth > e.clientWidth + 1) cut.push(`"${e.textContent}" overflows`);
  }
  // A sentence of a finding is never shortened (a FitText would carry the full text as its title).
  for (const e of b.querySelectorAll<HTMLElement>('.k-port-why [title], .k-port-why.k-fit, .k-badge [title]'))
    cut.push(`"${e.title}" shortened`);
  return cut;
}

test('a wrong targetPort and a selector near miss are marked on the card and the edge, in English and Korean', async ({
  page,
  shell,
}) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  await shell.openDefault();
  await page.getByRole('button', { name: 'Pause' }).click();
  const wrong = DEFAULT_YAML.replace(/(name: my-service\n[\s\S]*?targetPort: )9376/, '$18080');
  expect(wrong).not.toBe(DEFAULT_YAML);
  await shell.setText(
    `${wrong}---\napiVersion: v1\nkind: Service\nmetadata:\n  name: typo\nspec:\n  selector:\n    app.kubernetes.io/name: MyAp\n  ports:\n    - port: 80\n      targetPort: 9376\n`,
  );
  const card = page.getByTestId('service-my-service');
  const why = card.locator('.k-port-why');
  await expect(why).toHaveText('port 80: pods listen on 9376/TCP, not 8080', { timeout: 15_000 });
  await expect(card).toHaveClass(/k-alert/);
  await expect(card.locator('.k-port-bad')).toHaveText('80 → 8080');
  // Its three edges are marked, each with the reason; the NodePort Service's (right port) are not.
  const bad = page.locator('[data-testid^="rf__edge-sel:default/my-service>"]');
  await expect(bad.locator('.k-edge-mismatch')).toHaveCount(3);
  await expect(bad.locator('title')).toHaveText(Array(3).fill('8080 closed · listens on 9376/TCP'));
  await expect(page.locator('[data-testid^="rf__edge-sel:default/my-service-nodeport>"] .k-edge-mismatch')).toHaveCount(
    0,
  );
  await expect(page.locator('[data-testid^="rf__edge-sel:default/my-service-nodeport>"] .k-edge-selector')).toHaveCount(
    3,
  );
  const typo = page.getByTestId('service-typo');
  await expect(typo.locator('.k-badge')).toHaveText(
    /^ ?selects no pods: pod web-\S+ has app\.kubernetes\.io\/name=MyApp; the selector asks app\.kubernetes\.io\/name=MyAp$/,
  );
  const near = page.locator('[data-testid^="rf__edge-near:default/typo>default/web-"]');
  await expect(near.locator('.k-edge-nearmiss')).toHaveCount(1);
  await expect(near.locator('title')).toHaveText('has app.kubernetes.io/name=MyApp, not app.kubernetes.io/name=MyAp');
  // At 1024×768 nothing on either card is cut.
  for (const box of [card, typo]) await expect.poll(() => box.evaluate(cutParts)).toEqual([]);
  await page.screenshot({ path: test.info().outputPath('findings-en.png') });
  await page.getByRole('button', { name: '한국어' }).click();
  await expect(why).toHaveText('포트 80: 파드가 듣는 포트는 9376/TCP, 8080 아님');
  await expect(typo.locator('.k-badge')).toHaveText(
    /^ ?고른 파드 없음: 파드 web-\S+에는 app\.kubernetes\.io\/name=MyApp, 셀렉터는 app\.kubernetes\.io\/name=MyAp$/,
  );
  await expect(bad.locator('title').first()).toHaveText('8080 닫힘 · 듣는 포트 9376/TCP');
  for (const box of [card, typo]) await expect.poll(() => box.evaluate(cutParts)).toEqual([]);
  await page.screenshot({ path: test.info().outputPath('findings-ko.png') });
});

test("clicking a node's kube-proxy pill shows its rules, the text ksp iptables prints, with the selected Service's rules lit", async ({
  page,
  shell,
}) => {
  await shell.openDefault();
  await page.getByRole('button', { name: 'Pause' }).click();
  await page.getByTestId('service-my-service-nodeport').click();
  await page.locator('.react-flow__node[data-id="kp:node-2"]').click();
  const rules = page.getByTestId('proxy-rules');
  await expect(rules.getByRole('heading')).toHaveText('kube-proxy on node-2 · iptables mode');
  const expected = proxyRulesText(loadScenario(DEFAULT_YAML, { seed: 1 }).state, 'node-2').text;
  await expect.poll(() => rules.locator('pre').evaluate((e) => e.textContent)).toBe(expected);
  await expect(rules.getByRole('combobox')).toHaveValue('default/my-service-nodeport');
  // The lit lines are the ones whose kube-proxy comment names the Service, the NodePort rule among them.
  const named = expected.split('\n').filter((l) => /(^|[\s"])default\/my-service-nodeport([\s":]|$)/.test(l));
  expect(named.length).toBeGreaterThan(5);
  const lit = rules.locator('.k-rule-hit');
  await expect(lit).toHaveText(named);
  await expect(lit.filter({ hasText: '-A KUBE-NODEPORTS' })).toContainText(['--dport 30080']);
  await expect(page.getByTestId('proxy-rules-hits')).toHaveText(
    `${named.length} lines name default/my-service-nodeport`,
  );
  // Another Service lights its own rules, none of the NodePort's.
  await rules.getByRole('combobox').selectOption('default/my-service');
  await expect(lit.filter({ hasText: '30080' })).toHaveCount(0);
  await expect(lit).not.toHaveCount(0);
  await page.screenshot({ path: test.info().outputPath('kube-proxy-rules.png') });
  // The other modes' views: what kube-proxy would program in nftables or IPVS mode (ksp iptables --mode).
  const state = loadScenario(DEFAULT_YAML, { seed: 1 }).state;
  const modes = rules.getByRole('group', { name: 'Proxy mode' });
  await modes.getByRole('button', { name: 'nftables' }).click();
  await expect(rules.getByRole('heading')).toHaveText('kube-proxy on node-2 · nftables mode');
  await expect(modes.getByRole('button', { name: 'nftables' })).toHaveAttribute('aria-pressed', 'true');
  await expect
    .poll(() => rules.locator('pre').evaluate((e) => e.textContent))
    .toBe(proxyRulesText(state, 'node-2', 'nftables').text);
  await expect(page.getByTestId('proxy-rules-other-mode')).toContainText(
    "This cluster's kube-proxy runs in iptables mode",
  );
  await modes.getByRole('button', { name: 'IPVS' }).click();
  await expect
    .poll(() => rules.locator('pre').evaluate((e) => e.textContent))
    .toBe(proxyRulesText(state, 'node-2', 'ipvs').text);
  await modes.getByRole('button', { name: 'iptables' }).click();
  await expect.poll(() => rules.locator('pre').evaluate((e) => e.textContent)).toBe(expected);
  await expect(page.getByTestId('proxy-rules-other-mode')).toHaveCount(0);
});

test("a Service's trafficDistribution hints show on its pods' boxes, whole", async ({ page, shell }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await shell.openDefault();
  await page.getByRole('button', { name: 'Pause' }).click();
  // Three nodes in two zones, web-a on node-1 (zone-a) and web-b on node-3 (zone-b); web-zone is
  // PreferSameZone, web-node PreferSameNode. trafficdist.go preferCloseHeuristic hints each ready
  // endpoint for its own zone, and PreferSameNode also for its own node.
  await shell.setText(repoFile('src/core/dataplane/fixtures/traffic-distribution.yaml'));
  const hint = page.getByTestId('pod-web-b').getByTestId('pod-hint');
  await expect(hint).toHaveText('node-3 · zone-b', { timeout: 15_000 });
  await expect(page.getByTestId('pod-web-a').getByTestId('pod-hint')).toHaveText('node-1 · zone-a');
  await expect(page.getByTestId('pod-client-a').getByTestId('pod-hint')).toHaveCount(0);
  // Not cut: the chip lies inside its box and shows its whole text.
  const box = await page.getByTestId('pod-web-b').boundingBox();
  const chip = await hint.boundingBox();
  expect(box && chip && chip.x + chip.width <= box.x + box.width && chip.y + chip.height <= box.y + box.height).toBe(
    true,
  );
  expect(await hint.evaluate((e) => e.scrollWidth <= e.clientWidth)).toBe(true);
  await page.getByTestId('pod-web-b').screenshot({ path: 'test-results-diagram/pod-hint.png' });
});

test("a NotReady node's box shows its whole name, NotReady beside its address", async ({ page, shell }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await shell.openDefault();
  await page.getByRole('button', { name: 'Pause' }).click();
  // worker-b reports Ready False; its box is as narrow as one pod's.
  await shell.setText(repoFile('src/text/fixtures/pod-warnings.yaml'));
  const node = page.getByTestId('node-worker-b');
  await expect(node.locator('.k-group-ip')).toHaveText(/^192\.168\.1\.\d+NotReady$/, { timeout: 15_000 });
  // The chip once sat beside the name and left it nothing but "…".
  await expect(node.locator('.k-group-head .k-name')).toHaveText('worker-b');
  expect(await node.locator('.k-group-head .k-name').evaluate((e) => e.scrollWidth <= e.clientWidth + 1)).toBe(true);
});

test("lesson 15's canary: the Gateway box lists its listener and the 90/10 route, and every packet flies through it", async ({
  page,
  shell,
}) => {
  await shell.freshStart();
  await shell.lessonsTab();
  const panel = page.getByTestId('lesson-panel');
  await panel.locator('button[data-lesson="canary-weights"]').click();
  await expect.poll(async () => (await shell.summary()).clients).toEqual(['shoppers']);
  await shell.setText(repoFile('src/scenarios/lessons/15-canary-weights/solution-1.yaml'));
  const gw = page.getByTestId('gateway-shop');
  // The controller's listener and the route it attached, each backendRef's share of the rule's weight.
  await expect(gw.getByTestId('gateway-routes')).toHaveText('shop.example.com→ web-v1 90% · web-v2 10%', {
    timeout: 30_000,
  });
  await expect(gw.getByTestId('gateway-listeners')).toHaveText('http · HTTP :80');
  await expect(gw).toContainText(/198\.51\.100\.\d+/);
  // Every line fits its box, shown whole (FitText shortens in the middle only when it must).
  for (const li of await gw.locator('li').all())
    expect(await li.evaluate((e) => e.scrollWidth <= e.clientWidth + 1 && !e.textContent!.includes('…'))).toBe(true);
  // The Gateway stands for its data plane: no cloud LB box, no shop-nginx Service or pods.
  await expect(page.locator('[data-testid^="lb-"]')).toHaveCount(0);
  await expect(page.getByTestId('service-shop-nginx')).toHaveCount(0);
  await shell.resultsAbove(20);
  await expect
    .poll(
      async () =>
        (await page.evaluate(() => window.__kspDiagram!.routes())).filter((r) => r.client === 'shoppers').length,
    )
    .toBeGreaterThan(5);
  const routes = (await page.evaluate(() => window.__kspDiagram!.routes())).filter((r) => r.client === 'shoppers');
  for (const r of routes) {
    expect(r.boxes[0]).toBe('gw:default/shop');
    expect(['svc:default/web-v1', 'svc:default/web-v2']).toContain(r.boxes[1]);
    expect(r.boxes[2]).toMatch(r.boxes[1] === 'svc:default/web-v1' ? /^pod:default\/web-v1-/ : /^pod:default\/web-v2-/);
    expect(r.edges.slice(0, 2)).toEqual(['cle:shoppers>gw:default/shop', `gwe:default/shop>${r.boxes[1]!.slice(4)}`]);
  }
  await page.screenshot({ path: 'test-results-diagram/diagram-gateway.png' });
  // Clicking the box inspects the Gateway: the route attached to listener http, each backendRef's weight.
  await gw.click();
  const inspector = page.getByTestId('inspector');
  await expect(inspector).toContainText('Gateway shop');
  await expect(inspector).toContainText('shop [http] shop.example.com');
  await expect(inspector).toContainText('default/web-v1:80 weight 90, default/web-v2:80 weight 10');
});

test("a short label stays whole beside a long one on a pod's box (lesson 1: app=hello)", async ({ page, shell }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await shell.openDefault();
  await shell.setText(repoFile('src/scenarios/lessons/01-why-services/scenario.yaml'));
  const pod = page.locator('[data-testid^="pod-hello-"]').first();
  const labels = pod.locator('.k-labels .k-label');
  await expect(labels).toHaveCount(2, { timeout: 15_000 });
  // The label the Service will select on is read whole; the pod-template-hash gives way in the middle.
  await expect(labels.first()).toHaveText('app=hello');
  await expect(labels.nth(1)).toHaveAttribute('title', /^pod-template-hash=/);
  for (const chip of await labels.all()) expect(await chip.evaluate((e) => e.scrollWidth <= e.clientWidth)).toBe(true);
});
