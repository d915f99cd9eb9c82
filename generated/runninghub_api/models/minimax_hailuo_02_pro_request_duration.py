from typing import Literal

MinimaxHailuo02ProRequestDuration = Literal["6"]

MINIMAX_HAILUO_02_PRO_REQUEST_DURATION_VALUES: set[
    MinimaxHailuo02ProRequestDuration
] = {
    "6",
}


def check_minimax_hailuo_02_pro_request_duration(
    value: str,
) -> MinimaxHailuo02ProRequestDuration:
    if value in MINIMAX_HAILUO_02_PRO_REQUEST_DURATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MINIMAX_HAILUO_02_PRO_REQUEST_DURATION_VALUES!r}"
    )
