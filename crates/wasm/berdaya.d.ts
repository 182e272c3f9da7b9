// Types of the berdaya WebAssembly package. Kept honest by tests/browser/wasm.test.mjs,
// which checks every interface below against what the functions really return.

/** A case document (schema version 1); see the Rust type `berdaya::Case`. */
export interface Case {
  schema_version: number;
  id: string;
  title: Text;
  source?: { seed?: string; citation: string };
  reference_date?: string;
  programme: Record<string, unknown>;
  sites?: Record<string, unknown>[];
  stakeholders?: Record<string, unknown>[];
  activities?: Record<string, unknown>[];
  module_catalogue?: Record<string, unknown>;
  participants?: Record<string, unknown>[];
  cohorts?: Record<string, unknown>[];
  figures?: Record<string, unknown>[];
  assistance?: Record<string, unknown>[];
  evidence?: Record<string, unknown>[];
  codes?: Record<string, unknown>[];
  adi?: AdiProcess[];
  sulistiyani?: Record<string, unknown>[];
  five_m?: Finding[];
  ansell_gash?: { rubric: string; ratings?: Rating[]; coding?: Coding; source_conclusion?: string };
  coding?: Coding;
  /** What the source itself recommends, each quoted by evidence ids. */
  recommendations?: { text: Text; evidence: string[] }[];
  /** Values the source does not state: a JSON pointer into the document and why. */
  inferred?: { path: string; reason: Text }[];
  /** The case author's notes: why a reading of the source stands. */
  notes?: Text[];
}

/** Text in the working language; the other is optional (at least one is given). */
export interface Text { id?: string; en?: string }
/** Whose judgement a rating, weight, level or stage is: stated by the source or coded by an assessor. */
export interface Coding { kind: "stated_by_source" | "coded_by_assessor"; by?: string; on?: string; basis?: Text }
export interface AdiProcess { id: string; label: Text; site?: string; stages?: Record<string, unknown>[]; follow_ups?: Record<string, unknown>[]; checklist_profile?: "adi" | "p2wkss_kota_bekasi" }
export interface Finding { id: string; factor: string; direction: string; description: Text; weight: number; evidence?: string[]; coding?: Coding }
export interface Rating { indicator: string; score?: number; evidence?: string[]; note?: Text; coding?: Coding }

/** One problem of a document. */
export interface Problem { path: string; kind: string; message: string }

/** Every analysis of a case, labelled in one language; see `berdaya::analysis::Analysis`. */
export interface Analysis {
  case: string;
  lang: "id" | "en";
  processes: ProcessRow[];
  stages: StageRow[];
  checklist: ChecklistRow[];
  progression: ProgressionRow[];
  readiness: ReadinessRow[];
  five_m: FindingRow[];
  ansell_gash: RatingRow[];
  ansell_gash_components: ComponentRow[];
  ansell_gash_overall: number | null;
  diagnostics: DiagnosticRow[];
  not_judged: NotJudgedRow[];
  evidence: EvidenceRow[];
}
export interface ProcessRow { process: string; label: string; completeness: number; first_beyond_inform: string | null; first_direct_involvement: string | null; stages_without_evidence: string[]; follow_ups_running: number }
export interface StageRow { process: string; process_label: string; stage: string; number: number; stage_label: string; status: string; status_label: string; start: string | null; end: string | null; start_day: string | null; end_day: string | null; planned: boolean; duration_days: number | null; items_done: number; items_total: number; has_evidence: boolean; score: number; target_involvement: string | null; target_involvement_label: string | null; involvement_whose: string | null; involvement_whose_label: string | null; obstacles: string[] }
export interface ChecklistRow { process: string; stage: string; item: string; label: string; standard: boolean; done: boolean; evidence: string[]; seed: string | null }
export interface ProgressionRow { subject: string; subject_kind: string; subject_label: string; dimension: string; dimension_label: string; reached: string | null; reached_number: number; reached_label: string | null; whose: string; whose_label: string }
export interface ReadinessRow { subject: string; ready: boolean; missing: string[] }
export interface FindingRow { priority: number; id: string; factor: string; factor_label: string; direction: string; direction_label: string; weight: number; signed_weight: number; description: string; evidence: string[]; whose: string; whose_label: string }
export interface RatingRow { indicator: string; label: string; component: string; component_label: string; score: number | null; without_evidence: boolean; evidence: string[]; whose: string; whose_label: string }
export interface ComponentRow { component: string; label: string; mean: number | null; rated: number; total: number; band: string | null; band_basis: string; band_basis_label: string; whose: string; whose_label: string }
export interface DiagnosticRow { id: string; title: string; severity: string; severity_label: string; finding: string; recommendation: string; seed: string; evidence: string[]; thresholds: string[]; threshold_bases: string[] }
/** A diagnostic that could not be judged on the recorded data, and what to record. */
export interface NotJudgedRow { id: string; title: string; subjects: string; to_record: string }
export interface EvidenceRow { id: string; kind: string; kind_label: string; text: string; gloss_en: string | null; informant: string | null; role: string | null; date: string | null; supports: string[]; codes: string[] }

/** The vocabulary of the form in one language: [code, label] pairs and more. */
export interface Vocabulary {
  lang: "id" | "en";
  ui: [string, string][];
  adi_stages: [string, string][];
  stage_statuses: [string, string][];
  involvement: [string, string][];
  checklist: { stage: string; id: string; label: string }[];
  sulistiyani_stages: [string, string][];
  dimensions: [string, string][];
  factors: [string, string][];
  directions: [string, string][];
  weights: number[];
  components: [string, string][];
  indicators: { id: string; component: string; label: string }[];
  rubric: string;
  scores: number[];
}

/** Thrown by every function: `name` is "BerdayaError", `code` the kind (e.g. "validation", "malformed", "too_deep" for an object nested deeper than 128 levels), `path` a JSON pointer. */
export interface BerdayaError extends Error { name: "BerdayaError"; code: string; path?: string; problems?: Problem[] }

export function version(): string;
export function bundledNames(): string[];
export function loadBundled(name: string): Case;
export function parseCase(json: string): Case;
export function validate(case_: unknown, lang: "id" | "en"): Problem[];
export function analyse(case_: Case, lang: "id" | "en", thresholds?: Record<string, unknown> | null): Analysis;
export function reportMarkdown(case_: Case, lang: "id" | "en"): string;
export function reportHtml(case_: Case, lang: "id" | "en"): string;
export function reportHtmlBody(case_: Case, lang: "id" | "en"): string;
export function transition(case_: Case, process: string, stage: string, status: string): Case;
export function vocabulary(lang: "id" | "en"): Vocabulary;

// ---- starting and editing a case (the field app, issue 13) ----
/** One problem for an officer: the field's label, what was expected and found, the path. */
export interface OfficerProblem { path: string; kind: string; field: string | null; expected: string; found: string | null; message: string }
export interface ScalePoint { value: number; label_id: string; label_en: string }
export interface IndicatorDef { id: string; component: string; part: string | null; label_id: string; label_en: string; high_id: string; high_en: string }
export interface RubricDef { citation: string; id: string; version: string; source: string; scale: ScalePoint[]; indicators: IndicatorDef[]; strength_from: number; borderline_from: number }
export interface StandardItem { id: string; stage: string; label_id: string; label_en: string; seed: string; profiles: string[] }
export function template(name: string): Case;
export function templateChoices(lang: "id" | "en"): [string, string][];
export function choices(lang: "id" | "en"): Record<string, [string, string][]>;
export function fieldLabel(key: string, lang: "id" | "en"): string | undefined;
export function rubric(): RubricDef;
export function checklistItems(): StandardItem[];
export function officerProblems(case_: unknown, lang: "id" | "en"): OfficerProblem[];
export function pageWords(lang: "id" | "en"): [string, string][];
export function untranslatedMarker(lang: "id" | "en"): string;

/** Initialises the module in a page (the web target only). */
export default function init(input?: RequestInfo | URL | Response | BufferSource | WebAssembly.Module): Promise<unknown>;
