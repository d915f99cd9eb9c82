from typing import Literal

SeedreamV5LiteTextToImageRequestToolsType = Literal["web_search"]

SEEDREAM_V5_LITE_TEXT_TO_IMAGE_REQUEST_TOOLS_TYPE_VALUES: set[
    SeedreamV5LiteTextToImageRequestToolsType
] = {
    "web_search",
}


def check_seedream_v5_lite_text_to_image_request_tools_type(
    value: str,
) -> SeedreamV5LiteTextToImageRequestToolsType:
    if value in SEEDREAM_V5_LITE_TEXT_TO_IMAGE_REQUEST_TOOLS_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SEEDREAM_V5_LITE_TEXT_TO_IMAGE_REQUEST_TOOLS_TYPE_VALUES!r}"
    )
