// Pods naming ConfigMaps and Secrets that are missing, in the built page: the console (English and
// Korean) shows kubectl's CreateContainerConfigError and ContainerCreating, the diagram draws those
// pods NotReady, and writing the missing objects into the YAML makes them run.
import { DICT, expect, repoFile, test, type Lang } from './fixtures.ts';

test.describe.configure({ timeout: 180_000 });

const YAML = repoFile('src/core/controllers/fixtures/missing-config.yaml');

for (const lang of ['en', 'ko'] as Lang[]) {
  test(`missing ConfigMaps and Secrets: kubectl get pods, events and the diagram (${lang})`, async ({
    page,
    shell,
  }) => {
    await shell.freshStart('/', lang);
    await shell.setText(YAML);
    await expect.poll(async () => (await shell.summary()).pods, { timeout: 60_000 }).toBeGreaterThanOrEqual(4);
    const log = page.getByRole('log', { name: DICT[lang]['console.output'] });
    await shell.runInConsole('kubectl get pods', lang);
    await expect(log).toContainText(/missing-key\s+0\/1\s+CreateContainerConfigError/);
    await expect(log).toContainText(/missing-volume\s+0\/1\s+ContainerCreating/);
    await expect(log).toContainText(/fine\s+1\/1\s+Running/);
    await shell.runInConsole('kubectl describe pod missing-volume', lang);
    await expect(log).toContainText('MountVolume.SetUp failed for volume "cfg" : configmap "app-files" not found');
    await shell.runInConsole('kubectl get cm,secrets', lang);
    await expect(log).toContainText(/web-config\s+1\s+60s/);
    // The diagram: the pods kubelet could not start are drawn NotReady, in the page's language.
    await expect(page.getByText(DICT[lang]['box.notReady']).first()).toBeVisible();
    // The missing objects written below the pods: they run.
    await shell.setText(
      `${YAML}\n---\napiVersion: v1\nkind: ConfigMap\nmetadata: {name: app-files}\ndata: {index.html: hi}\n---\napiVersion: v1\nkind: Secret\nmetadata: {name: db-credentials}\nstringData: {password: pw}\n`,
    );
    await expect
      .poll(async () => {
        await shell.runInConsole('kubectl get pods missing-volume missing-secret', lang);
        return (await log.innerText()).match(/missing-(volume|secret)\s+1\/1\s+Running/g)?.length ?? 0;
      })
      .toBeGreaterThanOrEqual(2);
  });
}

// Why a Service's pods get no traffic, in the page: the card's badge names the container kubelet
// holds back and kubelet's reason (verbatim), the rest in the page's language; the Timeline's refusal
// to the Deployment's pods (listed not ready) gives kubelet's reason and message.
const WAITING = repoFile('src/core/dataplane/fixtures/waiting-pods.yaml');
const SAYS = {
  en: { badge: 'container proxy is waiting: ContainerCreating', waits: 'container app is waiting:' },
  ko: { badge: '컨테이너 proxy 대기 중: ContainerCreating', waits: '컨테이너 app 대기 중:' },
};

for (const lang of ['en', 'ko'] as Lang[]) {
  test(`a Service whose pods wait names the container and kubelet's reason (${lang})`, async ({ page, shell }) => {
    await shell.freshStart('/', lang);
    await shell.setText(WAITING);
    const badge = page.getByTestId('service-tls-proxy').locator('.k-badge');
    await expect(badge).toContainText(SAYS[lang].badge, { timeout: 60_000 });
    await expect(badge).toContainText('phase Pending');
    await page.getByRole('tab', { name: DICT[lang]['tabs.timeline'] }).click();
    const transcript = page.getByTestId('transcript');
    await expect(transcript).toContainText(SAYS[lang].waits, { timeout: 60_000 });
    await expect(transcript).toContainText(
      "CreateContainerConfigError: couldn't find key color in ConfigMap default/web-config",
    );
  });
}
