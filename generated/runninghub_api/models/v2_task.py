from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.failed_reason import FailedReason
    from ..models.task_result import TaskResult
    from ..models.task_usage import TaskUsage
    from ..models.task_usage_entry import TaskUsageEntry


T = TypeVar("T", bound="V2Task")


@_attrs_define
class V2Task:
    """The flat v2 task object: the reply to a model submit and to POST /openapi/v2/query. A refusal has the same shape
    with empty `taskId` and `status` and a non-empty `errorCode`. A FAILED task carries its own `errorCode` too (the
    docs' example: "1000", "unknown error"): the status, not the code, says the task ended. Codes are an open set.

        Attributes:
            client_id (None | str | Unset):
            error_code (int | None | str | Unset): Business error code: empty string when there is no error. Documented as a
                string holding a number ("1007"); a number is accepted too (lenient reading). The legacy envelope's `code`
                (LegacyCode) uses the same table: the two ranges do not overlap.
            error_message (None | str | Unset):
            failed_reason (FailedReason | None | Unset):
            parent_task_id (int | None | str | Unset): The parent task, for a sub-task (null in every capture so far).
            prompt_tips (None | str | Unset): ComfyUI validation result, as a JSON string.
            results (list[TaskResult] | None | Unset): Outputs; null until the task succeeds.
            status (None | str | Unset): The status; null when a submit was refused with an errorCode.
            task_id (None | str | Unset): The task id; null (or empty) when a submit was refused with an errorCode.
            task_usage_list (list[TaskUsageEntry] | None | Unset): Usage per (sub)task; null on a refusal. Not in the
                official docs (seen in real replies).
            usage (None | TaskUsage | Unset):
    """

    client_id: None | str | Unset = UNSET
    error_code: int | None | str | Unset = UNSET
    error_message: None | str | Unset = UNSET
    failed_reason: FailedReason | None | Unset = UNSET
    parent_task_id: int | None | str | Unset = UNSET
    prompt_tips: None | str | Unset = UNSET
    results: list[TaskResult] | None | Unset = UNSET
    status: None | str | Unset = UNSET
    task_id: None | str | Unset = UNSET
    task_usage_list: list[TaskUsageEntry] | None | Unset = UNSET
    usage: None | TaskUsage | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.failed_reason import FailedReason
        from ..models.task_usage import TaskUsage

        client_id: None | str | Unset
        if isinstance(self.client_id, Unset):
            client_id = UNSET
        else:
            client_id = self.client_id

        error_code: int | None | str | Unset
        if isinstance(self.error_code, Unset):
            error_code = UNSET
        else:
            error_code = self.error_code

        error_message: None | str | Unset
        if isinstance(self.error_message, Unset):
            error_message = UNSET
        else:
            error_message = self.error_message

        failed_reason: dict[str, Any] | None | Unset
        if isinstance(self.failed_reason, Unset):
            failed_reason = UNSET
        elif isinstance(self.failed_reason, FailedReason):
            failed_reason = self.failed_reason.to_dict()
        else:
            failed_reason = self.failed_reason

        parent_task_id: int | None | str | Unset
        if isinstance(self.parent_task_id, Unset):
            parent_task_id = UNSET
        else:
            parent_task_id = self.parent_task_id

        prompt_tips: None | str | Unset
        if isinstance(self.prompt_tips, Unset):
            prompt_tips = UNSET
        else:
            prompt_tips = self.prompt_tips

        results: list[dict[str, Any]] | None | Unset
        if isinstance(self.results, Unset):
            results = UNSET
        elif isinstance(self.results, list):
            results = []
            for results_type_0_item_data in self.results:
                results_type_0_item = results_type_0_item_data.to_dict()
                results.append(results_type_0_item)

        else:
            results = self.results

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        task_id: None | str | Unset
        if isinstance(self.task_id, Unset):
            task_id = UNSET
        else:
            task_id = self.task_id

        task_usage_list: list[dict[str, Any]] | None | Unset
        if isinstance(self.task_usage_list, Unset):
            task_usage_list = UNSET
        elif isinstance(self.task_usage_list, list):
            task_usage_list = []
            for task_usage_list_type_0_item_data in self.task_usage_list:
                task_usage_list_type_0_item = task_usage_list_type_0_item_data.to_dict()
                task_usage_list.append(task_usage_list_type_0_item)

        else:
            task_usage_list = self.task_usage_list

        usage: dict[str, Any] | None | Unset
        if isinstance(self.usage, Unset):
            usage = UNSET
        elif isinstance(self.usage, TaskUsage):
            usage = self.usage.to_dict()
        else:
            usage = self.usage

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if client_id is not UNSET:
            field_dict["clientId"] = client_id
        if error_code is not UNSET:
            field_dict["errorCode"] = error_code
        if error_message is not UNSET:
            field_dict["errorMessage"] = error_message
        if failed_reason is not UNSET:
            field_dict["failedReason"] = failed_reason
        if parent_task_id is not UNSET:
            field_dict["parentTaskId"] = parent_task_id
        if prompt_tips is not UNSET:
            field_dict["promptTips"] = prompt_tips
        if results is not UNSET:
            field_dict["results"] = results
        if status is not UNSET:
            field_dict["status"] = status
        if task_id is not UNSET:
            field_dict["taskId"] = task_id
        if task_usage_list is not UNSET:
            field_dict["taskUsageList"] = task_usage_list
        if usage is not UNSET:
            field_dict["usage"] = usage

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.failed_reason import FailedReason
        from ..models.task_result import TaskResult
        from ..models.task_usage import TaskUsage
        from ..models.task_usage_entry import TaskUsageEntry

        d = dict(src_dict)

        def _parse_client_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        client_id = _parse_client_id(d.pop("clientId", UNSET))

        def _parse_error_code(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        error_code = _parse_error_code(d.pop("errorCode", UNSET))

        def _parse_error_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error_message = _parse_error_message(d.pop("errorMessage", UNSET))

        def _parse_failed_reason(data: object) -> FailedReason | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                failed_reason_type_0 = FailedReason.from_dict(data)

                return failed_reason_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FailedReason | None | Unset, data)

        failed_reason = _parse_failed_reason(d.pop("failedReason", UNSET))

        def _parse_parent_task_id(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        parent_task_id = _parse_parent_task_id(d.pop("parentTaskId", UNSET))

        def _parse_prompt_tips(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        prompt_tips = _parse_prompt_tips(d.pop("promptTips", UNSET))

        def _parse_results(data: object) -> list[TaskResult] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                results_type_0 = []
                _results_type_0 = data
                for results_type_0_item_data in _results_type_0:
                    results_type_0_item = TaskResult.from_dict(results_type_0_item_data)

                    results_type_0.append(results_type_0_item)

                return results_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[TaskResult] | None | Unset, data)

        results = _parse_results(d.pop("results", UNSET))

        def _parse_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        def _parse_task_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        task_id = _parse_task_id(d.pop("taskId", UNSET))

        def _parse_task_usage_list(data: object) -> list[TaskUsageEntry] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                task_usage_list_type_0 = []
                _task_usage_list_type_0 = data
                for task_usage_list_type_0_item_data in _task_usage_list_type_0:
                    task_usage_list_type_0_item = TaskUsageEntry.from_dict(
                        task_usage_list_type_0_item_data
                    )

                    task_usage_list_type_0.append(task_usage_list_type_0_item)

                return task_usage_list_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[TaskUsageEntry] | None | Unset, data)

        task_usage_list = _parse_task_usage_list(d.pop("taskUsageList", UNSET))

        def _parse_usage(data: object) -> None | TaskUsage | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                usage_type_0 = TaskUsage.from_dict(data)

                return usage_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TaskUsage | Unset, data)

        usage = _parse_usage(d.pop("usage", UNSET))

        v2_task = cls(
            client_id=client_id,
            error_code=error_code,
            error_message=error_message,
            failed_reason=failed_reason,
            parent_task_id=parent_task_id,
            prompt_tips=prompt_tips,
            results=results,
            status=status,
            task_id=task_id,
            task_usage_list=task_usage_list,
            usage=usage,
        )

        v2_task.additional_properties = d
        return v2_task

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
