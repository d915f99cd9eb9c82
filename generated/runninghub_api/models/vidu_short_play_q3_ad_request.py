from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.vidu_short_play_q3_ad_request_aspect_ratio import (
    ViduShortPlayQ3AdRequestAspectRatio,
    check_vidu_short_play_q3_ad_request_aspect_ratio,
)
from ..models.vidu_short_play_q3_ad_request_resolution import (
    ViduShortPlayQ3AdRequestResolution,
    check_vidu_short_play_q3_ad_request_resolution,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ViduShortPlayQ3AdRequest")


@_attrs_define
class ViduShortPlayQ3AdRequest:
    """Request body of vidu/short-play-q3-ad.

    Attributes:
        resolution (ViduShortPlayQ3AdRequestResolution): output resolution tier
        script_content (str): scriptContent
        script_name (str): scriptName
        aspect_ratio (ViduShortPlayQ3AdRequestAspectRatio | Unset): output aspect ratio Default: '9:16'.
        webhook_url (str | Unset): Optional URL that RunningHub POSTs a `TASK_END` event to when the task ends.
            Callbacks are not signed: treat one as a hint and confirm the task with a query.
    """

    resolution: ViduShortPlayQ3AdRequestResolution
    script_content: str
    script_name: str
    aspect_ratio: ViduShortPlayQ3AdRequestAspectRatio | Unset = "9:16"
    webhook_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        resolution: str = self.resolution

        script_content = self.script_content

        script_name = self.script_name

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio

        webhook_url = self.webhook_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "resolution": resolution,
                "scriptContent": script_content,
                "scriptName": script_name,
            }
        )
        if aspect_ratio is not UNSET:
            field_dict["aspectRatio"] = aspect_ratio
        if webhook_url is not UNSET:
            field_dict["webhookUrl"] = webhook_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        resolution = check_vidu_short_play_q3_ad_request_resolution(d.pop("resolution"))

        script_content = d.pop("scriptContent")

        script_name = d.pop("scriptName")

        _aspect_ratio = d.pop("aspectRatio", UNSET)
        aspect_ratio: ViduShortPlayQ3AdRequestAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_vidu_short_play_q3_ad_request_aspect_ratio(
                _aspect_ratio
            )

        webhook_url = d.pop("webhookUrl", UNSET)

        vidu_short_play_q3_ad_request = cls(
            resolution=resolution,
            script_content=script_content,
            script_name=script_name,
            aspect_ratio=aspect_ratio,
            webhook_url=webhook_url,
        )

        vidu_short_play_q3_ad_request.additional_properties = d
        return vidu_short_play_q3_ad_request

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
