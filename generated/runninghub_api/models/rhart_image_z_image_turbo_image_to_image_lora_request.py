from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.rhart_image_z_image_turbo_image_to_image_lora_request_41_select import (
    RhartImageZImageTurboImageToImageLoraRequest41Select,
    check_rhart_image_z_image_turbo_image_to_image_lora_request_41_select,
)
from ..models.rhart_image_z_image_turbo_image_to_image_lora_request_42_file_type import (
    RhartImageZImageTurboImageToImageLoraRequest42FileType,
    check_rhart_image_z_image_turbo_image_to_image_lora_request_42_file_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="RhartImageZImageTurboImageToImageLoraRequest")


@_attrs_define
class RhartImageZImageTurboImageToImageLoraRequest:
    """Request body of z-image-turbo/image-to-image-lora.

    Attributes:
        field_18text (str): text prompt (ComfyUI node 18 field text)
        field_41select (RhartImageZImageTurboImageToImageLoraRequest41Select): output aspect ratio (ComfyUI node 41
            field select)
        field_42file_type (RhartImageZImageTurboImageToImageLoraRequest42FileType): output file format (ComfyUI node 42
            field file_type)
        field_44image (str): input image URL (ComfyUI node 44 field image)
        field_43lora_name (str | Unset): LoRA file name (ComfyUI node 43 field lora_name)
        field_43strength_model (float | Unset): LoRA strength (ComfyUI node 43 field strength_model) Default: 0.0.
        webhook_url (str | Unset): Optional URL that RunningHub POSTs a `TASK_END` event to when the task ends.
            Callbacks are not signed: treat one as a hint and confirm the task with a query.
    """

    field_18text: str
    field_41select: RhartImageZImageTurboImageToImageLoraRequest41Select
    field_42file_type: RhartImageZImageTurboImageToImageLoraRequest42FileType
    field_44image: str
    field_43lora_name: str | Unset = UNSET
    field_43strength_model: float | Unset = 0.0
    webhook_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_18text = self.field_18text

        field_41select: str = self.field_41select

        field_42file_type: str = self.field_42file_type

        field_44image = self.field_44image

        field_43lora_name = self.field_43lora_name

        field_43strength_model = self.field_43strength_model

        webhook_url = self.webhook_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "18##text": field_18text,
                "41##select": field_41select,
                "42##file_type": field_42file_type,
                "44##image": field_44image,
            }
        )
        if field_43lora_name is not UNSET:
            field_dict["43##lora_name"] = field_43lora_name
        if field_43strength_model is not UNSET:
            field_dict["43##strength_model"] = field_43strength_model
        if webhook_url is not UNSET:
            field_dict["webhookUrl"] = webhook_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        field_18text = d.pop("18##text")

        field_41select = (
            check_rhart_image_z_image_turbo_image_to_image_lora_request_41_select(
                d.pop("41##select")
            )
        )

        field_42file_type = (
            check_rhart_image_z_image_turbo_image_to_image_lora_request_42_file_type(
                d.pop("42##file_type")
            )
        )

        field_44image = d.pop("44##image")

        field_43lora_name = d.pop("43##lora_name", UNSET)

        field_43strength_model = d.pop("43##strength_model", UNSET)

        webhook_url = d.pop("webhookUrl", UNSET)

        rhart_image_z_image_turbo_image_to_image_lora_request = cls(
            field_18text=field_18text,
            field_41select=field_41select,
            field_42file_type=field_42file_type,
            field_44image=field_44image,
            field_43lora_name=field_43lora_name,
            field_43strength_model=field_43strength_model,
            webhook_url=webhook_url,
        )

        rhart_image_z_image_turbo_image_to_image_lora_request.additional_properties = d
        return rhart_image_z_image_turbo_image_to_image_lora_request

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
