from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.volc_drama_serial_video_translate_request_ai_remove_type import (
    VolcDramaSerialVideoTranslateRequestAiRemoveType,
    check_volc_drama_serial_video_translate_request_ai_remove_type,
)
from ..models.volc_drama_serial_video_translate_request_dub_voice_mode import (
    VolcDramaSerialVideoTranslateRequestDubVoiceMode,
    check_volc_drama_serial_video_translate_request_dub_voice_mode,
)
from ..models.volc_drama_serial_video_translate_request_source_lang import (
    VolcDramaSerialVideoTranslateRequestSourceLang,
    check_volc_drama_serial_video_translate_request_source_lang,
)
from ..models.volc_drama_serial_video_translate_request_target_langs import (
    VolcDramaSerialVideoTranslateRequestTargetLangs,
    check_volc_drama_serial_video_translate_request_target_langs,
)
from ..models.volc_drama_serial_video_translate_request_translation_model import (
    VolcDramaSerialVideoTranslateRequestTranslationModel,
    check_volc_drama_serial_video_translate_request_translation_model,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="VolcDramaSerialVideoTranslateRequest")


@_attrs_define
class VolcDramaSerialVideoTranslateRequest:
    """Request body of volc-drama/serial-video-translate.

    Attributes:
        project_name (str): projectName
        source_lang (VolcDramaSerialVideoTranslateRequestSourceLang): sourceLang
        target_langs (VolcDramaSerialVideoTranslateRequestTargetLangs): targetLangs
        ai_remove_type (VolcDramaSerialVideoTranslateRequestAiRemoveType | Unset): aiRemoveType Default: '2'.
        dub_voice_mode (VolcDramaSerialVideoTranslateRequestDubVoiceMode | Unset): dubVoiceMode Default: '0'.
        is_dub (bool | Unset): isDub Default: False.
        need_video_speed (bool | Unset): needVideoSpeed Default: False.
        target_style_map (str | Unset): targetStyleMap
        translation_model (VolcDramaSerialVideoTranslateRequestTranslationModel | Unset): translationModel Default:
            'advanced'.
        webhook_url (str | Unset): Optional URL that RunningHub POSTs a `TASK_END` event to when the task ends.
            Callbacks are not signed: treat one as a hint and confirm the task with a query.
    """

    project_name: str
    source_lang: VolcDramaSerialVideoTranslateRequestSourceLang
    target_langs: VolcDramaSerialVideoTranslateRequestTargetLangs
    ai_remove_type: VolcDramaSerialVideoTranslateRequestAiRemoveType | Unset = "2"
    dub_voice_mode: VolcDramaSerialVideoTranslateRequestDubVoiceMode | Unset = "0"
    is_dub: bool | Unset = False
    need_video_speed: bool | Unset = False
    target_style_map: str | Unset = UNSET
    translation_model: VolcDramaSerialVideoTranslateRequestTranslationModel | Unset = (
        "advanced"
    )
    webhook_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        project_name = self.project_name

        source_lang: str = self.source_lang

        target_langs: str = self.target_langs

        ai_remove_type: str | Unset = UNSET
        if not isinstance(self.ai_remove_type, Unset):
            ai_remove_type = self.ai_remove_type

        dub_voice_mode: str | Unset = UNSET
        if not isinstance(self.dub_voice_mode, Unset):
            dub_voice_mode = self.dub_voice_mode

        is_dub = self.is_dub

        need_video_speed = self.need_video_speed

        target_style_map = self.target_style_map

        translation_model: str | Unset = UNSET
        if not isinstance(self.translation_model, Unset):
            translation_model = self.translation_model

        webhook_url = self.webhook_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "projectName": project_name,
                "sourceLang": source_lang,
                "targetLangs": target_langs,
            }
        )
        if ai_remove_type is not UNSET:
            field_dict["aiRemoveType"] = ai_remove_type
        if dub_voice_mode is not UNSET:
            field_dict["dubVoiceMode"] = dub_voice_mode
        if is_dub is not UNSET:
            field_dict["isDub"] = is_dub
        if need_video_speed is not UNSET:
            field_dict["needVideoSpeed"] = need_video_speed
        if target_style_map is not UNSET:
            field_dict["targetStyleMap"] = target_style_map
        if translation_model is not UNSET:
            field_dict["translationModel"] = translation_model
        if webhook_url is not UNSET:
            field_dict["webhookUrl"] = webhook_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        project_name = d.pop("projectName")

        source_lang = check_volc_drama_serial_video_translate_request_source_lang(
            d.pop("sourceLang")
        )

        target_langs = check_volc_drama_serial_video_translate_request_target_langs(
            d.pop("targetLangs")
        )

        _ai_remove_type = d.pop("aiRemoveType", UNSET)
        ai_remove_type: VolcDramaSerialVideoTranslateRequestAiRemoveType | Unset
        if isinstance(_ai_remove_type, Unset):
            ai_remove_type = UNSET
        else:
            ai_remove_type = (
                check_volc_drama_serial_video_translate_request_ai_remove_type(
                    _ai_remove_type
                )
            )

        _dub_voice_mode = d.pop("dubVoiceMode", UNSET)
        dub_voice_mode: VolcDramaSerialVideoTranslateRequestDubVoiceMode | Unset
        if isinstance(_dub_voice_mode, Unset):
            dub_voice_mode = UNSET
        else:
            dub_voice_mode = (
                check_volc_drama_serial_video_translate_request_dub_voice_mode(
                    _dub_voice_mode
                )
            )

        is_dub = d.pop("isDub", UNSET)

        need_video_speed = d.pop("needVideoSpeed", UNSET)

        target_style_map = d.pop("targetStyleMap", UNSET)

        _translation_model = d.pop("translationModel", UNSET)
        translation_model: VolcDramaSerialVideoTranslateRequestTranslationModel | Unset
        if isinstance(_translation_model, Unset):
            translation_model = UNSET
        else:
            translation_model = (
                check_volc_drama_serial_video_translate_request_translation_model(
                    _translation_model
                )
            )

        webhook_url = d.pop("webhookUrl", UNSET)

        volc_drama_serial_video_translate_request = cls(
            project_name=project_name,
            source_lang=source_lang,
            target_langs=target_langs,
            ai_remove_type=ai_remove_type,
            dub_voice_mode=dub_voice_mode,
            is_dub=is_dub,
            need_video_speed=need_video_speed,
            target_style_map=target_style_map,
            translation_model=translation_model,
            webhook_url=webhook_url,
        )

        volc_drama_serial_video_translate_request.additional_properties = d
        return volc_drama_serial_video_translate_request

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
