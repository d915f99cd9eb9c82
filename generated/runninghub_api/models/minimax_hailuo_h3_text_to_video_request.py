from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.minimax_hailuo_h3_text_to_video_request_duration import (
    MinimaxHailuoH3TextToVideoRequestDuration,
    check_minimax_hailuo_h3_text_to_video_request_duration,
)
from ..models.minimax_hailuo_h3_text_to_video_request_ratio import (
    MinimaxHailuoH3TextToVideoRequestRatio,
    check_minimax_hailuo_h3_text_to_video_request_ratio,
)
from ..models.minimax_hailuo_h3_text_to_video_request_resolution import (
    MinimaxHailuoH3TextToVideoRequestResolution,
    check_minimax_hailuo_h3_text_to_video_request_resolution,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="MinimaxHailuoH3TextToVideoRequest")


@_attrs_define
class MinimaxHailuoH3TextToVideoRequest:
    """Request body of minimax/hailuo-h3/text-to-video.

    Attributes:
        duration (MinimaxHailuoH3TextToVideoRequestDuration): output length in seconds
        prompt (str): text prompt
        resolution (MinimaxHailuoH3TextToVideoRequestResolution): output resolution tier
        ratio (MinimaxHailuoH3TextToVideoRequestRatio | Unset): output aspect ratio Default: 'adaptive'.
        webhook_url (str | Unset): Optional URL that RunningHub POSTs a `TASK_END` event to when the task ends.
            Callbacks are not signed: treat one as a hint and confirm the task with a query.
    """

    duration: MinimaxHailuoH3TextToVideoRequestDuration
    prompt: str
    resolution: MinimaxHailuoH3TextToVideoRequestResolution
    ratio: MinimaxHailuoH3TextToVideoRequestRatio | Unset = "adaptive"
    webhook_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        duration: str = self.duration

        prompt = self.prompt

        resolution: str = self.resolution

        ratio: str | Unset = UNSET
        if not isinstance(self.ratio, Unset):
            ratio = self.ratio

        webhook_url = self.webhook_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "duration": duration,
                "prompt": prompt,
                "resolution": resolution,
            }
        )
        if ratio is not UNSET:
            field_dict["ratio"] = ratio
        if webhook_url is not UNSET:
            field_dict["webhookUrl"] = webhook_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        duration = check_minimax_hailuo_h3_text_to_video_request_duration(
            d.pop("duration")
        )

        prompt = d.pop("prompt")

        resolution = check_minimax_hailuo_h3_text_to_video_request_resolution(
            d.pop("resolution")
        )

        _ratio = d.pop("ratio", UNSET)
        ratio: MinimaxHailuoH3TextToVideoRequestRatio | Unset
        if isinstance(_ratio, Unset):
            ratio = UNSET
        else:
            ratio = check_minimax_hailuo_h3_text_to_video_request_ratio(_ratio)

        webhook_url = d.pop("webhookUrl", UNSET)

        minimax_hailuo_h3_text_to_video_request = cls(
            duration=duration,
            prompt=prompt,
            resolution=resolution,
            ratio=ratio,
            webhook_url=webhook_url,
        )

        minimax_hailuo_h3_text_to_video_request.additional_properties = d
        return minimax_hailuo_h3_text_to_video_request

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
