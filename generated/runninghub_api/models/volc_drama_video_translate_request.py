from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.volc_drama_video_translate_request_ai_remove_type import (
    VolcDramaVideoTranslateRequestAiRemoveType,
    check_volc_drama_video_translate_request_ai_remove_type,
)
from ..models.volc_drama_video_translate_request_dub_voice_mode import (
    VolcDramaVideoTranslateRequestDubVoiceMode,
    check_volc_drama_video_translate_request_dub_voice_mode,
)
from ..models.volc_drama_video_translate_request_source_lang import (
    VolcDramaVideoTranslateRequestSourceLang,
    check_volc_drama_video_translate_request_source_lang,
)
from ..models.volc_drama_video_translate_request_target_langs import (
    VolcDramaVideoTranslateRequestTargetLangs,
    check_volc_drama_video_translate_request_target_langs,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="VolcDramaVideoTranslateRequest")


@_attrs_define
class VolcDramaVideoTranslateRequest:
    """Request body of volc-drama/video-translate.

    Attributes:
        project_name (str): projectName
        source_lang (VolcDramaVideoTranslateRequestSourceLang): sourceLang
        target_langs (VolcDramaVideoTranslateRequestTargetLangs): targetLangs
        video_url (str): input video URL
        ai_remove_type (VolcDramaVideoTranslateRequestAiRemoveType | Unset): aiRemoveType Default: '1'.
        dub_voice_mode (VolcDramaVideoTranslateRequestDubVoiceMode | Unset): dubVoiceMode Default: '0'.
        is_dub (bool | Unset): isDub Default: False.
        webhook_url (str | Unset): Optional URL that RunningHub POSTs a `TASK_END` event to when the task ends.
            Callbacks are not signed: treat one as a hint and confirm the task with a query.
    """

    project_name: str
    source_lang: VolcDramaVideoTranslateRequestSourceLang
    target_langs: VolcDramaVideoTranslateRequestTargetLangs
    video_url: str
    ai_remove_type: VolcDramaVideoTranslateRequestAiRemoveType | Unset = "1"
    dub_voice_mode: VolcDramaVideoTranslateRequestDubVoiceMode | Unset = "0"
    is_dub: bool | Unset = False
    webhook_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        project_name = self.project_name

        source_lang: str = self.source_lang

        target_langs: str = self.target_langs

        video_url = self.video_url

        ai_remove_type: str | Unset = UNSET
        if not isinstance(self.ai_remove_type, Unset):
            ai_remove_type = self.ai_remove_type

        dub_voice_mode: str | Unset = UNSET
        if not isinstance(self.dub_voice_mode, Unset):
            dub_voice_mode = self.dub_voice_mode

        is_dub = self.is_dub

        webhook_url = self.webhook_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "projectName": project_name,
                "sourceLang": source_lang,
                "targetLangs": target_langs,
                "videoUrl": video_url,
            }
        )
        if ai_remove_type is not UNSET:
            field_dict["aiRemoveType"] = ai_remove_type
        if dub_voice_mode is not UNSET:
            field_dict["dubVoiceMode"] = dub_voice_mode
        if is_dub is not UNSET:
            field_dict["isDub"] = is_dub
        if webhook_url is not UNSET:
            field_dict["webhookUrl"] = webhook_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        project_name = d.pop("projectName")

        source_lang = check_volc_drama_video_translate_request_source_lang(
            d.pop("sourceLang")
        )

        target_langs = check_volc_drama_video_translate_request_target_langs(
            d.pop("targetLangs")
        )

        video_url = d.pop("videoUrl")

        _ai_remove_type = d.pop("aiRemoveType", UNSET)
        ai_remove_type: VolcDramaVideoTranslateRequestAiRemoveType | Unset
        if isinstance(_ai_remove_type, Unset):
            ai_remove_type = UNSET
        else:
            ai_remove_type = check_volc_drama_video_translate_request_ai_remove_type(
                _ai_remove_type
            )

        _dub_voice_mode = d.pop("dubVoiceMode", UNSET)
        dub_voice_mode: VolcDramaVideoTranslateRequestDubVoiceMode | Unset
        if isinstance(_dub_voice_mode, Unset):
            dub_voice_mode = UNSET
        else:
            dub_voice_mode = check_volc_drama_video_translate_request_dub_voice_mode(
                _dub_voice_mode
            )

        is_dub = d.pop("isDub", UNSET)

        webhook_url = d.pop("webhookUrl", UNSET)

        volc_drama_video_translate_request = cls(
            project_name=project_name,
            source_lang=source_lang,
            target_langs=target_langs,
            video_url=video_url,
            ai_remove_type=ai_remove_type,
            dub_voice_mode=dub_voice_mode,
            is_dub=is_dub,
            webhook_url=webhook_url,
        )

        volc_drama_video_translate_request.additional_properties = d
        return volc_drama_video_translate_request

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
