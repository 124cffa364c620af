// Korean all the way through (issue 14): a failing scenario with its Check verdict, the Timeline,
// the packet view and presenter mode, in Korean, with the simulator's explanations worded in Korean
// (src/text/said.ko.ts) and not in English. Screenshots go to the test's output folder (the CI
// artifacts) and are attached to the report.
import type { Page, TestInfo } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { DEFAULT_YAML, DICT, expect, fragmentFor, repoFile, test } from './fixtures.ts';
import { loadLessonsFromDisk } from '../src/cli/lessons.ts';

async function snap(page: Page, testInfo: TestInfo, label: string): Promise<void> {
  const path = testInfo.outputPath(label);
  await page.screenshot({ path });
  await testInfo.attach(label, { path, contentType: 'image/png' });
}

/** Records the text of the first element matching `selector` as soon as it has any; read it with the returned function. */
async function recordFirstText(page: Page, selector: string): Promise<() => Promise<string | undefined>> {
  await page.addInitScript((sel) => {
    new MutationObserver((_records, observer) => {
      const el = document.querySelector<HTMLElement>(sel);
      if (!el?.textContent) return;
      (globalThis as { __firstText?: string }).__firstText = el.innerText;
      observer.disconnect();
    }).observe(document, { childList: true, subtree: true, characterData: true });
  }, selector);
  return () => page.evaluate(() => (globalThis as { __firstText?: string }).__firstText);
}

const ko = DICT.ko;
const en = DICT.en;

test('a failing scenario, the Timeline, the packets and presenter mode speak Korean', async ({
  page,
  shell,
}, testInfo) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 1280, height: 800 });
  await shell.freshStart('/', 'ko');
  // A fresh visitor in Korean starts with the built-in scenario's Korean comments.
  expect(await shell.text()).toMatch(/^# 플레이그라운드의 첫 시나리오/);
  // The default in-cluster client's box names its pod with the Korean word, for eyes and screen readers.
  const curl = page.getByTestId('client-curl');
  await expect(curl).toContainText(/파드 web-/);
  await expect(curl).not.toContainText('pod ');
  expect(await curl.getAttribute('aria-label')).toBe('클라이언트 curl');
  await shell.lessonsTab('ko');
  const panel = page.getByTestId('lesson-panel');
  await panel.locator('button[data-lesson="selector-mismatch"]').click();
  await expect(page.getByTestId('service-my-service')).toBeVisible({ timeout: 30_000 });
  // The lesson's YAML comes with its comments in Korean (scenario.ko.yaml), in the editor itself.
  const mismatch = loadLessonsFromDisk().lessons.find((l) => l.id === 'selector-mismatch')!;
  await expect.poll(() => shell.text()).toBe(mismatch.yaml.ko.scenario);
  expect(mismatch.yaml.ko.scenario).toMatch(/^# my-service는 app: MyApp을 고르지만/);
  await expect(page.locator('.monaco-editor .view-lines')).toContainText('고르지만,');
  await expect(page.locator('.monaco-editor .view-lines')).not.toContainText('but the pods carry');

  // The failing scenario: the Service box says why it selects no pods (the core's explanation), the
  // Check says what the request met, in Korean.
  await expect(page.getByTestId('service-my-service')).toContainText('맞는 파드가 없습니다');
  await expect(page.getByTestId('service-my-service')).not.toContainText('matches no pods');
  await expect(page.getByTestId('service-my-service')).toContainText('서비스');
  await panel.getByRole('button', { name: ko['lessons.check'], exact: true }).click();
  const result = panel.getByTestId('lesson-result');
  await expect(result).toContainText(ko['lessons.passed'], { timeout: 30_000 });
  await expect(result).toContainText('연결 거부');
  await expect(result).toContainText('맞는 파드가 없습니다');
  await expect(result).not.toContainText('matches no pods');
  await expect(result).not.toContainText('has no endpoints');
  await snap(page, testInfo, 'ko-failing-scenario.png');

  // The Timeline: outcome and reason in Korean, hop kinds in Korean.
  await shell.resultsAbove(2);
  await page.getByRole('tab', { name: ko['tabs.timeline'] }).click();
  const latest = page.getByTestId('transcript-latest');
  await expect(latest).toContainText('연결 거부');
  await expect(latest).toContainText('맞는 파드가 없습니다');
  await expect(latest).not.toContainText('refused');
  await page.getByTestId('transcript').locator('summary').last().click();
  await expect(page.getByTestId('transcript').locator('details[open] li button').first()).toContainText('클라이언트');
  await snap(page, testInfo, 'ko-timeline.png');

  // The packet view of that request: its table's headings and the hop kinds in Korean.
  await page.getByTestId('transcript').locator('details[open] li button').first().click();
  const packet = page.getByTestId('packet-view');
  await expect(packet).toContainText(ko['packet.source']);
  await expect(packet).toContainText(ko['packet.destination']);
  await expect(packet).toContainText(ko['hop.client']);
  await expect(packet).not.toContainText('Source');
  await snap(page, testInfo, 'ko-packet-view.png');

  // The packet view: packets fly and stop at the failure, its mark worded in Korean on the canvas.
  await shell.framesDrawn(5);
  await snap(page, testInfo, 'ko-packets.png');

  // Presenter mode: one hop at a time, the hop's kind and the outcome in Korean.
  await page.goto('/?present');
  const presenter = page.getByTestId('presenter');
  await expect(presenter).toBeVisible({ timeout: 60_000 });
  await shell.resultsAbove(1);
  await page.keyboard.press('ArrowRight');
  await expect(presenter).toContainText(/홉 \d/);
  const narration = page.getByTestId('narration');
  await expect(narration).toContainText(/클라이언트|DNS|kube-proxy|거부/);
  for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowRight');
  await snap(page, testInfo, 'ko-presenter.png');
  await expect(presenter).not.toContainText('refused:');
});

test('the language switch swaps the untouched built-in scenario, never an edit; a refused seed says why in Korean', async ({
  page,
  shell,
}) => {
  await shell.freshStart('/', 'en');
  expect(await shell.text()).toMatch(/^# The playground's first scenario/);
  const banner = page.getByRole('banner');
  await banner.getByRole('button', { name: '한국어' }).click();
  await expect.poll(() => shell.text()).toMatch(/^# 플레이그라운드의 첫 시나리오/);
  // A refused seed: our message, in the page's language, and the seed is kept.
  const seed = banner.getByRole('textbox', { name: ko['header.seed'] });
  await seed.fill('-3');
  await expect(banner.getByRole('alert')).toHaveText(/^시드는 0부터 \d+까지의 정수입니다\.$/);
  await seed.press('Enter');
  await expect(seed).toHaveValue('1');
  // An edited scenario stays as the learner wrote it when the language changes.
  const edited = (await shell.text()).replace('replicas: 3', 'replicas: 2');
  await shell.setText(edited);
  await expect.poll(() => shell.text()).toBe(edited);
  await banner.getByRole('button', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  expect(await shell.text()).toBe(edited);
});

test("the Korean catalogues load only for Korean, and a Korean page's first text is Korean", async ({
  page,
  shell,
}) => {
  // The root's text when it is first filled (React commits the first render at once): what the
  // first paint shows.
  const firstText = await recordFirstText(page, '#root');
  // The chunk of src/ui/i18n/koreanCatalogue.ts (its name is the module's).
  const koreanFetched = (): Promise<boolean> =>
    page.evaluate(() => performance.getEntriesByType('resource').some((e) => /\/koreanCatalogue-/.test(e.name)));

  await shell.freshStart('/', 'en');
  expect(await firstText()).toContain(en['header.seedHelp']);
  expect(await koreanFetched()).toBe(false);
  // Switching fetches them, then the page speaks Korean.
  await page.getByRole('banner').getByRole('button', { name: '한국어' }).click();
  await expect(page.getByRole('banner')).toContainText(ko['header.seedHelp']);
  expect(await koreanFetched()).toBe(true);

  await shell.freshStart('/', 'ko');
  const first = await firstText();
  expect(first).toContain(ko['header.seedHelp']);
  expect(first).not.toContain(en['header.seedHelp']);
  expect(first).not.toContain(en['header.share']);
});

test("a fresh English page's first diagram words why a Service has no endpoints (the data path's words come with that view)", async ({
  page,
  shell,
}) => {
  // The Service box's text when it first shows.
  const firstBox = await recordFirstText(page, '[data-testid="service-my-service"]');
  // A selector no pod comes near (no near miss to show instead): the core's explanation is the badge.
  const yaml = DEFAULT_YAML.replace(
    /(name: my-service\nspec:\n {2}selector:\n {4})app\.kubernetes\.io\/name: MyApp/,
    '$1tier: nothing',
  );
  expect(yaml).toContain('tier: nothing');
  await shell.freshStart(`/#${await fragmentFor({ yaml })}`, 'en');
  const box = page.getByTestId('service-my-service');
  await expect(box).toContainText('matches no pods');
  const first = await firstBox();
  expect(first).toContain('matches no pods');
  expect(first).not.toContain('explain.');
});

test("a target that does not read says which form it missed, in the page's language", async ({ page, shell }) => {
  await shell.freshStart('/', 'ko');
  const box = page.locator('details.k-clients-box');
  if (!(await box.evaluate((d) => (d as HTMLDetailsElement).open))) await box.locator('> summary').click();
  await page.locator('details.k-add > summary').click();
  const form = page.getByRole('form', { name: ko['traffic.addClient'] });
  await form.getByRole('combobox', { name: ko['traffic.target'] }).fill('nodeport/web@Node_1');
  await form.getByRole('button', { name: ko['traffic.addClientButton'] }).click();
  // the core's code decl.nodeAfterAt, worded by src/text/messages.ko.ts
  await expect(form.getByTestId('add-client-error')).toHaveText('"nodeport/web@Node_1": @ 뒤에는 노드 이름을 씁니다');
  await expect.poll(async () => (await shell.summary()).clients).toEqual(['laptop', 'phone', 'curl']);
});

test("Export for a real cluster lists what a real cluster needs first in Korean; the script's comments stay English", async ({
  page,
  shell,
}) => {
  await shell.freshStart('/', 'ko');
  await shell.editorReady();
  await shell.setText(
    readFileSync(new URL('../src/core/scenario/export/fixtures/playground-settings.yaml', import.meta.url), 'utf8'),
  );
  await page.getByRole('button', { name: ko['header.share'] }).click();
  await page.getByText(ko['export.title']).click();
  const notes = page.getByTestId('export-notes').locator('li');
  // the core's codes export.serviceCIDR, export.nodePortRange, export.kubeProxyConfigFlags, worded by messages.ko.ts
  await expect(notes.first()).toHaveText(
    'serviceCIDR 10.100.0.0/16: kube-apiserver를 --service-cluster-ip-range=10.100.0.0/16으로 시작하세요(kubeadm: networking.serviceSubnet, kind: networking.serviceSubnet)',
  );
  await expect(notes.nth(2)).toContainText('kube-proxy의 설정 파일이라서');
  await expect(page.getByTestId('export-notes')).not.toContainText('start kube-apiserver');
  await expect(page.getByTestId('export-script')).toHaveValue(
    /# {2}- serviceCIDR 10\.100\.0\.0\/16: start kube-apiserver with/,
  );
});

test("a share link that does not open says why in the page's language", async ({ page, shell }) => {
  await shell.freshStart('/', 'ko');
  await shell.editorReady();
  // A fresh load of the link (through about:blank): a reload straight after a same-document goto
  // can reload the address before it (share.spec).
  await page.goto('about:blank');
  await page.goto('/#s=9.abc');
  const notice = page.getByTestId('session-notice');
  // the codec's code link.unknownCodec, worded by src/text/messages.ko.ts inside session.linkBroken
  await expect(notice).toContainText('이 링크는 이 버전이 모르는 코덱 "9"를 씁니다');
  await expect(notice).not.toContainText('which this version does not know');
});

test("the playground's own warnings in the Problems panel are Korean; the scheduler's and API server's texts stay verbatim", async ({
  page,
  shell,
}) => {
  await shell.freshStart('/', 'ko');
  await shell.editorReady();
  await shell.setText(
    'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web}\nspec:\n  replicas: 1500\n  selector: {matchLabels: {app: web}}\n  template:\n    metadata: {labels: {app: web}}\n    spec: {containers: [{name: c, image: nginx}]}\n---\napiVersion: v1\nkind: Pod\nmetadata: {name: nowhere}\nspec:\n  nodeSelector: {disk: nvme}\n  containers: [{name: c, image: nginx}]\n',
  );
  await page.getByRole('tab', { name: new RegExp(`^${ko['tabs.problems']}`) }).click();
  const problems = page.locator('.problem-message');
  // the core's code limit.replicasPerWorkload, worded by src/text/messages.ko.ts
  await expect(problems.first()).toHaveText(
    'Deployment "web"은 레플리카 1500개를 요청하지만, 플레이그라운드는 워크로드마다 레플리카를 1000개까지 받으므로 파드를 1000개만 만들었습니다',
    { timeout: 30_000 },
  );
  // pod.unschedulable around kube-scheduler's FitError, which stays as a real cluster prints it
  await expect(problems.filter({ hasText: 'nowhere' })).toHaveText(
    /^파드 "nowhere"는 스케줄되지 않아 Pending 상태로 남습니다: 0\/\d+ nodes are available: \d+ node\(s\) didn't match Pod's node affinity\/selector\./,
  );
  // The three nodes take 110 pods each (kubelet's --max-pods): the Deployment's other pods wait, in Korean too.
  await expect(problems.filter({ hasText: 'Too many pods' }).first()).toHaveText(
    /^파드 "web-[a-z0-9-]+"는 스케줄되지 않아 Pending 상태로 남습니다: 0\/3 nodes are available: 3 Too many pods\. preemption: /,
  );
});

for (const lang of ['en', 'ko'] as const)
  test(`a quantity that does not parse is marked at its value, the API server's text verbatim (${lang})`, async ({
    shell,
  }) => {
    // The quantities' code is a plug-in (api/plugins.ts): the page loads it for this Pod, then answers.
    await shell.freshStart('/', lang);
    await shell.setText(
      'apiVersion: v1\nkind: Pod\nmetadata:\n  name: greedy\nspec:\n  containers:\n  - name: app\n    image: nginx\n    resources:\n      limits:\n        memory: 64Mi\n        cpu: lots\n',
    );
    await expect
      .poll(async () => (await shell.markers('k8s')).map((m) => [m.startLineNumber, m.startColumn]), {
        timeout: 30_000,
      })
      .toEqual([[12, 14]]);
    const [marker] = await shell.markers('k8s');
    expect(marker!.message).toContain(
      'Pod in version "v1" cannot be handled as a Pod: quantities must match the regular expression \'^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$\'',
    );
  });

test("lesson 15 in Korean: the Gateway box's text is whole, in Korean where the words are ours", async ({
  page,
  shell,
}, testInfo) => {
  await shell.freshStart('/', 'ko');
  await shell.lessonsTab('ko');
  await page.getByTestId('lesson-panel').locator('button[data-lesson="canary-weights"]').click();
  await expect.poll(async () => (await shell.summary()).clients).toEqual(['shoppers']);
  const solution = repoFile('src/scenarios/lessons/15-canary-weights/solution-1.yaml');
  await shell.setText(solution);
  const gw = page.getByTestId('gateway-shop');
  await expect(gw.getByTestId('gateway-routes')).toHaveText('shop.example.com→ web-v1 90% · web-v2 10%', {
    timeout: 30_000,
  });
  // Our word for the kind is Korean (ko.ts box.gateway), for eyes and screen readers; the class, the
  // name, the address, the listener and the route are values and stay as written.
  await expect(gw.locator('.k-kind')).toHaveText(ko['box.gateway']);
  expect(await gw.getAttribute('aria-label')).toBe(`${ko['box.gateway']} shop`);
  await expect(gw.locator('.k-chip')).toHaveText('nginx');
  await expect(gw.getByTestId('gateway-listeners')).toHaveText('http · HTTP :80');
  const text = (await gw.innerText()).split('\n').filter((l) => l.trim() !== '');
  expect(text).toEqual([
    ko['box.gateway'],
    'nginx',
    'shop',
    expect.stringMatching(/^198\.51\.100\.\d+$/),
    'http · HTTP :80',
    'shop.example.com',
    '→ web-v1 90% · web-v2 10%',
  ]);
  // Nothing cut: every line, the name and the header fit the box, none shortened with an ellipsis.
  const fits = async () => {
    const box = (await gw.boundingBox())!;
    for (const el of await gw.locator('header > span, .k-name, li').all()) {
      const b = (await el.boundingBox())!;
      expect(b.x + b.width <= box.x + box.width + 0.5, (await el.textContent()) ?? '').toBe(true);
      expect(await el.evaluate((e) => e.scrollWidth <= e.clientWidth + 1 && !e.textContent!.includes('…'))).toBe(true);
    }
  };
  await fits();
  await snap(page, testInfo, 'ko-gateway.png');
  // Without a route: the box says so in Korean, whole.
  await shell.setText(solution.replace(/---\n# Every request for shop[\s\S]*$/, ''));
  await expect(gw.getByTestId('gateway-routes')).toHaveText(ko['box.noRoutes'], { timeout: 30_000 });
  await fits();
  // HTTP and HTTPS on one port: the controller programs neither (ProtocolConflict, docs/gateway-api.md §3);
  // each listener's line and the status reason under it are whole.
  const conflict = solution.replace(
    '      protocol: HTTP\n      port: 80\n',
    [
      '      protocol: HTTP',
      '      port: 80',
      '    - name: https',
      '      protocol: HTTPS',
      '      port: 80',
      '      hostname: shop.example.com',
      '      tls:',
      '        certificateRefs:',
      '          - name: shop-tls',
      '---',
      'apiVersion: v1',
      'kind: Secret',
      'metadata:',
      '  name: shop-tls',
      'type: kubernetes.io/tls',
      'data:',
      '  tls.crt: Y2VydA==',
      '  tls.key: a2V5',
      '',
    ].join('\n'),
  );
  await shell.setText(conflict);
  await expect(gw.getByTestId('gateway-listeners')).toHaveText(
    'http · HTTP :80✗ ProtocolConflicthttps · HTTPS :80shop.example.com✗ ProtocolConflict',
    { timeout: 30_000 },
  );
  await expect(gw.getByTestId('gateway-routes')).toHaveText(ko['box.noRoutes']);
  await fits();
  await snap(page, testInfo, 'ko-gateway-conflict.png');
});
