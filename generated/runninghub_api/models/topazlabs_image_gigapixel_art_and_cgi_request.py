from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.topazlabs_image_gigapixel_art_and_cgi_request_output_format import (
    TopazlabsImageGigapixelArtAndCgiRequestOutputFormat,
    check_topazlabs_image_gigapixel_art_and_cgi_request_output_format,
)
from ..models.topazlabs_image_gigapixel_art_and_cgi_request_subject_detection import (
    TopazlabsImageGigapixelArtAndCgiRequestSubjectDetection,
    check_topazlabs_image_gigapixel_art_and_cgi_request_subject_detection,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="TopazlabsImageGigapixelArtAndCgiRequest")


@_attrs_define
class TopazlabsImageGigapixelArtAndCgiRequest:
    """Request body of topazlabs-image-gigapixel-art-and-cgi.

    Attributes:
        image_url (str): input image URL
        crop_to_fill (bool | Unset): cropToFill Default: False.
        deblur_strength (float | Unset): deblurStrength Default: 0.5.
        denoise (float | Unset): denoise Default: 0.0.
        face_enhancement (bool | Unset): face enhancement Default: False.
        face_enhancement_creativity (float | Unset): face enhancement creativity Default: 0.0.
        face_enhancement_strength (float | Unset): face enhancement strength Default: 0.8.
        fix_compression (float | Unset): fixCompression Default: 0.0.
        output_format (TopazlabsImageGigapixelArtAndCgiRequestOutputFormat | Unset): output file format Default: 'jpeg'.
        output_height (int | Unset): outputHeight Default: 1080.
        output_width (int | Unset): outputWidth Default: 1920.
        sharpen (float | Unset): sharpen Default: 0.0.
        strength (float | Unset): strength Default: 0.25.
        subject_detection (TopazlabsImageGigapixelArtAndCgiRequestSubjectDetection | Unset): subject detection Default:
            'All'.
        webhook_url (str | Unset): Optional URL that RunningHub POSTs a `TASK_END` event to when the task ends.
            Callbacks are not signed: treat one as a hint and confirm the task with a query.
    """

    image_url: str
    crop_to_fill: bool | Unset = False
    deblur_strength: float | Unset = 0.5
    denoise: float | Unset = 0.0
    face_enhancement: bool | Unset = False
    face_enhancement_creativity: float | Unset = 0.0
    face_enhancement_strength: float | Unset = 0.8
    fix_compression: float | Unset = 0.0
    output_format: TopazlabsImageGigapixelArtAndCgiRequestOutputFormat | Unset = "jpeg"
    output_height: int | Unset = 1080
    output_width: int | Unset = 1920
    sharpen: float | Unset = 0.0
    strength: float | Unset = 0.25
    subject_detection: (
        TopazlabsImageGigapixelArtAndCgiRequestSubjectDetection | Unset
    ) = "All"
    webhook_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url

        crop_to_fill = self.crop_to_fill

        deblur_strength = self.deblur_strength

        denoise = self.denoise

        face_enhancement = self.face_enhancement

        face_enhancement_creativity = self.face_enhancement_creativity

        face_enhancement_strength = self.face_enhancement_strength

        fix_compression = self.fix_compression

        output_format: str | Unset = UNSET
        if not isinstance(self.output_format, Unset):
            output_format = self.output_format

        output_height = self.output_height

        output_width = self.output_width

        sharpen = self.sharpen

        strength = self.strength

        subject_detection: str | Unset = UNSET
        if not isinstance(self.subject_detection, Unset):
            subject_detection = self.subject_detection

        webhook_url = self.webhook_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "imageUrl": image_url,
            }
        )
        if crop_to_fill is not UNSET:
            field_dict["cropToFill"] = crop_to_fill
        if deblur_strength is not UNSET:
            field_dict["deblurStrength"] = deblur_strength
        if denoise is not UNSET:
            field_dict["denoise"] = denoise
        if face_enhancement is not UNSET:
            field_dict["faceEnhancement"] = face_enhancement
        if face_enhancement_creativity is not UNSET:
            field_dict["faceEnhancementCreativity"] = face_enhancement_creativity
        if face_enhancement_strength is not UNSET:
            field_dict["faceEnhancementStrength"] = face_enhancement_strength
        if fix_compression is not UNSET:
            field_dict["fixCompression"] = fix_compression
        if output_format is not UNSET:
            field_dict["outputFormat"] = output_format
        if output_height is not UNSET:
            field_dict["outputHeight"] = output_height
        if output_width is not UNSET:
            field_dict["outputWidth"] = output_width
        if sharpen is not UNSET:
            field_dict["sharpen"] = sharpen
        if strength is not UNSET:
            field_dict["strength"] = strength
        if subject_detection is not UNSET:
            field_dict["subjectDetection"] = subject_detection
        if webhook_url is not UNSET:
            field_dict["webhookUrl"] = webhook_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        image_url = d.pop("imageUrl")

        crop_to_fill = d.pop("cropToFill", UNSET)

        deblur_strength = d.pop("deblurStrength", UNSET)

        denoise = d.pop("denoise", UNSET)

        face_enhancement = d.pop("faceEnhancement", UNSET)

        face_enhancement_creativity = d.pop("faceEnhancementCreativity", UNSET)

        face_enhancement_strength = d.pop("faceEnhancementStrength", UNSET)

        fix_compression = d.pop("fixCompression", UNSET)

        _output_format = d.pop("outputFormat", UNSET)
        output_format: TopazlabsImageGigapixelArtAndCgiRequestOutputFormat | Unset
        if isinstance(_output_format, Unset):
            output_format = UNSET
        else:
            output_format = (
                check_topazlabs_image_gigapixel_art_and_cgi_request_output_format(
                    _output_format
                )
            )

        output_height = d.pop("outputHeight", UNSET)

        output_width = d.pop("outputWidth", UNSET)

        sharpen = d.pop("sharpen", UNSET)

        strength = d.pop("strength", UNSET)

        _subject_detection = d.pop("subjectDetection", UNSET)
        subject_detection: (
            TopazlabsImageGigapixelArtAndCgiRequestSubjectDetection | Unset
        )
        if isinstance(_subject_detection, Unset):
            subject_detection = UNSET
        else:
            subject_detection = (
                check_topazlabs_image_gigapixel_art_and_cgi_request_subject_detection(
                    _subject_detection
                )
            )

        webhook_url = d.pop("webhookUrl", UNSET)

        topazlabs_image_gigapixel_art_and_cgi_request = cls(
            image_url=image_url,
            crop_to_fill=crop_to_fill,
            deblur_strength=deblur_strength,
            denoise=denoise,
            face_enhancement=face_enhancement,
            face_enhancement_creativity=face_enhancement_creativity,
            face_enhancement_strength=face_enhancement_strength,
            fix_compression=fix_compression,
            output_format=output_format,
            output_height=output_height,
            output_width=output_width,
            sharpen=sharpen,
            strength=strength,
            subject_detection=subject_detection,
            webhook_url=webhook_url,
        )

        topazlabs_image_gigapixel_art_and_cgi_request.additional_properties = d
        return topazlabs_image_gigapixel_art_and_cgi_request

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
