from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WebhookDetail")


@_attrs_define
class WebhookDetail:
    """
    Attributes:
        callback_response (None | str | Unset):
        callback_status (None | str | Unset): Delivery status, such as SUCCESS or FAILED.
        create_time (None | str | Unset): Such as 2025-03-25T16:05:07 (no time zone).
        event (None | str | Unset): TASK_END (one third-party SDK only).
        event_data (None | str | Unset): The callback body sent, as a JSON string.
        id (int | None | str | Unset): Webhook event id (for resend).
        retry_count (int | None | str | Unset): Redeliveries so far (a number, 3 in the docs).
        task_id (int | None | str | Unset):
        update_time (None | str | Unset):
        user_api_key (None | str | Unset): The key, masked.
        webhook_url (None | str | Unset):
    """

    callback_response: None | str | Unset = UNSET
    callback_status: None | str | Unset = UNSET
    create_time: None | str | Unset = UNSET
    event: None | str | Unset = UNSET
    event_data: None | str | Unset = UNSET
    id: int | None | str | Unset = UNSET
    retry_count: int | None | str | Unset = UNSET
    task_id: int | None | str | Unset = UNSET
    update_time: None | str | Unset = UNSET
    user_api_key: None | str | Unset = UNSET
    webhook_url: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        callback_response: None | str | Unset
        if isinstance(self.callback_response, Unset):
            callback_response = UNSET
        else:
            callback_response = self.callback_response

        callback_status: None | str | Unset
        if isinstance(self.callback_status, Unset):
            callback_status = UNSET
        else:
            callback_status = self.callback_status

        create_time: None | str | Unset
        if isinstance(self.create_time, Unset):
            create_time = UNSET
        else:
            create_time = self.create_time

        event: None | str | Unset
        if isinstance(self.event, Unset):
            event = UNSET
        else:
            event = self.event

        event_data: None | str | Unset
        if isinstance(self.event_data, Unset):
            event_data = UNSET
        else:
            event_data = self.event_data

        id: int | None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        retry_count: int | None | str | Unset
        if isinstance(self.retry_count, Unset):
            retry_count = UNSET
        else:
            retry_count = self.retry_count

        task_id: int | None | str | Unset
        if isinstance(self.task_id, Unset):
            task_id = UNSET
        else:
            task_id = self.task_id

        update_time: None | str | Unset
        if isinstance(self.update_time, Unset):
            update_time = UNSET
        else:
            update_time = self.update_time

        user_api_key: None | str | Unset
        if isinstance(self.user_api_key, Unset):
            user_api_key = UNSET
        else:
            user_api_key = self.user_api_key

        webhook_url: None | str | Unset
        if isinstance(self.webhook_url, Unset):
            webhook_url = UNSET
        else:
            webhook_url = self.webhook_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if callback_response is not UNSET:
            field_dict["callbackResponse"] = callback_response
        if callback_status is not UNSET:
            field_dict["callbackStatus"] = callback_status
        if create_time is not UNSET:
            field_dict["createTime"] = create_time
        if event is not UNSET:
            field_dict["event"] = event
        if event_data is not UNSET:
            field_dict["eventData"] = event_data
        if id is not UNSET:
            field_dict["id"] = id
        if retry_count is not UNSET:
            field_dict["retryCount"] = retry_count
        if task_id is not UNSET:
            field_dict["taskId"] = task_id
        if update_time is not UNSET:
            field_dict["updateTime"] = update_time
        if user_api_key is not UNSET:
            field_dict["userApiKey"] = user_api_key
        if webhook_url is not UNSET:
            field_dict["webhookUrl"] = webhook_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_callback_response(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        callback_response = _parse_callback_response(d.pop("callbackResponse", UNSET))

        def _parse_callback_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        callback_status = _parse_callback_status(d.pop("callbackStatus", UNSET))

        def _parse_create_time(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        create_time = _parse_create_time(d.pop("createTime", UNSET))

        def _parse_event(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        event = _parse_event(d.pop("event", UNSET))

        def _parse_event_data(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        event_data = _parse_event_data(d.pop("eventData", UNSET))

        def _parse_id(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_retry_count(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        retry_count = _parse_retry_count(d.pop("retryCount", UNSET))

        def _parse_task_id(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        task_id = _parse_task_id(d.pop("taskId", UNSET))

        def _parse_update_time(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        update_time = _parse_update_time(d.pop("updateTime", UNSET))

        def _parse_user_api_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        user_api_key = _parse_user_api_key(d.pop("userApiKey", UNSET))

        def _parse_webhook_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        webhook_url = _parse_webhook_url(d.pop("webhookUrl", UNSET))

        webhook_detail = cls(
            callback_response=callback_response,
            callback_status=callback_status,
            create_time=create_time,
            event=event,
            event_data=event_data,
            id=id,
            retry_count=retry_count,
            task_id=task_id,
            update_time=update_time,
            user_api_key=user_api_key,
            webhook_url=webhook_url,
        )

        webhook_detail.additional_properties = d
        return webhook_detail

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
