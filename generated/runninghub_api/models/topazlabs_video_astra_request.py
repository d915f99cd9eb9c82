from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.topazlabs_video_astra_request_model import (
    TopazlabsVideoAstraRequestModel,
    check_topazlabs_video_astra_request_model,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="TopazlabsVideoAstraRequest")


@_attrs_define
class TopazlabsVideoAstraRequest:
    """Request body of topazlabs-video-astra.

    Attributes:
        model (TopazlabsVideoAstraRequestModel): model variant
        output_height (int): outputHeight
        output_width (int): outputWidth
        video_url (str): input video URL
        webhook_url (str | Unset): Optional URL that RunningHub POSTs a `TASK_END` event to when the task ends.
            Callbacks are not signed: treat one as a hint and confirm the task with a query.
    """

    model: TopazlabsVideoAstraRequestModel
    output_height: int
    output_width: int
    video_url: str
    webhook_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model: str = self.model

        output_height = self.output_height

        output_width = self.output_width

        video_url = self.video_url

        webhook_url = self.webhook_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "model": model,
                "outputHeight": output_height,
                "outputWidth": output_width,
                "videoUrl": video_url,
            }
        )
        if webhook_url is not UNSET:
            field_dict["webhookUrl"] = webhook_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        model = check_topazlabs_video_astra_request_model(d.pop("model"))

        output_height = d.pop("outputHeight")

        output_width = d.pop("outputWidth")

        video_url = d.pop("videoUrl")

        webhook_url = d.pop("webhookUrl", UNSET)

        topazlabs_video_astra_request = cls(
            model=model,
            output_height=output_height,
            output_width=output_width,
            video_url=video_url,
            webhook_url=webhook_url,
        )

        topazlabs_video_astra_request.additional_properties = d
        return topazlabs_video_astra_request

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
