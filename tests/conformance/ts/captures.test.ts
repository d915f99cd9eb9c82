/**
 * Every captured real reply (../shared/reference/captures/, beside the clone) read through the
 * generated client's big-integer-safe JSON reader: task ids come out as strings with every digit
 * of the file, money and durations keep the type the server sent (strings stay strings), and the
 * v2 task replies read per tests/conformance/README.md. Skipped when the captures are absent.
 */
import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { test } from "node:test";
import { parseJsonSafe } from "../../../generated/typescript/index.js";
import { readReply } from "./conformance.js";

const DIR = resolve(
  process.env["RUNNINGHUB_CAPTURES_DIR"] ?? join(process.cwd(), "..", "shared", "reference", "captures"),
);
const FILES = existsSync(DIR) ? readdirSync(DIR).filter((f) => f.endsWith(".json")).sort() : [];
const ID_KEYS = new Set(["taskId", "parentTaskId", "webappId", "workflowId", "id", "assetId"]);
const MONEY_KEYS = new Set(["consumeMoney", "thirdPartyConsumeMoney", "consumeCoins", "taskCostTime", "size"]);

type Json = unknown;

interface CaptureDoc {
  route: string;
  reply: Json;
}

/** Every (key, value) pair in a parsed document, depth first. */
function* entries(value: Json): Generator<[string, Json]> {
  if (Array.isArray(value)) {
    for (const item of value) yield* entries(item);
  } else if (typeof value === "object" && value !== null) {
    for (const [k, v] of Object.entries(value)) {
      yield [k, v];
      yield* entries(v);
    }
  }
}

/** Every JSON number literal of 16+ digits in the raw text (a scan that skips strings). */
function bigIntegerLiterals(text: string): string[] {
  const out: string[] = [];
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (inString) {
      if (ch === "\\") i++;
      else if (ch === '"') inString = false;
    } else if (ch === '"') {
      inString = true;
    } else if (ch !== undefined && /[-\d]/.test(ch)) {
      const m = /^-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?/.exec(text.slice(i));
      if (m) {
        if (/^-?\d{16,}$/.test(m[0])) out.push(m[0]);
        i += m[0].length - 1;
      }
    }
  }
  return out;
}

test("the captures are there (or the run says why not)", { skip: FILES.length ? false : `no captures at ${DIR}` }, () => {
  assert.ok(FILES.length >= 40, `${FILES.length} capture files`);
});

for (const file of FILES) {
  test(`capture: ${file}`, () => {
    const text = readFileSync(join(DIR, file), "utf-8");
    const doc = parseJsonSafe(text) as CaptureDoc;
    const plain = JSON.parse(text) as CaptureDoc;
    // ids: never a number (a big one arrives as its exact digits); small ones keep their type
    for (const [key, value] of entries(doc.reply)) {
      if (ID_KEYS.has(key)) assert.ok(typeof value !== "number" || Number.isSafeInteger(value), `${key}: ${String(value)}`);
    }
    for (const literal of bigIntegerLiterals(text)) {
      const found = [...entries(doc)].some(([, v]) => v === literal);
      assert.ok(found, `the 19-digit number ${literal} is read as its exact digits`);
    }
    // money, time and size: the type the server sent (a string stays a string)
    const mine = [...entries(doc.reply)].filter(([k]) => MONEY_KEYS.has(k));
    const theirs = [...entries(plain.reply)].filter(([k]) => MONEY_KEYS.has(k));
    assert.deepEqual(
      mine.map(([k, v]) => [k, typeof v]),
      theirs.map(([k, v]) => [k, typeof v]),
    );
    // v2 task objects read as a task (or, with a code, an error), the id a string
    if (/^POST \/openapi\/v2\/(query|run\/)/.test(doc.route)) {
      const reading = readReply("query", 200, JSON.stringify(doc.reply));
      if (reading.kind === "task") {
        assert.equal(typeof reading.task_id, "string");
        const raw = (doc.reply as { taskId?: unknown }).taskId;
        assert.equal(reading.task_id, raw);
      } else {
        assert.equal(reading.kind, "error");
      }
    }
    if (doc.route.startsWith("POST {webhookUrl}")) {
      const body = doc.reply as { taskId: unknown; eventData: unknown };
      assert.equal(typeof body.taskId, "string");
      const data = typeof body.eventData === "string" ? parseJsonSafe(body.eventData) : body.eventData;
      assert.equal(typeof data, "object"); // eventData: an object, or a string holding one
    }
  });
}
