from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.youchuan_image_to_video_request_motion import (
    YouchuanImageToVideoRequestMotion,
    check_youchuan_image_to_video_request_motion,
)
from ..models.youchuan_image_to_video_request_resolution import (
    YouchuanImageToVideoRequestResolution,
    check_youchuan_image_to_video_request_resolution,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="YouchuanImageToVideoRequest")


@_attrs_define
class YouchuanImageToVideoRequest:
    """Request body of midjourney-image-to-video.

    Attributes:
        first_image_url (str): first-frame image URL
        prompt (str): text prompt
        resolution (YouchuanImageToVideoRequestResolution): output resolution tier
        last_image_url (str | Unset): last-frame image URL
        loop (bool | Unset): loop Default: False.
        motion (YouchuanImageToVideoRequestMotion | Unset): motion Default: 'low'.
        raw (bool | Unset): raw Default: True.
        webhook_url (str | Unset): Optional URL that RunningHub POSTs a `TASK_END` event to when the task ends.
            Callbacks are not signed: treat one as a hint and confirm the task with a query.
    """

    first_image_url: str
    prompt: str
    resolution: YouchuanImageToVideoRequestResolution
    last_image_url: str | Unset = UNSET
    loop: bool | Unset = False
    motion: YouchuanImageToVideoRequestMotion | Unset = "low"
    raw: bool | Unset = True
    webhook_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        first_image_url = self.first_image_url

        prompt = self.prompt

        resolution: str = self.resolution

        last_image_url = self.last_image_url

        loop = self.loop

        motion: str | Unset = UNSET
        if not isinstance(self.motion, Unset):
            motion = self.motion

        raw = self.raw

        webhook_url = self.webhook_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "firstImageUrl": first_image_url,
                "prompt": prompt,
                "resolution": resolution,
            }
        )
        if last_image_url is not UNSET:
            field_dict["lastImageUrl"] = last_image_url
        if loop is not UNSET:
            field_dict["loop"] = loop
        if motion is not UNSET:
            field_dict["motion"] = motion
        if raw is not UNSET:
            field_dict["raw"] = raw
        if webhook_url is not UNSET:
            field_dict["webhookUrl"] = webhook_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        first_image_url = d.pop("firstImageUrl")

        prompt = d.pop("prompt")

        resolution = check_youchuan_image_to_video_request_resolution(
            d.pop("resolution")
        )

        last_image_url = d.pop("lastImageUrl", UNSET)

        loop = d.pop("loop", UNSET)

        _motion = d.pop("motion", UNSET)
        motion: YouchuanImageToVideoRequestMotion | Unset
        if isinstance(_motion, Unset):
            motion = UNSET
        else:
            motion = check_youchuan_image_to_video_request_motion(_motion)

        raw = d.pop("raw", UNSET)

        webhook_url = d.pop("webhookUrl", UNSET)

        youchuan_image_to_video_request = cls(
            first_image_url=first_image_url,
            prompt=prompt,
            resolution=resolution,
            last_image_url=last_image_url,
            loop=loop,
            motion=motion,
            raw=raw,
            webhook_url=webhook_url,
        )

        youchuan_image_to_video_request.additional_properties = d
        return youchuan_image_to_video_request

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
