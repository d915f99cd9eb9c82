from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="RetryWebhookRequest")


@_attrs_define
class RetryWebhookRequest:
    """
    Attributes:
        api_key (str):
        webhook_id (int | str): The id from the webhook detail.
        webhook_url (str):
    """

    api_key: str
    webhook_id: int | str
    webhook_url: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        api_key = self.api_key

        webhook_id: int | str
        webhook_id = self.webhook_id

        webhook_url = self.webhook_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "apiKey": api_key,
                "webhookId": webhook_id,
                "webhookUrl": webhook_url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        api_key = d.pop("apiKey")

        def _parse_webhook_id(data: object) -> int | str:
            return cast(int | str, data)

        webhook_id = _parse_webhook_id(d.pop("webhookId"))

        webhook_url = d.pop("webhookUrl")

        retry_webhook_request = cls(
            api_key=api_key,
            webhook_id=webhook_id,
            webhook_url=webhook_url,
        )

        retry_webhook_request.additional_properties = d
        return retry_webhook_request

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
