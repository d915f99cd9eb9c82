from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import UNSET, File, Unset

T = TypeVar("T", bound="LegacyUploadRequest")


@_attrs_define
class LegacyUploadRequest:
    """
    Attributes:
        api_key (str):
        file (File):
        file_type (str | Unset): Kind of file, such as image, video, audio or input (open set).
    """

    api_key: str
    file: File
    file_type: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        api_key = self.api_key

        file = self.file.to_tuple()

        file_type = self.file_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "apiKey": api_key,
                "file": file,
            }
        )
        if file_type is not UNSET:
            field_dict["fileType"] = file_type

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("apiKey", (None, str(self.api_key).encode(), "text/plain")))

        files.append(("file", self.file.to_tuple()))

        if not isinstance(self.file_type, Unset):
            files.append(
                ("fileType", (None, str(self.file_type).encode(), "text/plain"))
            )

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        api_key = d.pop("apiKey")

        file = File(payload=BytesIO(d.pop("file")))

        file_type = d.pop("fileType", UNSET)

        legacy_upload_request = cls(
            api_key=api_key,
            file=file,
            file_type=file_type,
        )

        legacy_upload_request.additional_properties = d
        return legacy_upload_request

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
