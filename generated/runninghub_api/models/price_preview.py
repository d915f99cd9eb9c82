from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PricePreview")


@_attrs_define
class PricePreview:
    """A price estimate (flat object, no code envelope).

    Attributes:
        currency (None | str | Unset): For example CNY.
        error_code (int | None | str | Unset): 0 or "" on success; "1014" when the key may not preview prices.
        error_message (None | str | Unset):
        estimated_price (float | None | str | Unset): The estimate in `currency` (a number in the sources; strings
            accepted).
        free_limit (bool | None | Unset): Whether the model has a free quota.
        free_limit_count (int | None | str | Unset):
        is_free_this_call (bool | None | Unset): Whether this call would be free.
        price_text (None | str | Unset): Display text (Chinese), e.g. "¥0.50/次".
        price_text_en (None | str | Unset): Display text (English), e.g. "CNY 0.50/call".
        remaining_free_limit_count (int | None | str | Unset):
    """

    currency: None | str | Unset = UNSET
    error_code: int | None | str | Unset = UNSET
    error_message: None | str | Unset = UNSET
    estimated_price: float | None | str | Unset = UNSET
    free_limit: bool | None | Unset = UNSET
    free_limit_count: int | None | str | Unset = UNSET
    is_free_this_call: bool | None | Unset = UNSET
    price_text: None | str | Unset = UNSET
    price_text_en: None | str | Unset = UNSET
    remaining_free_limit_count: int | None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        currency: None | str | Unset
        if isinstance(self.currency, Unset):
            currency = UNSET
        else:
            currency = self.currency

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

        estimated_price: float | None | str | Unset
        if isinstance(self.estimated_price, Unset):
            estimated_price = UNSET
        else:
            estimated_price = self.estimated_price

        free_limit: bool | None | Unset
        if isinstance(self.free_limit, Unset):
            free_limit = UNSET
        else:
            free_limit = self.free_limit

        free_limit_count: int | None | str | Unset
        if isinstance(self.free_limit_count, Unset):
            free_limit_count = UNSET
        else:
            free_limit_count = self.free_limit_count

        is_free_this_call: bool | None | Unset
        if isinstance(self.is_free_this_call, Unset):
            is_free_this_call = UNSET
        else:
            is_free_this_call = self.is_free_this_call

        price_text: None | str | Unset
        if isinstance(self.price_text, Unset):
            price_text = UNSET
        else:
            price_text = self.price_text

        price_text_en: None | str | Unset
        if isinstance(self.price_text_en, Unset):
            price_text_en = UNSET
        else:
            price_text_en = self.price_text_en

        remaining_free_limit_count: int | None | str | Unset
        if isinstance(self.remaining_free_limit_count, Unset):
            remaining_free_limit_count = UNSET
        else:
            remaining_free_limit_count = self.remaining_free_limit_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if currency is not UNSET:
            field_dict["currency"] = currency
        if error_code is not UNSET:
            field_dict["errorCode"] = error_code
        if error_message is not UNSET:
            field_dict["errorMessage"] = error_message
        if estimated_price is not UNSET:
            field_dict["estimatedPrice"] = estimated_price
        if free_limit is not UNSET:
            field_dict["freeLimit"] = free_limit
        if free_limit_count is not UNSET:
            field_dict["freeLimitCount"] = free_limit_count
        if is_free_this_call is not UNSET:
            field_dict["isFreeThisCall"] = is_free_this_call
        if price_text is not UNSET:
            field_dict["priceText"] = price_text
        if price_text_en is not UNSET:
            field_dict["priceTextEn"] = price_text_en
        if remaining_free_limit_count is not UNSET:
            field_dict["remainingFreeLimitCount"] = remaining_free_limit_count

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_currency(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        currency = _parse_currency(d.pop("currency", UNSET))

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

        def _parse_estimated_price(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        estimated_price = _parse_estimated_price(d.pop("estimatedPrice", UNSET))

        def _parse_free_limit(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        free_limit = _parse_free_limit(d.pop("freeLimit", UNSET))

        def _parse_free_limit_count(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        free_limit_count = _parse_free_limit_count(d.pop("freeLimitCount", UNSET))

        def _parse_is_free_this_call(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_free_this_call = _parse_is_free_this_call(d.pop("isFreeThisCall", UNSET))

        def _parse_price_text(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        price_text = _parse_price_text(d.pop("priceText", UNSET))

        def _parse_price_text_en(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        price_text_en = _parse_price_text_en(d.pop("priceTextEn", UNSET))

        def _parse_remaining_free_limit_count(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        remaining_free_limit_count = _parse_remaining_free_limit_count(
            d.pop("remainingFreeLimitCount", UNSET)
        )

        price_preview = cls(
            currency=currency,
            error_code=error_code,
            error_message=error_message,
            estimated_price=estimated_price,
            free_limit=free_limit,
            free_limit_count=free_limit_count,
            is_free_this_call=is_free_this_call,
            price_text=price_text,
            price_text_en=price_text_en,
            remaining_free_limit_count=remaining_free_limit_count,
        )

        price_preview.additional_properties = d
        return price_preview

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
