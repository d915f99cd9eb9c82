from typing import Literal

MinimaxHailuo02T2VStandardRequestDuration = Literal["10", "6"]

MINIMAX_HAILUO_02T2V_STANDARD_REQUEST_DURATION_VALUES: set[
    MinimaxHailuo02T2VStandardRequestDuration
] = {
    "10",
    "6",
}


def check_minimax_hailuo_02t2v_standard_request_duration(
    value: str,
) -> MinimaxHailuo02T2VStandardRequestDuration:
    if value in MINIMAX_HAILUO_02T2V_STANDARD_REQUEST_DURATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MINIMAX_HAILUO_02T2V_STANDARD_REQUEST_DURATION_VALUES!r}"
    )
