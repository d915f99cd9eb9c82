from typing import Literal

MarbleUploadMediaAssetRequestKind = Literal["image", "video"]

MARBLE_UPLOAD_MEDIA_ASSET_REQUEST_KIND_VALUES: set[
    MarbleUploadMediaAssetRequestKind
] = {
    "image",
    "video",
}


def check_marble_upload_media_asset_request_kind(
    value: str,
) -> MarbleUploadMediaAssetRequestKind:
    if value in MARBLE_UPLOAD_MEDIA_ASSET_REQUEST_KIND_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MARBLE_UPLOAD_MEDIA_ASSET_REQUEST_KIND_VALUES!r}"
    )
