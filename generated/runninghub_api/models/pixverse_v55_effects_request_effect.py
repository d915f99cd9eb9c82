from typing import Literal

PixverseV55EffectsRequestEffect = Literal[
    "3D Figurine Factor",
    "Anything",
    "Baby Face",
    "Bald Swipe",
    "Black Myth: Wukong",
    "BOOM DROP",
    "Holy Wings",
    "Hug",
    "Hulk",
    "Kiss",
    "Kiss Me AI",
    "Microwave",
    "Muscle Surge",
    "Robot",
    "Squid Game",
    "The Tiger Touch",
    "Venom",
    "Zombie Mode",
]

PIXVERSE_V55_EFFECTS_REQUEST_EFFECT_VALUES: set[PixverseV55EffectsRequestEffect] = {
    "3D Figurine Factor",
    "Anything",
    "Baby Face",
    "Bald Swipe",
    "Black Myth: Wukong",
    "BOOM DROP",
    "Holy Wings",
    "Hug",
    "Hulk",
    "Kiss",
    "Kiss Me AI",
    "Microwave",
    "Muscle Surge",
    "Robot",
    "Squid Game",
    "The Tiger Touch",
    "Venom",
    "Zombie Mode",
}


def check_pixverse_v55_effects_request_effect(
    value: str,
) -> PixverseV55EffectsRequestEffect:
    if value in PIXVERSE_V55_EFFECTS_REQUEST_EFFECT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PIXVERSE_V55_EFFECTS_REQUEST_EFFECT_VALUES!r}"
    )
