from typing import Literal

ViduShortPlayQ3DramaRequestPlacement = Literal["panorama", "step", "upload"]

VIDU_SHORT_PLAY_Q3_DRAMA_REQUEST_PLACEMENT_VALUES: set[
    ViduShortPlayQ3DramaRequestPlacement
] = {
    "panorama",
    "step",
    "upload",
}


def check_vidu_short_play_q3_drama_request_placement(
    value: str,
) -> ViduShortPlayQ3DramaRequestPlacement:
    if value in VIDU_SHORT_PLAY_Q3_DRAMA_REQUEST_PLACEMENT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VIDU_SHORT_PLAY_Q3_DRAMA_REQUEST_PLACEMENT_VALUES!r}"
    )
