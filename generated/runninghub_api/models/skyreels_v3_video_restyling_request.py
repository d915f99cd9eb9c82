from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.skyreels_v3_video_restyling_request_style_name import (
    SkyreelsV3VideoRestylingRequestStyleName,
    check_skyreels_v3_video_restyling_request_style_name,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="SkyreelsV3VideoRestylingRequest")


@_attrs_define
class SkyreelsV3VideoRestylingRequest:
    """Request body of skyreels-v3/video-restyling.

    Attributes:
        style_name (SkyreelsV3VideoRestylingRequestStyleName): styleName
        video_url (str): input video URL
        webhook_url (str | Unset): Optional URL that RunningHub POSTs a `TASK_END` event to when the task ends.
            Callbacks are not signed: treat one as a hint and confirm the task with a query.
    """

    style_name: SkyreelsV3VideoRestylingRequestStyleName
    video_url: str
    webhook_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        style_name: str = self.style_name

        video_url = self.video_url

        webhook_url = self.webhook_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "styleName": style_name,
                "videoUrl": video_url,
            }
        )
        if webhook_url is not UNSET:
            field_dict["webhookUrl"] = webhook_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        style_name = check_skyreels_v3_video_restyling_request_style_name(
            d.pop("styleName")
        )

        video_url = d.pop("videoUrl")

        webhook_url = d.pop("webhookUrl", UNSET)

        skyreels_v3_video_restyling_request = cls(
            style_name=style_name,
            video_url=video_url,
            webhook_url=webhook_url,
        )

        skyreels_v3_video_restyling_request.additional_properties = d
        return skyreels_v3_video_restyling_request

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
