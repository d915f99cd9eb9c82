from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.kling_v34k_image_to_video_request_shot_type import (
    KlingV34KImageToVideoRequestShotType,
    check_kling_v34k_image_to_video_request_shot_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="KlingV34KImageToVideoRequest")


@_attrs_define
class KlingV34KImageToVideoRequest:
    """Request body of kling-v3.0-4k-image-to-video.

    Attributes:
        duration (int): output length in seconds
        image_url (str): input image URL
        cfg_scale (float | Unset): prompt adherence (CFG) Default: 0.5.
        end_image_url (str | Unset): end-frame image URL
        multi_shot (bool | Unset): enable multi-shot Default: False.
        negative_prompt (str | Unset): things to avoid (negative prompt)
        prompt (str | Unset): text prompt
        shot_type (KlingV34KImageToVideoRequestShotType | Unset): single or multi-shot Default: 'customize'.
        sound (bool | Unset): generate sound track Default: False.
        webhook_url (str | Unset): Optional URL that RunningHub POSTs a `TASK_END` event to when the task ends.
            Callbacks are not signed: treat one as a hint and confirm the task with a query.
    """

    duration: int
    image_url: str
    cfg_scale: float | Unset = 0.5
    end_image_url: str | Unset = UNSET
    multi_shot: bool | Unset = False
    negative_prompt: str | Unset = UNSET
    prompt: str | Unset = UNSET
    shot_type: KlingV34KImageToVideoRequestShotType | Unset = "customize"
    sound: bool | Unset = False
    webhook_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        duration = self.duration

        image_url = self.image_url

        cfg_scale = self.cfg_scale

        end_image_url = self.end_image_url

        multi_shot = self.multi_shot

        negative_prompt = self.negative_prompt

        prompt = self.prompt

        shot_type: str | Unset = UNSET
        if not isinstance(self.shot_type, Unset):
            shot_type = self.shot_type

        sound = self.sound

        webhook_url = self.webhook_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "duration": duration,
                "imageUrl": image_url,
            }
        )
        if cfg_scale is not UNSET:
            field_dict["cfgScale"] = cfg_scale
        if end_image_url is not UNSET:
            field_dict["endImageUrl"] = end_image_url
        if multi_shot is not UNSET:
            field_dict["multiShot"] = multi_shot
        if negative_prompt is not UNSET:
            field_dict["negativePrompt"] = negative_prompt
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if shot_type is not UNSET:
            field_dict["shotType"] = shot_type
        if sound is not UNSET:
            field_dict["sound"] = sound
        if webhook_url is not UNSET:
            field_dict["webhookUrl"] = webhook_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        duration = d.pop("duration")

        image_url = d.pop("imageUrl")

        cfg_scale = d.pop("cfgScale", UNSET)

        end_image_url = d.pop("endImageUrl", UNSET)

        multi_shot = d.pop("multiShot", UNSET)

        negative_prompt = d.pop("negativePrompt", UNSET)

        prompt = d.pop("prompt", UNSET)

        _shot_type = d.pop("shotType", UNSET)
        shot_type: KlingV34KImageToVideoRequestShotType | Unset
        if isinstance(_shot_type, Unset):
            shot_type = UNSET
        else:
            shot_type = check_kling_v34k_image_to_video_request_shot_type(_shot_type)

        sound = d.pop("sound", UNSET)

        webhook_url = d.pop("webhookUrl", UNSET)

        kling_v34k_image_to_video_request = cls(
            duration=duration,
            image_url=image_url,
            cfg_scale=cfg_scale,
            end_image_url=end_image_url,
            multi_shot=multi_shot,
            negative_prompt=negative_prompt,
            prompt=prompt,
            shot_type=shot_type,
            sound=sound,
            webhook_url=webhook_url,
        )

        kling_v34k_image_to_video_request.additional_properties = d
        return kling_v34k_image_to_video_request

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
