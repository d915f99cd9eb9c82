from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.seedream_v5_lite_image_to_image_request_resolution import (
    SeedreamV5LiteImageToImageRequestResolution,
    check_seedream_v5_lite_image_to_image_request_resolution,
)
from ..models.seedream_v5_lite_image_to_image_request_sequential_image_generation import (
    SeedreamV5LiteImageToImageRequestSequentialImageGeneration,
    check_seedream_v5_lite_image_to_image_request_sequential_image_generation,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="SeedreamV5LiteImageToImageRequest")


@_attrs_define
class SeedreamV5LiteImageToImageRequest:
    """Request body of seedream-v5-lite/image-to-image.

    Attributes:
        image_urls (list[str]): input images URLs
        prompt (str): text prompt
        height (int | Unset): output height in px Default: 2048.
        max_images (int | Unset): max images in a sequence Default: 1.
        resolution (SeedreamV5LiteImageToImageRequestResolution | Unset): output resolution tier
        sequential_image_generation (SeedreamV5LiteImageToImageRequestSequentialImageGeneration | Unset):
            sequentialImageGeneration Default: 'disabled'.
        webhook_url (str | Unset): Optional URL that RunningHub POSTs a `TASK_END` event to when the task ends.
            Callbacks are not signed: treat one as a hint and confirm the task with a query.
        width (int | Unset): output width in px Default: 2048.
    """

    image_urls: list[str]
    prompt: str
    height: int | Unset = 2048
    max_images: int | Unset = 1
    resolution: SeedreamV5LiteImageToImageRequestResolution | Unset = UNSET
    sequential_image_generation: (
        SeedreamV5LiteImageToImageRequestSequentialImageGeneration | Unset
    ) = "disabled"
    webhook_url: str | Unset = UNSET
    width: int | Unset = 2048
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        image_urls = self.image_urls

        prompt = self.prompt

        height = self.height

        max_images = self.max_images

        resolution: str | Unset = UNSET
        if not isinstance(self.resolution, Unset):
            resolution = self.resolution

        sequential_image_generation: str | Unset = UNSET
        if not isinstance(self.sequential_image_generation, Unset):
            sequential_image_generation = self.sequential_image_generation

        webhook_url = self.webhook_url

        width = self.width

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "imageUrls": image_urls,
                "prompt": prompt,
            }
        )
        if height is not UNSET:
            field_dict["height"] = height
        if max_images is not UNSET:
            field_dict["maxImages"] = max_images
        if resolution is not UNSET:
            field_dict["resolution"] = resolution
        if sequential_image_generation is not UNSET:
            field_dict["sequentialImageGeneration"] = sequential_image_generation
        if webhook_url is not UNSET:
            field_dict["webhookUrl"] = webhook_url
        if width is not UNSET:
            field_dict["width"] = width

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        image_urls = cast(list[str], d.pop("imageUrls"))

        prompt = d.pop("prompt")

        height = d.pop("height", UNSET)

        max_images = d.pop("maxImages", UNSET)

        _resolution = d.pop("resolution", UNSET)
        resolution: SeedreamV5LiteImageToImageRequestResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = check_seedream_v5_lite_image_to_image_request_resolution(
                _resolution
            )

        _sequential_image_generation = d.pop("sequentialImageGeneration", UNSET)
        sequential_image_generation: (
            SeedreamV5LiteImageToImageRequestSequentialImageGeneration | Unset
        )
        if isinstance(_sequential_image_generation, Unset):
            sequential_image_generation = UNSET
        else:
            sequential_image_generation = check_seedream_v5_lite_image_to_image_request_sequential_image_generation(
                _sequential_image_generation
            )

        webhook_url = d.pop("webhookUrl", UNSET)

        width = d.pop("width", UNSET)

        seedream_v5_lite_image_to_image_request = cls(
            image_urls=image_urls,
            prompt=prompt,
            height=height,
            max_images=max_images,
            resolution=resolution,
            sequential_image_generation=sequential_image_generation,
            webhook_url=webhook_url,
            width=width,
        )

        seedream_v5_lite_image_to_image_request.additional_properties = d
        return seedream_v5_lite_image_to_image_request

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
