from typing import Literal

Meshy6ImageTo3DRequestTopology = Literal["quad", "triangle"]

MESHY_6_IMAGE_TO_3D_REQUEST_TOPOLOGY_VALUES: set[Meshy6ImageTo3DRequestTopology] = {
    "quad",
    "triangle",
}


def check_meshy_6_image_to_3d_request_topology(
    value: str,
) -> Meshy6ImageTo3DRequestTopology:
    if value in MESHY_6_IMAGE_TO_3D_REQUEST_TOPOLOGY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MESHY_6_IMAGE_TO_3D_REQUEST_TOPOLOGY_VALUES!r}"
    )
