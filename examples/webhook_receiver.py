"""A webhook receiver that never trusts the callback: it confirms every TASK_END with a query.

RunningHub does not sign callbacks, so anyone who learns the URL can POST to it. The handler
re-reads the task (`client.confirm_webhook`) and acts only on the query's answer, once per task
and status (`WebhookDeduplicator`), so retried deliveries are harmless. Answer fast: RunningHub
retries slow receivers. Uses only the standard library's HTTP server; adapt to your framework.
"""

from __future__ import annotations

import os
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path

from runninghub import RunningHub, RunningHubError, WebhookDeduplicator

client = RunningHub()  # RUNNINGHUB_API_KEY, RUNNINGHUB_BASE_URL
seen = WebhookDeduplicator()


class Handler(BaseHTTPRequestHandler):
    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        self.send_response(200)  # acknowledge first; the work below is idempotent
        self.end_headers()
        try:
            snapshot = client.confirm_webhook(body)
        except RunningHubError as exc:  # a forged or unknown task, or RunningHub unreachable
            print(f"ignored callback: {exc}")
            return
        if snapshot.succeeded and seen.first_time(snapshot):
            print(f"task {snapshot.task_id} done: {snapshot.save_all(Path('webhook-output'))}")


if __name__ == "__main__":
    port = int(os.environ.get("PORT", "8080"))
    print(f"listening on :{port}; pass webhook_url='https://<your host>/' to client.submit")
    HTTPServer(("127.0.0.1", port), Handler).serve_forever()
