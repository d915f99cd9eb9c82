/** Task ids stay exact: the generated client's big-integer-safe JSON parsing. */
import assert from "node:assert/strict";
import { test } from "node:test";
import { createRunningHubClient, parseJsonSafe, quoteBigIntegers } from "../../../generated/typescript/index.js";

const LEGACY_CREATE = '{"code":0,"msg":"success","data":{"taskId":1910246754753896450,"taskStatus":"QUEUED"}}';

test("JSON.parse alone loses the digits of a 19-digit id", () => {
  const plain = JSON.parse(LEGACY_CREATE) as { data: { taskId: number } };
  assert.notEqual(String(plain.data.taskId), "1910246754753896450");
});

test("parseJsonSafe keeps a 19-digit id as its exact string", () => {
  const safe = parseJsonSafe(LEGACY_CREATE) as { data: { taskId: unknown } };
  assert.equal(safe.data.taskId, "1910246754753896450");
});

test("safe integers, fractions and exponents stay numbers", () => {
  const v = parseJsonSafe('{"a":9007199254740991,"b":-12,"c":1.5e3,"d":12345678901234567890.5,"e":[0,-0,7]}');
  assert.deepEqual(v, { a: 9007199254740991, b: -12, c: 1500, d: 12345678901234567890.5, e: [0, -0, 7] });
});

test("big integers anywhere become strings, negative ones too", () => {
  assert.deepEqual(parseJsonSafe("[9007199254740993,-2013508786110730241,{\"k\":2013508786110730241}]"), [
    "9007199254740993",
    "-2013508786110730241",
    { k: "2013508786110730241" },
  ]);
  assert.deepEqual(parseJsonSafe("2013508786110730241"), "2013508786110730241");
});

test("digits inside strings, with escaped quotes, are left alone", () => {
  const text = '{"s":"id 2013508786110730241 \\" 2013508786110730241","t":"\\\\","n":2013508786110730241}';
  assert.deepEqual(parseJsonSafe(text), {
    s: 'id 2013508786110730241 " 2013508786110730241',
    t: "\\",
    n: "2013508786110730241",
  });
});

test("invalid JSON stays invalid", () => {
  assert.throws(() => parseJsonSafe('{"a": -}'));
  assert.throws(() => parseJsonSafe('{"taskId":19102467547'));
  assert.equal(quoteBigIntegers("<html>2013508786110730241</html>"), '<html>"2013508786110730241"</html>');
});

for (const contentType of ["application/json;charset=UTF-8", null]) {
  test(`the client reads a 19-digit numeric taskId exactly (Content-Type ${contentType})`, async () => {
    const client = createRunningHubClient({
      apiKey: "test-key",
      baseUrl: "http://conformance.invalid",
      fetch: async () => {
        const response = new Response(LEGACY_CREATE);
        if (contentType === null) response.headers.delete("content-type");
        else response.headers.set("content-type", contentType);
        return response;
      },
    });
    const { data } = await client.POST("/task/openapi/create", { body: { apiKey: "test-key", workflowId: "1" } });
    assert.equal(data?.data?.taskId, "1910246754753896450");
  });
}
