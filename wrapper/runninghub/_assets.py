"""`client.assets` of the blocking client: the asset library.

Generated from _async_assets.py by generator/unasync.py (`make generate`); do not edit:
change _async_assets.py, the one definition of both clients' versions."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from . import _platform
from ._core import Core
from ._platform import Asset, AssetGroup, RunOp
from ._wire import ASSET_LIST_REQUEST


class AssetGroups:
    """`client.assets.groups`: create, read, list, update and delete asset groups."""

    def __init__(self, core: Core, run: RunOp) -> None:
        self._core, self._run = core, run

    def create(self, name: str, *, description: str | None = None) -> AssetGroup:
        """Create a group; returns it with its `.id`."""
        group: AssetGroup = self._run(_platform.create_group(self._core, name, description))
        return group

    def query(self, group: AssetGroup | str) -> AssetGroup:
        """One group: `.name`, `.description`, `.asset_count`."""
        found: AssetGroup = self._run(_platform.query_group(self._core, group))
        return found

    def list(
        self, *, name: str | None = None, page_size: int = 100, limit: int | None = None
    ) -> Iterator[AssetGroup]:
        """Every group (pages are read as you iterate); `name` filters by name."""
        size, stop = _platform.check_page_size(page_size, 100), _platform.check_limit(limit)
        return _platform.iterate(
            self._run, lambda page: _platform.group_page(self._core, page, size, {ASSET_LIST_REQUEST.name: name}), stop
        )

    def update(
        self, group: AssetGroup | str, *, name: str | None = None, description: str | None = None
    ) -> AssetGroup:
        """Change a group's name or description."""
        updated: AssetGroup = self._run(_platform.update_group(self._core, group, name, description))
        return updated

    def delete(self, group: AssetGroup | str) -> None:
        """Delete a group."""
        self._run(_platform.delete_group(self._core, group))


class Assets:
    """`client.assets`: register media as assets, read, wait for, list, rename and delete them."""

    def __init__(self, core: Core, run: RunOp) -> None:
        self._core, self._run = core, run
        self.groups = AssetGroups(core, run)

    def create(
        self,
        source: str | Path | bytes | Any,
        *,
        asset_type: str | None = None,
        name: str | None = None,
        group: AssetGroup | str | None = None,
    ) -> Asset:
        """Register a media URL, or a local file (uploaded first), as an asset; returns it
        while it is processing (`.status`). `asset_type` is Image, Video or Audio (default:
        what the file or URL extension says, else not sent). Then `wait(asset)`."""
        asset: Asset = self._run(
            _platform.create_asset(self._core, source, asset_type=asset_type, name=name, group=group)
        )
        return asset

    def query(self, asset: Asset | str) -> Asset:
        """One asset (by Asset, id or asset:// reference): `.status`, `.ready`, `.preview_url`."""
        found: Asset = self._run(_platform.query_asset(self._core, asset))
        return found

    def wait(self, asset: Asset | str, *, timeout: float = 300.0, interval: float = 2.0) -> Asset:
        """Read the asset every `interval` seconds until it is ready (returned) or failed
        (APIError); TimeoutError after `timeout` seconds."""
        ready: Asset = self._run(_platform.wait_asset(self._core, asset, timeout=timeout, interval=interval))
        return ready

    def list(
        self,
        *,
        group: AssetGroup | str | None = None,
        status: str | None = None,
        name: str | None = None,
        page_size: int = 100,
        limit: int | None = None,
    ) -> Iterator[Asset]:
        """Every asset, optionally of one group, status or name (pages are read as you iterate)."""
        size, stop = _platform.check_page_size(page_size, 100), _platform.check_limit(limit)
        filters = {
            ASSET_LIST_REQUEST.group_id: _platform.group_id_of(group) if group is not None else None,
            ASSET_LIST_REQUEST.status: status,
            ASSET_LIST_REQUEST.name: name,
        }
        return _platform.iterate(self._run, lambda page: _platform.asset_page(self._core, page, size, filters), stop)

    def update(self, asset: Asset | str, *, name: str) -> Asset:
        """Rename an asset."""
        updated: Asset = self._run(_platform.update_asset(self._core, asset, name))
        return updated

    def delete(self, asset: Asset | str) -> None:
        """Delete an asset."""
        self._run(_platform.delete_asset(self._core, asset))
