from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.topazlabs_image_upscale_standard_v2_request_scale import (
    TopazlabsImageUpscaleStandardV2RequestScale,
    check_topazlabs_image_upscale_standard_v2_request_scale,
)
from ..models.topazlabs_image_upscale_standard_v2_request_subject_detection import (
    TopazlabsImageUpscaleStandardV2RequestSubjectDetection,
    check_topazlabs_image_upscale_standard_v2_request_subject_detection,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="TopazlabsImageUpscaleStandardV2Request")


@_attrs_define
class TopazlabsImageUpscaleStandardV2Request:
    """Request body of topazlabs-image-upscale-standard-v2.

    Attributes:
        image_url (str): image URL (image url)
        scale (TopazlabsImageUpscaleStandardV2RequestScale): scale
        face_enhancement (bool | Unset): face enhancement Default: True.
        face_enhancement_creativity (float | Unset): face enhancement creativity Default: 0.0.
        face_enhancement_strength (float | Unset): face enhancement strength Default: 0.8.
        subject_detection (TopazlabsImageUpscaleStandardV2RequestSubjectDetection | Unset): subject detection Default:
            'All'.
        webhook_url (str | Unset): Optional URL that RunningHub POSTs a `TASK_END` event to when the task ends.
            Callbacks are not signed: treat one as a hint and confirm the task with a query.
    """

    image_url: str
    scale: TopazlabsImageUpscaleStandardV2RequestScale
    face_enhancement: bool | Unset = True
    face_enhancement_creativity: float | Unset = 0.0
    face_enhancement_strength: float | Unset = 0.8
    subject_detection: (
        TopazlabsImageUpscaleStandardV2RequestSubjectDetection | Unset
    ) = "All"
    webhook_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url

        scale: str = self.scale

        face_enhancement = self.face_enhancement

        face_enhancement_creativity = self.face_enhancement_creativity

        face_enhancement_strength = self.face_enhancement_strength

        subject_detection: str | Unset = UNSET
        if not isinstance(self.subject_detection, Unset):
            subject_detection = self.subject_detection

        webhook_url = self.webhook_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "imageUrl": image_url,
                "scale": scale,
            }
        )
        if face_enhancement is not UNSET:
            field_dict["faceEnhancement"] = face_enhancement
        if face_enhancement_creativity is not UNSET:
            field_dict["faceEnhancementCreativity"] = face_enhancement_creativity
        if face_enhancement_strength is not UNSET:
            field_dict["faceEnhancementStrength"] = face_enhancement_strength
        if subject_detection is not UNSET:
            field_dict["subjectDetection"] = subject_detection
        if webhook_url is not UNSET:
            field_dict["webhookUrl"] = webhook_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        image_url = d.pop("imageUrl")

        scale = check_topazlabs_image_upscale_standard_v2_request_scale(d.pop("scale"))

        face_enhancement = d.pop("faceEnhancement", UNSET)

        face_enhancement_creativity = d.pop("faceEnhancementCreativity", UNSET)

        face_enhancement_strength = d.pop("faceEnhancementStrength", UNSET)

        _subject_detection = d.pop("subjectDetection", UNSET)
        subject_detection: (
            TopazlabsImageUpscaleStandardV2RequestSubjectDetection | Unset
        )
        if isinstance(_subject_detection, Unset):
            subject_detection = UNSET
        else:
            subject_detection = (
                check_topazlabs_image_upscale_standard_v2_request_subject_detection(
                    _subject_detection
                )
            )

        webhook_url = d.pop("webhookUrl", UNSET)

        topazlabs_image_upscale_standard_v2_request = cls(
            image_url=image_url,
            scale=scale,
            face_enhancement=face_enhancement,
            face_enhancement_creativity=face_enhancement_creativity,
            face_enhancement_strength=face_enhancement_strength,
            subject_detection=subject_detection,
            webhook_url=webhook_url,
        )

        topazlabs_image_upscale_standard_v2_request.additional_properties = d
        return topazlabs_image_upscale_standard_v2_request

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
