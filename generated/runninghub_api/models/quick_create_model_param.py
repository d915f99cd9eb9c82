from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="QuickCreateModelParam")


@_attrs_define
class QuickCreateModelParam:
    """
    Attributes:
        content (None | str | Unset):
        id (int | None | str | Unset):
        model_category (None | str | Unset):
        model_key (None | str | Unset):
        model_loar_1_file_name (None | str | Unset): Wire name as documented (sic).
        model_loar_1_weight (float | None | str | Unset):
        model_loar_2_file_name (None | str | Unset):
        model_loar_2_weight (float | None | str | Unset):
        model_name (None | str | Unset):
        model_preview_url (None | str | Unset):
        model_trigger (None | str | Unset):
        type_ (int | None | str | Unset):
        webapp_id (int | None | str | Unset):
    """

    content: None | str | Unset = UNSET
    id: int | None | str | Unset = UNSET
    model_category: None | str | Unset = UNSET
    model_key: None | str | Unset = UNSET
    model_loar_1_file_name: None | str | Unset = UNSET
    model_loar_1_weight: float | None | str | Unset = UNSET
    model_loar_2_file_name: None | str | Unset = UNSET
    model_loar_2_weight: float | None | str | Unset = UNSET
    model_name: None | str | Unset = UNSET
    model_preview_url: None | str | Unset = UNSET
    model_trigger: None | str | Unset = UNSET
    type_: int | None | str | Unset = UNSET
    webapp_id: int | None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        content: None | str | Unset
        if isinstance(self.content, Unset):
            content = UNSET
        else:
            content = self.content

        id: int | None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        model_category: None | str | Unset
        if isinstance(self.model_category, Unset):
            model_category = UNSET
        else:
            model_category = self.model_category

        model_key: None | str | Unset
        if isinstance(self.model_key, Unset):
            model_key = UNSET
        else:
            model_key = self.model_key

        model_loar_1_file_name: None | str | Unset
        if isinstance(self.model_loar_1_file_name, Unset):
            model_loar_1_file_name = UNSET
        else:
            model_loar_1_file_name = self.model_loar_1_file_name

        model_loar_1_weight: float | None | str | Unset
        if isinstance(self.model_loar_1_weight, Unset):
            model_loar_1_weight = UNSET
        else:
            model_loar_1_weight = self.model_loar_1_weight

        model_loar_2_file_name: None | str | Unset
        if isinstance(self.model_loar_2_file_name, Unset):
            model_loar_2_file_name = UNSET
        else:
            model_loar_2_file_name = self.model_loar_2_file_name

        model_loar_2_weight: float | None | str | Unset
        if isinstance(self.model_loar_2_weight, Unset):
            model_loar_2_weight = UNSET
        else:
            model_loar_2_weight = self.model_loar_2_weight

        model_name: None | str | Unset
        if isinstance(self.model_name, Unset):
            model_name = UNSET
        else:
            model_name = self.model_name

        model_preview_url: None | str | Unset
        if isinstance(self.model_preview_url, Unset):
            model_preview_url = UNSET
        else:
            model_preview_url = self.model_preview_url

        model_trigger: None | str | Unset
        if isinstance(self.model_trigger, Unset):
            model_trigger = UNSET
        else:
            model_trigger = self.model_trigger

        type_: int | None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        webapp_id: int | None | str | Unset
        if isinstance(self.webapp_id, Unset):
            webapp_id = UNSET
        else:
            webapp_id = self.webapp_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if content is not UNSET:
            field_dict["content"] = content
        if id is not UNSET:
            field_dict["id"] = id
        if model_category is not UNSET:
            field_dict["modelCategory"] = model_category
        if model_key is not UNSET:
            field_dict["modelKey"] = model_key
        if model_loar_1_file_name is not UNSET:
            field_dict["modelLoar1FileName"] = model_loar_1_file_name
        if model_loar_1_weight is not UNSET:
            field_dict["modelLoar1Weight"] = model_loar_1_weight
        if model_loar_2_file_name is not UNSET:
            field_dict["modelLoar2FileName"] = model_loar_2_file_name
        if model_loar_2_weight is not UNSET:
            field_dict["modelLoar2Weight"] = model_loar_2_weight
        if model_name is not UNSET:
            field_dict["modelName"] = model_name
        if model_preview_url is not UNSET:
            field_dict["modelPreviewUrl"] = model_preview_url
        if model_trigger is not UNSET:
            field_dict["modelTrigger"] = model_trigger
        if type_ is not UNSET:
            field_dict["type"] = type_
        if webapp_id is not UNSET:
            field_dict["webappId"] = webapp_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_content(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        content = _parse_content(d.pop("content", UNSET))

        def _parse_id(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_model_category(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        model_category = _parse_model_category(d.pop("modelCategory", UNSET))

        def _parse_model_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        model_key = _parse_model_key(d.pop("modelKey", UNSET))

        def _parse_model_loar_1_file_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        model_loar_1_file_name = _parse_model_loar_1_file_name(
            d.pop("modelLoar1FileName", UNSET)
        )

        def _parse_model_loar_1_weight(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        model_loar_1_weight = _parse_model_loar_1_weight(
            d.pop("modelLoar1Weight", UNSET)
        )

        def _parse_model_loar_2_file_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        model_loar_2_file_name = _parse_model_loar_2_file_name(
            d.pop("modelLoar2FileName", UNSET)
        )

        def _parse_model_loar_2_weight(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        model_loar_2_weight = _parse_model_loar_2_weight(
            d.pop("modelLoar2Weight", UNSET)
        )

        def _parse_model_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        model_name = _parse_model_name(d.pop("modelName", UNSET))

        def _parse_model_preview_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        model_preview_url = _parse_model_preview_url(d.pop("modelPreviewUrl", UNSET))

        def _parse_model_trigger(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        model_trigger = _parse_model_trigger(d.pop("modelTrigger", UNSET))

        def _parse_type_(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        def _parse_webapp_id(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        webapp_id = _parse_webapp_id(d.pop("webappId", UNSET))

        quick_create_model_param = cls(
            content=content,
            id=id,
            model_category=model_category,
            model_key=model_key,
            model_loar_1_file_name=model_loar_1_file_name,
            model_loar_1_weight=model_loar_1_weight,
            model_loar_2_file_name=model_loar_2_file_name,
            model_loar_2_weight=model_loar_2_weight,
            model_name=model_name,
            model_preview_url=model_preview_url,
            model_trigger=model_trigger,
            type_=type_,
            webapp_id=webapp_id,
        )

        quick_create_model_param.additional_properties = d
        return quick_create_model_param

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
