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
}

export interface Text { id: string; en: string }
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
export interface StageRow { process: string; process_label: string; stage: string; number: number; stage_label: string; status: string; status_label: string; start: string | null; end: string | null; start_day: string | null; end_day: string | null; planned: boolean; duration_days: number | null; items_done: number; items_total: number; has_evidence: boolean; score: number; target_involvement: string | null; target_involvement_label: string | null; obstacles: string[] }
export interface ChecklistRow { process: string; stage: string; item: string; label: string; standard: boolean; done: boolean; evidence: string[]; seed: string | null }
export interface ProgressionRow { subject: string; subject_kind: string; subject_label: string; dimension: string; dimension_label: string; reached: string | null; reached_number: number; reached_label: string | null }
export interface ReadinessRow { subject: string; ready: boolean; missing: string[] }
export interface FindingRow { priority: number; id: string; factor: string; factor_label: string; direction: string; direction_label: string; weight: number; signed_weight: number; description: string; evidence: string[] }
export interface RatingRow { indicator: string; label: string; component: string; component_label: string; score: number | null; without_evidence: boolean; evidence: string[] }
export interface ComponentRow { component: string; label: string; mean: number | null; rated: number; total: number; band: string | null }
export interface DiagnosticRow { id: string; title: string; severity: string; severity_label: string; finding: string; recommendation: string; seed: string; evidence: string[]; thresholds: string[] }
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
/** A REFI-QDA import: what was read, every tolerated quirk, and a summary in the language asked. */
export interface QdaRead<T> { value: T; warnings: Array<{ kind: string; location: { line: number; column: number; path: string }; [k: string]: unknown }>; summary: string; }
export function readQdpx(bytes: Uint8Array, lang: "id" | "en"): QdaRead<Record<string, unknown>>;
export function readQdc(bytes: Uint8Array, lang: "id" | "en"): QdaRead<Record<string, unknown>>;
export function frameworkCodebook(lang: "id" | "en"): string;
export function qdaLabels(lang: "id" | "en"): { qda_import: string; qda_codebook: string; qda_warnings: string };
export function transition(case_: Case, process: string, stage: string, status: string): Case;
export function vocabulary(lang: "id" | "en"): Vocabulary;

/** Initialises the module in a page (the web target only). */
export default function init(input?: RequestInfo | URL | Response | BufferSource | WebAssembly.Module): Promise<unknown>;
