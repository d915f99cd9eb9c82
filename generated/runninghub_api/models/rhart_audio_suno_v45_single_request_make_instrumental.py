from typing import Literal

RhartAudioSunoV45SingleRequestMakeInstrumental = Literal["false", "true"]

RHART_AUDIO_SUNO_V45_SINGLE_REQUEST_MAKE_INSTRUMENTAL_VALUES: set[
    RhartAudioSunoV45SingleRequestMakeInstrumental
] = {
    "false",
    "true",
}


def check_rhart_audio_suno_v45_single_request_make_instrumental(
    value: str,
) -> RhartAudioSunoV45SingleRequestMakeInstrumental:
    if value in RHART_AUDIO_SUNO_V45_SINGLE_REQUEST_MAKE_INSTRUMENTAL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RHART_AUDIO_SUNO_V45_SINGLE_REQUEST_MAKE_INSTRUMENTAL_VALUES!r}"
    )
