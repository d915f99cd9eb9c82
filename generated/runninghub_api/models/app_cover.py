from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AppCover")


@_attrs_define
class AppCover:
    """
    Attributes:
        id (int | None | str | Unset):
        image_height (int | None | str | Unset):
        image_width (int | None | str | Unset): Pixels, as a string in the docs; null on video covers.
        obj_name (None | str | Unset):
        thumbnail_uri (None | str | Unset):
        url (None | str | Unset):
    """

    id: int | None | str | Unset = UNSET
    image_height: int | None | str | Unset = UNSET
    image_width: int | None | str | Unset = UNSET
    obj_name: None | str | Unset = UNSET
    thumbnail_uri: None | str | Unset = UNSET
    url: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: int | None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        image_height: int | None | str | Unset
        if isinstance(self.image_height, Unset):
            image_height = UNSET
        else:
            image_height = self.image_height

        image_width: int | None | str | Unset
        if isinstance(self.image_width, Unset):
            image_width = UNSET
        else:
            image_width = self.image_width

        obj_name: None | str | Unset
        if isinstance(self.obj_name, Unset):
            obj_name = UNSET
        else:
            obj_name = self.obj_name

        thumbnail_uri: None | str | Unset
        if isinstance(self.thumbnail_uri, Unset):
            thumbnail_uri = UNSET
        else:
            thumbnail_uri = self.thumbnail_uri

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if image_height is not UNSET:
            field_dict["imageHeight"] = image_height
        if image_width is not UNSET:
            field_dict["imageWidth"] = image_width
        if obj_name is not UNSET:
            field_dict["objName"] = obj_name
        if thumbnail_uri is not UNSET:
            field_dict["thumbnailUri"] = thumbnail_uri
        if url is not UNSET:
            field_dict["url"] = url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_id(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_image_height(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        image_height = _parse_image_height(d.pop("imageHeight", UNSET))

        def _parse_image_width(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        image_width = _parse_image_width(d.pop("imageWidth", UNSET))

        def _parse_obj_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        obj_name = _parse_obj_name(d.pop("objName", UNSET))

        def _parse_thumbnail_uri(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        thumbnail_uri = _parse_thumbnail_uri(d.pop("thumbnailUri", UNSET))

        def _parse_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        url = _parse_url(d.pop("url", UNSET))

        app_cover = cls(
            id=id,
            image_height=image_height,
            image_width=image_width,
            obj_name=obj_name,
            thumbnail_uri=thumbnail_uri,
            url=url,
        )

        app_cover.additional_properties = d
        return app_cover

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
