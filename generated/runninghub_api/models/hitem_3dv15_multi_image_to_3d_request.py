from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.hitem_3dv15_multi_image_to_3d_request_request_type import (
    Hitem3DV15MultiImageTo3DRequestRequestType,
    check_hitem_3dv15_multi_image_to_3d_request_request_type,
)
from ..models.hitem_3dv15_multi_image_to_3d_request_resolution import (
    Hitem3DV15MultiImageTo3DRequestResolution,
    check_hitem_3dv15_multi_image_to_3d_request_resolution,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="Hitem3DV15MultiImageTo3DRequest")


@_attrs_define
class Hitem3DV15MultiImageTo3DRequest:
    """Request body of hitem3d-v15/multi-image-to-3d.

    Attributes:
        front_image_url (str): frontImageUrl URL
        request_type (Hitem3DV15MultiImageTo3DRequestRequestType): mesh only or mesh+texture
        resolution (Hitem3DV15MultiImageTo3DRequestResolution): output resolution tier
        back_image_url (str | Unset): backImageUrl URL
        face (int | Unset): target face count Default: 1000000.
        left_image_url (str | Unset): leftImageUrl URL
        right_image_url (str | Unset): rightImageUrl URL
        webhook_url (str | Unset): Optional URL that RunningHub POSTs a `TASK_END` event to when the task ends.
            Callbacks are not signed: treat one as a hint and confirm the task with a query.
    """

    front_image_url: str
    request_type: Hitem3DV15MultiImageTo3DRequestRequestType
    resolution: Hitem3DV15MultiImageTo3DRequestResolution
    back_image_url: str | Unset = UNSET
    face: int | Unset = 1000000
    left_image_url: str | Unset = UNSET
    right_image_url: str | Unset = UNSET
    webhook_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        front_image_url = self.front_image_url

        request_type: str = self.request_type

        resolution: str = self.resolution

        back_image_url = self.back_image_url

        face = self.face

        left_image_url = self.left_image_url

        right_image_url = self.right_image_url

        webhook_url = self.webhook_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "frontImageUrl": front_image_url,
                "requestType": request_type,
                "resolution": resolution,
            }
        )
        if back_image_url is not UNSET:
            field_dict["backImageUrl"] = back_image_url
        if face is not UNSET:
            field_dict["face"] = face
        if left_image_url is not UNSET:
            field_dict["leftImageUrl"] = left_image_url
        if right_image_url is not UNSET:
            field_dict["rightImageUrl"] = right_image_url
        if webhook_url is not UNSET:
            field_dict["webhookUrl"] = webhook_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        front_image_url = d.pop("frontImageUrl")

        request_type = check_hitem_3dv15_multi_image_to_3d_request_request_type(
            d.pop("requestType")
        )

        resolution = check_hitem_3dv15_multi_image_to_3d_request_resolution(
            d.pop("resolution")
        )

        back_image_url = d.pop("backImageUrl", UNSET)

        face = d.pop("face", UNSET)

        left_image_url = d.pop("leftImageUrl", UNSET)

        right_image_url = d.pop("rightImageUrl", UNSET)

        webhook_url = d.pop("webhookUrl", UNSET)

        hitem_3dv15_multi_image_to_3d_request = cls(
            front_image_url=front_image_url,
            request_type=request_type,
            resolution=resolution,
            back_image_url=back_image_url,
            face=face,
            left_image_url=left_image_url,
            right_image_url=right_image_url,
            webhook_url=webhook_url,
        )

        hitem_3dv15_multi_image_to_3d_request.additional_properties = d
        return hitem_3dv15_multi_image_to_3d_request

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
