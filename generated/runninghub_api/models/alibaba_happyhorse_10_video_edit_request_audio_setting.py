from typing import Literal

AlibabaHappyhorse10VideoEditRequestAudioSetting = Literal["auto", "origin"]

ALIBABA_HAPPYHORSE_10_VIDEO_EDIT_REQUEST_AUDIO_SETTING_VALUES: set[
    AlibabaHappyhorse10VideoEditRequestAudioSetting
] = {
    "auto",
    "origin",
}


def check_alibaba_happyhorse_10_video_edit_request_audio_setting(
    value: str,
) -> AlibabaHappyhorse10VideoEditRequestAudioSetting:
    if value in ALIBABA_HAPPYHORSE_10_VIDEO_EDIT_REQUEST_AUDIO_SETTING_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ALIBABA_HAPPYHORSE_10_VIDEO_EDIT_REQUEST_AUDIO_SETTING_VALUES!r}"
    )
