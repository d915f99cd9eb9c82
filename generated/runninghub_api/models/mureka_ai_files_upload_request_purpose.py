from typing import Literal

MurekaAiFilesUploadRequestPurpose = Literal[
    "audio", "instrumental", "melody", "reference", "remix", "vocal", "voice"
]

MUREKA_AI_FILES_UPLOAD_REQUEST_PURPOSE_VALUES: set[
    MurekaAiFilesUploadRequestPurpose
] = {
    "audio",
    "instrumental",
    "melody",
    "reference",
    "remix",
    "vocal",
    "voice",
}


def check_mureka_ai_files_upload_request_purpose(
    value: str,
) -> MurekaAiFilesUploadRequestPurpose:
    if value in MUREKA_AI_FILES_UPLOAD_REQUEST_PURPOSE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MUREKA_AI_FILES_UPLOAD_REQUEST_PURPOSE_VALUES!r}"
    )
