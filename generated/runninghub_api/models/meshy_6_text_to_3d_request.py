from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.meshy_6_text_to_3d_request_art_style import (
    Meshy6TextTo3DRequestArtStyle,
    check_meshy_6_text_to_3d_request_art_style,
)
from ..models.meshy_6_text_to_3d_request_symmetry_mode import (
    Meshy6TextTo3DRequestSymmetryMode,
    check_meshy_6_text_to_3d_request_symmetry_mode,
)
from ..models.meshy_6_text_to_3d_request_topology import (
    Meshy6TextTo3DRequestTopology,
    check_meshy_6_text_to_3d_request_topology,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="Meshy6TextTo3DRequest")


@_attrs_define
class Meshy6TextTo3DRequest:
    """Request body of meshy6/text-to-3d.

    Attributes:
        prompt (str): prompt
        art_style (Meshy6TextTo3DRequestArtStyle | Unset): art style Default: 'realistic'.
        enable_pbr (bool | Unset): enable pbr Default: False.
        enable_prompt_expansion (bool | Unset): enable prompt expansion Default: False.
        should_remesh (bool | Unset): should remesh Default: True.
        symmetry_mode (Meshy6TextTo3DRequestSymmetryMode | Unset): symmetry mode Default: 'auto'.
        ta_pose (bool | Unset): ta pose Default: False.
        target_polycount (int | Unset): target polycount Default: 30000.
        texture_image_url (str | Unset): image URL (texture image url)
        texture_prompt (str | Unset): texture prompt
        topology (Meshy6TextTo3DRequestTopology | Unset): topology Default: 'triangle'.
        webhook_url (str | Unset): Optional URL that RunningHub POSTs a `TASK_END` event to when the task ends.
            Callbacks are not signed: treat one as a hint and confirm the task with a query.
    """

    prompt: str
    art_style: Meshy6TextTo3DRequestArtStyle | Unset = "realistic"
    enable_pbr: bool | Unset = False
    enable_prompt_expansion: bool | Unset = False
    should_remesh: bool | Unset = True
    symmetry_mode: Meshy6TextTo3DRequestSymmetryMode | Unset = "auto"
    ta_pose: bool | Unset = False
    target_polycount: int | Unset = 30000
    texture_image_url: str | Unset = UNSET
    texture_prompt: str | Unset = UNSET
    topology: Meshy6TextTo3DRequestTopology | Unset = "triangle"
    webhook_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        art_style: str | Unset = UNSET
        if not isinstance(self.art_style, Unset):
            art_style = self.art_style

        enable_pbr = self.enable_pbr

        enable_prompt_expansion = self.enable_prompt_expansion

        should_remesh = self.should_remesh

        symmetry_mode: str | Unset = UNSET
        if not isinstance(self.symmetry_mode, Unset):
            symmetry_mode = self.symmetry_mode

        ta_pose = self.ta_pose

        target_polycount = self.target_polycount

        texture_image_url = self.texture_image_url

        texture_prompt = self.texture_prompt

        topology: str | Unset = UNSET
        if not isinstance(self.topology, Unset):
            topology = self.topology

        webhook_url = self.webhook_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "prompt": prompt,
            }
        )
        if art_style is not UNSET:
            field_dict["artStyle"] = art_style
        if enable_pbr is not UNSET:
            field_dict["enablePbr"] = enable_pbr
        if enable_prompt_expansion is not UNSET:
            field_dict["enablePromptExpansion"] = enable_prompt_expansion
        if should_remesh is not UNSET:
            field_dict["shouldRemesh"] = should_remesh
        if symmetry_mode is not UNSET:
            field_dict["symmetryMode"] = symmetry_mode
        if ta_pose is not UNSET:
            field_dict["taPose"] = ta_pose
        if target_polycount is not UNSET:
            field_dict["targetPolycount"] = target_polycount
        if texture_image_url is not UNSET:
            field_dict["textureImageUrl"] = texture_image_url
        if texture_prompt is not UNSET:
            field_dict["texturePrompt"] = texture_prompt
        if topology is not UNSET:
            field_dict["topology"] = topology
        if webhook_url is not UNSET:
            field_dict["webhookUrl"] = webhook_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        prompt = d.pop("prompt")

        _art_style = d.pop("artStyle", UNSET)
        art_style: Meshy6TextTo3DRequestArtStyle | Unset
        if isinstance(_art_style, Unset):
            art_style = UNSET
        else:
            art_style = check_meshy_6_text_to_3d_request_art_style(_art_style)

        enable_pbr = d.pop("enablePbr", UNSET)

        enable_prompt_expansion = d.pop("enablePromptExpansion", UNSET)

        should_remesh = d.pop("shouldRemesh", UNSET)

        _symmetry_mode = d.pop("symmetryMode", UNSET)
        symmetry_mode: Meshy6TextTo3DRequestSymmetryMode | Unset
        if isinstance(_symmetry_mode, Unset):
            symmetry_mode = UNSET
        else:
            symmetry_mode = check_meshy_6_text_to_3d_request_symmetry_mode(
                _symmetry_mode
            )

        ta_pose = d.pop("taPose", UNSET)

        target_polycount = d.pop("targetPolycount", UNSET)

        texture_image_url = d.pop("textureImageUrl", UNSET)

        texture_prompt = d.pop("texturePrompt", UNSET)

        _topology = d.pop("topology", UNSET)
        topology: Meshy6TextTo3DRequestTopology | Unset
        if isinstance(_topology, Unset):
            topology = UNSET
        else:
            topology = check_meshy_6_text_to_3d_request_topology(_topology)

        webhook_url = d.pop("webhookUrl", UNSET)

        meshy_6_text_to_3d_request = cls(
            prompt=prompt,
            art_style=art_style,
            enable_pbr=enable_pbr,
            enable_prompt_expansion=enable_prompt_expansion,
            should_remesh=should_remesh,
            symmetry_mode=symmetry_mode,
            ta_pose=ta_pose,
            target_polycount=target_polycount,
            texture_image_url=texture_image_url,
            texture_prompt=texture_prompt,
            topology=topology,
            webhook_url=webhook_url,
        )

        meshy_6_text_to_3d_request.additional_properties = d
        return meshy_6_text_to_3d_request

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
