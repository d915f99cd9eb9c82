"""The registry's model-level keys as the catalog uses them: size_constraints are checked before
a submit; extra outputs and asset modes are recorded as notes."""

from __future__ import annotations

import pytest
from runninghub import InvalidParamsError
from runninghub._catalog import Catalog, prepare_params

CATALOG = Catalog()
SEEDREAM = "seedream-v5-pro/text-to-image"


def test_size_constraints_refuse_too_few_pixels_and_extreme_ratios() -> None:
    model = CATALOG.get(SEEDREAM)
    assert model.registry["size_constraints"]["min_total_pixels"] == 921600
    assert prepare_params(model, {"prompt": "p", "width": 1280, "height": 720}) == {
        "prompt": "p",
        "width": 1280,
        "height": 720,
    }
    with pytest.raises(InvalidParamsError, match="921600") as info:
        prepare_params(model, {"prompt": "p", "width": 1000, "height": 720})
    assert info.value.field == "width"
    with pytest.raises(InvalidParamsError, match="width / height"):
        prepare_params(model, {"prompt": "p", "width": 8192, "height": 240})  # 2M pixels, but 34:1


def test_size_constraints_do_not_apply_when_resolution_takes_precedence() -> None:
    model = CATALOG.get(SEEDREAM)
    body = prepare_params(model, {"prompt": "p", "width": 1000, "height": 720, "resolution": "2k"})
    assert body["resolution"] == "2k"


def test_an_empty_option_is_no_server_default() -> None:
    """resolution offers "empty" (left out, the server uses width x height): no default is sent."""
    resolution = CATALOG.get(SEEDREAM).param_map["resolution"]
    assert not resolution.has_default and not resolution.has_fill_value
    assert "resolution" not in prepare_params(CATALOG.get(SEEDREAM), {"prompt": "p"})


@pytest.mark.parametrize(
    ("model", "words"),
    [
        ("seedance-2.0/image-to-video", "last frame image"),
        ("seedance-2.0/multimodal-video", "asset://"),
    ],
)
def test_extra_outputs_and_asset_modes_are_noted(model: str, words: str) -> None:
    assert any(words in note for note in CATALOG.get(model).notes)
