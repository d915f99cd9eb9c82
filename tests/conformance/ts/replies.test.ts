/** replies.json: every reply read per tests/conformance/README.md, big integers kept exact. */
import assert from "node:assert/strict";
import { test } from "node:test";
import { loadCases, readReply, type ReplyCase } from "./conformance.js";

for (const c of loadCases<ReplyCase>("replies.json")) {
  test(`reply: ${c.name}`, () => {
    assert.deepEqual(readReply(c.operation, c.http_status, c.body_text), c.expect);
  });
}
