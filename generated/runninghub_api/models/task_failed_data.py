from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.failed_reason import FailedReason


T = TypeVar("T", bound="TaskFailedData")


@_attrs_define
class TaskFailedData:
    """`data` of /task/openapi/outputs when the task failed (code 805).

    Attributes:
        failed_reason (FailedReason | Unset): Why a workflow task failed (ComfyUI exception details). All fields
            optional; `{}` on success and on a refusal. Other keys are allowed (lenient: ComfyUI's own socket message
            carries further fields such as node_type and executed, and RunningHub copies its failure object as it is).
    """

    failed_reason: FailedReason | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        failed_reason: dict[str, Any] | Unset = UNSET
        if not isinstance(self.failed_reason, Unset):
            failed_reason = self.failed_reason.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if failed_reason is not UNSET:
            field_dict["failedReason"] = failed_reason

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.failed_reason import FailedReason

        d = dict(src_dict)
        _failed_reason = d.pop("failedReason", UNSET)
        failed_reason: FailedReason | Unset
        if isinstance(_failed_reason, Unset):
            failed_reason = UNSET
        else:
            failed_reason = FailedReason.from_dict(_failed_reason)

        task_failed_data = cls(
            failed_reason=failed_reason,
        )

        task_failed_data.additional_properties = d
        return task_failed_data

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
