from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.skyreels_v3_shot_switching_video_extension_request_cut_type import (
    SkyreelsV3ShotSwitchingVideoExtensionRequestCutType,
    check_skyreels_v3_shot_switching_video_extension_request_cut_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="SkyreelsV3ShotSwitchingVideoExtensionRequest")


@_attrs_define
class SkyreelsV3ShotSwitchingVideoExtensionRequest:
    """Request body of skyreels-v3/shot-switching-video-extension.

    Attributes:
        prompt (str): text prompt
        video_url (str): input video URL
        cut_type (SkyreelsV3ShotSwitchingVideoExtensionRequestCutType | Unset): cutType Default: 'Auto'.
        duration (int | Unset): output length in seconds Default: 5.
        webhook_url (str | Unset): Optional URL that RunningHub POSTs a `TASK_END` event to when the task ends.
            Callbacks are not signed: treat one as a hint and confirm the task with a query.
    """

    prompt: str
    video_url: str
    cut_type: SkyreelsV3ShotSwitchingVideoExtensionRequestCutType | Unset = "Auto"
    duration: int | Unset = 5
    webhook_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        video_url = self.video_url

        cut_type: str | Unset = UNSET
        if not isinstance(self.cut_type, Unset):
            cut_type = self.cut_type

        duration = self.duration

        webhook_url = self.webhook_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "prompt": prompt,
                "videoUrl": video_url,
            }
        )
        if cut_type is not UNSET:
            field_dict["cutType"] = cut_type
        if duration is not UNSET:
            field_dict["duration"] = duration
        if webhook_url is not UNSET:
            field_dict["webhookUrl"] = webhook_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        prompt = d.pop("prompt")

        video_url = d.pop("videoUrl")

        _cut_type = d.pop("cutType", UNSET)
        cut_type: SkyreelsV3ShotSwitchingVideoExtensionRequestCutType | Unset
        if isinstance(_cut_type, Unset):
            cut_type = UNSET
        else:
            cut_type = (
                check_skyreels_v3_shot_switching_video_extension_request_cut_type(
                    _cut_type
                )
            )

        duration = d.pop("duration", UNSET)

        webhook_url = d.pop("webhookUrl", UNSET)

        skyreels_v3_shot_switching_video_extension_request = cls(
            prompt=prompt,
            video_url=video_url,
            cut_type=cut_type,
            duration=duration,
            webhook_url=webhook_url,
        )

        skyreels_v3_shot_switching_video_extension_request.additional_properties = d
        return skyreels_v3_shot_switching_video_extension_request

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
