from typing import Literal

PixverseV55EffectsRequestDuration = Literal["10", "5", "8"]

PIXVERSE_V55_EFFECTS_REQUEST_DURATION_VALUES: set[PixverseV55EffectsRequestDuration] = {
    "10",
    "5",
    "8",
}


def check_pixverse_v55_effects_request_duration(
    value: str,
) -> PixverseV55EffectsRequestDuration:
    if value in PIXVERSE_V55_EFFECTS_REQUEST_DURATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PIXVERSE_V55_EFFECTS_REQUEST_DURATION_VALUES!r}"
    )
