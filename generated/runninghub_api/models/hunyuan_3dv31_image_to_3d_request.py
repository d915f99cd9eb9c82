from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.hunyuan_3dv31_image_to_3d_request_generate_type import (
    Hunyuan3DV31ImageTo3DRequestGenerateType,
    check_hunyuan_3dv31_image_to_3d_request_generate_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="Hunyuan3DV31ImageTo3DRequest")


@_attrs_define
class Hunyuan3DV31ImageTo3DRequest:
    """Request body of hunyuan3d-v3.1/image-to-3d.

    Attributes:
        enable_pbr (bool): enablePbr
        generate_type (Hunyuan3DV31ImageTo3DRequestGenerateType): generateType
        image_url (str): input image URL
        back_image_url (str | Unset): backImageUrl URL
        bottom_image_url (str | Unset): bottomImageUrl URL
        face_count (int | Unset): faceCount Default: 500000.
        left_front_image_url (str | Unset): leftFrontImageUrl URL
        left_image_url (str | Unset): leftImageUrl URL
        right_front_image_url (str | Unset): rightFrontImageUrl URL
        right_image_url (str | Unset): rightImageUrl URL
        top_image_url (str | Unset): topImageUrl URL
        webhook_url (str | Unset): Optional URL that RunningHub POSTs a `TASK_END` event to when the task ends.
            Callbacks are not signed: treat one as a hint and confirm the task with a query.
    """

    enable_pbr: bool
    generate_type: Hunyuan3DV31ImageTo3DRequestGenerateType
    image_url: str
    back_image_url: str | Unset = UNSET
    bottom_image_url: str | Unset = UNSET
    face_count: int | Unset = 500000
    left_front_image_url: str | Unset = UNSET
    left_image_url: str | Unset = UNSET
    right_front_image_url: str | Unset = UNSET
    right_image_url: str | Unset = UNSET
    top_image_url: str | Unset = UNSET
    webhook_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        enable_pbr = self.enable_pbr

        generate_type: str = self.generate_type

        image_url = self.image_url

        back_image_url = self.back_image_url

        bottom_image_url = self.bottom_image_url

        face_count = self.face_count

        left_front_image_url = self.left_front_image_url

        left_image_url = self.left_image_url

        right_front_image_url = self.right_front_image_url

        right_image_url = self.right_image_url

        top_image_url = self.top_image_url

        webhook_url = self.webhook_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "enablePbr": enable_pbr,
                "generateType": generate_type,
                "imageUrl": image_url,
            }
        )
        if back_image_url is not UNSET:
            field_dict["backImageUrl"] = back_image_url
        if bottom_image_url is not UNSET:
            field_dict["bottomImageUrl"] = bottom_image_url
        if face_count is not UNSET:
            field_dict["faceCount"] = face_count
        if left_front_image_url is not UNSET:
            field_dict["leftFrontImageUrl"] = left_front_image_url
        if left_image_url is not UNSET:
            field_dict["leftImageUrl"] = left_image_url
        if right_front_image_url is not UNSET:
            field_dict["rightFrontImageUrl"] = right_front_image_url
        if right_image_url is not UNSET:
            field_dict["rightImageUrl"] = right_image_url
        if top_image_url is not UNSET:
            field_dict["topImageUrl"] = top_image_url
        if webhook_url is not UNSET:
            field_dict["webhookUrl"] = webhook_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        enable_pbr = d.pop("enablePbr")

        generate_type = check_hunyuan_3dv31_image_to_3d_request_generate_type(
            d.pop("generateType")
        )

        image_url = d.pop("imageUrl")

        back_image_url = d.pop("backImageUrl", UNSET)

        bottom_image_url = d.pop("bottomImageUrl", UNSET)

        face_count = d.pop("faceCount", UNSET)

        left_front_image_url = d.pop("leftFrontImageUrl", UNSET)

        left_image_url = d.pop("leftImageUrl", UNSET)

        right_front_image_url = d.pop("rightFrontImageUrl", UNSET)

        right_image_url = d.pop("rightImageUrl", UNSET)

        top_image_url = d.pop("topImageUrl", UNSET)

        webhook_url = d.pop("webhookUrl", UNSET)

        hunyuan_3dv31_image_to_3d_request = cls(
            enable_pbr=enable_pbr,
            generate_type=generate_type,
            image_url=image_url,
            back_image_url=back_image_url,
            bottom_image_url=bottom_image_url,
            face_count=face_count,
            left_front_image_url=left_front_image_url,
            left_image_url=left_image_url,
            right_front_image_url=right_front_image_url,
            right_image_url=right_image_url,
            top_image_url=top_image_url,
            webhook_url=webhook_url,
        )

        hunyuan_3dv31_image_to_3d_request.additional_properties = d
        return hunyuan_3dv31_image_to_3d_request

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
