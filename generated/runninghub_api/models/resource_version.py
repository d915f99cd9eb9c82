from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.resource_poster import ResourcePoster


T = TypeVar("T", bound="ResourceVersion")


@_attrs_define
class ResourceVersion:
    """
    Attributes:
        base_model (None | str | Unset):
        base_model_subtype (None | str | Unset):
        desc (None | str | Unset):
        id (int | None | str | Unset):
        poster_infos (list[ResourcePoster] | None | Unset):
        trigger_words (None | str | Unset):
        version (None | str | Unset):
        version_resource_name (None | str | Unset):
    """

    base_model: None | str | Unset = UNSET
    base_model_subtype: None | str | Unset = UNSET
    desc: None | str | Unset = UNSET
    id: int | None | str | Unset = UNSET
    poster_infos: list[ResourcePoster] | None | Unset = UNSET
    trigger_words: None | str | Unset = UNSET
    version: None | str | Unset = UNSET
    version_resource_name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        base_model: None | str | Unset
        if isinstance(self.base_model, Unset):
            base_model = UNSET
        else:
            base_model = self.base_model

        base_model_subtype: None | str | Unset
        if isinstance(self.base_model_subtype, Unset):
            base_model_subtype = UNSET
        else:
            base_model_subtype = self.base_model_subtype

        desc: None | str | Unset
        if isinstance(self.desc, Unset):
            desc = UNSET
        else:
            desc = self.desc

        id: int | None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        poster_infos: list[dict[str, Any]] | None | Unset
        if isinstance(self.poster_infos, Unset):
            poster_infos = UNSET
        elif isinstance(self.poster_infos, list):
            poster_infos = []
            for poster_infos_type_0_item_data in self.poster_infos:
                poster_infos_type_0_item = poster_infos_type_0_item_data.to_dict()
                poster_infos.append(poster_infos_type_0_item)

        else:
            poster_infos = self.poster_infos

        trigger_words: None | str | Unset
        if isinstance(self.trigger_words, Unset):
            trigger_words = UNSET
        else:
            trigger_words = self.trigger_words

        version: None | str | Unset
        if isinstance(self.version, Unset):
            version = UNSET
        else:
            version = self.version

        version_resource_name: None | str | Unset
        if isinstance(self.version_resource_name, Unset):
            version_resource_name = UNSET
        else:
            version_resource_name = self.version_resource_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if base_model is not UNSET:
            field_dict["baseModel"] = base_model
        if base_model_subtype is not UNSET:
            field_dict["baseModelSubtype"] = base_model_subtype
        if desc is not UNSET:
            field_dict["desc"] = desc
        if id is not UNSET:
            field_dict["id"] = id
        if poster_infos is not UNSET:
            field_dict["posterInfos"] = poster_infos
        if trigger_words is not UNSET:
            field_dict["triggerWords"] = trigger_words
        if version is not UNSET:
            field_dict["version"] = version
        if version_resource_name is not UNSET:
            field_dict["versionResourceName"] = version_resource_name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.resource_poster import ResourcePoster

        d = dict(src_dict)

        def _parse_base_model(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        base_model = _parse_base_model(d.pop("baseModel", UNSET))

        def _parse_base_model_subtype(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        base_model_subtype = _parse_base_model_subtype(d.pop("baseModelSubtype", UNSET))

        def _parse_desc(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        desc = _parse_desc(d.pop("desc", UNSET))

        def _parse_id(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_poster_infos(data: object) -> list[ResourcePoster] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                poster_infos_type_0 = []
                _poster_infos_type_0 = data
                for poster_infos_type_0_item_data in _poster_infos_type_0:
                    poster_infos_type_0_item = ResourcePoster.from_dict(
                        poster_infos_type_0_item_data
                    )

                    poster_infos_type_0.append(poster_infos_type_0_item)

                return poster_infos_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ResourcePoster] | None | Unset, data)

        poster_infos = _parse_poster_infos(d.pop("posterInfos", UNSET))

        def _parse_trigger_words(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        trigger_words = _parse_trigger_words(d.pop("triggerWords", UNSET))

        def _parse_version(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        version = _parse_version(d.pop("version", UNSET))

        def _parse_version_resource_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        version_resource_name = _parse_version_resource_name(
            d.pop("versionResourceName", UNSET)
        )

        resource_version = cls(
            base_model=base_model,
            base_model_subtype=base_model_subtype,
            desc=desc,
            id=id,
            poster_infos=poster_infos,
            trigger_words=trigger_words,
            version=version,
            version_resource_name=version_resource_name,
        )

        resource_version.additional_properties = d
        return resource_version

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
