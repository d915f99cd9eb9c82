"""Saving an output to a file: the target path, a text output written at once, a URL streamed
into a temporary file (resumed and retried as the rules say) and renamed into place. The disk
is reached only through the core's `Files` (`_files`), each call an `Offload` effect (so off
the event loop under asyncio) and each chunk written by the driver's fetch.
"""

from __future__ import annotations

import logging
import secrets
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

import httpx

from ._bounded import ReplyTooLarge, UnreadableBody
from ._checks import check_callback, check_timeout
from ._effects import ByteProgress, Fetch, Fetched, FetchStatusError, Offload, Op, Sleep
from ._errors import (
    APIConnectionError,
    APIError,
    APITimeoutError,
    CallbackError,
    RunningHubError,
    is_retryable,
)
from ._types import Output

if TYPE_CHECKING:
    from ._core import Core
    from ._files import Files

log = logging.getLogger("runninghub")


def download(
    core: Core,
    output: Output,
    dest: Path,
    *,
    overwrite: bool = True,
    on_progress: ByteProgress | None = None,
    timeout: float | None = None,
) -> Op[Path]:
    """Stream an output to `dest`: at most `max_download_bytes` (and a compressed body at
    most ENCODED_RATIO times its length), within `timeout` seconds in all when given, and
    each read within the stall timeout (the client's read timeout, else 60 s). Every
    filesystem call goes through `core.files`, as an `Offload` (off the event loop)."""
    timeout = check_timeout(timeout)
    check_callback(on_progress, "on_progress")
    deadline = core.clock() + timeout if timeout is not None else None
    files = core.files
    where: tuple[Path, bool] = yield Offload(lambda: _target_path(files, output, dest))
    target, exists = where
    if exists and not overwrite:
        raise FileExistsError(f"{target} exists (overwrite=False)")
    if not output.url:
        if output.text is None:
            raise APIError(f"output {output.index} of task {output.task_id} has no URL and no text")
        text = output.text.encode("utf-8")
        yield Offload(lambda: _write_whole(files, target, text))
        return target
    scheme = urlsplit(output.url).scheme.lower()
    if scheme not in ("http", "https"):
        raise APIError(
            f"refusing to download output {output.index} of task {output.task_id} from a {scheme or 'relative'} URL",
            task_id=output.task_id,
        )
    tmp = _part_path(target)
    attempt = 0
    settled = False  # renamed into place, or removed
    try:
        while True:
            offset = (yield Offload(lambda: files.size(tmp))) or 0
            what = f"downloading output {output.index} of task {output.task_id}"
            fetch = Fetch(
                output.url,
                tmp,
                offset,
                core.request_timeout(),
                on_progress,
                budget=core.budget_left(deadline),
                max_bytes=core.settings.max_download_bytes,
                files=files,
            )
            try:
                got: Fetched = yield fetch
                if got.expected is not None and got.written != got.expected:
                    raise httpx.ReadError(f"got {got.written} of {got.expected} bytes")
                yield Offload(lambda: files.replace(tmp, target))
                settled = True
                log.debug(
                    "saved output %d of task %s to %s (%d bytes)", output.index, output.task_id, target, got.written
                )
                return target
            except (httpx.TransportError, FetchStatusError, UnreadableBody) as exc:
                status = exc.status_code if isinstance(exc, FetchStatusError) else None
                retryable = status is None or is_retryable(None, status)  # the spec's HTTP status rows
                delay = core.backoff(attempt, exc.retry_after if isinstance(exc, FetchStatusError) else None)
                late = deadline is not None and core.clock() + delay > deadline
                if not retryable or attempt >= core.settings.max_retries or late:
                    msg = f"{what} failed: {core.redact(str(exc))}"
                    if late:
                        msg += f" (save timeout of {timeout:g} s)"
                    if status is not None:
                        raise APIError(msg, status_code=status, task_id=output.task_id, retryable=retryable) from exc
                    cls = APITimeoutError if isinstance(exc, httpx.TimeoutException) else APIConnectionError
                    raise cls(msg, task_id=output.task_id) from exc
                attempt += 1
                yield Sleep(delay)
            except ReplyTooLarge as exc:
                raise APIError(
                    f"{what}: {exc}; raise it with RunningHub(max_download_bytes=...)", task_id=output.task_id
                ) from None
            except Exception as exc:
                if getattr(exc, "_runninghub_user", False):
                    raise CallbackError(
                        f"{what}: on_progress raised {type(exc).__name__}: {exc}", task_id=output.task_id
                    ) from exc
                if isinstance(exc, (RunningHubError, OSError)):
                    raise
                raise APIConnectionError(
                    f"{what} failed: {type(exc).__name__}: {core.redact(str(exc))[:300]}", task_id=output.task_id
                ) from exc
    except Exception:
        # the partial file goes, off the event loop too; then the failure as it was
        yield Offload(lambda: _discard(files, tmp))
        settled = True
        raise
    finally:
        if not settled:  # closed mid-effect (Ctrl-C, a cancelled task): a closing generator cannot yield
            _discard(files, tmp)


def _part_path(target: Path) -> Path:
    """The temporary file beside `target` (hidden, unique): `target` only ever appears whole."""
    return target.with_name(f".{target.name}.{secrets.token_hex(4)}.part")


def _write_whole(files: Files, target: Path, data: bytes) -> None:
    """`data` written to a temporary file, then renamed into place."""
    tmp = _part_path(target)
    try:
        f = files.open_write(tmp, append=False)
        try:
            f.write(data)
        finally:
            f.close()
        files.replace(tmp, target)
    except BaseException:
        _discard(files, tmp)
        raise


def _discard(files: Files, tmp: Path) -> None:
    """Remove a partial file; a failure to do so is logged, never raised over the error that
    ended the download."""
    try:
        files.remove(tmp)
    except OSError as exc:
        log.warning("could not remove the partial download %s: %s", tmp, exc)


def _target_path(files: Files, output: Output, dest: Path) -> tuple[Path, bool]:
    """Where an output goes, and whether a file is there already: inside `dest` when it is a
    directory (an existing one, or a path without a file extension), named by task id and index
    and never by anything in the URL; else `dest` itself."""
    if not dest.suffix or files.is_dir(dest):
        files.make_dirs(dest)
        target = dest / output.default_filename
    else:
        files.make_dirs(dest.parent)
        target = dest
    return target, files.exists(target)
