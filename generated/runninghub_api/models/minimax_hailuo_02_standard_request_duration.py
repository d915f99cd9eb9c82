from typing import Literal

MinimaxHailuo02StandardRequestDuration = Literal["10", "6"]

MINIMAX_HAILUO_02_STANDARD_REQUEST_DURATION_VALUES: set[
    MinimaxHailuo02StandardRequestDuration
] = {
    "10",
    "6",
}


def check_minimax_hailuo_02_standard_request_duration(
    value: str,
) -> MinimaxHailuo02StandardRequestDuration:
    if value in MINIMAX_HAILUO_02_STANDARD_REQUEST_DURATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MINIMAX_HAILUO_02_STANDARD_REQUEST_DURATION_VALUES!r}"
    )
