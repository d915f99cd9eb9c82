from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.vidu_short_play_q3_drama_request_aspect_ratio import (
    ViduShortPlayQ3DramaRequestAspectRatio,
    check_vidu_short_play_q3_drama_request_aspect_ratio,
)
from ..models.vidu_short_play_q3_drama_request_duration import (
    ViduShortPlayQ3DramaRequestDuration,
    check_vidu_short_play_q3_drama_request_duration,
)
from ..models.vidu_short_play_q3_drama_request_placement import (
    ViduShortPlayQ3DramaRequestPlacement,
    check_vidu_short_play_q3_drama_request_placement,
)
from ..models.vidu_short_play_q3_drama_request_resolution import (
    ViduShortPlayQ3DramaRequestResolution,
    check_vidu_short_play_q3_drama_request_resolution,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ViduShortPlayQ3DramaRequest")


@_attrs_define
class ViduShortPlayQ3DramaRequest:
    """Request body of vidu/short-play-q3-drama.

    Attributes:
        duration (ViduShortPlayQ3DramaRequestDuration): output length in seconds
        resolution (ViduShortPlayQ3DramaRequestResolution): output resolution tier
        script_content (str): scriptContent
        script_name (str): scriptName
        aspect_ratio (ViduShortPlayQ3DramaRequestAspectRatio | Unset): output aspect ratio Default: '9:16'.
        placement (ViduShortPlayQ3DramaRequestPlacement | Unset): placement Default: 'upload'.
        style (str | Unset): visual style preset
        upload_image_url (str | Unset): uploadImageUrl
        webhook_url (str | Unset): Optional URL that RunningHub POSTs a `TASK_END` event to when the task ends.
            Callbacks are not signed: treat one as a hint and confirm the task with a query.
    """

    duration: ViduShortPlayQ3DramaRequestDuration
    resolution: ViduShortPlayQ3DramaRequestResolution
    script_content: str
    script_name: str
    aspect_ratio: ViduShortPlayQ3DramaRequestAspectRatio | Unset = "9:16"
    placement: ViduShortPlayQ3DramaRequestPlacement | Unset = "upload"
    style: str | Unset = UNSET
    upload_image_url: str | Unset = UNSET
    webhook_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        duration: str = self.duration

        resolution: str = self.resolution

        script_content = self.script_content

        script_name = self.script_name

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio

        placement: str | Unset = UNSET
        if not isinstance(self.placement, Unset):
            placement = self.placement

        style = self.style

        upload_image_url = self.upload_image_url

        webhook_url = self.webhook_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "duration": duration,
                "resolution": resolution,
                "scriptContent": script_content,
                "scriptName": script_name,
            }
        )
        if aspect_ratio is not UNSET:
            field_dict["aspectRatio"] = aspect_ratio
        if placement is not UNSET:
            field_dict["placement"] = placement
        if style is not UNSET:
            field_dict["style"] = style
        if upload_image_url is not UNSET:
            field_dict["uploadImageUrl"] = upload_image_url
        if webhook_url is not UNSET:
            field_dict["webhookUrl"] = webhook_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        duration = check_vidu_short_play_q3_drama_request_duration(d.pop("duration"))

        resolution = check_vidu_short_play_q3_drama_request_resolution(
            d.pop("resolution")
        )

        script_content = d.pop("scriptContent")

        script_name = d.pop("scriptName")

        _aspect_ratio = d.pop("aspectRatio", UNSET)
        aspect_ratio: ViduShortPlayQ3DramaRequestAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_vidu_short_play_q3_drama_request_aspect_ratio(
                _aspect_ratio
            )

        _placement = d.pop("placement", UNSET)
        placement: ViduShortPlayQ3DramaRequestPlacement | Unset
        if isinstance(_placement, Unset):
            placement = UNSET
        else:
            placement = check_vidu_short_play_q3_drama_request_placement(_placement)

        style = d.pop("style", UNSET)

        upload_image_url = d.pop("uploadImageUrl", UNSET)

        webhook_url = d.pop("webhookUrl", UNSET)

        vidu_short_play_q3_drama_request = cls(
            duration=duration,
            resolution=resolution,
            script_content=script_content,
            script_name=script_name,
            aspect_ratio=aspect_ratio,
            placement=placement,
            style=style,
            upload_image_url=upload_image_url,
            webhook_url=webhook_url,
        )

        vidu_short_play_q3_drama_request.additional_properties = d
        return vidu_short_play_q3_drama_request

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
