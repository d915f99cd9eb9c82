"""The sandbox's own JSON keys that RunningHub's keys also spell: the one table of them.

Every key of a reply the sandbox builds, or of a request body it reads, for an operation in the
spec comes from the generated layer (`runninghub._wire`), so a key renamed in spec/ reaches the
sandbox through `make generate`; tests/test_reply_fields.py fails on one spelled out anywhere
else in the sandbox. The names below are not in the spec: the records of the control routes
(/__sandbox/journal, /__sandbox/tasks, /__sandbox/faults), a fault's options, the query of the
sandbox's own progress-channel URL, and the fields of a model request it echoes. The other
sandbox-only keys (seq, path, kind, remaining, ...) spell no RunningHub key and are written
where their records are built; the scan cannot tell a value from a key, so the few values that
spell a key are here too.
"""

from __future__ import annotations

from typing import Final

# a journal entry and a task record (GET /__sandbox/journal, GET /__sandbox/tasks)
RECORD_STATUS: Final = "status"
RECORD_TASK_ID: Final = "task_id"
RECORD_SIZE: Final = "size"  # of a multipart part, in a journal entry's body summary
# a fault (POST /__sandbox/faults): its id; the "status" kind and its option (the HTTP status)
FAULT_ID: Final = "id"
FAULT_STATUS: Final = "status"
# the query of the netWssUrl the sandbox hands out (its /ws/c_instance progress channel)
WS_CLIENT_ID: Final = "clientId"
# a model request's fields whose text a text output echoes (a model's params are the user's:
# each model's schema names them, the generated layer does not)
PROMPT_FIELDS: Final = ("prompt", "text", "content")
# values, not keys, that spell one: the v2 upload's `type` of a file that is no image, video or
# audio (the spec leaves the value open)
OTHER_MEDIA_TYPE: Final = "file"
