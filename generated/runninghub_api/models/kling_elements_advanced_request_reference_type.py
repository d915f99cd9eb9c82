from typing import Literal

KlingElementsAdvancedRequestReferenceType = Literal["image_refer", "video_refer"]

KLING_ELEMENTS_ADVANCED_REQUEST_REFERENCE_TYPE_VALUES: set[
    KlingElementsAdvancedRequestReferenceType
] = {
    "image_refer",
    "video_refer",
}


def check_kling_elements_advanced_request_reference_type(
    value: str,
) -> KlingElementsAdvancedRequestReferenceType:
    if value in KLING_ELEMENTS_ADVANCED_REQUEST_REFERENCE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KLING_ELEMENTS_ADVANCED_REQUEST_REFERENCE_TYPE_VALUES!r}"
    )
