from typing import Literal

RhartAudioSunoV5SingleRequestMakeInstrumental = Literal["false", "true"]

RHART_AUDIO_SUNO_V5_SINGLE_REQUEST_MAKE_INSTRUMENTAL_VALUES: set[
    RhartAudioSunoV5SingleRequestMakeInstrumental
] = {
    "false",
    "true",
}


def check_rhart_audio_suno_v5_single_request_make_instrumental(
    value: str,
) -> RhartAudioSunoV5SingleRequestMakeInstrumental:
    if value in RHART_AUDIO_SUNO_V5_SINGLE_REQUEST_MAKE_INSTRUMENTAL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RHART_AUDIO_SUNO_V5_SINGLE_REQUEST_MAKE_INSTRUMENTAL_VALUES!r}"
    )
