from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="LoraUploadUrlRequest")


@_attrs_define
class LoraUploadUrlRequest:
    """
    Attributes:
        api_key (str):
        lora_name (str):
        md_5_hex (str): MD5 of the file, hex.
    """

    api_key: str
    lora_name: str
    md_5_hex: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        api_key = self.api_key

        lora_name = self.lora_name

        md_5_hex = self.md_5_hex

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "apiKey": api_key,
                "loraName": lora_name,
                "md5Hex": md_5_hex,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        api_key = d.pop("apiKey")

        lora_name = d.pop("loraName")

        md_5_hex = d.pop("md5Hex")

        lora_upload_url_request = cls(
            api_key=api_key,
            lora_name=lora_name,
            md_5_hex=md_5_hex,
        )

        lora_upload_url_request.additional_properties = d
        return lora_upload_url_request

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
