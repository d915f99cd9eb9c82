from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.failed_reason_current_inputs_type_1 import (
        FailedReasonCurrentInputsType1,
    )
    from ..models.failed_reason_current_outputs_type_1 import (
        FailedReasonCurrentOutputsType1,
    )


T = TypeVar("T", bound="FailedReason")


@_attrs_define
class FailedReason:
    """Why a workflow task failed (ComfyUI exception details). All fields optional; `{}` on success and on a refusal. Other
    keys are allowed (lenient: ComfyUI's own socket message carries further fields such as node_type and executed, and
    RunningHub copies its failure object as it is).

        Attributes:
            current_inputs (FailedReasonCurrentInputsType1 | None | str | Unset): The node's inputs, as JSON text ("{}") in
                real replies.
            current_outputs (FailedReasonCurrentOutputsType1 | None | str | Unset): The node's outputs, as JSON text ("{}")
                in real replies.
            exception_message (None | str | Unset):
            exception_type (None | str | Unset):
            node_id (None | str | Unset):
            node_name (None | str | Unset):
            traceback (list[str] | None | str | Unset): The traceback; in real replies a JSON array serialised to a string.
    """

    current_inputs: FailedReasonCurrentInputsType1 | None | str | Unset = UNSET
    current_outputs: FailedReasonCurrentOutputsType1 | None | str | Unset = UNSET
    exception_message: None | str | Unset = UNSET
    exception_type: None | str | Unset = UNSET
    node_id: None | str | Unset = UNSET
    node_name: None | str | Unset = UNSET
    traceback: list[str] | None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.failed_reason_current_inputs_type_1 import (
            FailedReasonCurrentInputsType1,
        )
        from ..models.failed_reason_current_outputs_type_1 import (
            FailedReasonCurrentOutputsType1,
        )

        current_inputs: dict[str, Any] | None | str | Unset
        if isinstance(self.current_inputs, Unset):
            current_inputs = UNSET
        elif isinstance(self.current_inputs, FailedReasonCurrentInputsType1):
            current_inputs = self.current_inputs.to_dict()
        else:
            current_inputs = self.current_inputs

        current_outputs: dict[str, Any] | None | str | Unset
        if isinstance(self.current_outputs, Unset):
            current_outputs = UNSET
        elif isinstance(self.current_outputs, FailedReasonCurrentOutputsType1):
            current_outputs = self.current_outputs.to_dict()
        else:
            current_outputs = self.current_outputs

        exception_message: None | str | Unset
        if isinstance(self.exception_message, Unset):
            exception_message = UNSET
        else:
            exception_message = self.exception_message

        exception_type: None | str | Unset
        if isinstance(self.exception_type, Unset):
            exception_type = UNSET
        else:
            exception_type = self.exception_type

        node_id: None | str | Unset
        if isinstance(self.node_id, Unset):
            node_id = UNSET
        else:
            node_id = self.node_id

        node_name: None | str | Unset
        if isinstance(self.node_name, Unset):
            node_name = UNSET
        else:
            node_name = self.node_name

        traceback: list[str] | None | str | Unset
        if isinstance(self.traceback, Unset):
            traceback = UNSET
        elif isinstance(self.traceback, list):
            traceback = self.traceback

        else:
            traceback = self.traceback

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if current_inputs is not UNSET:
            field_dict["current_inputs"] = current_inputs
        if current_outputs is not UNSET:
            field_dict["current_outputs"] = current_outputs
        if exception_message is not UNSET:
            field_dict["exception_message"] = exception_message
        if exception_type is not UNSET:
            field_dict["exception_type"] = exception_type
        if node_id is not UNSET:
            field_dict["node_id"] = node_id
        if node_name is not UNSET:
            field_dict["node_name"] = node_name
        if traceback is not UNSET:
            field_dict["traceback"] = traceback

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.failed_reason_current_inputs_type_1 import (
            FailedReasonCurrentInputsType1,
        )
        from ..models.failed_reason_current_outputs_type_1 import (
            FailedReasonCurrentOutputsType1,
        )

        d = dict(src_dict)

        def _parse_current_inputs(
            data: object,
        ) -> FailedReasonCurrentInputsType1 | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                current_inputs_type_1 = FailedReasonCurrentInputsType1.from_dict(data)

                return current_inputs_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FailedReasonCurrentInputsType1 | None | str | Unset, data)

        current_inputs = _parse_current_inputs(d.pop("current_inputs", UNSET))

        def _parse_current_outputs(
            data: object,
        ) -> FailedReasonCurrentOutputsType1 | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                current_outputs_type_1 = FailedReasonCurrentOutputsType1.from_dict(data)

                return current_outputs_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FailedReasonCurrentOutputsType1 | None | str | Unset, data)

        current_outputs = _parse_current_outputs(d.pop("current_outputs", UNSET))

        def _parse_exception_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        exception_message = _parse_exception_message(d.pop("exception_message", UNSET))

        def _parse_exception_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        exception_type = _parse_exception_type(d.pop("exception_type", UNSET))

        def _parse_node_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        node_id = _parse_node_id(d.pop("node_id", UNSET))

        def _parse_node_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        node_name = _parse_node_name(d.pop("node_name", UNSET))

        def _parse_traceback(data: object) -> list[str] | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                traceback_type_1 = cast(list[str], data)

                return traceback_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | str | Unset, data)

        traceback = _parse_traceback(d.pop("traceback", UNSET))

        failed_reason = cls(
            current_inputs=current_inputs,
            current_outputs=current_outputs,
            exception_message=exception_message,
            exception_type=exception_type,
            node_id=node_id,
            node_name=node_name,
            traceback=traceback,
        )

        failed_reason.additional_properties = d
        return failed_reason

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
