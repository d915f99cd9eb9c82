from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.kling_elements_advanced_request_reference_type import (
    KlingElementsAdvancedRequestReferenceType,
    check_kling_elements_advanced_request_reference_type,
)
from ..models.kling_elements_advanced_request_tag_list import (
    KlingElementsAdvancedRequestTagList,
    check_kling_elements_advanced_request_tag_list,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="KlingElementsAdvancedRequest")


@_attrs_define
class KlingElementsAdvancedRequest:
    """Request body of kling-o3/element.

    Attributes:
        element_description (str): elementDescription
        element_name (str): elementName
        reference_type (KlingElementsAdvancedRequestReferenceType): referenceType
        element_video_list (str | Unset): elementVideoList
        tag_list (KlingElementsAdvancedRequestTagList | Unset): tagList
        webhook_url (str | Unset): Optional URL that RunningHub POSTs a `TASK_END` event to when the task ends.
            Callbacks are not signed: treat one as a hint and confirm the task with a query.
    """

    element_description: str
    element_name: str
    reference_type: KlingElementsAdvancedRequestReferenceType
    element_video_list: str | Unset = UNSET
    tag_list: KlingElementsAdvancedRequestTagList | Unset = UNSET
    webhook_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        element_description = self.element_description

        element_name = self.element_name

        reference_type: str = self.reference_type

        element_video_list = self.element_video_list

        tag_list: str | Unset = UNSET
        if not isinstance(self.tag_list, Unset):
            tag_list = self.tag_list

        webhook_url = self.webhook_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "elementDescription": element_description,
                "elementName": element_name,
                "referenceType": reference_type,
            }
        )
        if element_video_list is not UNSET:
            field_dict["elementVideoList"] = element_video_list
        if tag_list is not UNSET:
            field_dict["tagList"] = tag_list
        if webhook_url is not UNSET:
            field_dict["webhookUrl"] = webhook_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        element_description = d.pop("elementDescription")

        element_name = d.pop("elementName")

        reference_type = check_kling_elements_advanced_request_reference_type(
            d.pop("referenceType")
        )

        element_video_list = d.pop("elementVideoList", UNSET)

        _tag_list = d.pop("tagList", UNSET)
        tag_list: KlingElementsAdvancedRequestTagList | Unset
        if isinstance(_tag_list, Unset):
            tag_list = UNSET
        else:
            tag_list = check_kling_elements_advanced_request_tag_list(_tag_list)

        webhook_url = d.pop("webhookUrl", UNSET)

        kling_elements_advanced_request = cls(
            element_description=element_description,
            element_name=element_name,
            reference_type=reference_type,
            element_video_list=element_video_list,
            tag_list=tag_list,
            webhook_url=webhook_url,
        )

        kling_elements_advanced_request.additional_properties = d
        return kling_elements_advanced_request

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
