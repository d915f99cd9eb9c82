from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.kling_v30_std_motion_control_request_character_orientation import (
    KlingV30StdMotionControlRequestCharacterOrientation,
    check_kling_v30_std_motion_control_request_character_orientation,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="KlingV30StdMotionControlRequest")


@_attrs_define
class KlingV30StdMotionControlRequest:
    """Request body of kling-v3.0-std-motion-control.

    Attributes:
        character_orientation (KlingV30StdMotionControlRequestCharacterOrientation): follow image or video orientation
        image_url (str): input image URL
        video_url (str): input video URL
        keep_original_sound (bool | Unset): keep the source video audio Default: True.
        negative_prompt (str | Unset): things to avoid (negative prompt)
        prompt (str | Unset): text prompt
        webhook_url (str | Unset): Optional URL that RunningHub POSTs a `TASK_END` event to when the task ends.
            Callbacks are not signed: treat one as a hint and confirm the task with a query.
    """

    character_orientation: KlingV30StdMotionControlRequestCharacterOrientation
    image_url: str
    video_url: str
    keep_original_sound: bool | Unset = True
    negative_prompt: str | Unset = UNSET
    prompt: str | Unset = UNSET
    webhook_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        character_orientation: str = self.character_orientation

        image_url = self.image_url

        video_url = self.video_url

        keep_original_sound = self.keep_original_sound

        negative_prompt = self.negative_prompt

        prompt = self.prompt

        webhook_url = self.webhook_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "characterOrientation": character_orientation,
                "imageUrl": image_url,
                "videoUrl": video_url,
            }
        )
        if keep_original_sound is not UNSET:
            field_dict["keepOriginalSound"] = keep_original_sound
        if negative_prompt is not UNSET:
            field_dict["negativePrompt"] = negative_prompt
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if webhook_url is not UNSET:
            field_dict["webhookUrl"] = webhook_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        character_orientation = (
            check_kling_v30_std_motion_control_request_character_orientation(
                d.pop("characterOrientation")
            )
        )

        image_url = d.pop("imageUrl")

        video_url = d.pop("videoUrl")

        keep_original_sound = d.pop("keepOriginalSound", UNSET)

        negative_prompt = d.pop("negativePrompt", UNSET)

        prompt = d.pop("prompt", UNSET)

        webhook_url = d.pop("webhookUrl", UNSET)

        kling_v30_std_motion_control_request = cls(
            character_orientation=character_orientation,
            image_url=image_url,
            video_url=video_url,
            keep_original_sound=keep_original_sound,
            negative_prompt=negative_prompt,
            prompt=prompt,
            webhook_url=webhook_url,
        )

        kling_v30_std_motion_control_request.additional_properties = d
        return kling_v30_std_motion_control_request

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
