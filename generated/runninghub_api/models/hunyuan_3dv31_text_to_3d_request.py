from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.hunyuan_3dv31_text_to_3d_request_generate_type import (
    Hunyuan3DV31TextTo3DRequestGenerateType,
    check_hunyuan_3dv31_text_to_3d_request_generate_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="Hunyuan3DV31TextTo3DRequest")


@_attrs_define
class Hunyuan3DV31TextTo3DRequest:
    """Request body of hunyuan3d-v3.1/text-to-3d.

    Attributes:
        enable_pbr (bool): enablePbr
        generate_type (Hunyuan3DV31TextTo3DRequestGenerateType): generateType
        prompt (str): text prompt
        face_count (int | Unset): faceCount Default: 500000.
        webhook_url (str | Unset): Optional URL that RunningHub POSTs a `TASK_END` event to when the task ends.
            Callbacks are not signed: treat one as a hint and confirm the task with a query.
    """

    enable_pbr: bool
    generate_type: Hunyuan3DV31TextTo3DRequestGenerateType
    prompt: str
    face_count: int | Unset = 500000
    webhook_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        enable_pbr = self.enable_pbr

        generate_type: str = self.generate_type

        prompt = self.prompt

        face_count = self.face_count

        webhook_url = self.webhook_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "enablePbr": enable_pbr,
                "generateType": generate_type,
                "prompt": prompt,
            }
        )
        if face_count is not UNSET:
            field_dict["faceCount"] = face_count
        if webhook_url is not UNSET:
            field_dict["webhookUrl"] = webhook_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        enable_pbr = d.pop("enablePbr")

        generate_type = check_hunyuan_3dv31_text_to_3d_request_generate_type(
            d.pop("generateType")
        )

        prompt = d.pop("prompt")

        face_count = d.pop("faceCount", UNSET)

        webhook_url = d.pop("webhookUrl", UNSET)

        hunyuan_3dv31_text_to_3d_request = cls(
            enable_pbr=enable_pbr,
            generate_type=generate_type,
            prompt=prompt,
            face_count=face_count,
            webhook_url=webhook_url,
        )

        hunyuan_3dv31_text_to_3d_request.additional_properties = d
        return hunyuan_3dv31_text_to_3d_request

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
