from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.rhart_video_ltx_23_image_to_video_lora_request_240_select import (
    RhartVideoLtx23ImageToVideoLoraRequest240Select,
    check_rhart_video_ltx_23_image_to_video_lora_request_240_select,
)
from ..models.rhart_video_ltx_23_image_to_video_lora_request_245_select import (
    RhartVideoLtx23ImageToVideoLoraRequest245Select,
    check_rhart_video_ltx_23_image_to_video_lora_request_245_select,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="RhartVideoLtx23ImageToVideoLoraRequest")


@_attrs_define
class RhartVideoLtx23ImageToVideoLoraRequest:
    """Request body of ltx-2.3/image-to-video-lora.

    Attributes:
        field_222value (int): output length in seconds (ComfyUI node 222 field value)
        field_240select (RhartVideoLtx23ImageToVideoLoraRequest240Select): output aspect ratio (ComfyUI node 240 field
            select)
        field_245select (RhartVideoLtx23ImageToVideoLoraRequest245Select): output resolution tier (ComfyUI node 245
            field select)
        field_269prompt (str): text prompt (ComfyUI node 269 field prompt)
        field_98image (str): input image URL (ComfyUI node 98 field image)
        field_254lora_name (str | Unset): LoRA file name (ComfyUI node 254 field lora_name)
        field_254strength_model (float | Unset): lora1 strength (ComfyUI node 254 field strength_model) Default: 0.0.
        field_257lora_name (str | Unset): LoRA file name (ComfyUI node 257 field lora_name)
        field_257strength_model (float | Unset): lora2 strength (ComfyUI node 257 field strength_model) Default: 0.0.
        field_258lora_name (str | Unset): LoRA file name (ComfyUI node 258 field lora_name)
        field_258strength_model (float | Unset): lora3 strength (ComfyUI node 258 field strength_model) Default: 0.0.
        webhook_url (str | Unset): Optional URL that RunningHub POSTs a `TASK_END` event to when the task ends.
            Callbacks are not signed: treat one as a hint and confirm the task with a query.
    """

    field_222value: int
    field_240select: RhartVideoLtx23ImageToVideoLoraRequest240Select
    field_245select: RhartVideoLtx23ImageToVideoLoraRequest245Select
    field_269prompt: str
    field_98image: str
    field_254lora_name: str | Unset = UNSET
    field_254strength_model: float | Unset = 0.0
    field_257lora_name: str | Unset = UNSET
    field_257strength_model: float | Unset = 0.0
    field_258lora_name: str | Unset = UNSET
    field_258strength_model: float | Unset = 0.0
    webhook_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_222value = self.field_222value

        field_240select: str = self.field_240select

        field_245select: str = self.field_245select

        field_269prompt = self.field_269prompt

        field_98image = self.field_98image

        field_254lora_name = self.field_254lora_name

        field_254strength_model = self.field_254strength_model

        field_257lora_name = self.field_257lora_name

        field_257strength_model = self.field_257strength_model

        field_258lora_name = self.field_258lora_name

        field_258strength_model = self.field_258strength_model

        webhook_url = self.webhook_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "222##value": field_222value,
                "240##select": field_240select,
                "245##select": field_245select,
                "269##prompt": field_269prompt,
                "98##image": field_98image,
            }
        )
        if field_254lora_name is not UNSET:
            field_dict["254##lora_name"] = field_254lora_name
        if field_254strength_model is not UNSET:
            field_dict["254##strength_model"] = field_254strength_model
        if field_257lora_name is not UNSET:
            field_dict["257##lora_name"] = field_257lora_name
        if field_257strength_model is not UNSET:
            field_dict["257##strength_model"] = field_257strength_model
        if field_258lora_name is not UNSET:
            field_dict["258##lora_name"] = field_258lora_name
        if field_258strength_model is not UNSET:
            field_dict["258##strength_model"] = field_258strength_model
        if webhook_url is not UNSET:
            field_dict["webhookUrl"] = webhook_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        field_222value = d.pop("222##value")

        field_240select = (
            check_rhart_video_ltx_23_image_to_video_lora_request_240_select(
                d.pop("240##select")
            )
        )

        field_245select = (
            check_rhart_video_ltx_23_image_to_video_lora_request_245_select(
                d.pop("245##select")
            )
        )

        field_269prompt = d.pop("269##prompt")

        field_98image = d.pop("98##image")

        field_254lora_name = d.pop("254##lora_name", UNSET)

        field_254strength_model = d.pop("254##strength_model", UNSET)

        field_257lora_name = d.pop("257##lora_name", UNSET)

        field_257strength_model = d.pop("257##strength_model", UNSET)

        field_258lora_name = d.pop("258##lora_name", UNSET)

        field_258strength_model = d.pop("258##strength_model", UNSET)

        webhook_url = d.pop("webhookUrl", UNSET)

        rhart_video_ltx_23_image_to_video_lora_request = cls(
            field_222value=field_222value,
            field_240select=field_240select,
            field_245select=field_245select,
            field_269prompt=field_269prompt,
            field_98image=field_98image,
            field_254lora_name=field_254lora_name,
            field_254strength_model=field_254strength_model,
            field_257lora_name=field_257lora_name,
            field_257strength_model=field_257strength_model,
            field_258lora_name=field_258lora_name,
            field_258strength_model=field_258strength_model,
            webhook_url=webhook_url,
        )

        rhart_video_ltx_23_image_to_video_lora_request.additional_properties = d
        return rhart_video_ltx_23_image_to_video_lora_request

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
