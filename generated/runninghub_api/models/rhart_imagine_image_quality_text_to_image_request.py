from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.rhart_imagine_image_quality_text_to_image_request_aspect_ratio import (
    RhartImagineImageQualityTextToImageRequestAspectRatio,
    check_rhart_imagine_image_quality_text_to_image_request_aspect_ratio,
)
from ..models.rhart_imagine_image_quality_text_to_image_request_num_images import (
    RhartImagineImageQualityTextToImageRequestNumImages,
    check_rhart_imagine_image_quality_text_to_image_request_num_images,
)
from ..models.rhart_imagine_image_quality_text_to_image_request_output_format import (
    RhartImagineImageQualityTextToImageRequestOutputFormat,
    check_rhart_imagine_image_quality_text_to_image_request_output_format,
)
from ..models.rhart_imagine_image_quality_text_to_image_request_resolution import (
    RhartImagineImageQualityTextToImageRequestResolution,
    check_rhart_imagine_image_quality_text_to_image_request_resolution,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="RhartImagineImageQualityTextToImageRequest")


@_attrs_define
class RhartImagineImageQualityTextToImageRequest:
    """Request body of xai/rhart-imagine-image-quality/text-to-image-official-stable.

    Attributes:
        num_images (RhartImagineImageQualityTextToImageRequestNumImages): numImages
        prompt (str): text prompt
        resolution (RhartImagineImageQualityTextToImageRequestResolution): output resolution tier
        aspect_ratio (RhartImagineImageQualityTextToImageRequestAspectRatio | Unset): output aspect ratio Default:
            '1:1'.
        output_format (RhartImagineImageQualityTextToImageRequestOutputFormat | Unset): output file format Default:
            'jpeg'.
        webhook_url (str | Unset): Optional URL that RunningHub POSTs a `TASK_END` event to when the task ends.
            Callbacks are not signed: treat one as a hint and confirm the task with a query.
    """

    num_images: RhartImagineImageQualityTextToImageRequestNumImages
    prompt: str
    resolution: RhartImagineImageQualityTextToImageRequestResolution
    aspect_ratio: RhartImagineImageQualityTextToImageRequestAspectRatio | Unset = "1:1"
    output_format: RhartImagineImageQualityTextToImageRequestOutputFormat | Unset = (
        "jpeg"
    )
    webhook_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        num_images: str = self.num_images

        prompt = self.prompt

        resolution: str = self.resolution

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio

        output_format: str | Unset = UNSET
        if not isinstance(self.output_format, Unset):
            output_format = self.output_format

        webhook_url = self.webhook_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "numImages": num_images,
                "prompt": prompt,
                "resolution": resolution,
            }
        )
        if aspect_ratio is not UNSET:
            field_dict["aspectRatio"] = aspect_ratio
        if output_format is not UNSET:
            field_dict["outputFormat"] = output_format
        if webhook_url is not UNSET:
            field_dict["webhookUrl"] = webhook_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        num_images = check_rhart_imagine_image_quality_text_to_image_request_num_images(
            d.pop("numImages")
        )

        prompt = d.pop("prompt")

        resolution = check_rhart_imagine_image_quality_text_to_image_request_resolution(
            d.pop("resolution")
        )

        _aspect_ratio = d.pop("aspectRatio", UNSET)
        aspect_ratio: RhartImagineImageQualityTextToImageRequestAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = (
                check_rhart_imagine_image_quality_text_to_image_request_aspect_ratio(
                    _aspect_ratio
                )
            )

        _output_format = d.pop("outputFormat", UNSET)
        output_format: RhartImagineImageQualityTextToImageRequestOutputFormat | Unset
        if isinstance(_output_format, Unset):
            output_format = UNSET
        else:
            output_format = (
                check_rhart_imagine_image_quality_text_to_image_request_output_format(
                    _output_format
                )
            )

        webhook_url = d.pop("webhookUrl", UNSET)

        rhart_imagine_image_quality_text_to_image_request = cls(
            num_images=num_images,
            prompt=prompt,
            resolution=resolution,
            aspect_ratio=aspect_ratio,
            output_format=output_format,
            webhook_url=webhook_url,
        )

        rhart_imagine_image_quality_text_to_image_request.additional_properties = d
        return rhart_imagine_image_quality_text_to_image_request

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
