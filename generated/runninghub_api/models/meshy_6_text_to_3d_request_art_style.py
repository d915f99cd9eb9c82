from typing import Literal

Meshy6TextTo3DRequestArtStyle = Literal["realistic", "sculpture"]

MESHY_6_TEXT_TO_3D_REQUEST_ART_STYLE_VALUES: set[Meshy6TextTo3DRequestArtStyle] = {
    "realistic",
    "sculpture",
}


def check_meshy_6_text_to_3d_request_art_style(
    value: str,
) -> Meshy6TextTo3DRequestArtStyle:
    if value in MESHY_6_TEXT_TO_3D_REQUEST_ART_STYLE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MESHY_6_TEXT_TO_3D_REQUEST_ART_STYLE_VALUES!r}"
    )
