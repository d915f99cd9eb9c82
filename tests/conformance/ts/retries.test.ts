/** retries.json: the retry decision for each fault, per tests/conformance/README.md. */
import assert from "node:assert/strict";
import { test } from "node:test";
import { loadCases, retryDecision, type RetryCase } from "./conformance.js";

for (const c of loadCases<RetryCase>("retries.json")) {
  test(`retry: ${c.name}`, () => {
    const decision = retryDecision(c.operation, c.fault);
    assert.equal(decision.expect, c.expect);
    if (c.delay_at_least !== undefined) assert.ok(decision.delay >= c.delay_at_least, `waits ${decision.delay} s`);
  });
}
