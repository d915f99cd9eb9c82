from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.kling_video_o3_pro_image_to_video_request_shot_type import (
    KlingVideoO3ProImageToVideoRequestShotType,
    check_kling_video_o3_pro_image_to_video_request_shot_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="KlingVideoO3ProImageToVideoRequest")


@_attrs_define
class KlingVideoO3ProImageToVideoRequest:
    """Request body of kling-video-o3-pro-image-to-video.

    Attributes:
        duration (int): output length in seconds
        first_image_url (str): first-frame image URL
        prompt (str): text prompt
        sound (bool): generate sound track
        last_image_url (str | Unset): last-frame image URL
        multi_shot (bool | Unset): enable multi-shot Default: False.
        shot_type (KlingVideoO3ProImageToVideoRequestShotType | Unset): single or multi-shot Default: 'customize'.
        webhook_url (str | Unset): Optional URL that RunningHub POSTs a `TASK_END` event to when the task ends.
            Callbacks are not signed: treat one as a hint and confirm the task with a query.
    """

    duration: int
    first_image_url: str
    prompt: str
    sound: bool
    last_image_url: str | Unset = UNSET
    multi_shot: bool | Unset = False
    shot_type: KlingVideoO3ProImageToVideoRequestShotType | Unset = "customize"
    webhook_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        duration = self.duration

        first_image_url = self.first_image_url

        prompt = self.prompt

        sound = self.sound

        last_image_url = self.last_image_url

        multi_shot = self.multi_shot

        shot_type: str | Unset = UNSET
        if not isinstance(self.shot_type, Unset):
            shot_type = self.shot_type

        webhook_url = self.webhook_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "duration": duration,
                "firstImageUrl": first_image_url,
                "prompt": prompt,
                "sound": sound,
            }
        )
        if last_image_url is not UNSET:
            field_dict["lastImageUrl"] = last_image_url
        if multi_shot is not UNSET:
            field_dict["multiShot"] = multi_shot
        if shot_type is not UNSET:
            field_dict["shotType"] = shot_type
        if webhook_url is not UNSET:
            field_dict["webhookUrl"] = webhook_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        duration = d.pop("duration")

        first_image_url = d.pop("firstImageUrl")

        prompt = d.pop("prompt")

        sound = d.pop("sound")

        last_image_url = d.pop("lastImageUrl", UNSET)

        multi_shot = d.pop("multiShot", UNSET)

        _shot_type = d.pop("shotType", UNSET)
        shot_type: KlingVideoO3ProImageToVideoRequestShotType | Unset
        if isinstance(_shot_type, Unset):
            shot_type = UNSET
        else:
            shot_type = check_kling_video_o3_pro_image_to_video_request_shot_type(
                _shot_type
            )

        webhook_url = d.pop("webhookUrl", UNSET)

        kling_video_o3_pro_image_to_video_request = cls(
            duration=duration,
            first_image_url=first_image_url,
            prompt=prompt,
            sound=sound,
            last_image_url=last_image_url,
            multi_shot=multi_shot,
            shot_type=shot_type,
            webhook_url=webhook_url,
        )

        kling_video_o3_pro_image_to_video_request.additional_properties = d
        return kling_video_o3_pro_image_to_video_request

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
