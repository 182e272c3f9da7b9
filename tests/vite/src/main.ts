// A minimal Vite app using the npm package as a web developer would: typed imports, the
// module initialised, a bundled case fetched, analysed and reported. tests/browser/vite.test.mjs
// builds it against target/npm/berdaya, runs it in headless Chromium and checks `tsc --noEmit`.
import init, {
  analyse, bundledNames, loadBundled, reportHtmlBody, validate, version,
  type Analysis, type BerdayaError, type Case, type Lang, type ProblemRow, type Vocabulary, vocabulary,
} from 'berdaya';

const out = document.getElementById('out') as HTMLElement;

async function main(): Promise<void> {
  await init();
  const names: string[] = bundledNames();
  const c: Case = await loadBundled('p2k2-karawaci');
  const lang: Lang = 'en';
  const analysis: Analysis = analyse(c, lang, null);
  const problems: ProblemRow[] = validate(c, 'id');
  const vocab: Vocabulary = vocabulary('id');
  // The library escapes every user text in its HTML (principle 3).
  (document.getElementById('report') as HTMLElement).innerHTML = reportHtmlBody(c, lang);

  const broken: Case = structuredClone(c);
  broken.reference_date = '2020-13';
  const brokenProblems = validate(broken, 'en');

  let unknownCode = '';
  try {
    await loadBundled('../../etc/passwd');
  } catch (e) {
    unknownCode = (e as BerdayaError).code;
  }
  // Typed, not `any`: a language other than "id"/"en" does not type-check.
  // @ts-expect-error "fr" is not a Lang
  const wrong: Lang = 'fr';
  void wrong;

  out.dataset.result = JSON.stringify({
    version: version(),
    names,
    id: c.id,
    case: analysis.case,
    lang: analysis.lang,
    ready: analysis.readiness.map((r) => r.ready),
    diagnostics: analysis.diagnostics.map((d) => d.id),
    problems: problems.length,
    brokenPath: brokenProblems[0]?.path ?? null,
    adiStages: vocab.adi_stages.length,
    unknownCode,
  });
  out.textContent = 'ready';
}

main().catch((e: unknown) => {
  out.dataset.error = String(e);
  out.textContent = `error: ${String(e)}`;
});
