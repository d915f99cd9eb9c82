from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.marble_upload_media_asset_request_kind import (
    MarbleUploadMediaAssetRequestKind,
    check_marble_upload_media_asset_request_kind,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="MarbleUploadMediaAssetRequest")


@_attrs_define
class MarbleUploadMediaAssetRequest:
    """Request body of marble/upload-media-asset.

    Attributes:
        file_name (str): file name
        kind (MarbleUploadMediaAssetRequestKind): kind
        extension (str | Unset): extension
        image_url (str | Unset): image URL (image url)
        video_url (str | Unset): video URL (video url)
        webhook_url (str | Unset): Optional URL that RunningHub POSTs a `TASK_END` event to when the task ends.
            Callbacks are not signed: treat one as a hint and confirm the task with a query.
    """

    file_name: str
    kind: MarbleUploadMediaAssetRequestKind
    extension: str | Unset = UNSET
    image_url: str | Unset = UNSET
    video_url: str | Unset = UNSET
    webhook_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        file_name = self.file_name

        kind: str = self.kind

        extension = self.extension

        image_url = self.image_url

        video_url = self.video_url

        webhook_url = self.webhook_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "fileName": file_name,
                "kind": kind,
            }
        )
        if extension is not UNSET:
            field_dict["extension"] = extension
        if image_url is not UNSET:
            field_dict["imageUrl"] = image_url
        if video_url is not UNSET:
            field_dict["videoUrl"] = video_url
        if webhook_url is not UNSET:
            field_dict["webhookUrl"] = webhook_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        file_name = d.pop("fileName")

        kind = check_marble_upload_media_asset_request_kind(d.pop("kind"))

        extension = d.pop("extension", UNSET)

        image_url = d.pop("imageUrl", UNSET)

        video_url = d.pop("videoUrl", UNSET)

        webhook_url = d.pop("webhookUrl", UNSET)

        marble_upload_media_asset_request = cls(
            file_name=file_name,
            kind=kind,
            extension=extension,
            image_url=image_url,
            video_url=video_url,
            webhook_url=webhook_url,
        )

        marble_upload_media_asset_request.additional_properties = d
        return marble_upload_media_asset_request

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
