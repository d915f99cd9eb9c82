from typing import Literal

ViduShortPlayQ3DramaRequestResolution = Literal["1080p"]

VIDU_SHORT_PLAY_Q3_DRAMA_REQUEST_RESOLUTION_VALUES: set[
    ViduShortPlayQ3DramaRequestResolution
] = {
    "1080p",
}


def check_vidu_short_play_q3_drama_request_resolution(
    value: str,
) -> ViduShortPlayQ3DramaRequestResolution:
    if value in VIDU_SHORT_PLAY_Q3_DRAMA_REQUEST_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VIDU_SHORT_PLAY_Q3_DRAMA_REQUEST_RESOLUTION_VALUES!r}"
    )
