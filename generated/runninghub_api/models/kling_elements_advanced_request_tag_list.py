from typing import Literal

KlingElementsAdvancedRequestTagList = Literal[
    "o_101", "o_102", "o_103", "o_104", "o_105", "o_106", "o_107", "o_108"
]

KLING_ELEMENTS_ADVANCED_REQUEST_TAG_LIST_VALUES: set[
    KlingElementsAdvancedRequestTagList
] = {
    "o_101",
    "o_102",
    "o_103",
    "o_104",
    "o_105",
    "o_106",
    "o_107",
    "o_108",
}


def check_kling_elements_advanced_request_tag_list(
    value: str,
) -> KlingElementsAdvancedRequestTagList:
    if value in KLING_ELEMENTS_ADVANCED_REQUEST_TAG_LIST_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KLING_ELEMENTS_ADVANCED_REQUEST_TAG_LIST_VALUES!r}"
    )
