from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="KlingElementsRequest")


@_attrs_define
class KlingElementsRequest:
    """Request body of kling-elements.

    Attributes:
        description (str): free-text description
        element_refer_list (list[str]): elementReferList URLs
        image_url (str): input image URL
        name (str): name
        webhook_url (str | Unset): Optional URL that RunningHub POSTs a `TASK_END` event to when the task ends.
            Callbacks are not signed: treat one as a hint and confirm the task with a query.
    """

    description: str
    element_refer_list: list[str]
    image_url: str
    name: str
    webhook_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        description = self.description

        element_refer_list = self.element_refer_list

        image_url = self.image_url

        name = self.name

        webhook_url = self.webhook_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "description": description,
                "elementReferList": element_refer_list,
                "imageUrl": image_url,
                "name": name,
            }
        )
        if webhook_url is not UNSET:
            field_dict["webhookUrl"] = webhook_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        description = d.pop("description")

        element_refer_list = cast(list[str], d.pop("elementReferList"))

        image_url = d.pop("imageUrl")

        name = d.pop("name")

        webhook_url = d.pop("webhookUrl", UNSET)

        kling_elements_request = cls(
            description=description,
            element_refer_list=element_refer_list,
            image_url=image_url,
            name=name,
            webhook_url=webhook_url,
        )

        kling_elements_request.additional_properties = d
        return kling_elements_request

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
