import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SettingError } from '../support/server/settings';
import { codeOf, type TutorialCode } from '../support/windows/drivers/literal/code';
import { readTutorial } from '../support/windows/drivers/literal/tutorial';
import type { Against, Check } from '../errata/errata';
import { compareWithKnown, readKnownErrata } from '../errata/known_errata';
import { tutorialPage, type PageFindings } from '../errata/tutorial_page';
import { fourWindows } from '../errata/four_windows';
import type { Cast } from '../support/windows/recording/asciicast';
import type { Recorded } from '../support/windows/recording/recording';
import { benchPage } from './bench_page';
import { errataPage } from './errata_page';
import { featuresPage, inTutorialOrder, partAnchor, readFeatures, scenarioAnchor } from './features_page';
import type { NavLink } from './html';
import { readSpecRun, type SpecLinks } from './spec_results';

/** Where the site is built from and to: the project (features/, docs/bench/, known_errata.json), its reports, and the site's folder. */
export interface SiteFolders {
  readonly root: string;
  readonly reports: string;
  readonly out: string;
}

/** What `npm run errata` wrote to reports/errata.json: the run's details, the document, each observation, and each block with what its window showed. */
interface ErrataJson extends Omit<Against, 'at'> {
  readonly at: string;
  readonly document: string;
  readonly checks: readonly Check[];
  readonly blocks: ReadonlyArray<{ line: number; kind: string; window: string | null; shown: string[] | null }>;
  /** The windows' recordings (reports/windows/*.cast) with the moment each block began. */
  readonly windows?: Omit<Recorded, 'casts'> & { readonly casts: ReadonlyArray<Omit<Cast, 'text'> & { readonly file: string }> };
}

export const nav: readonly NavLink[] = [
  { href: 'index.html', label: 'The tutorial, checked' },
  { href: 'features.html', label: 'Features' },
  { href: 'cucumber.html', label: 'Cucumber report' },
  { href: 'bench.html', label: 'Bench' },
  { href: 'errata.html', label: 'Errata' },
];

/** The features page's anchors: the site's tutorial links each Feature, Rule and scenario there. */
const siteLinks: SpecLinks = {
  part: ({ keyword, name }) => `features.html#${partAnchor(keyword, name)}`,
  scenario: ({ uri }, { line }) => `features.html#${scenarioAnchor(uri, line)}`,
};

/**
 * Builds the living documentation into `out`, anew: index.html the annotated tutorial, beside it
 * the cucumber report, the features in the tutorial's order, the bench and the errata. It reads
 * what `npm run spec:ci` and `npm run errata` left in `reports`. Returns the pages it wrote.
 */
export function buildSite({ root, reports, out }: SiteFolders): string[] {
  const input = (file: string, made: string): string => {
    const path = join(reports, file);
    if (!existsSync(path)) throw new SettingError(`npm run docs needs ${path}, which ${made} writes: run it first.`);
    return path;
  };
  const errataJson = input('errata.json', 'npm run errata (with TUTORIAL_PATH)');
  const messages = input('messages.ndjson', 'npm run spec:ci');
  const report = input('cucumber.html', 'npm run spec:ci');
  const errata = JSON.parse(readFileSync(errataJson, 'utf8')) as ErrataJson;
  const code = codeOf(readTutorial(errata.document));
  const findings = findingsOf(errata, code, errataJson);
  const spec = readSpecRun(messages);
  const places = code.tutorial.tokens.filter(({ type }) => type === 'inline').map(({ content }) => content);
  const features = inTutorialOrder(readFeatures(root, 'features'), places);
  const benchFolder = join(root, 'docs', 'bench');
  const benchFiles = existsSync(benchFolder) ? readdirSync(benchFolder).sort() : [];
  const benchReports = ['bench.md', ...benchFiles.filter((file) => file.endsWith('.md') && file !== 'bench.md')]
    .filter((file) => benchFiles.includes(file))
    .map((file) => ({ name: file.replace(/\.md$/, ''), markdown: readFileSync(join(benchFolder, file), 'utf8') }));
  const charts = benchFiles.filter((file) => file.endsWith('.svg'));
  const comparison = compareWithKnown(
    findings.checks.filter((check) => !check.borneOut),
    readKnownErrata(join(root, 'known_errata.json')),
  );

  rmSync(out, { recursive: true, force: true });
  mkdirSync(join(out, 'bench'), { recursive: true });
  const pages: Record<string, string> = {
    'index.html': tutorialPage(code, findings, {
      spec,
      links: siteLinks,
      nav,
      sections: [fourWindows(recordedOf(errata, reports))].filter(Boolean),
    }),
    'features.html': featuresPage(features, spec, nav),
    'bench.html': benchPage(
      benchReports,
      charts.map((chart) => `bench/${chart}`),
      nav,
    ),
    'errata.html': errataPage(findings, errata.document, comparison, nav),
  };
  for (const [file, html] of Object.entries(pages)) writeFileSync(join(out, file), html);
  copyFileSync(report, join(out, 'cucumber.html'));
  copyFileSync(errataJson, join(out, 'errata.json'));
  for (const chart of charts) copyFileSync(join(benchFolder, chart), join(out, 'bench', chart));
  return [...Object.keys(pages), 'cucumber.html', 'errata.json', ...charts.map((chart) => `bench/${chart}`)];
}

/** The windows as errata recorded them, their casts read from beside errata.json; none where it recorded none. */
function recordedOf({ windows }: ErrataJson, reports: string): Recorded {
  if (!windows) return { casts: [], marks: [], duration: 0 };
  const casts = windows.casts.map(({ window, cols, rows, file }) => {
    const path = join(reports, file);
    if (!existsSync(path))
      throw new SettingError(`npm run docs needs ${path}, which npm run errata wrote beside errata.json: run it again.`);
    return { window, cols, rows, text: readFileSync(path, 'utf8') };
  });
  return { casts, marks: windows.marks, duration: windows.duration };
}

/** The findings of reports/errata.json, checked against the tutorial as it reads now: its blocks must be those the run followed. */
function findingsOf(errata: ErrataJson, code: TutorialCode, path: string): PageFindings {
  const ran = errata.blocks.map(({ line }) => line).join(',');
  const reads = code.placed.map(({ block }) => block.line).join(',');
  if (ran !== reads) {
    throw new SettingError(
      `${path} was written for another version of ${errata.document} (blocks at lines ${ran}, now ${reads}): run npm run errata again.`,
    );
  }
  const { server, version, tools, at, checks, blocks } = errata;
  return { details: { server, version, tools, at: new Date(at) }, checks, shown: blocks.map(({ shown }) => shown ?? undefined) };
}
