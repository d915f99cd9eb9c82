/**
 * requests.json through the generated client: the Request that openapi-fetch builds is
 * captured by a custom fetch and compared with the case (method, path, headers, JSON body).
 * The TS client sends params as given, so only the cases that need neither defaults filled in
 * nor client-side validation run here; the others are reported as skipped.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import { createRunningHubClient, modelPath } from "../../../generated/typescript/index.js";
import { loadCases, type RequestCase } from "./conformance.js";

const IMPLEMENTED = new Set([
  "documented example: gpt-image-2 text-to-image, by docs name",
  "documented example: nano-banana2 text-to-image, by docs name",
  "model by endpoint path",
  "model by full path",
  "model by alias",
  "ComfyUI-style node keys sent as they are",
  "webhookUrl passed through",
  "unknown model",
]);
const SKIP_REASON = "not in the TS client: filling x-runninghub-default and client-side validation are the wrapper's";

const cases = loadCases<RequestCase>("requests.json");

test("every implemented case exists", () => {
  const names = new Set(cases.map((c) => c.name));
  assert.deepEqual([...IMPLEMENTED].filter((n) => !names.has(n)), []);
});

/** The Request the generated client sends for `params` to `model`. */
async function capture(model: string, params: Record<string, unknown>): Promise<Request> {
  const path = modelPath(model);
  if (path === undefined) throw Object.assign(new Error(`unknown model ${model}`), { name: "InvalidParamsError", field: null });
  let sent: Request | undefined;
  const client = createRunningHubClient({
    apiKey: "test-key",
    baseUrl: "http://conformance.invalid",
    fetch: async (request: Request) => {
      sent = request;
      return new Response('{"taskId":"1","status":"QUEUED","errorCode":""}', { headers: { "Content-Type": "application/json" } });
    },
  });
  // The path is only known at run time here, so the body cannot be checked by tsc.
  const post = client.POST as unknown as (p: string, init: { body: unknown }) => Promise<unknown>;
  await post(path, { body: params });
  assert.ok(sent, "the client sent a request");
  return sent;
}

for (const c of cases) {
  test(`request: ${c.name}`, { skip: IMPLEMENTED.has(c.name) ? false : SKIP_REASON }, async () => {
    if (c.expect_error) {
      await assert.rejects(capture(c.model, c.params), (err: Error & { field?: unknown }) => {
        assert.equal(err.name, c.expect_error?.error);
        assert.equal(err.field, c.expect_error?.field);
        return true;
      });
      return;
    }
    assert.ok(c.expect);
    const request = await capture(c.model, c.params);
    const url = new URL(request.url);
    assert.equal(request.method, c.expect.method);
    assert.equal(url.pathname, c.expect.path);
    assert.equal(url.search, "");
    for (const [name, value] of Object.entries(c.expect.headers)) assert.equal(request.headers.get(name), value, name);
    assert.deepEqual(JSON.parse(await request.text()), c.expect.json);
  });
}
