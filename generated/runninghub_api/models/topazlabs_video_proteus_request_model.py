from typing import Literal

TopazlabsVideoProteusRequestModel = Literal[
    "ahq-12",
    "alq-13",
    "alqs-2",
    "amq-13",
    "amqs-2",
    "ddv-3",
    "dtd-4",
    "dtds-2",
    "dtv-4",
    "dtvs-2",
    "ganim-1",
    "gcg-5",
    "ghq-5",
    "iris-2",
    "iris-3",
    "pnat-1",
    "prob-4",
    "rhea-1",
    "thd-3",
    "thf-4",
]

TOPAZLABS_VIDEO_PROTEUS_REQUEST_MODEL_VALUES: set[TopazlabsVideoProteusRequestModel] = {
    "ahq-12",
    "alq-13",
    "alqs-2",
    "amq-13",
    "amqs-2",
    "ddv-3",
    "dtd-4",
    "dtds-2",
    "dtv-4",
    "dtvs-2",
    "ganim-1",
    "gcg-5",
    "ghq-5",
    "iris-2",
    "iris-3",
    "pnat-1",
    "prob-4",
    "rhea-1",
    "thd-3",
    "thf-4",
}


def check_topazlabs_video_proteus_request_model(
    value: str,
) -> TopazlabsVideoProteusRequestModel:
    if value in TOPAZLABS_VIDEO_PROTEUS_REQUEST_MODEL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TOPAZLABS_VIDEO_PROTEUS_REQUEST_MODEL_VALUES!r}"
    )
