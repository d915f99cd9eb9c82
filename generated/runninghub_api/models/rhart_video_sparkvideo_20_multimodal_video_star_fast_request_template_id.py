from typing import Literal

RhartVideoSparkvideo20MultimodalVideoStarFastRequestTemplateId = Literal[
    "0aa9c61ef52a42b58e554bcac588b80c",
    "3939807298934776bcaab866e5411234",
    "806e1cb898e343bd817cf601d73bdb05",
    "98dc545610564969ac7ff547f40c98d2",
    "ca4e2a5b6ba3429aa32f1b6ce8095e49",
    "ffe89289a144441c8151b119d7a69912",
]

RHART_VIDEO_SPARKVIDEO_20_MULTIMODAL_VIDEO_STAR_FAST_REQUEST_TEMPLATE_ID_VALUES: set[
    RhartVideoSparkvideo20MultimodalVideoStarFastRequestTemplateId
] = {
    "0aa9c61ef52a42b58e554bcac588b80c",
    "3939807298934776bcaab866e5411234",
    "806e1cb898e343bd817cf601d73bdb05",
    "98dc545610564969ac7ff547f40c98d2",
    "ca4e2a5b6ba3429aa32f1b6ce8095e49",
    "ffe89289a144441c8151b119d7a69912",
}


def check_rhart_video_sparkvideo_20_multimodal_video_star_fast_request_template_id(
    value: str,
) -> RhartVideoSparkvideo20MultimodalVideoStarFastRequestTemplateId:
    if (
        value
        in RHART_VIDEO_SPARKVIDEO_20_MULTIMODAL_VIDEO_STAR_FAST_REQUEST_TEMPLATE_ID_VALUES
    ):
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RHART_VIDEO_SPARKVIDEO_20_MULTIMODAL_VIDEO_STAR_FAST_REQUEST_TEMPLATE_ID_VALUES!r}"
    )
