from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.vidu_start_end_to_video_q2_pro_request_duration import (
    ViduStartEndToVideoQ2ProRequestDuration,
    check_vidu_start_end_to_video_q2_pro_request_duration,
)
from ..models.vidu_start_end_to_video_q2_pro_request_movement_amplitude import (
    ViduStartEndToVideoQ2ProRequestMovementAmplitude,
    check_vidu_start_end_to_video_q2_pro_request_movement_amplitude,
)
from ..models.vidu_start_end_to_video_q2_pro_request_resolution import (
    ViduStartEndToVideoQ2ProRequestResolution,
    check_vidu_start_end_to_video_q2_pro_request_resolution,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ViduStartEndToVideoQ2ProRequest")


@_attrs_define
class ViduStartEndToVideoQ2ProRequest:
    """Request body of Vidu-start-end-to-video-q2-pro.

    Attributes:
        bgm (bool): add background music
        duration (ViduStartEndToVideoQ2ProRequestDuration): output length in seconds
        first_image_url (str): first-frame image URL
        last_image_url (str): last-frame image URL
        movement_amplitude (ViduStartEndToVideoQ2ProRequestMovementAmplitude): motion strength
        prompt (str): text prompt
        resolution (ViduStartEndToVideoQ2ProRequestResolution): output resolution tier
        webhook_url (str | Unset): Optional URL that RunningHub POSTs a `TASK_END` event to when the task ends.
            Callbacks are not signed: treat one as a hint and confirm the task with a query.
    """

    bgm: bool
    duration: ViduStartEndToVideoQ2ProRequestDuration
    first_image_url: str
    last_image_url: str
    movement_amplitude: ViduStartEndToVideoQ2ProRequestMovementAmplitude
    prompt: str
    resolution: ViduStartEndToVideoQ2ProRequestResolution
    webhook_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bgm = self.bgm

        duration: str = self.duration

        first_image_url = self.first_image_url

        last_image_url = self.last_image_url

        movement_amplitude: str = self.movement_amplitude

        prompt = self.prompt

        resolution: str = self.resolution

        webhook_url = self.webhook_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "bgm": bgm,
                "duration": duration,
                "firstImageUrl": first_image_url,
                "lastImageUrl": last_image_url,
                "movementAmplitude": movement_amplitude,
                "prompt": prompt,
                "resolution": resolution,
            }
        )
        if webhook_url is not UNSET:
            field_dict["webhookUrl"] = webhook_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        bgm = d.pop("bgm")

        duration = check_vidu_start_end_to_video_q2_pro_request_duration(
            d.pop("duration")
        )

        first_image_url = d.pop("firstImageUrl")

        last_image_url = d.pop("lastImageUrl")

        movement_amplitude = (
            check_vidu_start_end_to_video_q2_pro_request_movement_amplitude(
                d.pop("movementAmplitude")
            )
        )

        prompt = d.pop("prompt")

        resolution = check_vidu_start_end_to_video_q2_pro_request_resolution(
            d.pop("resolution")
        )

        webhook_url = d.pop("webhookUrl", UNSET)

        vidu_start_end_to_video_q2_pro_request = cls(
            bgm=bgm,
            duration=duration,
            first_image_url=first_image_url,
            last_image_url=last_image_url,
            movement_amplitude=movement_amplitude,
            prompt=prompt,
            resolution=resolution,
            webhook_url=webhook_url,
        )

        vidu_start_end_to_video_q2_pro_request.additional_properties = d
        return vidu_start_end_to_video_q2_pro_request

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
