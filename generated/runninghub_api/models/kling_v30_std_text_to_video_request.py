from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.kling_v30_std_text_to_video_request_aspect_ratio import (
    KlingV30StdTextToVideoRequestAspectRatio,
    check_kling_v30_std_text_to_video_request_aspect_ratio,
)
from ..models.kling_v30_std_text_to_video_request_duration import (
    KlingV30StdTextToVideoRequestDuration,
    check_kling_v30_std_text_to_video_request_duration,
)
from ..models.kling_v30_std_text_to_video_request_shot_type import (
    KlingV30StdTextToVideoRequestShotType,
    check_kling_v30_std_text_to_video_request_shot_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="KlingV30StdTextToVideoRequest")


@_attrs_define
class KlingV30StdTextToVideoRequest:
    """Request body of kling-v3.0-std-text-to-video.

    Attributes:
        duration (KlingV30StdTextToVideoRequestDuration): output length in seconds
        prompt (str): text prompt
        sound (bool): generate sound track
        aspect_ratio (KlingV30StdTextToVideoRequestAspectRatio | Unset): output aspect ratio Default: '16:9'.
        cfg_scale (float | Unset): prompt adherence (CFG) Default: 0.5.
        multi_shot (bool | Unset): enable multi-shot Default: False.
        negative_prompt (str | Unset): things to avoid (negative prompt)
        shot_type (KlingV30StdTextToVideoRequestShotType | Unset): single or multi-shot Default: 'customize'.
        webhook_url (str | Unset): Optional URL that RunningHub POSTs a `TASK_END` event to when the task ends.
            Callbacks are not signed: treat one as a hint and confirm the task with a query.
    """

    duration: KlingV30StdTextToVideoRequestDuration
    prompt: str
    sound: bool
    aspect_ratio: KlingV30StdTextToVideoRequestAspectRatio | Unset = "16:9"
    cfg_scale: float | Unset = 0.5
    multi_shot: bool | Unset = False
    negative_prompt: str | Unset = UNSET
    shot_type: KlingV30StdTextToVideoRequestShotType | Unset = "customize"
    webhook_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        duration: str = self.duration

        prompt = self.prompt

        sound = self.sound

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio

        cfg_scale = self.cfg_scale

        multi_shot = self.multi_shot

        negative_prompt = self.negative_prompt

        shot_type: str | Unset = UNSET
        if not isinstance(self.shot_type, Unset):
            shot_type = self.shot_type

        webhook_url = self.webhook_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "duration": duration,
                "prompt": prompt,
                "sound": sound,
            }
        )
        if aspect_ratio is not UNSET:
            field_dict["aspectRatio"] = aspect_ratio
        if cfg_scale is not UNSET:
            field_dict["cfgScale"] = cfg_scale
        if multi_shot is not UNSET:
            field_dict["multiShot"] = multi_shot
        if negative_prompt is not UNSET:
            field_dict["negativePrompt"] = negative_prompt
        if shot_type is not UNSET:
            field_dict["shotType"] = shot_type
        if webhook_url is not UNSET:
            field_dict["webhookUrl"] = webhook_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        duration = check_kling_v30_std_text_to_video_request_duration(d.pop("duration"))

        prompt = d.pop("prompt")

        sound = d.pop("sound")

        _aspect_ratio = d.pop("aspectRatio", UNSET)
        aspect_ratio: KlingV30StdTextToVideoRequestAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_kling_v30_std_text_to_video_request_aspect_ratio(
                _aspect_ratio
            )

        cfg_scale = d.pop("cfgScale", UNSET)

        multi_shot = d.pop("multiShot", UNSET)

        negative_prompt = d.pop("negativePrompt", UNSET)

        _shot_type = d.pop("shotType", UNSET)
        shot_type: KlingV30StdTextToVideoRequestShotType | Unset
        if isinstance(_shot_type, Unset):
            shot_type = UNSET
        else:
            shot_type = check_kling_v30_std_text_to_video_request_shot_type(_shot_type)

        webhook_url = d.pop("webhookUrl", UNSET)

        kling_v30_std_text_to_video_request = cls(
            duration=duration,
            prompt=prompt,
            sound=sound,
            aspect_ratio=aspect_ratio,
            cfg_scale=cfg_scale,
            multi_shot=multi_shot,
            negative_prompt=negative_prompt,
            shot_type=shot_type,
            webhook_url=webhook_url,
        )

        kling_v30_std_text_to_video_request.additional_properties = d
        return kling_v30_std_text_to_video_request

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
