/**
 * The TypeScript side of tests/conformance: loads the JSON cases and implements what the
 * generated client leaves to its caller, following tests/conformance/README.md: reading a reply
 * (task, pending, upload, account or a classified error) and deciding whether a failure is
 * retried. Request building is the generated client's own job (see requests.test.ts).
 */
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseJsonSafe, type components } from "../../../generated/typescript/index.js";

export const CASES_DIR = resolve(process.env["RUNNINGHUB_CONFORMANCE_DIR"] ?? join(process.cwd(), "tests", "conformance"));

export function loadCases<T>(file: string): T[] {
  const doc = JSON.parse(readFileSync(join(CASES_DIR, file), "utf-8")) as { cases: T[] };
  return doc.cases;
}

// ------------------------------------------------------------------ case shapes
export interface RequestCase {
  name: string;
  model: string;
  params: Record<string, unknown>;
  expect?: { method: string; path: string; headers: Record<string, string>; json: Record<string, unknown> };
  expect_error?: { error: string; field: string | null };
}

export type Operation = "submit" | "query" | "legacy_create" | "legacy_status" | "legacy_outputs" | "upload" | "account";

export interface Output {
  url: string | null;
  output_type: string | null;
  text: string | null;
}

export type Reading =
  | { kind: "task"; task_id: string | null; status: string; terminal: boolean; succeeded: boolean; outputs: Output[] }
  | { kind: "pending"; status: string }
  | { kind: "error"; error: string; error_code: string | null; retryable: boolean }
  | { kind: "upload"; url: string | null; file_name: string | null }
  | {
      kind: "account";
      remain_coins: string | null;
      remain_money: string | null;
      currency: string | null;
      api_type: string | null;
      current_task_counts: number | null;
    };

export interface ReplyCase {
  name: string;
  operation: Operation;
  http_status: number;
  headers: Record<string, string>;
  body_text: string;
  expect: Reading;
}

export interface Fault {
  kind: "connect_error" | "read_timeout" | "dropped_after_send" | "status" | "html" | "truncated_json" | "error_code";
  status?: number;
  retry_after?: string;
  error_code?: string;
}

export interface RetryCase {
  name: string;
  operation: "submit" | "query" | "upload" | "download" | "account";
  fault: Fault;
  expect: "retry" | "outcome_unknown" | "raise";
  delay_at_least?: number;
}

// ------------------------------------------------------------------ error codes
type ErrorClass =
  | "APIError"
  | "AuthenticationError"
  | "ContentPolicyError"
  | "InsufficientBalanceError"
  | "InvalidParamsError"
  | "RateLimitError"
  | "TaskFailedError";

// The code table and the status sets come from the spec (x-runninghub-error-codes on ErrorCode,
// x-runninghub-*-values on TaskStatus in generated/openapi.json), as for the Python wrapper.
interface CodeEntry {
  class: ErrorClass | "NotFoundError" | "success" | "pending";
  retryable: boolean;
  "resend-submit"?: boolean;
}
const SPEC = JSON.parse(readFileSync(join(CASES_DIR, "..", "..", "generated", "openapi.json"), "utf-8")) as {
  components: { schemas: Record<string, Record<string, unknown>> };
};
const TABLE = SPEC.components.schemas["ErrorCode"]?.["x-runninghub-error-codes"] as Record<string, CodeEntry>;
const CODES: Record<string, [ErrorClass, boolean]> = {};
for (const [code, entry] of Object.entries(TABLE)) {
  if (entry.class === "success" || entry.class === "pending") continue;
  // NotFoundError is an APIError for a client without that subclass (README, "Error codes")
  CODES[code] = [entry.class === "NotFoundError" ? "APIError" : entry.class, entry.retryable];
}
const SUBMIT_RETRY_CODES = new Set(Object.keys(TABLE).filter((code) => TABLE[code]?.["resend-submit"] === true));

// How a reply without a known code is read by its HTTP status: x-runninghub-http-fallbacks,
// keyed like the Python wrapper's runninghub_api.wire_tables ("429", "5xx", "default").
interface StatusRow {
  status: number | string;
  class: ErrorClass | "NotFoundError";
  retryable: boolean;
  body?: "any" | "unreadable";
  "over-code"?: boolean;
  "resend-submit"?: boolean;
  "submit-outcome-unknown"?: boolean;
}
const STATUS_ROWS = new Map(
  (SPEC.components.schemas["ErrorCode"]?.["x-runninghub-http-fallbacks"] as StatusRow[]).map((row) => [String(row.status), row]),
);

/** The row that reads `status`: the exact status, else its class (a row for unreadable bodies
 * only is skipped for a JSON object), else default. */
function statusRow(status: number, readable: boolean): StatusRow {
  for (const key of [String(status), `${Math.floor(status / 100)}xx`]) {
    const row = STATUS_ROWS.get(key);
    if (row && !(readable && row.body === "unreadable")) return row;
  }
  const fallback = STATUS_ROWS.get("default");
  if (!fallback) throw new Error("x-runninghub-http-fallbacks has no default row");
  return fallback;
}
const plain = (cls: StatusRow["class"]): ErrorClass => (cls === "NotFoundError" ? "APIError" : cls);
const TERMINAL = new Set(SPEC.components.schemas["TaskStatus"]?.["x-runninghub-terminal-values"] as string[]);

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);
const str = (v: unknown): string | null => (typeof v === "string" ? v : typeof v === "number" ? String(v) : null);

function codeOf(data: Json): string | null {
  const v2 = data["errorCode"];
  if (v2 !== undefined && v2 !== null && v2 !== "") return String(v2);
  const legacy = data["code"];
  if (legacy !== undefined && legacy !== null && legacy !== 0 && legacy !== "0") return String(legacy);
  return null;
}

/** README rules 1, 4 and 5: a known code decides (its class refined by the status row when it
 * is a plain APIError), unless the status row is marked over-code; else the status row. */
function errorFor(code: string | null, status: number, readable: boolean): Reading {
  const row = statusRow(status, readable);
  const known = code === null ? undefined : CODES[code];
  if (known && !row["over-code"]) {
    const error = known[0] === "APIError" ? plain(row.class) : known[0];
    return { kind: "error", error, error_code: code, retryable: known[1] };
  }
  return { kind: "error", error: plain(row.class), error_code: code, retryable: row.retryable };
}

function taskReading(taskId: unknown, status: unknown, outputs: Output[]): Reading {
  const s = str(status) ?? "";
  return { kind: "task", task_id: str(taskId), status: s, terminal: TERMINAL.has(s), succeeded: s === "SUCCESS", outputs };
}

function parseOrUndefined(bodyText: string): unknown {
  try {
    return parseJsonSafe(bodyText);
  } catch {
    return undefined;
  }
}

/** What a reply means, per the rules of tests/conformance/README.md. */
export function readReply(operation: Operation | "download", status: number, bodyText: string): Reading {
  const data = parseOrUndefined(bodyText);
  const code = isObject(data) ? codeOf(data) : null;
  if (statusRow(status, isObject(data))["over-code"]) return errorFor(code, status, isObject(data));
  if (!isObject(data)) return errorFor(null, status, false);
  if ((operation === "submit" || operation === "query") && status >= 200 && status < 300) {
    // A reply naming a task with an end status is that task's state, whatever code it carries.
    const id = str(data["taskId"] ?? data["task_id"]);
    const end = str(data["status"]);
    if (id && end !== null && TERMINAL.has(end)) {
      const results = Array.isArray(data["results"]) ? (data["results"] as components["schemas"]["TaskResult"][]) : [];
      return taskReading(id, end, results.map((r) => ({ url: r.url ?? null, output_type: r.outputType ?? null, text: r.text ?? null })));
    }
  }
  if (code !== null) {
    if (operation === "legacy_outputs" && code === "804") return { kind: "pending", status: "RUNNING" };
    if (operation === "legacy_outputs" && code === "813") return { kind: "pending", status: "QUEUED" };
    return errorFor(code, status, true);
  }
  if (status < 200 || status >= 300) return errorFor(null, status, true);
  const payload = data["data"];
  switch (operation) {
    case "submit":
    case "query": {
      const task = data as components["schemas"]["V2Task"] & { task_id?: unknown };
      const results: components["schemas"]["TaskResult"][] = Array.isArray(task.results) ? task.results : [];
      const outputs = results.map((r) => ({ url: r.url ?? null, output_type: r.outputType ?? null, text: r.text ?? null }));
      return taskReading(task.taskId ?? task.task_id, task.status, outputs);
    }
    case "legacy_create": {
      const created = (isObject(payload) ? payload : {}) as components["schemas"]["TaskCreateData"];
      return taskReading(created.taskId, created.taskStatus, []);
    }
    case "legacy_status":
      return taskReading(null, payload, []);
    case "legacy_outputs": {
      const files: components["schemas"]["TaskOutput"][] = Array.isArray(payload) ? payload : [];
      return taskReading(null, "SUCCESS", files.map((f) => ({ url: f.fileUrl ?? null, output_type: f.fileType ?? null, text: null })));
    }
    case "upload": {
      const up = (isObject(payload) ? payload : {}) as components["schemas"]["MediaUploadData"];
      return { kind: "upload", url: up.download_url ?? null, file_name: up.fileName ?? null };
    }
    case "account": {
      const acc = (isObject(payload) ? payload : {}) as components["schemas"]["AccountInfo"];
      const count = str(acc.currentTaskCounts);
      return {
        kind: "account",
        remain_coins: str(acc.remainCoins),
        remain_money: str(acc.remainMoney),
        currency: acc.currency ?? null,
        api_type: acc.apiType ?? null,
        current_task_counts: count === null ? null : Number(count),
      };
    }
    default:
      return errorFor(null, status, true);
  }
}

// ------------------------------------------------------------------ retries
/** The reply a fault produces (null: no reply at all). */
function faultReply(op: RetryCase["operation"], fault: Fault): { status: number; body: string } | null {
  switch (fault.kind) {
    case "connect_error":
    case "read_timeout":
    case "dropped_after_send":
      return null;
    case "status":
      return { status: fault.status ?? 500, body: "" };
    case "html":
      return { status: fault.status ?? 200, body: "<html><body><h1>Service temporarily unavailable</h1></body></html>" };
    case "truncated_json":
      return { status: 200, body: '{"taskId":"2013508786110730241","status":"RUNN' };
    case "error_code": {
      const code = fault.error_code ?? "";
      const body =
        op === "account"
          ? JSON.stringify({ code: Number(code), msg: "injected", data: null })
          : JSON.stringify({ taskId: "", status: "FAILED", errorCode: code, errorMessage: "injected" });
      return { status: fault.status ?? 200, body };
    }
  }
}

/** retry (and the least delay), outcome_unknown or raise, per tests/conformance/README.md. */
export function retryDecision(op: RetryCase["operation"], fault: Fault): { expect: RetryCase["expect"]; delay: number } {
  const delay = fault.retry_after === undefined ? 0 : Number(fault.retry_after);
  if (fault.kind === "connect_error") return { expect: "retry", delay };
  const reply = faultReply(op, fault);
  if (reply === null) return { expect: op === "submit" ? "outcome_unknown" : "retry", delay };
  const reading = readReply(op, reply.status, reply.body);
  if (reading.kind !== "error") throw new Error(`fault ${JSON.stringify(fault)} does not produce an error`);
  if (op === "submit") {
    // Money first: resent only when the status or the code proves no task was created.
    const row = statusRow(reply.status, isObject(parseOrUndefined(reply.body)));
    const refused = row["resend-submit"] === true || (reading.error_code !== null && SUBMIT_RETRY_CODES.has(reading.error_code));
    if (refused) return { expect: "retry", delay };
    const unknown = row["submit-outcome-unknown"] === true || (reading.retryable && reading.error === "APIError");
    return { expect: unknown ? "outcome_unknown" : "raise", delay };
  }
  return { expect: reading.retryable ? "retry" : "raise", delay };
}
