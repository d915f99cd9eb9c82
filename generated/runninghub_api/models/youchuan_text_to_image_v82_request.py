from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.youchuan_text_to_image_v82_request_aspect_ratio import (
    YouchuanTextToImageV82RequestAspectRatio,
    check_youchuan_text_to_image_v82_request_aspect_ratio,
)
from ..models.youchuan_text_to_image_v82_request_quality import (
    YouchuanTextToImageV82RequestQuality,
    check_youchuan_text_to_image_v82_request_quality,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="YouchuanTextToImageV82Request")


@_attrs_define
class YouchuanTextToImageV82Request:
    """Request body of midjourney-text-to-image-v8.2-preview.

    Attributes:
        hd (bool): hd
        prompt (str): text prompt
        aspect_ratio (YouchuanTextToImageV82RequestAspectRatio | Unset): output aspect ratio
        chaos (int | Unset): chaos Default: 0.
        image_url (str | Unset): input image URL
        iw (int | Unset): iw Default: 1.
        quality (YouchuanTextToImageV82RequestQuality | Unset): quality tier Default: '1'.
        raw (bool | Unset): raw Default: False.
        sref (str | Unset): sref URL
        stylize (int | Unset): stylize Default: 0.
        sv (int | Unset): sv Default: 6.
        sw (int | Unset): sw Default: 100.
        webhook_url (str | Unset): Optional URL that RunningHub POSTs a `TASK_END` event to when the task ends.
            Callbacks are not signed: treat one as a hint and confirm the task with a query.
    """

    hd: bool
    prompt: str
    aspect_ratio: YouchuanTextToImageV82RequestAspectRatio | Unset = UNSET
    chaos: int | Unset = 0
    image_url: str | Unset = UNSET
    iw: int | Unset = 1
    quality: YouchuanTextToImageV82RequestQuality | Unset = "1"
    raw: bool | Unset = False
    sref: str | Unset = UNSET
    stylize: int | Unset = 0
    sv: int | Unset = 6
    sw: int | Unset = 100
    webhook_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        hd = self.hd

        prompt = self.prompt

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio

        chaos = self.chaos

        image_url = self.image_url

        iw = self.iw

        quality: str | Unset = UNSET
        if not isinstance(self.quality, Unset):
            quality = self.quality

        raw = self.raw

        sref = self.sref

        stylize = self.stylize

        sv = self.sv

        sw = self.sw

        webhook_url = self.webhook_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "hd": hd,
                "prompt": prompt,
            }
        )
        if aspect_ratio is not UNSET:
            field_dict["aspectRatio"] = aspect_ratio
        if chaos is not UNSET:
            field_dict["chaos"] = chaos
        if image_url is not UNSET:
            field_dict["imageUrl"] = image_url
        if iw is not UNSET:
            field_dict["iw"] = iw
        if quality is not UNSET:
            field_dict["quality"] = quality
        if raw is not UNSET:
            field_dict["raw"] = raw
        if sref is not UNSET:
            field_dict["sref"] = sref
        if stylize is not UNSET:
            field_dict["stylize"] = stylize
        if sv is not UNSET:
            field_dict["sv"] = sv
        if sw is not UNSET:
            field_dict["sw"] = sw
        if webhook_url is not UNSET:
            field_dict["webhookUrl"] = webhook_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        hd = d.pop("hd")

        prompt = d.pop("prompt")

        _aspect_ratio = d.pop("aspectRatio", UNSET)
        aspect_ratio: YouchuanTextToImageV82RequestAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_youchuan_text_to_image_v82_request_aspect_ratio(
                _aspect_ratio
            )

        chaos = d.pop("chaos", UNSET)

        image_url = d.pop("imageUrl", UNSET)

        iw = d.pop("iw", UNSET)

        _quality = d.pop("quality", UNSET)
        quality: YouchuanTextToImageV82RequestQuality | Unset
        if isinstance(_quality, Unset):
            quality = UNSET
        else:
            quality = check_youchuan_text_to_image_v82_request_quality(_quality)

        raw = d.pop("raw", UNSET)

        sref = d.pop("sref", UNSET)

        stylize = d.pop("stylize", UNSET)

        sv = d.pop("sv", UNSET)

        sw = d.pop("sw", UNSET)

        webhook_url = d.pop("webhookUrl", UNSET)

        youchuan_text_to_image_v82_request = cls(
            hd=hd,
            prompt=prompt,
            aspect_ratio=aspect_ratio,
            chaos=chaos,
            image_url=image_url,
            iw=iw,
            quality=quality,
            raw=raw,
            sref=sref,
            stylize=stylize,
            sv=sv,
            sw=sw,
            webhook_url=webhook_url,
        )

        youchuan_text_to_image_v82_request.additional_properties = d
        return youchuan_text_to_image_v82_request

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
