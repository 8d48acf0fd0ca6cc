import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { dashboardDir, packageRoot } from '../../src/app/web';
import { startTestServer, type TestServer } from '../support/server';

/**
 * The planner dashboard in a real Chromium against a real server on the demo data: a planner's walk from the key
 * through programs (a program's capacity, aid and teaching cost), a what-if (a credential's size as an offer),
 * scenario charts (with the prediction interval), a comparison, a calibration, the
 * optimizer and a back-test; a refused key; a
 * VIEWER without write controls; a reload that keeps the view and the key; the key never in localStorage or the
 * URL; no console error (a Content-Security-Policy violation is one). Screenshots of each step go to
 * test-artifacts/e2e/. UPLIFT_REQUIRE_E2E=1 (as in CI) turns a missing Chromium or build into a failure;
 * UPLIFT_UPDATE_SCREENSHOT=1 also rewrites docs/dashboard.png.
 */

const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const ARTIFACTS = path.join(packageRoot(), 'test-artifacts', 'e2e');
const LAUNCH_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
/** Long work (a calibration, the optimizer) may take a while on a slow machine. */
const LONG = 60_000;
/** The accessible names of the fan chart's two bands (web/src/charts/builders.ts). */
const PREDICTION_BAND = 'Lighter band: 80% prediction interval of a recorded year';
const PARAMETER_BAND = 'Darker band: P10–P90 if the assumptions vary as stated';

function whyNot(): string | null {
  if (!fs.existsSync(CHROMIUM)) {
    return `chromium not found at ${CHROMIUM}; install Debian's chromium (apt-get install chromium) or set CHROMIUM_PATH`;
  }
  if (!fs.existsSync(path.join(dashboardDir(), 'index.html'))) {
    return `the dashboard is not built (no ${path.join(dashboardDir(), 'index.html')}); run npm run build:web`;
  }
  return null;
}

// Without Chromium or a build, jest.config.js leaves this file out and says why (unless UPLIFT_REQUIRE_E2E=1);
// run anyway, the suite fails with the reason.
const reason = whyNot();

if (reason) {
  describe('dashboard end to end', () => {
    it('can run', () => {
      throw new Error(`the end-to-end suite cannot run: ${reason}`);
    });
  });
} else {
  describe('dashboard end to end (Chromium)', () => {
    jest.setTimeout(180_000);
    let t: TestServer;
    let origin: string;
    let browser: Browser;
    const problems: string[] = [];
    let shot = 0;

    async function newPage(context: BrowserContext): Promise<Page> {
      const page = await context.newPage();
      page.on('console', (msg) => {
        if (msg.type() !== 'error') return;
        const url = msg.location().url;
        // The refused key of the first test is a 401 by design; a browser asks for /favicon.ico on its own.
        if (/Failed to load resource/.test(msg.text()) && (/\/graphql$/.test(url) || /\/favicon\.ico$/.test(url)))
          return;
        problems.push(`console: ${msg.text()} (${url})`);
      });
      page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
      return page;
    }

    async function snap(page: Page, name: string): Promise<void> {
      shot += 1;
      await page.screenshot({
        path: path.join(ARTIFACTS, `${String(shot).padStart(2, '0')}-${name}.png`),
        fullPage: true,
      });
    }

    /** Follows a link of the main navigation and waits for the view's heading. */
    async function go(page: Page, link: string, heading: string | RegExp): Promise<void> {
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: link, exact: true }).click();
      await expectHeading(page, heading);
    }

    async function expectHeading(page: Page, heading: string | RegExp, timeout = 15_000): Promise<void> {
      await page.getByRole('heading', { level: 1, name: heading }).waitFor({ timeout });
    }

    /** Rows of a table's body. */
    function bodyRows(table: Locator): Locator {
      return table.locator('tbody tr');
    }

    /** The SVG charts of the page, by accessible name. */
    function chart(page: Page, name: string | RegExp): Locator {
      return page.getByRole('img', { name }).and(page.locator('svg'));
    }

    /** The hint under a labelled control (the first element its aria-describedby names). */
    async function hintOf(page: Page, label: string): Promise<Locator> {
      const ids = (await page.getByLabel(label, { exact: true }).getAttribute('aria-describedby')) ?? '';
      expect(ids).toMatch(/-hint\b/);
      return page.locator(`[id="${ids.split(' ')[0]}"]`);
    }

    /** The API's words as a table cell starts them (web/src/components/relevance.tsx). */
    const startCase = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

    /** The text of the first option of a select that contains `text`. */
    async function optionLabel(select: Locator, text: string): Promise<string> {
      return ((await select.locator('option', { hasText: text }).first().textContent()) ?? '').trim();
    }

    const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

    /** The share a fit's words say: "Fits 2 of its 3 occupations" → 2/3; "Fits all …", "Fits its one …" → 1. */
    function shareOf(words: string): number {
      const m = /^Fits (\d+) of its (\d+) occupations/.exec(words);
      if (m) return Number(m[1]) / Number(m[2]);
      if (/^Fits (all \d+ of its|its one) occupation/.test(words)) return 1;
      if (/^Fits none of its/.test(words)) return 0;
      throw new Error(`unexpected fit: ${words}`);
    }

    async function programId(code: string): Promise<string> {
      const r = await t.gql<{ programs: { nodes: { id: string; code: string }[] } }>(
        '{ programs(first: 50) { nodes { id code } } }',
        {},
        t.keys.planner,
      );
      return r.data!.programs.nodes.find((p) => p.code === code)!.id;
    }

    async function credentialId(title: string): Promise<string> {
      const r = await t.gql<{ credentials: { nodes: { id: string; title: string }[] } }>(
        '{ credentials(first: 100) { nodes { id title } } }',
        {},
        t.keys.planner,
      );
      return r.data!.credentials.nodes.find((c) => c.title === title)!.id;
    }

    async function signIn(page: Page, key: string): Promise<void> {
      await page.goto(`${origin}/`);
      const field = page.getByLabel('API key');
      await field.fill(key);
      await page.getByRole('button', { name: 'Sign in' }).click();
    }

    beforeAll(async () => {
      fs.rmSync(ARTIFACTS, { recursive: true, force: true });
      fs.mkdirSync(ARTIFACTS, { recursive: true });
      t = await startTestServer('sqlite');
      origin = t.url.replace(/\/graphql$/, '');
      browser = await chromium.launch({ executablePath: CHROMIUM, args: LAUNCH_ARGS });
    });
    afterAll(async () => {
      await browser?.close();
      await t?.close();
    });

    describe('a planner', () => {
      let context: BrowserContext;
      let page: Page;
      beforeAll(async () => {
        context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
        page = await newPage(context);
      });
      afterAll(async () => context?.close());

      it('is asked for the key, and a wrong key returns to the field with the reason', async () => {
        await page.goto(`${origin}/`);
        const field = page.getByLabel('API key');
        await field.waitFor();
        await snap(page, 'key');
        await field.fill('upl_not_a_real_key_0000000000000000');
        await page.getByRole('button', { name: 'Sign in' }).click();
        const alert = page.getByRole('alert');
        await alert.waitFor();
        expect((await alert.textContent())?.trim().length).toBeGreaterThan(5);
        await expect(field.getAttribute('aria-invalid')).resolves.toBe('true');
        await expect(field.inputValue()).resolves.toBe('');
        await snap(page, 'wrong-key');
      });

      it('signs in and sees the programs', async () => {
        await signIn(page, t.keys.planner);
        await expectHeading(page, 'Programs');
        const nav = page.getByRole('navigation', { name: 'Main' });
        for (const link of [
          'Programs',
          'What-if',
          'Scenarios',
          'Compare',
          'Calibrations',
          'Back-tests',
          'Optimize',
          'Evidence',
        ]) {
          await expect(nav.getByRole('link', { name: link, exact: true }).count()).resolves.toBe(1);
        }
        const table = page.getByRole('table', { name: 'Programs' });
        await table.getByRole('link', { name: 'BA-PSY' }).waitFor();
        await expect(bodyRows(table).count()).resolves.toBe(15);
        await snap(page, 'programs');
      });

      it("shows a program's capacity, institutional aid and teaching cost with its baseline", async () => {
        type Facts = {
          code: string;
          capacity: number | null;
          discountRate: number;
          instructionalCostPerCredit: number;
        };
        const answer = await t.gql<{ programs: { nodes: Facts[] } }>(
          '{ programs(first: 50) { nodes { code capacity discountRate instructionalCostPerCredit } } }',
          {},
          t.keys.planner,
        );
        const programs = answer.data!.programs.nodes;
        // A program with a limit on entrants (the demo's nursing programs have one) and one without.
        const limited = programs.find((p) => p.capacity != null)!;
        const open = programs.find((p) => p.code === 'BA-PSY')!;
        expect(limited).toBeDefined();
        expect(open.capacity).toBeNull();
        const money = (v: number) =>
          new Intl.NumberFormat('en-US', {
            style: 'currency',
            currency: 'USD',
            maximumFractionDigits: Number.isInteger(v) ? 0 : 2,
          }).format(v);
        for (const p of [limited, open]) {
          await page.goto(`${origin}/#/programs`);
          await page.getByRole('table', { name: 'Programs' }).getByRole('link', { name: p.code, exact: true }).click();
          await expectHeading(page, new RegExp(`^${p.code} — `));
          const baseline = page.getByRole('table', { name: `Baseline of ${p.code}` });
          const cell = (name: string) => baseline.getByRole('row', { name: new RegExp(`^${name}`) }).getByRole('cell');
          await expect(cell('Capacity').textContent()).resolves.toBe(
            p.capacity == null ? 'No capacity limit' : `${p.capacity.toLocaleString('en-US')} entrants a year`,
          );
          await expect(cell('Institutional aid').textContent()).resolves.toBe(
            `${Math.round(p.discountRate * 1000) / 10}% of tuition`,
          );
          await expect(cell('Teaching cost').textContent()).resolves.toBe(
            `${money(p.instructionalCostPerCredit)} per credit`,
          );
        }
        await snap(page, 'program');
      });

      it('shows where B.S. Computer Science graduates work: its occupations with the BLS figures', async () => {
        const answer = await t.gql<{
          programs: { nodes: { code: string; occupations: { code: string; title: string; medianWage: number }[] }[] };
        }>('{ programs(first: 50) { nodes { code occupations { code title medianWage } } } }', {}, t.keys.planner);
        const cs = answer.data!.programs.nodes.find((p) => p.code === 'BS-CS')!;
        const developers = cs.occupations.find((o) => o.code === '15-1252')!;
        expect(developers).toBeDefined();
        await page.goto(`${origin}/#/programs`);
        await page.getByRole('table', { name: 'Programs' }).getByRole('link', { name: 'BS-CS', exact: true }).click();
        await expectHeading(page, /^BS-CS — /);
        const table = page.getByRole('table', { name: /^Occupations BS-CS leads to/ });
        await expect(bodyRows(table).count()).resolves.toBe(cs.occupations.length);
        const row = table.getByRole('row', { name: new RegExp(`^${developers.title}`) });
        await expect(row.getByRole('cell').nth(0).textContent()).resolves.toBe('15-1252');
        await expect(row.getByRole('cell').nth(4).textContent()).resolves.toBe(
          `$${developers.medianWage.toLocaleString('en-US')}`,
        );

        // Each embedded credential with its fit to the program's occupations, in the API's words.
        const fits = await t.gql<{
          program: { embeddedCredentials: { credential: { title: string }; fit: { summary: string } }[] };
        }>(
          'query($id: ID!) { program(id: $id) { embeddedCredentials { credential { title } fit { summary } } } }',
          { id: await programId('BS-CS') },
          t.keys.planner,
        );
        const embedded = page.getByRole('table', { name: 'Credentials embedded in BS-CS' });
        const embeddings = fits.data!.program.embeddedCredentials;
        expect(embeddings.length).toBeGreaterThan(0);
        await expect(bodyRows(embedded).count()).resolves.toBe(embeddings.length);
        for (const e of embeddings) {
          const cells = embedded.getByRole('row', { name: new RegExp(`^${escapeRe(e.credential.title)}`) });
          await expect(cells.getByRole('cell').last().textContent()).resolves.toBe(startCase(e.fit.summary));
        }
      });

      it("lists each credential's occupations on #/credentials, or says there are none", async () => {
        type Listed = { title: string; occupations: { code: string; title: string }[] };
        const answer = await t.gql<{ credentials: { nodes: Listed[] } }>(
          '{ credentials(first: 100) { nodes { title occupations { code title } } } }',
          {},
          t.keys.planner,
        );
        const all = answer.data!.credentials.nodes;
        const analytics = all.find((c) => c.title === 'Google Data Analytics Professional Certificate')!;
        const none = all.find((c) => c.occupations.length === 0)!;
        expect(analytics.occupations.map((o) => o.code).sort()).toEqual(['13-1111', '13-1161', '15-2051']);
        expect(none).toBeDefined();
        await go(page, 'Credentials', 'Credentials');
        const table = page.getByRole('table', { name: 'Credential catalog' });
        const row = table.getByRole('row', { name: new RegExp(`^${escapeRe(analytics.title)}`) });
        await row.getByText(`3 occupations of ${analytics.title}`).click();
        const list = row.getByRole('list', { name: `Occupations of ${analytics.title}` });
        await expect(list.getByRole('listitem').count()).resolves.toBe(3);
        for (const o of analytics.occupations) {
          await expect(
            list
              .getByRole('listitem')
              .filter({ hasText: `${o.title} (${o.code})` })
              .count(),
          ).resolves.toBe(1);
        }
        // Growth, openings and median wage as the program page formats them.
        await expect(list.textContent()).resolves.toMatch(/growth to 2034 −?\d+(\.\d)?%/);
        await expect(list.textContent()).resolves.toMatch(/median wage \$\d{1,3}(,\d{3})*/);
        const bare = table.getByRole('row', { name: new RegExp(`^${escapeRe(none.title)}`) });
        await expect(bare.getByRole('cell').last().textContent()).resolves.toBe('No occupations: relevance unknown');
        await snap(page, 'credentials');
      });

      it('previews a what-if with fan charts and saves it as a scenario', async () => {
        await go(page, 'What-if', 'What-if');
        const program = page.getByLabel('Program 1');
        await program.locator('option', { hasText: 'BA-PSY' }).waitFor({ state: 'attached' });
        await program.selectOption({ label: await optionLabel(program, 'BA-PSY') });
        const credential = page.getByLabel('Credential 1');
        await credential.selectOption({ label: 'Google Data Analytics Professional Certificate' });
        await page.getByLabel('Requirement 1').selectOption('ELECTIVE');
        await page.getByLabel('Credits applied 1').fill('6');
        // Beside the credential, its size as an offer for the 6 credits applied (the API's count of hours).
        const offer = await hintOf(page, 'Credential 1');
        await offer.getByText('270 learning hours').waitFor();
        await expect(offer.locator('.small-offer').count()).resolves.toBe(0);
        // And how it would fit BA-PSY's occupations, in the API's words.
        const fitAnswer = await t.gql<{ credential: { fitIn: { summary: string; relevanceKnown: boolean } } }>(
          'query($id: ID!, $programId: ID!) { credential(id: $id) { fitIn(programId: $programId) { summary relevanceKnown } } }',
          {
            id: await credentialId('Google Data Analytics Professional Certificate'),
            programId: await programId('BA-PSY'),
          },
          t.keys.planner,
        );
        const fit = fitAnswer.data!.credential.fitIn;
        expect(fit.summary).toMatch(/^fits /);
        await offer
          .locator('.row-fit')
          .filter({ hasText: `In BA-PSY: ${fit.summary}` })
          .waitFor();
        // A 1.5-hour badge is a small offer, said so with its reason; the change is removed again.
        await page.getByRole('button', { name: 'Add another change' }).click();
        await page.getByLabel('Credential 2').selectOption({ label: 'Data Security Awareness – Level 1 (non-credit)' });
        const badge = await hintOf(page, 'Credential 2');
        const small = badge.locator('.small-offer');
        await small.waitFor();
        await expect(badge.textContent()).resolves.toMatch(/^1\.5 learning hours/);
        await expect(small.getAttribute('title')).resolves.toBe(
          "A short credential is a small offer to prospects: under the model its effect on entrants is a small fraction of a certificate's.",
        );
        await expect(small.isVisible()).resolves.toBe(true);
        await page.getByRole('button', { name: 'Remove change 2' }).click();
        await expect(page.getByLabel('Credential 2').count()).resolves.toBe(0);
        await page.getByLabel('Horizon (years)').fill('5');
        await page.getByLabel('Draws').fill('500');
        await page.getByRole('button', { name: 'Preview' }).click();
        const result = page.getByRole('region', { name: 'Preview result' });
        await result.getByRole('table', { name: /every program together/ }).waitFor({ timeout: LONG });
        const fan = chart(page, /^New enrollments: baseline, P50, P10–P90 band and 80% prediction interval by year/);
        await fan.waitFor();
        // The two bands (two areas), the baseline and the P50 (two lines): paths; one dot per year.
        await expect(fan.locator('path').count()).resolves.toBeGreaterThanOrEqual(4);
        await expect(fan.locator(`g[aria-description="${PREDICTION_BAND}"] path`).count()).resolves.toBe(1);
        await expect(fan.locator('circle').count()).resolves.toBe(5);
        // The money chart of a preview is the contribution margin, the default outcome.
        await expect(chart(page, /^Contribution margin: baseline/).count()).resolves.toBe(1);
        await expect(chart(page, /^Net revenue: baseline/).count()).resolves.toBe(0);
        await expect(
          result
            .getByRole('table', { name: /every program together/ })
            .getByRole('columnheader')
            .last()
            .textContent(),
        ).resolves.toBe('Prediction interval');
        await expect(result.getAttribute('aria-busy')).resolves.toBe('false');
        // Beside the result: each credential's fit in its program, and a note only when one's relevance is unknown.
        await result.getByText("How each credential fits its program's occupations").click();
        const relevance = result.getByRole('table', { name: 'Relevance of each credential to its program' });
        const fitRow = relevance.getByRole('row', { name: /^Google Data Analytics Professional Certificate/ });
        await expect(fitRow.getByRole('cell').allTextContents()).resolves.toEqual(['BA-PSY', startCase(fit.summary)]);
        await expect(result.getByRole('note', { name: 'Assumed for want of data' }).count()).resolves.toBe(
          fit.relevanceKnown ? 0 : 1,
        );
        await snap(page, 'what-if');

        await page.getByLabel('Scenario name').fill('Data Analytics in BA-PSY');
        await page.getByRole('button', { name: 'Save scenario' }).click();
        await expectHeading(page, 'Data Analytics in BA-PSY', LONG);
        expect(page.url()).toMatch(/#\/scenarios\/[^/]+$/);
      });

      it('shows the scenario: a fan chart per outcome with its lighter prediction band, and the tornado', async () => {
        const projection = page.getByRole('region', { name: 'Projection' });
        const revenue = chart(page, /^Net revenue: baseline, P50, P10–P90 band and 80% prediction interval by year/);
        await revenue.waitFor({ timeout: LONG });
        // One per outcome, the contribution margin first.
        const fans = page.getByRole('img', {
          name: /baseline, P50, P10–P90 band and 80% prediction interval by year$/,
        });
        await expect(fans.count()).resolves.toBe(9);
        await expect(fans.first().getAttribute('aria-label')).resolves.toMatch(/^Contribution margin: /);
        // Two bands in every chart: the prediction interval drawn first, lighter, around the parameter band.
        await expect(
          page.locator(`svg[role="img"] g[aria-description="${PREDICTION_BAND}"] path`).count(),
        ).resolves.toBe(9);
        await expect(
          page.locator(`svg[role="img"] g[aria-description="${PARAMETER_BAND}"] path`).count(),
        ).resolves.toBe(9);
        const [lighter, darker] = await Promise.all(
          [PREDICTION_BAND, PARAMETER_BAND].map((label) =>
            revenue.locator(`g[aria-description="${label}"]`).evaluate((g) => {
              const path = g.querySelector('path') as SVGPathElement;
              return { fill: g.getAttribute('fill') ?? path.getAttribute('fill'), box: path.getBBox().height };
            }),
          ),
        );
        expect(lighter.fill).not.toBe(darker.fill);
        expect(lighter.box).toBeGreaterThan(darker.box);
        const legend = projection.getByRole('list', { name: 'How to read the charts' });
        await expect(legend.textContent()).resolves.toMatch(
          /Darker band: 8 in 10 outcomes if the assumptions vary as stated.*Lighter band: 8 in 10 years as they may actually be recorded/,
        );
        await expect(projection.getByText(/judge a recorded year against the lighter band/).count()).resolves.toBe(1);
        // The same numbers as a table, the prediction interval's columns included.
        await projection.getByText(/^Table: Net revenue by year: .*prediction interval$/).click();
        const revenueTable = projection.getByRole('table', { name: /^Net revenue by year: .*prediction interval$/ });
        await expect(revenueTable.getByRole('columnheader').allTextContents()).resolves.toEqual([
          'Year',
          'Baseline',
          'P10',
          'P50',
          'P90',
          'Prediction P10',
          'Prediction P90',
        ]);
        await expect(bodyRows(revenueTable).count()).resolves.toBe(5);
        // The tornado's outcome is the contribution margin unless another is chosen.
        const tornado = chart(page, /^Sensitivity of contribution margin/);
        await tornado.waitFor({ timeout: LONG });
        await expect(tornado.locator('rect').count()).resolves.toBeGreaterThanOrEqual(4);
        const assumptions = projection.getByRole('table', { name: 'Assumptions used by this projection' });
        await expect(assumptions.count()).resolves.toBe(1);
        const enrollment = assumptions.getByRole('row', { name: /^Enrollment effect \(log odds ratio\)/ });
        await expect(enrollment.textContent()).resolves.toMatch(/odds ×1\.05.*Normal.*50% chance of no effect/);
        await expect(projection.getAttribute('aria-busy')).resolves.toBe('false');
        await snap(page, 'scenario');
        if (process.env.UPLIFT_UPDATE_SCREENSHOT === '1') {
          await page.evaluate(() => window.scrollTo(0, 0));
          await page.screenshot({ path: path.join(packageRoot(), 'docs', 'dashboard.png') });
        }
      });

      it('compares two scenarios', async () => {
        // A second scenario, saved by a colleague through the API.
        const programs = await t.gql<{ programs: { nodes: { id: string; code: string }[] } }>(
          '{ programs(first: 50) { nodes { id code } } }',
          {},
          t.keys.planner,
        );
        const credentials = await t.gql<{ credentials: { nodes: { id: string; title: string }[] } }>(
          '{ credentials(first: 100) { nodes { id title } } }',
          {},
          t.keys.planner,
        );
        const baPsy = programs.data!.programs.nodes.find((p) => p.code === 'BA-PSY')!;
        const badge = credentials.data!.credentials.nodes.find((c) => c.title === 'Data Security Awareness – Level 1')!;
        const created = await t.gql(
          'mutation($input: CreateScenarioInput!) { createScenario(input: $input) { scenario { id } } }',
          {
            input: {
              name: 'Security badge in BA-PSY',
              horizonYears: 5,
              draws: 500,
              changes: [
                { programId: baPsy.id, add: [{ credentialId: badge.id, requirement: 'ELECTIVE', creditsApplied: 0 }] },
              ],
            },
          },
          t.keys.planner,
        );
        expect(created.errors).toBeUndefined();

        await go(page, 'Scenarios', 'Scenarios');
        const list = page.getByRole('table', { name: 'Saved scenarios' });
        await list.getByRole('link', { name: 'Security badge in BA-PSY' }).waitFor();
        await expect(bodyRows(list).count()).resolves.toBe(2);
        await page.getByRole('checkbox', { name: 'Compare Data Analytics in BA-PSY' }).check();
        await page.getByRole('checkbox', { name: 'Compare Security badge in BA-PSY' }).check();
        await snap(page, 'scenarios');
        await page.getByRole('link', { name: 'Compare 2 scenarios' }).click();
        await expectHeading(page, 'Compare scenarios');
        const compare = chart(
          page,
          /^Contribution margin: P50, P10–P90 band and 80% prediction interval of 2 scenarios by year, with the baseline/,
        );
        await expect(page.getByLabel('Outcome').inputValue()).resolves.toBe('CONTRIBUTION_MARGIN');
        await compare.waitFor({ timeout: LONG });
        await expect(compare.locator('circle').count()).resolves.toBe(10);
        const region = page.getByRole('region', { name: 'Comparison' });
        await expect(bodyRows(region.getByRole('table')).count()).resolves.toBe(10);
        await page.getByLabel('Outcome').selectOption('NEW_ENROLLMENTS');
        await chart(page, /^New enrollments: P50, P10–P90 band and 80% prediction interval of 2 scenarios/).waitFor({
          timeout: LONG,
        });
        expect(page.url()).toContain('metric=NEW_ENROLLMENTS');
        await snap(page, 'compare');
      });

      it('says on a scenario what its projection assumed for want of occupations', async () => {
        const answer = await t.gql<{
          scenarios: {
            nodes: {
              id: string;
              name: string;
              projection: { warnings: { message: string }[]; relevance: { summary: string }[] };
            }[];
          };
        }>(
          '{ scenarios(first: 10) { nodes { id name projection { warnings { message } relevance { summary } } } } }',
          {},
          t.keys.planner,
        );
        // The security badge has no occupations: its relevance to BA-PSY is unknown, counted as full, and said so.
        const badge = answer.data!.scenarios.nodes.find((n) => n.name === 'Security badge in BA-PSY')!;
        const messages = badge.projection.warnings.map((w) => w.message);
        expect(messages.length).toBeGreaterThanOrEqual(1);
        await page.goto(`${origin}/#/scenarios/${badge.id}`);
        await expectHeading(page, 'Security badge in BA-PSY');
        const note = page.getByRole('region', { name: 'Projection' }).getByRole('note', {
          name: 'Assumed for want of data',
        });
        await note.waitFor({ timeout: LONG });
        await expect(note.getByRole('listitem', { includeHidden: true }).allTextContents()).resolves.toEqual(messages);
        // Each credential the projection keeps or adds, named, with its fit in the API's words.
        await page.getByText("How each credential fits its program's occupations").click();
        const fits = page.getByRole('table', { name: 'Relevance of each credential to its program' });
        await expect(fits.locator('tbody tr td:last-child').allTextContents()).resolves.toEqual(
          badge.projection.relevance.map((r) => startCase(r.summary)),
        );
        await expect(
          fits
            .getByRole('row', { name: /^Data Security Awareness – Level 1/ })
            .getByRole('cell')
            .first()
            .textContent(),
        ).resolves.toBe('BA-PSY');
        await snap(page, 'scenario-warnings');
      });

      it('keeps the key out of localStorage and the URL, and keeps view and key over a reload', async () => {
        await go(page, 'Calibrations', 'Calibrations');
        const url = page.url();
        expect(url).toMatch(/#\/calibrations$/);
        expect(url).not.toContain(t.keys.planner);
        const local = await page.evaluate(() => JSON.stringify({ ...localStorage }));
        expect(local).not.toContain(t.keys.planner);
        await page.reload();
        await expectHeading(page, 'Calibrations');
        await expect(page.getByLabel('API key').count()).resolves.toBe(0);
        expect(page.url()).toBe(url);
        const cookies = await context.cookies();
        expect(JSON.stringify(cookies)).not.toContain(t.keys.planner);
      });

      it('runs a calibration and reads it', async () => {
        await page.getByRole('heading', { name: 'Run a calibration' }).waitFor();
        await page.getByLabel('Name').fill('Pilots 2018–2025 (e2e)');
        await page.getByText('Draws and seed').click();
        await page.getByLabel('Draws').fill('1000');
        await page.getByRole('button', { name: 'Run calibration' }).click();
        const link = page
          .getByRole('region', { name: 'Latest calibration' })
          .getByRole('link', { name: 'Pilots 2018–2025 (e2e)' });
        await link.waitFor({ timeout: LONG });
        const saved = page.getByRole('table', { name: '1 calibration' });
        await saved.getByRole('link', { name: 'Pilots 2018–2025 (e2e)' }).waitFor();
        await expect(bodyRows(saved).count()).resolves.toBe(1);
        await snap(page, 'calibrations');

        await link.click();
        await expectHeading(page, 'Pilots 2018–2025 (e2e)');
        const warnings = page.getByRole('list', { name: 'Warnings' });
        await expect(warnings.getByRole('listitem').count()).resolves.toBeGreaterThanOrEqual(1);
        await expect(warnings.textContent()).resolves.toMatch(/Small counts\. .*noisy/);
        const effects = page.getByRole('table', { name: 'Local effect per outcome' });
        await expect(bodyRows(effects).count()).resolves.toBe(3);
        await expect(effects.getByRole('rowheader', { name: 'Enrollment rate' }).count()).resolves.toBe(1);
        const local = chart(page, /^Local effect per outcome/);
        await local.waitFor();
        await expect(local.locator('circle').count()).resolves.toBe(9);
        const chances = await effects.getByRole('row', { name: /^Enrollment rate/ }).textContent();
        // Beside each outcome, the chance of any effect after the calibration, and before it (the prior's 50%).
        expect(chances).toMatch(/\d+%\s*before: 50%/);
        await expect(effects.getByRole('columnheader', { name: 'Chance it helps' }).count()).resolves.toBe(1);
        const parameters = chart(page, /^Parameters, prior and posterior/);
        await parameters.waitFor();
        // Nine parameters (model v2's six, the offer's hours scale, the diversion share and the relevance floor), each
        // with a prior and a posterior.
        await expect(parameters.locator('circle').count()).resolves.toBe(18);
        await expect(chart(page, /^Realised ratios, before and after/).count()).resolves.toBe(1);
        await snap(page, 'calibration');
      });

      it('optimizes a portfolio and saves it as a scenario', async () => {
        await go(page, 'Optimize', 'Optimize portfolio');
        // The contribution margin is the default objective; net revenue stays selectable, said to be before aid.
        const objective = page.getByLabel('Objective');
        await expect(objective.inputValue()).resolves.toBe('CONTRIBUTION_MARGIN');
        await expect(objective.locator('option[value="NET_REVENUE"]').count()).resolves.toBe(1);
        await expect(page.locator('#opt-objective-hint').textContent()).resolves.toMatch(/before institutional aid/);
        await page.getByRole('spinbutton', { name: /^Budget/ }).fill('50000');
        await page.getByLabel('Minimum relevance (%)').fill('50');
        await page.getByRole('radio', { name: /Cautious/ }).check();
        await page.getByRole('radio', { name: /Expected/ }).check();
        await page.getByText('Scope and assumptions').click();
        const sets = page.getByLabel('Assumption set');
        await sets
          .locator('option', { hasText: 'Micro-Credentials Impact Report' })
          .first()
          .waitFor({ state: 'attached' });
        // A calibrated set is offered beside the global ones, and the optimizer runs on it.
        await sets.selectOption({ label: 'Pilots 2018–2025 (e2e) (Calibrated)' });
        await page.getByLabel('Draws', { exact: true }).fill('200');
        await page.getByRole('button', { name: 'Optimize', exact: true }).click();
        const region = page.getByRole('region', { name: 'Recommended portfolio' });
        const plan = region.getByRole('table', { name: /^The plan:/ });
        await plan.waitFor({ timeout: LONG });
        await expect(region.getAttribute('aria-busy')).resolves.toBe('false');
        await expect(bodyRows(plan).count()).resolves.toBeGreaterThanOrEqual(1);
        // Each addition's fit in words; none that is known falls below the 50% asked for; each unknown one is listed
        // in the plan's note of what it assumed.
        const fitCells = await plan.locator('tbody tr td:last-child').allTextContents();
        let unknown = 0;
        for (const cell of fitCells) {
          if (cell.startsWith('Relevance unknown')) {
            unknown += 1;
            continue;
          }
          expect(cell).toMatch(/^Fits /);
          expect(shareOf(cell)).toBeGreaterThanOrEqual(0.5);
        }
        const assumed = region.getByRole('note', { name: 'Assumed for want of data' });
        await expect(assumed.count()).resolves.toBe(unknown > 0 ? 1 : 0);
        if (unknown > 0)
          await expect(assumed.getByRole('listitem', { includeHidden: true }).count()).resolves.toBe(unknown);
        const frontier = chart(page, /^Budget frontier/);
        await frontier.waitFor();
        await expect(frontier.locator('circle').count()).resolves.toBeGreaterThanOrEqual(8);
        await expect(frontier.locator('path').count()).resolves.toBeGreaterThanOrEqual(1);
        await chart(page, /the plan's P10–P90 band and P50 against no change/).waitFor();
        await expect(region.getByRole('note').filter({ hasText: 'Read this first' }).count()).resolves.toBe(1);
        // The status never stands alone: beside it, whether the plan is a clear choice or a tie, in one sentence.
        const status = region.locator('.plan-status');
        await expect(status.locator('p').first().textContent()).resolves.toMatch(/^(Optimal|Feasible)\. /);
        const verdict = status.locator('.verdict');
        await expect(verdict.count()).resolves.toBe(1);
        await expect(verdict.locator('.badge').textContent()).resolves.toMatch(/^(Clear choice|Tie|No alternative)$/);
        const verdictText = (await verdict.textContent()) ?? '';
        if (verdictText.startsWith('Tie')) expect(verdictText).toMatch(/^Tie A tie, not a clear winner: /);
        if (verdictText.startsWith('Clear choice')) expect(verdictText).toMatch(/^Clear choice A clear choice: /);
        await snap(page, 'optimize');

        // A second run, held back on its way to the server: its elapsed time shows, it can be cancelled, and the
        // previous plan stays, marked stale.
        let release: () => void = () => undefined;
        await page.route(
          '**/graphql',
          async (route) => {
            await new Promise<void>((resolve) => {
              release = resolve;
              setTimeout(resolve, 10_000);
            });
            await route.continue().catch(() => undefined);
          },
          { times: 1 },
        );
        await page.getByRole('spinbutton', { name: /^Budget/ }).fill('250000');
        await page.getByRole('button', { name: 'Optimize', exact: true }).click();
        const busy = page.getByRole('status').filter({ hasText: /Searching the plans… \d+(\.\d)? s/ });
        await busy.waitFor();
        await expect(region.getAttribute('aria-busy')).resolves.toBe('true');
        const staleNote = region.getByRole('note').filter({ hasText: 'Showing the previous result' });
        await expect(staleNote.count()).resolves.toBe(1);
        await snap(page, 'optimize-running');
        await busy.getByRole('button', { name: 'Cancel' }).click();
        await page.getByRole('status').filter({ hasText: 'Cancelled: the previous plan is shown' }).waitFor();
        release();
        await expect(region.getAttribute('aria-busy')).resolves.toBe('false');
        await expect(staleNote.count()).resolves.toBe(1);
        await expect(bodyRows(plan).count()).resolves.toBeGreaterThanOrEqual(1);

        await page.getByLabel('Scenario name').fill('Plan for $50k (e2e)');
        await page.getByRole('button', { name: 'Save as scenario' }).click();
        const saved = page.getByRole('link', { name: 'Plan for $50k (e2e)' });
        await saved.waitFor({ timeout: LONG });
        await saved.click();
        await expectHeading(page, 'Plan for $50k (e2e)');
        await snap(page, 'saved-plan');
      });

      it('runs a back-test as of 2023 and reads its chart and scores', async () => {
        await go(page, 'Back-tests', 'Back-tests');
        await page.getByRole('heading', { name: 'Run a back-test' }).waitFor();
        const asOf = page.getByLabel('As of academic year');
        // Two years before the latest recorded (2025).
        await page.waitForFunction(
          () => (document.getElementById('backtest-as-of') as HTMLInputElement | null)?.value === '2023',
        );
        await expect(asOf.inputValue()).resolves.toBe('2023');
        await page.getByLabel('Name').fill('As of 2023 (e2e)');
        await page.getByRole('button', { name: 'Run back-test' }).click();
        const latest = page.getByRole('region', { name: 'Latest back-test' });
        const link = latest.getByRole('link', { name: 'As of 2023 (e2e)' });
        await link.waitFor({ timeout: LONG });
        await expect(latest.getAttribute('aria-busy')).resolves.toBe('false');
        await expect(latest.textContent()).resolves.toMatch(/The 80% forecast interval held \d+ of \d+ actual entrant/);
        const saved = page.getByRole('table', { name: 'Saved back-tests, newest first' });
        await saved.getByRole('link', { name: 'As of 2023 (e2e)' }).waitFor();
        await expect(bodyRows(saved).count()).resolves.toBe(1);
        await snap(page, 'backtests');

        await link.click();
        await expectHeading(page, 'As of 2023 (e2e)');
        expect(page.url()).toMatch(/#\/backtests\/[^/?]+$/);
        const scores = page.getByRole('table', { name: 'Scores per metric (CRPS: lower is better)' });
        await expect(bodyRows(scores).count()).resolves.toBe(3);
        await expect(scores.getByRole('rowheader', { name: 'New enrollments' }).count()).resolves.toBe(1);
        const words = page.getByRole('list', { name: 'The scores in words' });
        await expect(words.textContent()).resolves.toMatch(
          /held \d+ of \d+ actual entrant counts \(\d+%; about 80% is right.*\)\. Forecasts scored [\d.]+ entrants \(CRPS\) against [\d.]+ for carrying the last year forward and [\d.]+ for a model with no credential effect\./,
        );
        await expect(page.getByText(/^(Yes|No): /).count()).resolves.toBe(1);
        await expect(page.getByRole('link', { name: /\(fit through 2023\)$/ }).count()).resolves.toBe(1);

        // Per program, one chart per metric: the 2024 and 2025 forecasts' intervals, and the two actuals as dots.
        const program = page.getByLabel('Program', { exact: true });
        const first = await program.inputValue();
        const entrants = chart(page, /new enrollments: the forecast as of 2023 \(80% interval and median\)/);
        await entrants.waitFor({ timeout: LONG });
        await expect(entrants.locator('g[aria-description="80% forecast interval"] line').count()).resolves.toBe(2);
        await expect(entrants.locator('circle').count()).resolves.toBe(2);
        await expect(page.getByRole('img', { name: /: the forecast as of 2023 / }).count()).resolves.toBe(3);
        await page.getByRole('list', { name: 'How to read the charts' }).waitFor();
        const code = (await program.locator('option').nth(1).textContent())!.split(' — ')[0];
        await program.selectOption({ index: 1 });
        await chart(page, new RegExp(`^${code} new enrollments: the forecast as of 2023`)).waitFor({ timeout: LONG });
        expect(page.url()).toContain('program=');
        expect(await program.inputValue()).not.toBe(first);
        await snap(page, 'backtest');

        // The fit it used is a calibration like any other.
        await page.getByRole('link', { name: /\(fit through 2023\)$/ }).click();
        await expectHeading(page, /\(fit through 2023\)$/);
      });

      it('shows no console error and no Content-Security-Policy violation', () => {
        expect(problems).toEqual([]);
      });
    });

    describe('a viewer', () => {
      let context: BrowserContext;
      let page: Page;
      beforeAll(async () => {
        context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
        page = await newPage(context);
      });
      afterAll(async () => context?.close());

      const WRITE = /^(save|create|new|add|delete|remove|edit|run|optimi[sz]e|import|embed|archive|record|update)\b/i;

      it('sees the same pages without write controls', async () => {
        await signIn(page, t.keys.viewer);
        await expectHeading(page, 'Programs');
        await page.getByRole('main').getByRole('table').first().locator('tbody tr').first().waitFor();
        await expect(page.getByRole('main').getByRole('button', { name: WRITE }).count()).resolves.toBe(0);
        await go(page, 'Calibrations', 'Calibrations');
        await expect(page.getByRole('button', { name: 'Run calibration' }).count()).resolves.toBe(0);
        await expect(page.getByRole('main').getByRole('button', { name: WRITE }).count()).resolves.toBe(0);
        await go(page, 'Back-tests', 'Back-tests');
        await expect(page.getByRole('button', { name: 'Run back-test' }).count()).resolves.toBe(0);
        await expect(page.getByRole('main').getByRole('button', { name: WRITE }).count()).resolves.toBe(0);
        await go(page, 'Optimize', 'Optimize portfolio');
        await expect(page.getByRole('button', { name: 'Optimize', exact: true }).count()).resolves.toBe(0);
        await expect(page.getByRole('main').getByRole('button', { name: WRITE }).count()).resolves.toBe(0);
        await expect(page.getByText('read-only').first().isVisible()).resolves.toBe(true);
        await snap(page, 'viewer-optimize');
        expect(problems).toEqual([]);
      });
    });
  });
}
