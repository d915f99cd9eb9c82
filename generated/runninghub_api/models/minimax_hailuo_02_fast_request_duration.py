from typing import Literal

MinimaxHailuo02FastRequestDuration = Literal["10", "6"]

MINIMAX_HAILUO_02_FAST_REQUEST_DURATION_VALUES: set[
    MinimaxHailuo02FastRequestDuration
] = {
    "10",
    "6",
}


def check_minimax_hailuo_02_fast_request_duration(
    value: str,
) -> MinimaxHailuo02FastRequestDuration:
    if value in MINIMAX_HAILUO_02_FAST_REQUEST_DURATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MINIMAX_HAILUO_02_FAST_REQUEST_DURATION_VALUES!r}"
    )
