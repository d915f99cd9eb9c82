from typing import Literal

ViduShortPlayQ3DramaRequestDuration = Literal[
    "0",
    "10",
    "11",
    "12",
    "13",
    "14",
    "15",
    "16",
    "17",
    "18",
    "19",
    "2",
    "20",
    "21",
    "22",
    "23",
    "24",
    "25",
    "26",
    "27",
    "28",
    "29",
    "3",
    "30",
    "4",
    "5",
    "6",
    "7",
    "8",
    "9",
]

VIDU_SHORT_PLAY_Q3_DRAMA_REQUEST_DURATION_VALUES: set[
    ViduShortPlayQ3DramaRequestDuration
] = {
    "0",
    "10",
    "11",
    "12",
    "13",
    "14",
    "15",
    "16",
    "17",
    "18",
    "19",
    "2",
    "20",
    "21",
    "22",
    "23",
    "24",
    "25",
    "26",
    "27",
    "28",
    "29",
    "3",
    "30",
    "4",
    "5",
    "6",
    "7",
    "8",
    "9",
}


def check_vidu_short_play_q3_drama_request_duration(
    value: str,
) -> ViduShortPlayQ3DramaRequestDuration:
    if value in VIDU_SHORT_PLAY_Q3_DRAMA_REQUEST_DURATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VIDU_SHORT_PLAY_Q3_DRAMA_REQUEST_DURATION_VALUES!r}"
    )
