"""Contains all the data models used in inputs/outputs (imported lazily, PEP 562).

Importing one model, or one endpoint module, loads only the modules it needs.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .account_info import AccountInfo
    from .account_status_envelope import AccountStatusEnvelope
    from .account_status_request import AccountStatusRequest
    from .ai_app_list_envelope import AiAppListEnvelope
    from .ai_app_list_request import AiAppListRequest
    from .ai_app_page import AiAppPage
    from .ai_app_record import AiAppRecord
    from .alibaba_happyhorse_10_image_to_video_request import (
        AlibabaHappyhorse10ImageToVideoRequest,
    )
    from .alibaba_happyhorse_10_image_to_video_request_duration import (
        AlibabaHappyhorse10ImageToVideoRequestDuration,
    )
    from .alibaba_happyhorse_10_image_to_video_request_resolution import (
        AlibabaHappyhorse10ImageToVideoRequestResolution,
    )
    from .alibaba_happyhorse_10_reference_to_video_request import (
        AlibabaHappyhorse10ReferenceToVideoRequest,
    )
    from .alibaba_happyhorse_10_reference_to_video_request_aspect_ratio import (
        AlibabaHappyhorse10ReferenceToVideoRequestAspectRatio,
    )
    from .alibaba_happyhorse_10_reference_to_video_request_duration import (
        AlibabaHappyhorse10ReferenceToVideoRequestDuration,
    )
    from .alibaba_happyhorse_10_reference_to_video_request_resolution import (
        AlibabaHappyhorse10ReferenceToVideoRequestResolution,
    )
    from .alibaba_happyhorse_10_text_to_video_request import (
        AlibabaHappyhorse10TextToVideoRequest,
    )
    from .alibaba_happyhorse_10_text_to_video_request_aspect_ratio import (
        AlibabaHappyhorse10TextToVideoRequestAspectRatio,
    )
    from .alibaba_happyhorse_10_text_to_video_request_duration import (
        AlibabaHappyhorse10TextToVideoRequestDuration,
    )
    from .alibaba_happyhorse_10_text_to_video_request_resolution import (
        AlibabaHappyhorse10TextToVideoRequestResolution,
    )
    from .alibaba_happyhorse_10_video_edit_request import (
        AlibabaHappyhorse10VideoEditRequest,
    )
    from .alibaba_happyhorse_10_video_edit_request_audio_setting import (
        AlibabaHappyhorse10VideoEditRequestAudioSetting,
    )
    from .alibaba_happyhorse_10_video_edit_request_resolution import (
        AlibabaHappyhorse10VideoEditRequestResolution,
    )
    from .alibaba_happyhorse_11_image_to_video_request import (
        AlibabaHappyhorse11ImageToVideoRequest,
    )
    from .alibaba_happyhorse_11_image_to_video_request_duration import (
        AlibabaHappyhorse11ImageToVideoRequestDuration,
    )
    from .alibaba_happyhorse_11_image_to_video_request_resolution import (
        AlibabaHappyhorse11ImageToVideoRequestResolution,
    )
    from .alibaba_happyhorse_11_reference_to_video_request import (
        AlibabaHappyhorse11ReferenceToVideoRequest,
    )
    from .alibaba_happyhorse_11_reference_to_video_request_aspect_ratio import (
        AlibabaHappyhorse11ReferenceToVideoRequestAspectRatio,
    )
    from .alibaba_happyhorse_11_reference_to_video_request_duration import (
        AlibabaHappyhorse11ReferenceToVideoRequestDuration,
    )
    from .alibaba_happyhorse_11_reference_to_video_request_resolution import (
        AlibabaHappyhorse11ReferenceToVideoRequestResolution,
    )
    from .alibaba_happyhorse_11_text_to_video_request import (
        AlibabaHappyhorse11TextToVideoRequest,
    )
    from .alibaba_happyhorse_11_text_to_video_request_aspect_ratio import (
        AlibabaHappyhorse11TextToVideoRequestAspectRatio,
    )
    from .alibaba_happyhorse_11_text_to_video_request_duration import (
        AlibabaHappyhorse11TextToVideoRequestDuration,
    )
    from .alibaba_happyhorse_11_text_to_video_request_resolution import (
        AlibabaHappyhorse11TextToVideoRequestResolution,
    )
    from .alibaba_qwen_3_tts_flash_request import AlibabaQwen3TtsFlashRequest
    from .alibaba_qwen_3_tts_flash_request_language_type import (
        AlibabaQwen3TtsFlashRequestLanguageType,
    )
    from .alibaba_qwen_3_tts_flash_request_voice import AlibabaQwen3TtsFlashRequestVoice
    from .alibaba_qwen_3_tts_instruct_flash_request import (
        AlibabaQwen3TtsInstructFlashRequest,
    )
    from .alibaba_qwen_3_tts_instruct_flash_request_language_type import (
        AlibabaQwen3TtsInstructFlashRequestLanguageType,
    )
    from .alibaba_qwen_3_tts_instruct_flash_request_voice import (
        AlibabaQwen3TtsInstructFlashRequestVoice,
    )
    from .alibaba_qwen_image_20_image_edit_request import (
        AlibabaQwenImage20ImageEditRequest,
    )
    from .alibaba_qwen_image_20_image_edit_request_image_num import (
        AlibabaQwenImage20ImageEditRequestImageNum,
    )
    from .alibaba_qwen_image_20_image_edit_request_size import (
        AlibabaQwenImage20ImageEditRequestSize,
    )
    from .alibaba_qwen_image_20_pro_image_edit_request import (
        AlibabaQwenImage20ProImageEditRequest,
    )
    from .alibaba_qwen_image_20_pro_image_edit_request_image_num import (
        AlibabaQwenImage20ProImageEditRequestImageNum,
    )
    from .alibaba_qwen_image_20_pro_image_edit_request_size import (
        AlibabaQwenImage20ProImageEditRequestSize,
    )
    from .alibaba_qwen_image_20_pro_text_to_image_request import (
        AlibabaQwenImage20ProTextToImageRequest,
    )
    from .alibaba_qwen_image_20_pro_text_to_image_request_image_num import (
        AlibabaQwenImage20ProTextToImageRequestImageNum,
    )
    from .alibaba_qwen_image_20_pro_text_to_image_request_size import (
        AlibabaQwenImage20ProTextToImageRequestSize,
    )
    from .alibaba_qwen_image_20_text_to_image_request import (
        AlibabaQwenImage20TextToImageRequest,
    )
    from .alibaba_qwen_image_20_text_to_image_request_image_num import (
        AlibabaQwenImage20TextToImageRequestImageNum,
    )
    from .alibaba_qwen_image_20_text_to_image_request_size import (
        AlibabaQwenImage20TextToImageRequestSize,
    )
    from .alibaba_qwen_image_30_pro_image_edit_request import (
        AlibabaQwenImage30ProImageEditRequest,
    )
    from .alibaba_qwen_image_30_pro_image_edit_request_image_num import (
        AlibabaQwenImage30ProImageEditRequestImageNum,
    )
    from .alibaba_qwen_image_30_pro_image_edit_request_prompt_extend_mode import (
        AlibabaQwenImage30ProImageEditRequestPromptExtendMode,
    )
    from .alibaba_qwen_image_30_pro_image_edit_request_size import (
        AlibabaQwenImage30ProImageEditRequestSize,
    )
    from .alibaba_qwen_image_30_pro_text_to_image_request import (
        AlibabaQwenImage30ProTextToImageRequest,
    )
    from .alibaba_qwen_image_30_pro_text_to_image_request_image_num import (
        AlibabaQwenImage30ProTextToImageRequestImageNum,
    )
    from .alibaba_qwen_image_30_pro_text_to_image_request_prompt_extend_mode import (
        AlibabaQwenImage30ProTextToImageRequestPromptExtendMode,
    )
    from .alibaba_qwen_image_30_pro_text_to_image_request_size import (
        AlibabaQwenImage30ProTextToImageRequestSize,
    )
    from .alibaba_wan_25_preview_image_to_image_request import (
        AlibabaWan25PreviewImageToImageRequest,
    )
    from .alibaba_wan_25_preview_image_to_image_request_size import (
        AlibabaWan25PreviewImageToImageRequestSize,
    )
    from .alibaba_wan_25_preview_image_to_video_request import (
        AlibabaWan25PreviewImageToVideoRequest,
    )
    from .alibaba_wan_25_preview_image_to_video_request_duration import (
        AlibabaWan25PreviewImageToVideoRequestDuration,
    )
    from .alibaba_wan_25_preview_image_to_video_request_resolution import (
        AlibabaWan25PreviewImageToVideoRequestResolution,
    )
    from .alibaba_wan_25_preview_text_to_image_request import (
        AlibabaWan25PreviewTextToImageRequest,
    )
    from .alibaba_wan_25_preview_text_to_image_request_size import (
        AlibabaWan25PreviewTextToImageRequestSize,
    )
    from .alibaba_wan_25_preview_text_to_video_request import (
        AlibabaWan25PreviewTextToVideoRequest,
    )
    from .alibaba_wan_25_preview_text_to_video_request_duration import (
        AlibabaWan25PreviewTextToVideoRequestDuration,
    )
    from .alibaba_wan_25_preview_text_to_video_request_size import (
        AlibabaWan25PreviewTextToVideoRequestSize,
    )
    from .alibaba_wan_26_image_to_video_flash_request import (
        AlibabaWan26ImageToVideoFlashRequest,
    )
    from .alibaba_wan_26_image_to_video_flash_request_duration import (
        AlibabaWan26ImageToVideoFlashRequestDuration,
    )
    from .alibaba_wan_26_image_to_video_flash_request_resolution import (
        AlibabaWan26ImageToVideoFlashRequestResolution,
    )
    from .alibaba_wan_26_image_to_video_flash_request_shot_type import (
        AlibabaWan26ImageToVideoFlashRequestShotType,
    )
    from .alibaba_wan_26_image_to_video_request import AlibabaWan26ImageToVideoRequest
    from .alibaba_wan_26_image_to_video_request_duration import (
        AlibabaWan26ImageToVideoRequestDuration,
    )
    from .alibaba_wan_26_image_to_video_request_resolution import (
        AlibabaWan26ImageToVideoRequestResolution,
    )
    from .alibaba_wan_26_image_to_video_request_shot_type import (
        AlibabaWan26ImageToVideoRequestShotType,
    )
    from .alibaba_wan_26_reference_to_video_flash_request import (
        AlibabaWan26ReferenceToVideoFlashRequest,
    )
    from .alibaba_wan_26_reference_to_video_flash_request_duration import (
        AlibabaWan26ReferenceToVideoFlashRequestDuration,
    )
    from .alibaba_wan_26_reference_to_video_flash_request_shot_type import (
        AlibabaWan26ReferenceToVideoFlashRequestShotType,
    )
    from .alibaba_wan_26_reference_to_video_flash_request_size import (
        AlibabaWan26ReferenceToVideoFlashRequestSize,
    )
    from .alibaba_wan_26_reference_to_video_request import (
        AlibabaWan26ReferenceToVideoRequest,
    )
    from .alibaba_wan_26_reference_to_video_request_duration import (
        AlibabaWan26ReferenceToVideoRequestDuration,
    )
    from .alibaba_wan_26_reference_to_video_request_shot_type import (
        AlibabaWan26ReferenceToVideoRequestShotType,
    )
    from .alibaba_wan_26_reference_to_video_request_size import (
        AlibabaWan26ReferenceToVideoRequestSize,
    )
    from .alibaba_wan_26_text_to_video_request import AlibabaWan26TextToVideoRequest
    from .alibaba_wan_26_text_to_video_request_duration import (
        AlibabaWan26TextToVideoRequestDuration,
    )
    from .alibaba_wan_26_text_to_video_request_resolution import (
        AlibabaWan26TextToVideoRequestResolution,
    )
    from .alibaba_wan_26_text_to_video_request_shot_type import (
        AlibabaWan26TextToVideoRequestShotType,
    )
    from .alibaba_wan_27_image_edit_pro_request import AlibabaWan27ImageEditProRequest
    from .alibaba_wan_27_image_edit_request import AlibabaWan27ImageEditRequest
    from .alibaba_wan_27_image_to_video_request import AlibabaWan27ImageToVideoRequest
    from .alibaba_wan_27_image_to_video_request_duration import (
        AlibabaWan27ImageToVideoRequestDuration,
    )
    from .alibaba_wan_27_image_to_video_request_resolution import (
        AlibabaWan27ImageToVideoRequestResolution,
    )
    from .alibaba_wan_27_reference_to_video_request import (
        AlibabaWan27ReferenceToVideoRequest,
    )
    from .alibaba_wan_27_reference_to_video_request_aspect_ratio import (
        AlibabaWan27ReferenceToVideoRequestAspectRatio,
    )
    from .alibaba_wan_27_reference_to_video_request_duration import (
        AlibabaWan27ReferenceToVideoRequestDuration,
    )
    from .alibaba_wan_27_reference_to_video_request_resolution import (
        AlibabaWan27ReferenceToVideoRequestResolution,
    )
    from .alibaba_wan_27_spicy_image_to_video_request import (
        AlibabaWan27SpicyImageToVideoRequest,
    )
    from .alibaba_wan_27_spicy_image_to_video_request_resolution import (
        AlibabaWan27SpicyImageToVideoRequestResolution,
    )
    from .alibaba_wan_27_text_to_image_pro_request import (
        AlibabaWan27TextToImageProRequest,
    )
    from .alibaba_wan_27_text_to_image_request import AlibabaWan27TextToImageRequest
    from .alibaba_wan_27_text_to_video_request import AlibabaWan27TextToVideoRequest
    from .alibaba_wan_27_text_to_video_request_aspect_ratio import (
        AlibabaWan27TextToVideoRequestAspectRatio,
    )
    from .alibaba_wan_27_text_to_video_request_duration import (
        AlibabaWan27TextToVideoRequestDuration,
    )
    from .alibaba_wan_27_text_to_video_request_resolution import (
        AlibabaWan27TextToVideoRequestResolution,
    )
    from .alibaba_wan_27_video_edit_request import AlibabaWan27VideoEditRequest
    from .alibaba_wan_27_video_edit_request_aspect_ratio import (
        AlibabaWan27VideoEditRequestAspectRatio,
    )
    from .alibaba_wan_27_video_edit_request_duration import (
        AlibabaWan27VideoEditRequestDuration,
    )
    from .alibaba_wan_27_video_edit_request_resolution import (
        AlibabaWan27VideoEditRequestResolution,
    )
    from .alibaba_wan_27_video_extend_request import AlibabaWan27VideoExtendRequest
    from .alibaba_wan_27_video_extend_request_duration import (
        AlibabaWan27VideoExtendRequestDuration,
    )
    from .alibaba_wan_27_video_extend_request_resolution import (
        AlibabaWan27VideoExtendRequestResolution,
    )
    from .api_call_demo_data import ApiCallDemoData
    from .api_call_demo_data_statistics_info_type_0 import (
        ApiCallDemoDataStatisticsInfoType0,
    )
    from .api_call_demo_envelope import ApiCallDemoEnvelope
    from .api_key_info import ApiKeyInfo
    from .api_key_list_envelope import ApiKeyListEnvelope
    from .app_cover import AppCover
    from .app_node_info import AppNodeInfo
    from .app_tag import AppTag
    from .asset import Asset
    from .asset_create_request import AssetCreateRequest
    from .asset_delete_envelope import AssetDeleteEnvelope
    from .asset_envelope import AssetEnvelope
    from .asset_group import AssetGroup
    from .asset_group_create_request import AssetGroupCreateRequest
    from .asset_group_envelope import AssetGroupEnvelope
    from .asset_group_id_request import AssetGroupIdRequest
    from .asset_group_list_envelope import AssetGroupListEnvelope
    from .asset_group_page import AssetGroupPage
    from .asset_group_update_request import AssetGroupUpdateRequest
    from .asset_id_request import AssetIdRequest
    from .asset_list_envelope import AssetListEnvelope
    from .asset_list_request import AssetListRequest
    from .asset_page import AssetPage
    from .asset_update_request import AssetUpdateRequest
    from .bytedance_doubao_seed_audio_10_request import (
        BytedanceDoubaoSeedAudio10Request,
    )
    from .bytedance_doubao_seed_audio_10_request_format import (
        BytedanceDoubaoSeedAudio10RequestFormat,
    )
    from .bytedance_doubao_seed_tts_20_request import BytedanceDoubaoSeedTts20Request
    from .bytedance_doubao_seed_tts_20_request_explicit_language import (
        BytedanceDoubaoSeedTts20RequestExplicitLanguage,
    )
    from .bytedance_doubao_seed_tts_20_request_format import (
        BytedanceDoubaoSeedTts20RequestFormat,
    )
    from .bytedance_dreamactor_v2_request import BytedanceDreamactorV2Request
    from .bytedance_jimeng_46_image_to_image_request import (
        BytedanceJimeng46ImageToImageRequest,
    )
    from .bytedance_jimeng_46_text_to_image_request import (
        BytedanceJimeng46TextToImageRequest,
    )
    from .bytedance_seedance_20_global_fast_image_to_video_request import (
        BytedanceSeedance20GlobalFastImageToVideoRequest,
    )
    from .bytedance_seedance_20_global_fast_image_to_video_request_conversion_slots_item import (
        BytedanceSeedance20GlobalFastImageToVideoRequestConversionSlotsItem,
    )
    from .bytedance_seedance_20_global_fast_image_to_video_request_duration import (
        BytedanceSeedance20GlobalFastImageToVideoRequestDuration,
    )
    from .bytedance_seedance_20_global_fast_image_to_video_request_ratio import (
        BytedanceSeedance20GlobalFastImageToVideoRequestRatio,
    )
    from .bytedance_seedance_20_global_fast_image_to_video_request_resolution import (
        BytedanceSeedance20GlobalFastImageToVideoRequestResolution,
    )
    from .bytedance_seedance_20_global_fast_multimodal_video_request import (
        BytedanceSeedance20GlobalFastMultimodalVideoRequest,
    )
    from .bytedance_seedance_20_global_fast_multimodal_video_request_conversion_slots_item import (
        BytedanceSeedance20GlobalFastMultimodalVideoRequestConversionSlotsItem,
    )
    from .bytedance_seedance_20_global_fast_multimodal_video_request_duration import (
        BytedanceSeedance20GlobalFastMultimodalVideoRequestDuration,
    )
    from .bytedance_seedance_20_global_fast_multimodal_video_request_ratio import (
        BytedanceSeedance20GlobalFastMultimodalVideoRequestRatio,
    )
    from .bytedance_seedance_20_global_fast_multimodal_video_request_resolution import (
        BytedanceSeedance20GlobalFastMultimodalVideoRequestResolution,
    )
    from .bytedance_seedance_20_global_fast_text_to_video_request import (
        BytedanceSeedance20GlobalFastTextToVideoRequest,
    )
    from .bytedance_seedance_20_global_fast_text_to_video_request_duration import (
        BytedanceSeedance20GlobalFastTextToVideoRequestDuration,
    )
    from .bytedance_seedance_20_global_fast_text_to_video_request_ratio import (
        BytedanceSeedance20GlobalFastTextToVideoRequestRatio,
    )
    from .bytedance_seedance_20_global_fast_text_to_video_request_resolution import (
        BytedanceSeedance20GlobalFastTextToVideoRequestResolution,
    )
    from .bytedance_seedance_20_global_image_to_video_request import (
        BytedanceSeedance20GlobalImageToVideoRequest,
    )
    from .bytedance_seedance_20_global_image_to_video_request_conversion_slots_item import (
        BytedanceSeedance20GlobalImageToVideoRequestConversionSlotsItem,
    )
    from .bytedance_seedance_20_global_image_to_video_request_duration import (
        BytedanceSeedance20GlobalImageToVideoRequestDuration,
    )
    from .bytedance_seedance_20_global_image_to_video_request_ratio import (
        BytedanceSeedance20GlobalImageToVideoRequestRatio,
    )
    from .bytedance_seedance_20_global_image_to_video_request_resolution import (
        BytedanceSeedance20GlobalImageToVideoRequestResolution,
    )
    from .bytedance_seedance_20_global_multimodal_video_request import (
        BytedanceSeedance20GlobalMultimodalVideoRequest,
    )
    from .bytedance_seedance_20_global_multimodal_video_request_conversion_slots_item import (
        BytedanceSeedance20GlobalMultimodalVideoRequestConversionSlotsItem,
    )
    from .bytedance_seedance_20_global_multimodal_video_request_duration import (
        BytedanceSeedance20GlobalMultimodalVideoRequestDuration,
    )
    from .bytedance_seedance_20_global_multimodal_video_request_ratio import (
        BytedanceSeedance20GlobalMultimodalVideoRequestRatio,
    )
    from .bytedance_seedance_20_global_multimodal_video_request_resolution import (
        BytedanceSeedance20GlobalMultimodalVideoRequestResolution,
    )
    from .bytedance_seedance_20_global_text_to_video_request import (
        BytedanceSeedance20GlobalTextToVideoRequest,
    )
    from .bytedance_seedance_20_global_text_to_video_request_duration import (
        BytedanceSeedance20GlobalTextToVideoRequestDuration,
    )
    from .bytedance_seedance_20_global_text_to_video_request_ratio import (
        BytedanceSeedance20GlobalTextToVideoRequestRatio,
    )
    from .bytedance_seedance_20_global_text_to_video_request_resolution import (
        BytedanceSeedance20GlobalTextToVideoRequestResolution,
    )
    from .cinematic_video_generator_request import CinematicVideoGeneratorRequest
    from .cinematic_video_generator_request_aspect_ratio import (
        CinematicVideoGeneratorRequestAspectRatio,
    )
    from .cinematic_video_generator_request_duration import (
        CinematicVideoGeneratorRequestDuration,
    )
    from .create_workflow_task_request import CreateWorkflowTaskRequest
    from .empty_envelope import EmptyEnvelope
    from .failed_reason import FailedReason
    from .failed_reason_current_inputs_type_1 import FailedReasonCurrentInputsType1
    from .failed_reason_current_outputs_type_1 import FailedReasonCurrentOutputsType1
    from .gemini_omni_flash_image_to_video_request import (
        GeminiOmniFlashImageToVideoRequest,
    )
    from .gemini_omni_flash_image_to_video_request_aspect_ratio import (
        GeminiOmniFlashImageToVideoRequestAspectRatio,
    )
    from .gemini_omni_flash_image_to_video_request_duration import (
        GeminiOmniFlashImageToVideoRequestDuration,
    )
    from .gemini_omni_flash_image_to_video_request_resolution import (
        GeminiOmniFlashImageToVideoRequestResolution,
    )
    from .gemini_omni_flash_text_to_video_request import (
        GeminiOmniFlashTextToVideoRequest,
    )
    from .gemini_omni_flash_text_to_video_request_aspect_ratio import (
        GeminiOmniFlashTextToVideoRequestAspectRatio,
    )
    from .gemini_omni_flash_text_to_video_request_duration import (
        GeminiOmniFlashTextToVideoRequestDuration,
    )
    from .gemini_omni_flash_text_to_video_request_resolution import (
        GeminiOmniFlashTextToVideoRequestResolution,
    )
    from .gemini_omni_flash_video_edit_request import GeminiOmniFlashVideoEditRequest
    from .gemini_omni_flash_video_edit_request_aspect_ratio import (
        GeminiOmniFlashVideoEditRequestAspectRatio,
    )
    from .gemini_omni_flash_video_edit_request_resolution import (
        GeminiOmniFlashVideoEditRequestResolution,
    )
    from .get_workflow_json_request import GetWorkflowJsonRequest
    from .higgsfield_dop_image_to_video_request import HiggsfieldDopImageToVideoRequest
    from .higgsfield_dop_image_to_video_request_options import (
        HiggsfieldDopImageToVideoRequestOptions,
    )
    from .higgsfield_soul_image_to_image_request import (
        HiggsfieldSoulImageToImageRequest,
    )
    from .higgsfield_soul_image_to_image_request_quality import (
        HiggsfieldSoulImageToImageRequestQuality,
    )
    from .higgsfield_soul_image_to_image_request_size import (
        HiggsfieldSoulImageToImageRequestSize,
    )
    from .higgsfield_soul_image_to_image_request_style import (
        HiggsfieldSoulImageToImageRequestStyle,
    )
    from .hitem_3d_portrait_v15_image_to_3d_request import (
        Hitem3DPortraitV15ImageTo3DRequest,
    )
    from .hitem_3d_portrait_v15_image_to_3d_request_request_type import (
        Hitem3DPortraitV15ImageTo3DRequestRequestType,
    )
    from .hitem_3d_portrait_v15_image_to_3d_request_resolution import (
        Hitem3DPortraitV15ImageTo3DRequestResolution,
    )
    from .hitem_3d_portrait_v15_multi_image_to_3d_request import (
        Hitem3DPortraitV15MultiImageTo3DRequest,
    )
    from .hitem_3d_portrait_v15_multi_image_to_3d_request_request_type import (
        Hitem3DPortraitV15MultiImageTo3DRequestRequestType,
    )
    from .hitem_3d_portrait_v15_multi_image_to_3d_request_resolution import (
        Hitem3DPortraitV15MultiImageTo3DRequestResolution,
    )
    from .hitem_3d_portrait_v20_image_to_3d_request import (
        Hitem3DPortraitV20ImageTo3DRequest,
    )
    from .hitem_3d_portrait_v20_image_to_3d_request_request_type import (
        Hitem3DPortraitV20ImageTo3DRequestRequestType,
    )
    from .hitem_3d_portrait_v20_image_to_3d_request_resolution import (
        Hitem3DPortraitV20ImageTo3DRequestResolution,
    )
    from .hitem_3d_portrait_v20_multi_image_to_3d_request import (
        Hitem3DPortraitV20MultiImageTo3DRequest,
    )
    from .hitem_3d_portrait_v20_multi_image_to_3d_request_request_type import (
        Hitem3DPortraitV20MultiImageTo3DRequestRequestType,
    )
    from .hitem_3d_portrait_v20_multi_image_to_3d_request_resolution import (
        Hitem3DPortraitV20MultiImageTo3DRequestResolution,
    )
    from .hitem_3d_portrait_v21_image_to_3d_request import (
        Hitem3DPortraitV21ImageTo3DRequest,
    )
    from .hitem_3d_portrait_v21_image_to_3d_request_request_type import (
        Hitem3DPortraitV21ImageTo3DRequestRequestType,
    )
    from .hitem_3d_portrait_v21_image_to_3d_request_resolution import (
        Hitem3DPortraitV21ImageTo3DRequestResolution,
    )
    from .hitem_3d_portrait_v21_multi_image_to_3d_request import (
        Hitem3DPortraitV21MultiImageTo3DRequest,
    )
    from .hitem_3d_portrait_v21_multi_image_to_3d_request_request_type import (
        Hitem3DPortraitV21MultiImageTo3DRequestRequestType,
    )
    from .hitem_3d_portrait_v21_multi_image_to_3d_request_resolution import (
        Hitem3DPortraitV21MultiImageTo3DRequestResolution,
    )
    from .hitem_3dv2_image_to_3d_request import Hitem3DV2ImageTo3DRequest
    from .hitem_3dv2_image_to_3d_request_request_type import (
        Hitem3DV2ImageTo3DRequestRequestType,
    )
    from .hitem_3dv2_image_to_3d_request_resolution import (
        Hitem3DV2ImageTo3DRequestResolution,
    )
    from .hitem_3dv2_multi_image_to_3d_request import Hitem3DV2MultiImageTo3DRequest
    from .hitem_3dv2_multi_image_to_3d_request_request_type import (
        Hitem3DV2MultiImageTo3DRequestRequestType,
    )
    from .hitem_3dv2_multi_image_to_3d_request_resolution import (
        Hitem3DV2MultiImageTo3DRequestResolution,
    )
    from .hitem_3dv15_image_to_3d_request import Hitem3DV15ImageTo3DRequest
    from .hitem_3dv15_image_to_3d_request_request_type import (
        Hitem3DV15ImageTo3DRequestRequestType,
    )
    from .hitem_3dv15_image_to_3d_request_resolution import (
        Hitem3DV15ImageTo3DRequestResolution,
    )
    from .hitem_3dv15_multi_image_to_3d_request import Hitem3DV15MultiImageTo3DRequest
    from .hitem_3dv15_multi_image_to_3d_request_request_type import (
        Hitem3DV15MultiImageTo3DRequestRequestType,
    )
    from .hitem_3dv15_multi_image_to_3d_request_resolution import (
        Hitem3DV15MultiImageTo3DRequestResolution,
    )
    from .hitem_3dv21_image_to_3d_request import Hitem3DV21ImageTo3DRequest
    from .hitem_3dv21_image_to_3d_request_request_type import (
        Hitem3DV21ImageTo3DRequestRequestType,
    )
    from .hitem_3dv21_image_to_3d_request_resolution import (
        Hitem3DV21ImageTo3DRequestResolution,
    )
    from .hitem_3dv21_multi_image_to_3d_request import Hitem3DV21MultiImageTo3DRequest
    from .hitem_3dv21_multi_image_to_3d_request_request_type import (
        Hitem3DV21MultiImageTo3DRequestRequestType,
    )
    from .hitem_3dv21_multi_image_to_3d_request_resolution import (
        Hitem3DV21MultiImageTo3DRequestResolution,
    )
    from .hunyuan_3dv31_image_to_3d_request import Hunyuan3DV31ImageTo3DRequest
    from .hunyuan_3dv31_image_to_3d_request_generate_type import (
        Hunyuan3DV31ImageTo3DRequestGenerateType,
    )
    from .hunyuan_3dv31_text_to_3d_request import Hunyuan3DV31TextTo3DRequest
    from .hunyuan_3dv31_text_to_3d_request_generate_type import (
        Hunyuan3DV31TextTo3DRequestGenerateType,
    )
    from .image_enhance_hypir_balance_request import ImageEnhanceHypirBalanceRequest
    from .image_enhance_hypir_ultra_request import ImageEnhanceHypirUltraRequest
    from .image_enhance_hypir_ultra_request_creativity_level import (
        ImageEnhanceHypirUltraRequestCreativityLevel,
    )
    from .image_enhance_hypir_ultra_request_texture_level import (
        ImageEnhanceHypirUltraRequestTextureLevel,
    )
    from .kling_elements_advanced_request import KlingElementsAdvancedRequest
    from .kling_elements_advanced_request_reference_type import (
        KlingElementsAdvancedRequestReferenceType,
    )
    from .kling_elements_advanced_request_tag_list import (
        KlingElementsAdvancedRequestTagList,
    )
    from .kling_elements_request import KlingElementsRequest
    from .kling_lip_sync_identify_face_request import KlingLipSyncIdentifyFaceRequest
    from .kling_lip_sync_lip_sync_video_request import KlingLipSyncLipSyncVideoRequest
    from .kling_lip_sync_tts_request import KlingLipSyncTtsRequest
    from .kling_lip_sync_tts_request_voice_id import KlingLipSyncTtsRequestVoiceId
    from .kling_lip_sync_tts_request_voice_language import (
        KlingLipSyncTtsRequestVoiceLanguage,
    )
    from .kling_v2_ai_avatar_pro_image_audio_to_video_request import (
        KlingV2AiAvatarProImageAudioToVideoRequest,
    )
    from .kling_v2_ai_avatar_standard_image_audio_to_video_request import (
        KlingV2AiAvatarStandardImageAudioToVideoRequest,
    )
    from .kling_v3_turbo_pro_image_to_video_request import (
        KlingV3TurboProImageToVideoRequest,
    )
    from .kling_v3_turbo_pro_image_to_video_request_duration import (
        KlingV3TurboProImageToVideoRequestDuration,
    )
    from .kling_v3_turbo_pro_text_to_video_request import (
        KlingV3TurboProTextToVideoRequest,
    )
    from .kling_v3_turbo_pro_text_to_video_request_aspect_ratio import (
        KlingV3TurboProTextToVideoRequestAspectRatio,
    )
    from .kling_v3_turbo_pro_text_to_video_request_duration import (
        KlingV3TurboProTextToVideoRequestDuration,
    )
    from .kling_v3_turbo_std_image_to_video_request import (
        KlingV3TurboStdImageToVideoRequest,
    )
    from .kling_v3_turbo_std_image_to_video_request_duration import (
        KlingV3TurboStdImageToVideoRequestDuration,
    )
    from .kling_v3_turbo_std_text_to_video_request import (
        KlingV3TurboStdTextToVideoRequest,
    )
    from .kling_v3_turbo_std_text_to_video_request_aspect_ratio import (
        KlingV3TurboStdTextToVideoRequestAspectRatio,
    )
    from .kling_v3_turbo_std_text_to_video_request_duration import (
        KlingV3TurboStdTextToVideoRequestDuration,
    )
    from .kling_v25_turbo_pro_image_to_video_request import (
        KlingV25TurboProImageToVideoRequest,
    )
    from .kling_v25_turbo_pro_image_to_video_request_duration import (
        KlingV25TurboProImageToVideoRequestDuration,
    )
    from .kling_v25_turbo_pro_text_to_video_request import (
        KlingV25TurboProTextToVideoRequest,
    )
    from .kling_v25_turbo_pro_text_to_video_request_aspect_ratio import (
        KlingV25TurboProTextToVideoRequestAspectRatio,
    )
    from .kling_v25_turbo_pro_text_to_video_request_duration import (
        KlingV25TurboProTextToVideoRequestDuration,
    )
    from .kling_v25_turbo_std_image_to_video_request import (
        KlingV25TurboStdImageToVideoRequest,
    )
    from .kling_v25_turbo_std_image_to_video_request_duration import (
        KlingV25TurboStdImageToVideoRequestDuration,
    )
    from .kling_v25_turbo_std_text_to_video_request import (
        KlingV25TurboStdTextToVideoRequest,
    )
    from .kling_v25_turbo_std_text_to_video_request_aspect_ratio import (
        KlingV25TurboStdTextToVideoRequestAspectRatio,
    )
    from .kling_v25_turbo_std_text_to_video_request_duration import (
        KlingV25TurboStdTextToVideoRequestDuration,
    )
    from .kling_v26_pro_image_to_video_request import KlingV26ProImageToVideoRequest
    from .kling_v26_pro_image_to_video_request_duration import (
        KlingV26ProImageToVideoRequestDuration,
    )
    from .kling_v26_pro_image_to_video_request_sound import (
        KlingV26ProImageToVideoRequestSound,
    )
    from .kling_v26_pro_motion_control_request import KlingV26ProMotionControlRequest
    from .kling_v26_pro_motion_control_request_character_orientation import (
        KlingV26ProMotionControlRequestCharacterOrientation,
    )
    from .kling_v26_pro_motion_control_request_keep_original_sound import (
        KlingV26ProMotionControlRequestKeepOriginalSound,
    )
    from .kling_v26_pro_text_to_video_request import KlingV26ProTextToVideoRequest
    from .kling_v26_pro_text_to_video_request_aspect_ratio import (
        KlingV26ProTextToVideoRequestAspectRatio,
    )
    from .kling_v26_pro_text_to_video_request_duration import (
        KlingV26ProTextToVideoRequestDuration,
    )
    from .kling_v26_pro_text_to_video_request_sound import (
        KlingV26ProTextToVideoRequestSound,
    )
    from .kling_v26_std_image_to_video_request import KlingV26StdImageToVideoRequest
    from .kling_v26_std_image_to_video_request_duration import (
        KlingV26StdImageToVideoRequestDuration,
    )
    from .kling_v26_std_motion_control_request import KlingV26StdMotionControlRequest
    from .kling_v26_std_motion_control_request_character_orientation import (
        KlingV26StdMotionControlRequestCharacterOrientation,
    )
    from .kling_v26_std_motion_control_request_keep_original_sound import (
        KlingV26StdMotionControlRequestKeepOriginalSound,
    )
    from .kling_v26_std_text_to_video_request import KlingV26StdTextToVideoRequest
    from .kling_v26_std_text_to_video_request_aspect_ratio import (
        KlingV26StdTextToVideoRequestAspectRatio,
    )
    from .kling_v26_std_text_to_video_request_duration import (
        KlingV26StdTextToVideoRequestDuration,
    )
    from .kling_v30_pro_image_to_video_request import KlingV30ProImageToVideoRequest
    from .kling_v30_pro_image_to_video_request_duration import (
        KlingV30ProImageToVideoRequestDuration,
    )
    from .kling_v30_pro_image_to_video_request_shot_type import (
        KlingV30ProImageToVideoRequestShotType,
    )
    from .kling_v30_pro_motion_control_request import KlingV30ProMotionControlRequest
    from .kling_v30_pro_motion_control_request_character_orientation import (
        KlingV30ProMotionControlRequestCharacterOrientation,
    )
    from .kling_v30_pro_text_to_video_request import KlingV30ProTextToVideoRequest
    from .kling_v30_pro_text_to_video_request_aspect_ratio import (
        KlingV30ProTextToVideoRequestAspectRatio,
    )
    from .kling_v30_pro_text_to_video_request_duration import (
        KlingV30ProTextToVideoRequestDuration,
    )
    from .kling_v30_pro_text_to_video_request_shot_type import (
        KlingV30ProTextToVideoRequestShotType,
    )
    from .kling_v30_std_image_to_video_request import KlingV30StdImageToVideoRequest
    from .kling_v30_std_image_to_video_request_duration import (
        KlingV30StdImageToVideoRequestDuration,
    )
    from .kling_v30_std_image_to_video_request_shot_type import (
        KlingV30StdImageToVideoRequestShotType,
    )
    from .kling_v30_std_motion_control_request import KlingV30StdMotionControlRequest
    from .kling_v30_std_motion_control_request_character_orientation import (
        KlingV30StdMotionControlRequestCharacterOrientation,
    )
    from .kling_v30_std_text_to_video_request import KlingV30StdTextToVideoRequest
    from .kling_v30_std_text_to_video_request_aspect_ratio import (
        KlingV30StdTextToVideoRequestAspectRatio,
    )
    from .kling_v30_std_text_to_video_request_duration import (
        KlingV30StdTextToVideoRequestDuration,
    )
    from .kling_v30_std_text_to_video_request_shot_type import (
        KlingV30StdTextToVideoRequestShotType,
    )
    from .kling_v34k_image_to_video_request import KlingV34KImageToVideoRequest
    from .kling_v34k_image_to_video_request_shot_type import (
        KlingV34KImageToVideoRequestShotType,
    )
    from .kling_v34k_text_to_video_request import KlingV34KTextToVideoRequest
    from .kling_v34k_text_to_video_request_aspect_ratio import (
        KlingV34KTextToVideoRequestAspectRatio,
    )
    from .kling_v34k_text_to_video_request_duration import (
        KlingV34KTextToVideoRequestDuration,
    )
    from .kling_v34k_text_to_video_request_shot_type import (
        KlingV34KTextToVideoRequestShotType,
    )
    from .kling_v304k_motion_control_request import KlingV304KMotionControlRequest
    from .kling_video_o1_image_to_video_request import KlingVideoO1ImageToVideoRequest
    from .kling_video_o1_image_to_video_request_aspect_ratio import (
        KlingVideoO1ImageToVideoRequestAspectRatio,
    )
    from .kling_video_o1_image_to_video_request_duration import (
        KlingVideoO1ImageToVideoRequestDuration,
    )
    from .kling_video_o1_image_to_video_request_mode import (
        KlingVideoO1ImageToVideoRequestMode,
    )
    from .kling_video_o1_start_to_end_request import KlingVideoO1StartToEndRequest
    from .kling_video_o1_start_to_end_request_aspect_ratio import (
        KlingVideoO1StartToEndRequestAspectRatio,
    )
    from .kling_video_o1_start_to_end_request_duration import (
        KlingVideoO1StartToEndRequestDuration,
    )
    from .kling_video_o1_start_to_end_request_mode import (
        KlingVideoO1StartToEndRequestMode,
    )
    from .kling_video_o1_std_edit_video_request import KlingVideoO1StdEditVideoRequest
    from .kling_video_o1_std_edit_video_request_mode import (
        KlingVideoO1StdEditVideoRequestMode,
    )
    from .kling_video_o1_std_refrence_to_video_request import (
        KlingVideoO1StdRefrenceToVideoRequest,
    )
    from .kling_video_o1_std_refrence_to_video_request_aspect_ratio import (
        KlingVideoO1StdRefrenceToVideoRequestAspectRatio,
    )
    from .kling_video_o1_std_refrence_to_video_request_duration import (
        KlingVideoO1StdRefrenceToVideoRequestDuration,
    )
    from .kling_video_o1_std_refrence_to_video_request_mode import (
        KlingVideoO1StdRefrenceToVideoRequestMode,
    )
    from .kling_video_o1_text_to_video_request import KlingVideoO1TextToVideoRequest
    from .kling_video_o1_text_to_video_request_aspect_ratio import (
        KlingVideoO1TextToVideoRequestAspectRatio,
    )
    from .kling_video_o1_text_to_video_request_duration import (
        KlingVideoO1TextToVideoRequestDuration,
    )
    from .kling_video_o1_text_to_video_request_mode import (
        KlingVideoO1TextToVideoRequestMode,
    )
    from .kling_video_o3_pro_image_to_video_request import (
        KlingVideoO3ProImageToVideoRequest,
    )
    from .kling_video_o3_pro_image_to_video_request_shot_type import (
        KlingVideoO3ProImageToVideoRequestShotType,
    )
    from .kling_video_o3_pro_reference_to_video_request import (
        KlingVideoO3ProReferenceToVideoRequest,
    )
    from .kling_video_o3_pro_reference_to_video_request_aspect_ratio import (
        KlingVideoO3ProReferenceToVideoRequestAspectRatio,
    )
    from .kling_video_o3_pro_reference_to_video_request_shot_type import (
        KlingVideoO3ProReferenceToVideoRequestShotType,
    )
    from .kling_video_o3_pro_text_to_video_request import (
        KlingVideoO3ProTextToVideoRequest,
    )
    from .kling_video_o3_pro_text_to_video_request_aspect_ratio import (
        KlingVideoO3ProTextToVideoRequestAspectRatio,
    )
    from .kling_video_o3_pro_text_to_video_request_shot_type import (
        KlingVideoO3ProTextToVideoRequestShotType,
    )
    from .kling_video_o3_pro_video_edit_request import KlingVideoO3ProVideoEditRequest
    from .kling_video_o3_std_image_to_video_request import (
        KlingVideoO3StdImageToVideoRequest,
    )
    from .kling_video_o3_std_image_to_video_request_shot_type import (
        KlingVideoO3StdImageToVideoRequestShotType,
    )
    from .kling_video_o3_std_reference_to_video_request import (
        KlingVideoO3StdReferenceToVideoRequest,
    )
    from .kling_video_o3_std_reference_to_video_request_aspect_ratio import (
        KlingVideoO3StdReferenceToVideoRequestAspectRatio,
    )
    from .kling_video_o3_std_reference_to_video_request_shot_type import (
        KlingVideoO3StdReferenceToVideoRequestShotType,
    )
    from .kling_video_o3_std_text_to_video_request import (
        KlingVideoO3StdTextToVideoRequest,
    )
    from .kling_video_o3_std_text_to_video_request_aspect_ratio import (
        KlingVideoO3StdTextToVideoRequestAspectRatio,
    )
    from .kling_video_o3_std_text_to_video_request_shot_type import (
        KlingVideoO3StdTextToVideoRequestShotType,
    )
    from .kling_video_o3_std_video_edit_request import KlingVideoO3StdVideoEditRequest
    from .kling_video_o34k_image_to_video_request import (
        KlingVideoO34KImageToVideoRequest,
    )
    from .kling_video_o34k_image_to_video_request_shot_type import (
        KlingVideoO34KImageToVideoRequestShotType,
    )
    from .kling_video_o34k_reference_to_video_request import (
        KlingVideoO34KReferenceToVideoRequest,
    )
    from .kling_video_o34k_reference_to_video_request_aspect_ratio import (
        KlingVideoO34KReferenceToVideoRequestAspectRatio,
    )
    from .kling_video_o34k_reference_to_video_request_shot_type import (
        KlingVideoO34KReferenceToVideoRequestShotType,
    )
    from .kling_video_o34k_text_to_video_request import KlingVideoO34KTextToVideoRequest
    from .kling_video_o34k_text_to_video_request_aspect_ratio import (
        KlingVideoO34KTextToVideoRequestAspectRatio,
    )
    from .kling_video_o34k_text_to_video_request_shot_type import (
        KlingVideoO34KTextToVideoRequestShotType,
    )
    from .legacy_task_request import LegacyTaskRequest
    from .legacy_upload_data import LegacyUploadData
    from .legacy_upload_envelope import LegacyUploadEnvelope
    from .legacy_upload_request import LegacyUploadRequest
    from .lora_upload_url_data import LoraUploadUrlData
    from .lora_upload_url_envelope import LoraUploadUrlEnvelope
    from .lora_upload_url_request import LoraUploadUrlRequest
    from .luma_uni_1_image_edit_request import LumaUni1ImageEditRequest
    from .luma_uni_1_image_edit_request_aspect_ratio import (
        LumaUni1ImageEditRequestAspectRatio,
    )
    from .luma_uni_1_image_edit_request_output_format import (
        LumaUni1ImageEditRequestOutputFormat,
    )
    from .luma_uni_1_image_edit_request_style import LumaUni1ImageEditRequestStyle
    from .luma_uni_1_image_to_image_request import LumaUni1ImageToImageRequest
    from .luma_uni_1_image_to_image_request_aspect_ratio import (
        LumaUni1ImageToImageRequestAspectRatio,
    )
    from .luma_uni_1_image_to_image_request_output_format import (
        LumaUni1ImageToImageRequestOutputFormat,
    )
    from .luma_uni_1_image_to_image_request_style import (
        LumaUni1ImageToImageRequestStyle,
    )
    from .luma_uni_1_max_image_edit_request import LumaUni1MaxImageEditRequest
    from .luma_uni_1_max_image_edit_request_aspect_ratio import (
        LumaUni1MaxImageEditRequestAspectRatio,
    )
    from .luma_uni_1_max_image_edit_request_output_format import (
        LumaUni1MaxImageEditRequestOutputFormat,
    )
    from .luma_uni_1_max_image_edit_request_style import (
        LumaUni1MaxImageEditRequestStyle,
    )
    from .luma_uni_1_max_image_to_image_request import LumaUni1MaxImageToImageRequest
    from .luma_uni_1_max_image_to_image_request_aspect_ratio import (
        LumaUni1MaxImageToImageRequestAspectRatio,
    )
    from .luma_uni_1_max_image_to_image_request_output_format import (
        LumaUni1MaxImageToImageRequestOutputFormat,
    )
    from .luma_uni_1_max_image_to_image_request_style import (
        LumaUni1MaxImageToImageRequestStyle,
    )
    from .luma_uni_1_max_text_to_image_request import LumaUni1MaxTextToImageRequest
    from .luma_uni_1_max_text_to_image_request_aspect_ratio import (
        LumaUni1MaxTextToImageRequestAspectRatio,
    )
    from .luma_uni_1_max_text_to_image_request_output_format import (
        LumaUni1MaxTextToImageRequestOutputFormat,
    )
    from .luma_uni_1_max_text_to_image_request_style import (
        LumaUni1MaxTextToImageRequestStyle,
    )
    from .luma_uni_1_text_to_image_request import LumaUni1TextToImageRequest
    from .luma_uni_1_text_to_image_request_aspect_ratio import (
        LumaUni1TextToImageRequestAspectRatio,
    )
    from .luma_uni_1_text_to_image_request_output_format import (
        LumaUni1TextToImageRequestOutputFormat,
    )
    from .luma_uni_1_text_to_image_request_style import LumaUni1TextToImageRequestStyle
    from .marble_10_image_to_world_request import Marble10ImageToWorldRequest
    from .marble_10_multi_image_to_world_request import Marble10MultiImageToWorldRequest
    from .marble_10_text_to_world_request import Marble10TextToWorldRequest
    from .marble_10_video_to_world_request import Marble10VideoToWorldRequest
    from .marble_11_image_to_world_request import Marble11ImageToWorldRequest
    from .marble_11_multi_image_to_world_request import Marble11MultiImageToWorldRequest
    from .marble_11_plus_image_to_world_request import Marble11PlusImageToWorldRequest
    from .marble_11_plus_multi_image_to_world_request import (
        Marble11PlusMultiImageToWorldRequest,
    )
    from .marble_11_plus_text_to_world_request import Marble11PlusTextToWorldRequest
    from .marble_11_plus_video_to_world_request import Marble11PlusVideoToWorldRequest
    from .marble_11_text_to_world_request import Marble11TextToWorldRequest
    from .marble_11_video_to_world_request import Marble11VideoToWorldRequest
    from .marble_upload_media_asset_request import MarbleUploadMediaAssetRequest
    from .marble_upload_media_asset_request_kind import (
        MarbleUploadMediaAssetRequestKind,
    )
    from .media_upload_data import MediaUploadData
    from .media_upload_envelope import MediaUploadEnvelope
    from .media_upload_request import MediaUploadRequest
    from .meshy_6_image_to_3d_request import Meshy6ImageTo3DRequest
    from .meshy_6_image_to_3d_request_symmetry_mode import (
        Meshy6ImageTo3DRequestSymmetryMode,
    )
    from .meshy_6_image_to_3d_request_topology import Meshy6ImageTo3DRequestTopology
    from .meshy_6_text_to_3d_request import Meshy6TextTo3DRequest
    from .meshy_6_text_to_3d_request_art_style import Meshy6TextTo3DRequestArtStyle
    from .meshy_6_text_to_3d_request_symmetry_mode import (
        Meshy6TextTo3DRequestSymmetryMode,
    )
    from .meshy_6_text_to_3d_request_topology import Meshy6TextTo3DRequestTopology
    from .minimax_hailuo_02_fast_request import MinimaxHailuo02FastRequest
    from .minimax_hailuo_02_fast_request_duration import (
        MinimaxHailuo02FastRequestDuration,
    )
    from .minimax_hailuo_02_pro_request import MinimaxHailuo02ProRequest
    from .minimax_hailuo_02_pro_request_duration import (
        MinimaxHailuo02ProRequestDuration,
    )
    from .minimax_hailuo_02_standard_request import MinimaxHailuo02StandardRequest
    from .minimax_hailuo_02_standard_request_duration import (
        MinimaxHailuo02StandardRequestDuration,
    )
    from .minimax_hailuo_02i2v_pro_request import MinimaxHailuo02I2VProRequest
    from .minimax_hailuo_02i2v_standard_request import MinimaxHailuo02I2VStandardRequest
    from .minimax_hailuo_02i2v_standard_request_duration import (
        MinimaxHailuo02I2VStandardRequestDuration,
    )
    from .minimax_hailuo_02t2v_pro_request import MinimaxHailuo02T2VProRequest
    from .minimax_hailuo_02t2v_standard_request import MinimaxHailuo02T2VStandardRequest
    from .minimax_hailuo_02t2v_standard_request_duration import (
        MinimaxHailuo02T2VStandardRequestDuration,
    )
    from .minimax_hailuo_23_fast_image_to_video_request import (
        MinimaxHailuo23FastImageToVideoRequest,
    )
    from .minimax_hailuo_23_fast_image_to_video_request_duration import (
        MinimaxHailuo23FastImageToVideoRequestDuration,
    )
    from .minimax_hailuo_23_fast_pro_image_to_video_request import (
        MinimaxHailuo23FastProImageToVideoRequest,
    )
    from .minimax_hailuo_23_fast_pro_image_to_video_request_duration import (
        MinimaxHailuo23FastProImageToVideoRequestDuration,
    )
    from .minimax_hailuo_23_image_to_video_pro_request import (
        MinimaxHailuo23ImageToVideoProRequest,
    )
    from .minimax_hailuo_23i2v_standard_request import MinimaxHailuo23I2VStandardRequest
    from .minimax_hailuo_23i2v_standard_request_duration import (
        MinimaxHailuo23I2VStandardRequestDuration,
    )
    from .minimax_hailuo_23t2v_pro_request import MinimaxHailuo23T2VProRequest
    from .minimax_hailuo_23t2v_standard_request import MinimaxHailuo23T2VStandardRequest
    from .minimax_hailuo_23t2v_standard_request_duration import (
        MinimaxHailuo23T2VStandardRequestDuration,
    )
    from .minimax_hailuo_h3_image_to_video_request import (
        MinimaxHailuoH3ImageToVideoRequest,
    )
    from .minimax_hailuo_h3_image_to_video_request_duration import (
        MinimaxHailuoH3ImageToVideoRequestDuration,
    )
    from .minimax_hailuo_h3_image_to_video_request_resolution import (
        MinimaxHailuoH3ImageToVideoRequestResolution,
    )
    from .minimax_hailuo_h3_multimodal_to_video_request import (
        MinimaxHailuoH3MultimodalToVideoRequest,
    )
    from .minimax_hailuo_h3_multimodal_to_video_request_duration import (
        MinimaxHailuoH3MultimodalToVideoRequestDuration,
    )
    from .minimax_hailuo_h3_multimodal_to_video_request_ratio import (
        MinimaxHailuoH3MultimodalToVideoRequestRatio,
    )
    from .minimax_hailuo_h3_multimodal_to_video_request_resolution import (
        MinimaxHailuoH3MultimodalToVideoRequestResolution,
    )
    from .minimax_hailuo_h3_text_to_video_request import (
        MinimaxHailuoH3TextToVideoRequest,
    )
    from .minimax_hailuo_h3_text_to_video_request_duration import (
        MinimaxHailuoH3TextToVideoRequestDuration,
    )
    from .minimax_hailuo_h3_text_to_video_request_ratio import (
        MinimaxHailuoH3TextToVideoRequestRatio,
    )
    from .minimax_hailuo_h3_text_to_video_request_resolution import (
        MinimaxHailuoH3TextToVideoRequestResolution,
    )
    from .minimax_music_26_request import MinimaxMusic26Request
    from .minimax_music_26_request_bitrate import MinimaxMusic26RequestBitrate
    from .minimax_music_26_request_format import MinimaxMusic26RequestFormat
    from .minimax_music_26_request_sample_rate import MinimaxMusic26RequestSampleRate
    from .minimax_music_cover_preprocess_request import (
        MinimaxMusicCoverPreprocessRequest,
    )
    from .minimax_music_cover_request import MinimaxMusicCoverRequest
    from .minimax_music_cover_request_bitrate import MinimaxMusicCoverRequestBitrate
    from .minimax_music_cover_request_format import MinimaxMusicCoverRequestFormat
    from .minimax_music_cover_request_sample_rate import (
        MinimaxMusicCoverRequestSampleRate,
    )
    from .minimax_voice_design_request import MinimaxVoiceDesignRequest
    from .mureka_ai_describe_song_request import MurekaAiDescribeSongRequest
    from .mureka_ai_extend_lyrics_request import MurekaAiExtendLyricsRequest
    from .mureka_ai_files_upload_request import MurekaAiFilesUploadRequest
    from .mureka_ai_files_upload_request_purpose import (
        MurekaAiFilesUploadRequestPurpose,
    )
    from .mureka_ai_generate_lyrics_request import MurekaAiGenerateLyricsRequest
    from .mureka_ai_mureka_o2_generate_song_request import (
        MurekaAiMurekaO2GenerateSongRequest,
    )
    from .mureka_ai_mureka_v8_extend_song_request import (
        MurekaAiMurekaV8ExtendSongRequest,
    )
    from .mureka_ai_mureka_v8_extend_song_request_extend_type import (
        MurekaAiMurekaV8ExtendSongRequestExtendType,
    )
    from .mureka_ai_mureka_v8_generate_bgm_request import (
        MurekaAiMurekaV8GenerateBgmRequest,
    )
    from .mureka_ai_mureka_v8_generate_song_request import (
        MurekaAiMurekaV8GenerateSongRequest,
    )
    from .mureka_ai_mureka_v9_generate_bgm_request import (
        MurekaAiMurekaV9GenerateBgmRequest,
    )
    from .mureka_ai_mureka_v9_generate_song_request import (
        MurekaAiMurekaV9GenerateSongRequest,
    )
    from .mureka_ai_mureka_v76_extend_song_request import (
        MurekaAiMurekaV76ExtendSongRequest,
    )
    from .mureka_ai_mureka_v76_generate_bgm_request import (
        MurekaAiMurekaV76GenerateBgmRequest,
    )
    from .mureka_ai_mureka_v76_generate_song_request import (
        MurekaAiMurekaV76GenerateSongRequest,
    )
    from .mureka_ai_recognize_song_request import MurekaAiRecognizeSongRequest
    from .mureka_ai_stem_song_request import MurekaAiStemSongRequest
    from .mureka_ai_stem_song_request_model import MurekaAiStemSongRequestModel
    from .mureka_ai_vocal_clone_request import MurekaAiVocalCloneRequest
    from .mureka_o2_instrumental_generate_request import (
        MurekaO2InstrumentalGenerateRequest,
    )
    from .node_info import NodeInfo
    from .pixverse_c1_image_to_video_request import PixverseC1ImageToVideoRequest
    from .pixverse_c1_image_to_video_request_resolution import (
        PixverseC1ImageToVideoRequestResolution,
    )
    from .pixverse_c1_reference_to_video_request import (
        PixverseC1ReferenceToVideoRequest,
    )
    from .pixverse_c1_reference_to_video_request_aspect_ratio import (
        PixverseC1ReferenceToVideoRequestAspectRatio,
    )
    from .pixverse_c1_reference_to_video_request_resolution import (
        PixverseC1ReferenceToVideoRequestResolution,
    )
    from .pixverse_c1_text_to_video_request import PixverseC1TextToVideoRequest
    from .pixverse_c1_text_to_video_request_aspect_ratio import (
        PixverseC1TextToVideoRequestAspectRatio,
    )
    from .pixverse_c1_text_to_video_request_resolution import (
        PixverseC1TextToVideoRequestResolution,
    )
    from .pixverse_c1_transition_request import PixverseC1TransitionRequest
    from .pixverse_c1_transition_request_aspect_ratio import (
        PixverseC1TransitionRequestAspectRatio,
    )
    from .pixverse_c1_transition_request_resolution import (
        PixverseC1TransitionRequestResolution,
    )
    from .pixverse_v6_effects_request import PixverseV6EffectsRequest
    from .pixverse_v6_effects_request_motion_mode import (
        PixverseV6EffectsRequestMotionMode,
    )
    from .pixverse_v6_effects_request_quality import PixverseV6EffectsRequestQuality
    from .pixverse_v6_effects_request_thinking_type import (
        PixverseV6EffectsRequestThinkingType,
    )
    from .pixverse_v6_extend_request import PixverseV6ExtendRequest
    from .pixverse_v6_extend_request_resolution import PixverseV6ExtendRequestResolution
    from .pixverse_v6_extend_request_style import PixverseV6ExtendRequestStyle
    from .pixverse_v6_image_to_video_request import PixverseV6ImageToVideoRequest
    from .pixverse_v6_image_to_video_request_resolution import (
        PixverseV6ImageToVideoRequestResolution,
    )
    from .pixverse_v6_text_to_video_request import PixverseV6TextToVideoRequest
    from .pixverse_v6_text_to_video_request_aspect_ratio import (
        PixverseV6TextToVideoRequestAspectRatio,
    )
    from .pixverse_v6_text_to_video_request_resolution import (
        PixverseV6TextToVideoRequestResolution,
    )
    from .pixverse_v6_transition_request import PixverseV6TransitionRequest
    from .pixverse_v6_transition_request_aspect_ratio import (
        PixverseV6TransitionRequestAspectRatio,
    )
    from .pixverse_v6_transition_request_resolution import (
        PixverseV6TransitionRequestResolution,
    )
    from .pixverse_v6_transition_request_style import PixverseV6TransitionRequestStyle
    from .pixverse_v55_effects_request import PixverseV55EffectsRequest
    from .pixverse_v55_effects_request_duration import PixverseV55EffectsRequestDuration
    from .pixverse_v55_effects_request_effect import PixverseV55EffectsRequestEffect
    from .pixverse_v55_effects_request_resolution import (
        PixverseV55EffectsRequestResolution,
    )
    from .pixverse_v55_effects_request_thinking_type import (
        PixverseV55EffectsRequestThinkingType,
    )
    from .pixverse_v55_image_to_video_request import PixverseV55ImageToVideoRequest
    from .pixverse_v55_image_to_video_request_duration import (
        PixverseV55ImageToVideoRequestDuration,
    )
    from .pixverse_v55_image_to_video_request_generate_audio_switch import (
        PixverseV55ImageToVideoRequestGenerateAudioSwitch,
    )
    from .pixverse_v55_image_to_video_request_generate_multi_clip_switch import (
        PixverseV55ImageToVideoRequestGenerateMultiClipSwitch,
    )
    from .pixverse_v55_image_to_video_request_resolution import (
        PixverseV55ImageToVideoRequestResolution,
    )
    from .pixverse_v55_image_to_video_request_thinking_type import (
        PixverseV55ImageToVideoRequestThinkingType,
    )
    from .pixverse_v55_text_to_video_request import PixverseV55TextToVideoRequest
    from .pixverse_v55_text_to_video_request_aspect_ratio import (
        PixverseV55TextToVideoRequestAspectRatio,
    )
    from .pixverse_v55_text_to_video_request_duration import (
        PixverseV55TextToVideoRequestDuration,
    )
    from .pixverse_v55_text_to_video_request_generate_audio_switch import (
        PixverseV55TextToVideoRequestGenerateAudioSwitch,
    )
    from .pixverse_v55_text_to_video_request_generate_multi_clip_switch import (
        PixverseV55TextToVideoRequestGenerateMultiClipSwitch,
    )
    from .pixverse_v55_text_to_video_request_resolution import (
        PixverseV55TextToVideoRequestResolution,
    )
    from .pixverse_v55_text_to_video_request_thinking_type import (
        PixverseV55TextToVideoRequestThinkingType,
    )
    from .pixverse_v55_transition_request import PixverseV55TransitionRequest
    from .pixverse_v55_transition_request_aspect_ratio import (
        PixverseV55TransitionRequestAspectRatio,
    )
    from .pixverse_v55_transition_request_duration import (
        PixverseV55TransitionRequestDuration,
    )
    from .pixverse_v55_transition_request_resolution import (
        PixverseV55TransitionRequestResolution,
    )
    from .pixverse_v55_transition_request_thinking_type import (
        PixverseV55TransitionRequestThinkingType,
    )
    from .pixverse_v56_image_to_video_request import PixverseV56ImageToVideoRequest
    from .pixverse_v56_image_to_video_request_duration import (
        PixverseV56ImageToVideoRequestDuration,
    )
    from .pixverse_v56_image_to_video_request_generate_audio_switch import (
        PixverseV56ImageToVideoRequestGenerateAudioSwitch,
    )
    from .pixverse_v56_image_to_video_request_resolution import (
        PixverseV56ImageToVideoRequestResolution,
    )
    from .pixverse_v56_image_to_video_request_thinking_type import (
        PixverseV56ImageToVideoRequestThinkingType,
    )
    from .pixverse_v56_text_to_video_request import PixverseV56TextToVideoRequest
    from .pixverse_v56_text_to_video_request_aspect_ratio import (
        PixverseV56TextToVideoRequestAspectRatio,
    )
    from .pixverse_v56_text_to_video_request_duration import (
        PixverseV56TextToVideoRequestDuration,
    )
    from .pixverse_v56_text_to_video_request_generate_audio_switch import (
        PixverseV56TextToVideoRequestGenerateAudioSwitch,
    )
    from .pixverse_v56_text_to_video_request_resolution import (
        PixverseV56TextToVideoRequestResolution,
    )
    from .pixverse_v56_text_to_video_request_thinking_type import (
        PixverseV56TextToVideoRequestThinkingType,
    )
    from .platform_error_envelope import PlatformErrorEnvelope
    from .platform_page import PlatformPage
    from .price_preview import PricePreview
    from .price_preview_request import PricePreviewRequest
    from .query_task_request import QueryTaskRequest
    from .queue_status import QueueStatus
    from .queue_status_envelope import QueueStatusEnvelope
    from .quick_create_model_param import QuickCreateModelParam
    from .quick_create_params_envelope import QuickCreateParamsEnvelope
    from .quick_create_params_request import QuickCreateParamsRequest
    from .quick_create_run_request import QuickCreateRunRequest
    from .resource_list_envelope import ResourceListEnvelope
    from .resource_list_request import ResourceListRequest
    from .resource_owner import ResourceOwner
    from .resource_page import ResourcePage
    from .resource_poster import ResourcePoster
    from .resource_record import ResourceRecord
    from .resource_tag import ResourceTag
    from .resource_version import ResourceVersion
    from .retry_webhook_request import RetryWebhookRequest
    from .rhart_audio_suno_lyrics_request import RhartAudioSunoLyricsRequest
    from .rhart_audio_suno_v5_custom_request import RhartAudioSunoV5CustomRequest
    from .rhart_audio_suno_v5_single_request import RhartAudioSunoV5SingleRequest
    from .rhart_audio_suno_v5_single_request_make_instrumental import (
        RhartAudioSunoV5SingleRequestMakeInstrumental,
    )
    from .rhart_audio_suno_v45_custom_request import RhartAudioSunoV45CustomRequest
    from .rhart_audio_suno_v45_single_request import RhartAudioSunoV45SingleRequest
    from .rhart_audio_suno_v45_single_request_make_instrumental import (
        RhartAudioSunoV45SingleRequestMakeInstrumental,
    )
    from .rhart_audio_suno_v55_custom_request import RhartAudioSunoV55CustomRequest
    from .rhart_audio_suno_v55_single_request import RhartAudioSunoV55SingleRequest
    from .rhart_audio_suno_v55_single_request_make_instrumental import (
        RhartAudioSunoV55SingleRequestMakeInstrumental,
    )
    from .rhart_audio_text_to_audio_music_25_request import (
        RhartAudioTextToAudioMusic25Request,
    )
    from .rhart_audio_text_to_audio_music_25_request_bitrate import (
        RhartAudioTextToAudioMusic25RequestBitrate,
    )
    from .rhart_audio_text_to_audio_music_25_request_sample_rate import (
        RhartAudioTextToAudioMusic25RequestSampleRate,
    )
    from .rhart_audio_text_to_audio_speech_02_hd_request import (
        RhartAudioTextToAudioSpeech02HdRequest,
    )
    from .rhart_audio_text_to_audio_speech_02_hd_request_emotion import (
        RhartAudioTextToAudioSpeech02HdRequestEmotion,
    )
    from .rhart_audio_text_to_audio_speech_02_turbo_request import (
        RhartAudioTextToAudioSpeech02TurboRequest,
    )
    from .rhart_audio_text_to_audio_speech_02_turbo_request_emotion import (
        RhartAudioTextToAudioSpeech02TurboRequestEmotion,
    )
    from .rhart_audio_text_to_audio_speech_26_hd_request import (
        RhartAudioTextToAudioSpeech26HdRequest,
    )
    from .rhart_audio_text_to_audio_speech_26_hd_request_emotion import (
        RhartAudioTextToAudioSpeech26HdRequestEmotion,
    )
    from .rhart_audio_text_to_audio_speech_26_turbo_request import (
        RhartAudioTextToAudioSpeech26TurboRequest,
    )
    from .rhart_audio_text_to_audio_speech_26_turbo_request_emotion import (
        RhartAudioTextToAudioSpeech26TurboRequestEmotion,
    )
    from .rhart_audio_text_to_audio_speech_28_hd_request import (
        RhartAudioTextToAudioSpeech28HdRequest,
    )
    from .rhart_audio_text_to_audio_speech_28_hd_request_emotion import (
        RhartAudioTextToAudioSpeech28HdRequestEmotion,
    )
    from .rhart_audio_text_to_audio_speech_28_turbo_request import (
        RhartAudioTextToAudioSpeech28TurboRequest,
    )
    from .rhart_audio_text_to_audio_speech_28_turbo_request_emotion import (
        RhartAudioTextToAudioSpeech28TurboRequestEmotion,
    )
    from .rhart_audio_text_to_audio_voice_clone_request import (
        RhartAudioTextToAudioVoiceCloneRequest,
    )
    from .rhart_audio_text_to_audio_voice_clone_request_language_boost import (
        RhartAudioTextToAudioVoiceCloneRequestLanguageBoost,
    )
    from .rhart_audio_text_to_audio_voice_clone_request_model import (
        RhartAudioTextToAudioVoiceCloneRequestModel,
    )
    from .rhart_image_f2_dev_edit_lora_request import RhartImageF2DevEditLoraRequest
    from .rhart_image_f2_dev_edit_lora_request_47_select import (
        RhartImageF2DevEditLoraRequest47Select,
    )
    from .rhart_image_f2_dev_edit_lora_request_52_file_type import (
        RhartImageF2DevEditLoraRequest52FileType,
    )
    from .rhart_image_f2_dev_edit_request import RhartImageF2DevEditRequest
    from .rhart_image_f2_dev_edit_request_46_select import (
        RhartImageF2DevEditRequest46Select,
    )
    from .rhart_image_f2_dev_edit_request_51_file_type import (
        RhartImageF2DevEditRequest51FileType,
    )
    from .rhart_image_f2_dev_text_to_image_lora_request import (
        RhartImageF2DevTextToImageLoraRequest,
    )
    from .rhart_image_f2_dev_text_to_image_lora_request_42_select import (
        RhartImageF2DevTextToImageLoraRequest42Select,
    )
    from .rhart_image_f2_dev_text_to_image_lora_request_44_file_type import (
        RhartImageF2DevTextToImageLoraRequest44FileType,
    )
    from .rhart_image_f2_dev_text_to_image_request import (
        RhartImageF2DevTextToImageRequest,
    )
    from .rhart_image_f2_dev_text_to_image_request_41_select import (
        RhartImageF2DevTextToImageRequest41Select,
    )
    from .rhart_image_f2_dev_text_to_image_request_43_file_type import (
        RhartImageF2DevTextToImageRequest43FileType,
    )
    from .rhart_image_f2_klein_4b_edit_lora_request import (
        RhartImageF2Klein4BEditLoraRequest,
    )
    from .rhart_image_f2_klein_4b_edit_lora_request_37_select import (
        RhartImageF2Klein4BEditLoraRequest37Select,
    )
    from .rhart_image_f2_klein_4b_edit_lora_request_40_file_type import (
        RhartImageF2Klein4BEditLoraRequest40FileType,
    )
    from .rhart_image_f2_klein_4b_edit_request import RhartImageF2Klein4BEditRequest
    from .rhart_image_f2_klein_4b_edit_request_47_select import (
        RhartImageF2Klein4BEditRequest47Select,
    )
    from .rhart_image_f2_klein_4b_edit_request_51_file_type import (
        RhartImageF2Klein4BEditRequest51FileType,
    )
    from .rhart_image_f2_klein_4b_text_to_image_lora_request import (
        RhartImageF2Klein4BTextToImageLoraRequest,
    )
    from .rhart_image_f2_klein_4b_text_to_image_lora_request_33_select import (
        RhartImageF2Klein4BTextToImageLoraRequest33Select,
    )
    from .rhart_image_f2_klein_4b_text_to_image_request import (
        RhartImageF2Klein4BTextToImageRequest,
    )
    from .rhart_image_f2_klein_4b_text_to_image_request_94_select import (
        RhartImageF2Klein4BTextToImageRequest94Select,
    )
    from .rhart_image_f2_klein_4b_text_to_image_request_103_file_type import (
        RhartImageF2Klein4BTextToImageRequest103FileType,
    )
    from .rhart_image_f2_klein_9b_edit_request import RhartImageF2Klein9BEditRequest
    from .rhart_image_f2_klein_9b_edit_request_55_file_type import (
        RhartImageF2Klein9BEditRequest55FileType,
    )
    from .rhart_image_f2_klein_9b_edit_request_81_select import (
        RhartImageF2Klein9BEditRequest81Select,
    )
    from .rhart_image_f2_klein_9b_text_to_image_lora_request import (
        RhartImageF2Klein9BTextToImageLoraRequest,
    )
    from .rhart_image_f2_klein_9b_text_to_image_lora_request_52_select import (
        RhartImageF2Klein9BTextToImageLoraRequest52Select,
    )
    from .rhart_image_f2_klein_9b_text_to_image_lora_request_55_file_type import (
        RhartImageF2Klein9BTextToImageLoraRequest55FileType,
    )
    from .rhart_image_f2_klein_9b_text_to_image_request import (
        RhartImageF2Klein9BTextToImageRequest,
    )
    from .rhart_image_f2_klein_9b_text_to_image_request_51_select import (
        RhartImageF2Klein9BTextToImageRequest51Select,
    )
    from .rhart_image_f2_klein_9b_text_to_image_request_54_file_type import (
        RhartImageF2Klein9BTextToImageRequest54FileType,
    )
    from .rhart_image_f_dev_lora_request import RhartImageFDevLoraRequest
    from .rhart_image_f_dev_lora_request_104_select import (
        RhartImageFDevLoraRequest104Select,
    )
    from .rhart_image_f_dev_lora_request_106_file_type import (
        RhartImageFDevLoraRequest106FileType,
    )
    from .rhart_image_f_dev_request import RhartImageFDevRequest
    from .rhart_image_f_dev_request_43_select import RhartImageFDevRequest43Select
    from .rhart_image_f_dev_request_48_file_type import RhartImageFDevRequest48FileType
    from .rhart_image_f_krea_dev_lora_request import RhartImageFKreaDevLoraRequest
    from .rhart_image_f_krea_dev_lora_request_133_select import (
        RhartImageFKreaDevLoraRequest133Select,
    )
    from .rhart_image_f_krea_dev_lora_request_135_file_type import (
        RhartImageFKreaDevLoraRequest135FileType,
    )
    from .rhart_image_g2_image_to_image_request import RhartImageG2ImageToImageRequest
    from .rhart_image_g2_image_to_image_request_aspect_ratio import (
        RhartImageG2ImageToImageRequestAspectRatio,
    )
    from .rhart_image_g2_image_to_image_request_resolution import (
        RhartImageG2ImageToImageRequestResolution,
    )
    from .rhart_image_g2_official_image_to_image_request import (
        RhartImageG2OfficialImageToImageRequest,
    )
    from .rhart_image_g2_official_image_to_image_request_aspect_ratio import (
        RhartImageG2OfficialImageToImageRequestAspectRatio,
    )
    from .rhart_image_g2_official_image_to_image_request_quality import (
        RhartImageG2OfficialImageToImageRequestQuality,
    )
    from .rhart_image_g2_official_image_to_image_request_resolution import (
        RhartImageG2OfficialImageToImageRequestResolution,
    )
    from .rhart_image_g2_official_text_to_image_request import (
        RhartImageG2OfficialTextToImageRequest,
    )
    from .rhart_image_g2_official_text_to_image_request_aspect_ratio import (
        RhartImageG2OfficialTextToImageRequestAspectRatio,
    )
    from .rhart_image_g2_official_text_to_image_request_quality import (
        RhartImageG2OfficialTextToImageRequestQuality,
    )
    from .rhart_image_g2_official_text_to_image_request_resolution import (
        RhartImageG2OfficialTextToImageRequestResolution,
    )
    from .rhart_image_g2_text_to_image_request import RhartImageG2TextToImageRequest
    from .rhart_image_g2_text_to_image_request_aspect_ratio import (
        RhartImageG2TextToImageRequestAspectRatio,
    )
    from .rhart_image_g2_text_to_image_request_resolution import (
        RhartImageG2TextToImageRequestResolution,
    )
    from .rhart_image_g3_image_to_image_request import RhartImageG3ImageToImageRequest
    from .rhart_image_g3_text_to_image_request import RhartImageG3TextToImageRequest
    from .rhart_image_g4_image_to_image_request import RhartImageG4ImageToImageRequest
    from .rhart_image_g4_text_to_image_request import RhartImageG4TextToImageRequest
    from .rhart_image_g15_edit_request import RhartImageG15EditRequest
    from .rhart_image_g15_edit_request_aspect_ratio import (
        RhartImageG15EditRequestAspectRatio,
    )
    from .rhart_image_g15_official_image_to_image_request import (
        RhartImageG15OfficialImageToImageRequest,
    )
    from .rhart_image_g15_official_image_to_image_request_background import (
        RhartImageG15OfficialImageToImageRequestBackground,
    )
    from .rhart_image_g15_official_image_to_image_request_input_fidelity import (
        RhartImageG15OfficialImageToImageRequestInputFidelity,
    )
    from .rhart_image_g15_official_image_to_image_request_quality import (
        RhartImageG15OfficialImageToImageRequestQuality,
    )
    from .rhart_image_g15_official_image_to_image_request_size import (
        RhartImageG15OfficialImageToImageRequestSize,
    )
    from .rhart_image_g15_official_text_to_image_request import (
        RhartImageG15OfficialTextToImageRequest,
    )
    from .rhart_image_g15_official_text_to_image_request_background import (
        RhartImageG15OfficialTextToImageRequestBackground,
    )
    from .rhart_image_g15_official_text_to_image_request_quality import (
        RhartImageG15OfficialTextToImageRequestQuality,
    )
    from .rhart_image_g15_official_text_to_image_request_size import (
        RhartImageG15OfficialTextToImageRequestSize,
    )
    from .rhart_image_g15_text_to_image_request import RhartImageG15TextToImageRequest
    from .rhart_image_g15_text_to_image_request_aspect_ratio import (
        RhartImageG15TextToImageRequestAspectRatio,
    )
    from .rhart_image_g_image_to_image_request import RhartImageGImageToImageRequest
    from .rhart_image_g_image_to_image_request_model import (
        RhartImageGImageToImageRequestModel,
    )
    from .rhart_image_g_text_to_image_request import RhartImageGTextToImageRequest
    from .rhart_image_g_text_to_image_request_aspect_ratio import (
        RhartImageGTextToImageRequestAspectRatio,
    )
    from .rhart_image_g_text_to_image_request_model import (
        RhartImageGTextToImageRequestModel,
    )
    from .rhart_image_n_pro_edit_request import RhartImageNProEditRequest
    from .rhart_image_n_pro_edit_request_aspect_ratio import (
        RhartImageNProEditRequestAspectRatio,
    )
    from .rhart_image_n_pro_edit_request_resolution import (
        RhartImageNProEditRequestResolution,
    )
    from .rhart_image_n_pro_official_edit_request import (
        RhartImageNProOfficialEditRequest,
    )
    from .rhart_image_n_pro_official_edit_request_aspect_ratio import (
        RhartImageNProOfficialEditRequestAspectRatio,
    )
    from .rhart_image_n_pro_official_edit_request_resolution import (
        RhartImageNProOfficialEditRequestResolution,
    )
    from .rhart_image_n_pro_official_edit_ultra_request import (
        RhartImageNProOfficialEditUltraRequest,
    )
    from .rhart_image_n_pro_official_edit_ultra_request_aspect_ratio import (
        RhartImageNProOfficialEditUltraRequestAspectRatio,
    )
    from .rhart_image_n_pro_official_edit_ultra_request_resolution import (
        RhartImageNProOfficialEditUltraRequestResolution,
    )
    from .rhart_image_n_pro_official_text_to_image_request import (
        RhartImageNProOfficialTextToImageRequest,
    )
    from .rhart_image_n_pro_official_text_to_image_request_aspect_ratio import (
        RhartImageNProOfficialTextToImageRequestAspectRatio,
    )
    from .rhart_image_n_pro_official_text_to_image_request_resolution import (
        RhartImageNProOfficialTextToImageRequestResolution,
    )
    from .rhart_image_n_pro_official_text_to_image_ultra_request import (
        RhartImageNProOfficialTextToImageUltraRequest,
    )
    from .rhart_image_n_pro_official_text_to_image_ultra_request_aspect_ratio import (
        RhartImageNProOfficialTextToImageUltraRequestAspectRatio,
    )
    from .rhart_image_n_pro_official_text_to_image_ultra_request_resolution import (
        RhartImageNProOfficialTextToImageUltraRequestResolution,
    )
    from .rhart_image_n_pro_text_to_image_request import (
        RhartImageNProTextToImageRequest,
    )
    from .rhart_image_n_pro_text_to_image_request_aspect_ratio import (
        RhartImageNProTextToImageRequestAspectRatio,
    )
    from .rhart_image_n_pro_text_to_image_request_resolution import (
        RhartImageNProTextToImageRequestResolution,
    )
    from .rhart_image_ng31_flash_image_to_image_request import (
        RhartImageNG31FlashImageToImageRequest,
    )
    from .rhart_image_ng31_flash_image_to_image_request_aspect_ratio import (
        RhartImageNG31FlashImageToImageRequestAspectRatio,
    )
    from .rhart_image_ng31_flash_image_to_image_request_resolution import (
        RhartImageNG31FlashImageToImageRequestResolution,
    )
    from .rhart_image_ng31_flash_lite_image_to_image_request import (
        RhartImageNG31FlashLiteImageToImageRequest,
    )
    from .rhart_image_ng31_flash_lite_image_to_image_request_aspect_ratio import (
        RhartImageNG31FlashLiteImageToImageRequestAspectRatio,
    )
    from .rhart_image_ng31_flash_lite_official_image_to_image_request import (
        RhartImageNG31FlashLiteOfficialImageToImageRequest,
    )
    from .rhart_image_ng31_flash_lite_official_image_to_image_request_aspect_ratio import (
        RhartImageNG31FlashLiteOfficialImageToImageRequestAspectRatio,
    )
    from .rhart_image_ng31_flash_lite_official_text_to_image_request import (
        RhartImageNG31FlashLiteOfficialTextToImageRequest,
    )
    from .rhart_image_ng31_flash_lite_official_text_to_image_request_aspect_ratio import (
        RhartImageNG31FlashLiteOfficialTextToImageRequestAspectRatio,
    )
    from .rhart_image_ng31_flash_lite_text_to_image_request import (
        RhartImageNG31FlashLiteTextToImageRequest,
    )
    from .rhart_image_ng31_flash_lite_text_to_image_request_aspect_ratio import (
        RhartImageNG31FlashLiteTextToImageRequestAspectRatio,
    )
    from .rhart_image_ng31_flash_official_image_to_image_request import (
        RhartImageNG31FlashOfficialImageToImageRequest,
    )
    from .rhart_image_ng31_flash_official_image_to_image_request_aspect_ratio import (
        RhartImageNG31FlashOfficialImageToImageRequestAspectRatio,
    )
    from .rhart_image_ng31_flash_official_image_to_image_request_resolution import (
        RhartImageNG31FlashOfficialImageToImageRequestResolution,
    )
    from .rhart_image_ng31_flash_official_text_to_image_request import (
        RhartImageNG31FlashOfficialTextToImageRequest,
    )
    from .rhart_image_ng31_flash_official_text_to_image_request_aspect_ratio import (
        RhartImageNG31FlashOfficialTextToImageRequestAspectRatio,
    )
    from .rhart_image_ng31_flash_official_text_to_image_request_resolution import (
        RhartImageNG31FlashOfficialTextToImageRequestResolution,
    )
    from .rhart_image_ng31_flash_text_to_image_request import (
        RhartImageNG31FlashTextToImageRequest,
    )
    from .rhart_image_ng31_flash_text_to_image_request_aspect_ratio import (
        RhartImageNG31FlashTextToImageRequestAspectRatio,
    )
    from .rhart_image_ng31_flash_text_to_image_request_resolution import (
        RhartImageNG31FlashTextToImageRequestResolution,
    )
    from .rhart_image_qwen_image_edit_2511_lora_request import (
        RhartImageQwenImageEdit2511LoraRequest,
    )
    from .rhart_image_qwen_image_edit_2511_lora_request_32_select import (
        RhartImageQwenImageEdit2511LoraRequest32Select,
    )
    from .rhart_image_qwen_image_edit_2511_lora_request_40_file_type import (
        RhartImageQwenImageEdit2511LoraRequest40FileType,
    )
    from .rhart_image_qwen_image_edit_2511_request import (
        RhartImageQwenImageEdit2511Request,
    )
    from .rhart_image_qwen_image_edit_2511_request_28_select import (
        RhartImageQwenImageEdit2511Request28Select,
    )
    from .rhart_image_qwen_image_edit_2511_request_52_file_type import (
        RhartImageQwenImageEdit2511Request52FileType,
    )
    from .rhart_image_qwen_image_text_to_image_2512_lora_request import (
        RhartImageQwenImageTextToImage2512LoraRequest,
    )
    from .rhart_image_qwen_image_text_to_image_2512_lora_request_24_select import (
        RhartImageQwenImageTextToImage2512LoraRequest24Select,
    )
    from .rhart_image_qwen_image_text_to_image_2512_lora_request_30_file_type import (
        RhartImageQwenImageTextToImage2512LoraRequest30FileType,
    )
    from .rhart_image_qwen_image_text_to_image_2512_request import (
        RhartImageQwenImageTextToImage2512Request,
    )
    from .rhart_image_qwen_image_text_to_image_2512_request_25_select import (
        RhartImageQwenImageTextToImage2512Request25Select,
    )
    from .rhart_image_qwen_image_text_to_image_2512_request_31_file_type import (
        RhartImageQwenImageTextToImage2512Request31FileType,
    )
    from .rhart_image_v1_edit_request import RhartImageV1EditRequest
    from .rhart_image_v1_edit_request_aspect_ratio import (
        RhartImageV1EditRequestAspectRatio,
    )
    from .rhart_image_v1_official_edit_request import RhartImageV1OfficialEditRequest
    from .rhart_image_v1_official_edit_request_aspect_ratio import (
        RhartImageV1OfficialEditRequestAspectRatio,
    )
    from .rhart_image_v1_official_text_to_image_request import (
        RhartImageV1OfficialTextToImageRequest,
    )
    from .rhart_image_v1_official_text_to_image_request_aspect_ratio import (
        RhartImageV1OfficialTextToImageRequestAspectRatio,
    )
    from .rhart_image_v1_text_to_image_request import RhartImageV1TextToImageRequest
    from .rhart_image_v1_text_to_image_request_aspect_ratio import (
        RhartImageV1TextToImageRequestAspectRatio,
    )
    from .rhart_image_x_official_edit_request import RhartImageXOfficialEditRequest
    from .rhart_image_x_official_text_to_image_request import (
        RhartImageXOfficialTextToImageRequest,
    )
    from .rhart_image_x_official_text_to_image_request_aspect_ratio import (
        RhartImageXOfficialTextToImageRequestAspectRatio,
    )
    from .rhart_image_x_official_text_to_image_request_output_format import (
        RhartImageXOfficialTextToImageRequestOutputFormat,
    )
    from .rhart_image_z_image_turbo_image_to_image_lora_request import (
        RhartImageZImageTurboImageToImageLoraRequest,
    )
    from .rhart_image_z_image_turbo_image_to_image_lora_request_41_select import (
        RhartImageZImageTurboImageToImageLoraRequest41Select,
    )
    from .rhart_image_z_image_turbo_image_to_image_lora_request_42_file_type import (
        RhartImageZImageTurboImageToImageLoraRequest42FileType,
    )
    from .rhart_image_z_image_turbo_image_to_image_request import (
        RhartImageZImageTurboImageToImageRequest,
    )
    from .rhart_image_z_image_turbo_image_to_image_request_64_select import (
        RhartImageZImageTurboImageToImageRequest64Select,
    )
    from .rhart_image_z_image_turbo_image_to_image_request_65_file_type import (
        RhartImageZImageTurboImageToImageRequest65FileType,
    )
    from .rhart_image_z_image_turbo_lora_request import RhartImageZImageTurboLoraRequest
    from .rhart_image_z_image_turbo_lora_request_30_select import (
        RhartImageZImageTurboLoraRequest30Select,
    )
    from .rhart_image_z_image_turbo_lora_request_34_file_type import (
        RhartImageZImageTurboLoraRequest34FileType,
    )
    from .rhart_image_z_image_turbo_request import RhartImageZImageTurboRequest
    from .rhart_image_z_image_turbo_request_28_select import (
        RhartImageZImageTurboRequest28Select,
    )
    from .rhart_image_z_image_turbo_request_29_file_type import (
        RhartImageZImageTurboRequest29FileType,
    )
    from .rhart_imagine_image_quality_edit_request import (
        RhartImagineImageQualityEditRequest,
    )
    from .rhart_imagine_image_quality_edit_request_aspect_ratio import (
        RhartImagineImageQualityEditRequestAspectRatio,
    )
    from .rhart_imagine_image_quality_edit_request_num_images import (
        RhartImagineImageQualityEditRequestNumImages,
    )
    from .rhart_imagine_image_quality_edit_request_output_format import (
        RhartImagineImageQualityEditRequestOutputFormat,
    )
    from .rhart_imagine_image_quality_edit_request_resolution import (
        RhartImagineImageQualityEditRequestResolution,
    )
    from .rhart_imagine_image_quality_text_to_image_request import (
        RhartImagineImageQualityTextToImageRequest,
    )
    from .rhart_imagine_image_quality_text_to_image_request_aspect_ratio import (
        RhartImagineImageQualityTextToImageRequestAspectRatio,
    )
    from .rhart_imagine_image_quality_text_to_image_request_num_images import (
        RhartImagineImageQualityTextToImageRequestNumImages,
    )
    from .rhart_imagine_image_quality_text_to_image_request_output_format import (
        RhartImagineImageQualityTextToImageRequestOutputFormat,
    )
    from .rhart_imagine_image_quality_text_to_image_request_resolution import (
        RhartImagineImageQualityTextToImageRequestResolution,
    )
    from .rhart_text_g3_flash_preview_cv_image_to_text_request import (
        RhartTextG3FlashPreviewCvImageToTextRequest,
    )
    from .rhart_text_g3_flash_preview_image_to_text_request import (
        RhartTextG3FlashPreviewImageToTextRequest,
    )
    from .rhart_text_g3_flash_preview_text_to_text_request import (
        RhartTextG3FlashPreviewTextToTextRequest,
    )
    from .rhart_text_g3_flash_preview_video_to_text_request import (
        RhartTextG3FlashPreviewVideoToTextRequest,
    )
    from .rhart_text_g3_pro_preview_cv_image_to_text_request import (
        RhartTextG3ProPreviewCvImageToTextRequest,
    )
    from .rhart_text_g3_pro_preview_image_to_text_request import (
        RhartTextG3ProPreviewImageToTextRequest,
    )
    from .rhart_text_g3_pro_preview_text_to_text_request import (
        RhartTextG3ProPreviewTextToTextRequest,
    )
    from .rhart_text_g3_pro_preview_video_to_text_request import (
        RhartTextG3ProPreviewVideoToTextRequest,
    )
    from .rhart_text_g25_flash_cv_image_to_text_request import (
        RhartTextG25FlashCvImageToTextRequest,
    )
    from .rhart_text_g25_flash_image_to_text_request import (
        RhartTextG25FlashImageToTextRequest,
    )
    from .rhart_text_g25_flash_text_to_text_request import (
        RhartTextG25FlashTextToTextRequest,
    )
    from .rhart_text_g25_flash_video_to_text_request import (
        RhartTextG25FlashVideoToTextRequest,
    )
    from .rhart_text_g25_pro_cv_image_to_text_request import (
        RhartTextG25ProCvImageToTextRequest,
    )
    from .rhart_text_g25_pro_image_to_text_request import (
        RhartTextG25ProImageToTextRequest,
    )
    from .rhart_text_g25_pro_text_to_text_request import (
        RhartTextG25ProTextToTextRequest,
    )
    from .rhart_text_g25_pro_video_to_text_request import (
        RhartTextG25ProVideoToTextRequest,
    )
    from .rhart_text_qwen_27b_chat_request import RhartTextQwen27BChatRequest
    from .rhart_video_f_kontext_dev_lora_request import RhartVideoFKontextDevLoraRequest
    from .rhart_video_f_kontext_dev_lora_request_16_file_type import (
        RhartVideoFKontextDevLoraRequest16FileType,
    )
    from .rhart_video_f_kontext_dev_lora_request_41_select import (
        RhartVideoFKontextDevLoraRequest41Select,
    )
    from .rhart_video_g_image_to_video_request import RhartVideoGImageToVideoRequest
    from .rhart_video_g_image_to_video_request_aspect_ratio import (
        RhartVideoGImageToVideoRequestAspectRatio,
    )
    from .rhart_video_g_image_to_video_request_resolution import (
        RhartVideoGImageToVideoRequestResolution,
    )
    from .rhart_video_g_official_edit_video_request import (
        RhartVideoGOfficialEditVideoRequest,
    )
    from .rhart_video_g_official_edit_video_request_resolution import (
        RhartVideoGOfficialEditVideoRequestResolution,
    )
    from .rhart_video_g_official_image_to_video_request import (
        RhartVideoGOfficialImageToVideoRequest,
    )
    from .rhart_video_g_official_image_to_video_request_duration import (
        RhartVideoGOfficialImageToVideoRequestDuration,
    )
    from .rhart_video_g_official_image_to_video_request_resolution import (
        RhartVideoGOfficialImageToVideoRequestResolution,
    )
    from .rhart_video_g_official_image_to_video_v15_request import (
        RhartVideoGOfficialImageToVideoV15Request,
    )
    from .rhart_video_g_official_image_to_video_v15_request_resolution import (
        RhartVideoGOfficialImageToVideoV15RequestResolution,
    )
    from .rhart_video_g_official_reference_to_video_request import (
        RhartVideoGOfficialReferenceToVideoRequest,
    )
    from .rhart_video_g_official_reference_to_video_request_duration import (
        RhartVideoGOfficialReferenceToVideoRequestDuration,
    )
    from .rhart_video_g_official_reference_to_video_request_resolution import (
        RhartVideoGOfficialReferenceToVideoRequestResolution,
    )
    from .rhart_video_g_official_text_to_video_request import (
        RhartVideoGOfficialTextToVideoRequest,
    )
    from .rhart_video_g_official_text_to_video_request_aspect_ratio import (
        RhartVideoGOfficialTextToVideoRequestAspectRatio,
    )
    from .rhart_video_g_official_text_to_video_request_duration import (
        RhartVideoGOfficialTextToVideoRequestDuration,
    )
    from .rhart_video_g_official_text_to_video_request_resolution import (
        RhartVideoGOfficialTextToVideoRequestResolution,
    )
    from .rhart_video_g_official_video_extend_request import (
        RhartVideoGOfficialVideoExtendRequest,
    )
    from .rhart_video_g_official_video_extend_request_duration import (
        RhartVideoGOfficialVideoExtendRequestDuration,
    )
    from .rhart_video_g_text_to_video_request import RhartVideoGTextToVideoRequest
    from .rhart_video_g_text_to_video_request_aspect_ratio import (
        RhartVideoGTextToVideoRequestAspectRatio,
    )
    from .rhart_video_g_text_to_video_request_resolution import (
        RhartVideoGTextToVideoRequestResolution,
    )
    from .rhart_video_ltx_2_text_to_video_lora_request import (
        RhartVideoLtx2TextToVideoLoraRequest,
    )
    from .rhart_video_ltx_23_image_to_video_lora_request import (
        RhartVideoLtx23ImageToVideoLoraRequest,
    )
    from .rhart_video_ltx_23_image_to_video_lora_request_240_select import (
        RhartVideoLtx23ImageToVideoLoraRequest240Select,
    )
    from .rhart_video_ltx_23_image_to_video_lora_request_245_select import (
        RhartVideoLtx23ImageToVideoLoraRequest245Select,
    )
    from .rhart_video_ltx_23_image_to_video_request import (
        RhartVideoLtx23ImageToVideoRequest,
    )
    from .rhart_video_ltx_23_image_to_video_request_240_select import (
        RhartVideoLtx23ImageToVideoRequest240Select,
    )
    from .rhart_video_ltx_23_image_to_video_request_245_select import (
        RhartVideoLtx23ImageToVideoRequest245Select,
    )
    from .rhart_video_ltx_23_text_to_video_lora_request import (
        RhartVideoLtx23TextToVideoLoraRequest,
    )
    from .rhart_video_ltx_23_text_to_video_lora_request_247_select import (
        RhartVideoLtx23TextToVideoLoraRequest247Select,
    )
    from .rhart_video_ltx_23_text_to_video_lora_request_248_select import (
        RhartVideoLtx23TextToVideoLoraRequest248Select,
    )
    from .rhart_video_ltx_23_text_to_video_request import (
        RhartVideoLtx23TextToVideoRequest,
    )
    from .rhart_video_ltx_23_text_to_video_request_247_select import (
        RhartVideoLtx23TextToVideoRequest247Select,
    )
    from .rhart_video_ltx_23_text_to_video_request_248_select import (
        RhartVideoLtx23TextToVideoRequest248Select,
    )
    from .rhart_video_r_gen_4_aleph_official_video_to_video_request import (
        RhartVideoRGen4AlephOfficialVideoToVideoRequest,
    )
    from .rhart_video_r_gen_4_aleph_official_video_to_video_request_aspect_ratio import (
        RhartVideoRGen4AlephOfficialVideoToVideoRequestAspectRatio,
    )
    from .rhart_video_r_gen_4_turbo_image_to_video_request import (
        RhartVideoRGen4TurboImageToVideoRequest,
    )
    from .rhart_video_r_gen_4_turbo_image_to_video_request_aspect_ratio import (
        RhartVideoRGen4TurboImageToVideoRequestAspectRatio,
    )
    from .rhart_video_r_gen_4_turbo_image_to_video_request_duration import (
        RhartVideoRGen4TurboImageToVideoRequestDuration,
    )
    from .rhart_video_r_gen_4_turbo_official_image_to_video_request import (
        RhartVideoRGen4TurboOfficialImageToVideoRequest,
    )
    from .rhart_video_r_gen_4_turbo_official_image_to_video_request_aspect_ratio import (
        RhartVideoRGen4TurboOfficialImageToVideoRequestAspectRatio,
    )
    from .rhart_video_r_gen_4_turbo_official_image_to_video_request_duration import (
        RhartVideoRGen4TurboOfficialImageToVideoRequestDuration,
    )
    from .rhart_video_s_image_to_video_asyn_request import (
        RhartVideoSImageToVideoAsynRequest,
    )
    from .rhart_video_s_image_to_video_asyn_request_aspect_ratio import (
        RhartVideoSImageToVideoAsynRequestAspectRatio,
    )
    from .rhart_video_s_image_to_video_asyn_request_duration import (
        RhartVideoSImageToVideoAsynRequestDuration,
    )
    from .rhart_video_s_image_to_video_pro_deprecated_request import (
        RhartVideoSImageToVideoProDeprecatedRequest,
    )
    from .rhart_video_s_image_to_video_pro_deprecated_request_aspect_ratio import (
        RhartVideoSImageToVideoProDeprecatedRequestAspectRatio,
    )
    from .rhart_video_s_image_to_video_pro_deprecated_request_duration import (
        RhartVideoSImageToVideoProDeprecatedRequestDuration,
    )
    from .rhart_video_s_image_to_video_request import RhartVideoSImageToVideoRequest
    from .rhart_video_s_image_to_video_request_aspect_ratio import (
        RhartVideoSImageToVideoRequestAspectRatio,
    )
    from .rhart_video_s_image_to_video_request_duration import (
        RhartVideoSImageToVideoRequestDuration,
    )
    from .rhart_video_s_official_image_to_video_pro_request import (
        RhartVideoSOfficialImageToVideoProRequest,
    )
    from .rhart_video_s_official_image_to_video_pro_request_duration import (
        RhartVideoSOfficialImageToVideoProRequestDuration,
    )
    from .rhart_video_s_official_image_to_video_pro_request_resolution import (
        RhartVideoSOfficialImageToVideoProRequestResolution,
    )
    from .rhart_video_s_official_image_to_video_realistic_request import (
        RhartVideoSOfficialImageToVideoRealisticRequest,
    )
    from .rhart_video_s_official_image_to_video_realistic_request_duration import (
        RhartVideoSOfficialImageToVideoRealisticRequestDuration,
    )
    from .rhart_video_s_official_image_to_video_request import (
        RhartVideoSOfficialImageToVideoRequest,
    )
    from .rhart_video_s_official_image_to_video_request_duration import (
        RhartVideoSOfficialImageToVideoRequestDuration,
    )
    from .rhart_video_s_official_sora_upload_character_request import (
        RhartVideoSOfficialSoraUploadCharacterRequest,
    )
    from .rhart_video_s_official_text_to_video_pro_request import (
        RhartVideoSOfficialTextToVideoProRequest,
    )
    from .rhart_video_s_official_text_to_video_pro_request_duration import (
        RhartVideoSOfficialTextToVideoProRequestDuration,
    )
    from .rhart_video_s_official_text_to_video_pro_request_size import (
        RhartVideoSOfficialTextToVideoProRequestSize,
    )
    from .rhart_video_s_official_text_to_video_request import (
        RhartVideoSOfficialTextToVideoRequest,
    )
    from .rhart_video_s_official_text_to_video_request_duration import (
        RhartVideoSOfficialTextToVideoRequestDuration,
    )
    from .rhart_video_s_official_text_to_video_request_size import (
        RhartVideoSOfficialTextToVideoRequestSize,
    )
    from .rhart_video_s_sora_upload_character_request import (
        RhartVideoSSoraUploadCharacterRequest,
    )
    from .rhart_video_s_text_to_video_pro_deprecated_request import (
        RhartVideoSTextToVideoProDeprecatedRequest,
    )
    from .rhart_video_s_text_to_video_pro_deprecated_request_aspect_ratio import (
        RhartVideoSTextToVideoProDeprecatedRequestAspectRatio,
    )
    from .rhart_video_s_text_to_video_pro_deprecated_request_duration import (
        RhartVideoSTextToVideoProDeprecatedRequestDuration,
    )
    from .rhart_video_s_text_to_video_request import RhartVideoSTextToVideoRequest
    from .rhart_video_s_text_to_video_request_aspect_ratio import (
        RhartVideoSTextToVideoRequestAspectRatio,
    )
    from .rhart_video_s_text_to_video_request_duration import (
        RhartVideoSTextToVideoRequestDuration,
    )
    from .rhart_video_sparkvideo_20_fast_image_to_video_request import (
        RhartVideoSparkvideo20FastImageToVideoRequest,
    )
    from .rhart_video_sparkvideo_20_fast_image_to_video_request_duration import (
        RhartVideoSparkvideo20FastImageToVideoRequestDuration,
    )
    from .rhart_video_sparkvideo_20_fast_image_to_video_request_ratio import (
        RhartVideoSparkvideo20FastImageToVideoRequestRatio,
    )
    from .rhart_video_sparkvideo_20_fast_image_to_video_request_resolution import (
        RhartVideoSparkvideo20FastImageToVideoRequestResolution,
    )
    from .rhart_video_sparkvideo_20_fast_multimodal_video_request import (
        RhartVideoSparkvideo20FastMultimodalVideoRequest,
    )
    from .rhart_video_sparkvideo_20_fast_multimodal_video_request_duration import (
        RhartVideoSparkvideo20FastMultimodalVideoRequestDuration,
    )
    from .rhart_video_sparkvideo_20_fast_multimodal_video_request_ratio import (
        RhartVideoSparkvideo20FastMultimodalVideoRequestRatio,
    )
    from .rhart_video_sparkvideo_20_fast_multimodal_video_request_resolution import (
        RhartVideoSparkvideo20FastMultimodalVideoRequestResolution,
    )
    from .rhart_video_sparkvideo_20_fast_text_to_video_request import (
        RhartVideoSparkvideo20FastTextToVideoRequest,
    )
    from .rhart_video_sparkvideo_20_fast_text_to_video_request_duration import (
        RhartVideoSparkvideo20FastTextToVideoRequestDuration,
    )
    from .rhart_video_sparkvideo_20_fast_text_to_video_request_ratio import (
        RhartVideoSparkvideo20FastTextToVideoRequestRatio,
    )
    from .rhart_video_sparkvideo_20_fast_text_to_video_request_resolution import (
        RhartVideoSparkvideo20FastTextToVideoRequestResolution,
    )
    from .rhart_video_sparkvideo_20_image_to_video_request import (
        RhartVideoSparkvideo20ImageToVideoRequest,
    )
    from .rhart_video_sparkvideo_20_image_to_video_request_duration import (
        RhartVideoSparkvideo20ImageToVideoRequestDuration,
    )
    from .rhart_video_sparkvideo_20_image_to_video_request_ratio import (
        RhartVideoSparkvideo20ImageToVideoRequestRatio,
    )
    from .rhart_video_sparkvideo_20_image_to_video_request_resolution import (
        RhartVideoSparkvideo20ImageToVideoRequestResolution,
    )
    from .rhart_video_sparkvideo_20_mini_image_to_video_request import (
        RhartVideoSparkvideo20MiniImageToVideoRequest,
    )
    from .rhart_video_sparkvideo_20_mini_image_to_video_request_conversion_slots import (
        RhartVideoSparkvideo20MiniImageToVideoRequestConversionSlots,
    )
    from .rhart_video_sparkvideo_20_mini_image_to_video_request_duration import (
        RhartVideoSparkvideo20MiniImageToVideoRequestDuration,
    )
    from .rhart_video_sparkvideo_20_mini_image_to_video_request_ratio import (
        RhartVideoSparkvideo20MiniImageToVideoRequestRatio,
    )
    from .rhart_video_sparkvideo_20_mini_image_to_video_request_resolution import (
        RhartVideoSparkvideo20MiniImageToVideoRequestResolution,
    )
    from .rhart_video_sparkvideo_20_mini_multimodal_video_request import (
        RhartVideoSparkvideo20MiniMultimodalVideoRequest,
    )
    from .rhart_video_sparkvideo_20_mini_multimodal_video_request_conversion_slots import (
        RhartVideoSparkvideo20MiniMultimodalVideoRequestConversionSlots,
    )
    from .rhart_video_sparkvideo_20_mini_multimodal_video_request_duration import (
        RhartVideoSparkvideo20MiniMultimodalVideoRequestDuration,
    )
    from .rhart_video_sparkvideo_20_mini_multimodal_video_request_ratio import (
        RhartVideoSparkvideo20MiniMultimodalVideoRequestRatio,
    )
    from .rhart_video_sparkvideo_20_mini_multimodal_video_request_resolution import (
        RhartVideoSparkvideo20MiniMultimodalVideoRequestResolution,
    )
    from .rhart_video_sparkvideo_20_mini_text_to_video_request import (
        RhartVideoSparkvideo20MiniTextToVideoRequest,
    )
    from .rhart_video_sparkvideo_20_mini_text_to_video_request_duration import (
        RhartVideoSparkvideo20MiniTextToVideoRequestDuration,
    )
    from .rhart_video_sparkvideo_20_mini_text_to_video_request_ratio import (
        RhartVideoSparkvideo20MiniTextToVideoRequestRatio,
    )
    from .rhart_video_sparkvideo_20_mini_text_to_video_request_resolution import (
        RhartVideoSparkvideo20MiniTextToVideoRequestResolution,
    )
    from .rhart_video_sparkvideo_20_multimodal_video_request import (
        RhartVideoSparkvideo20MultimodalVideoRequest,
    )
    from .rhart_video_sparkvideo_20_multimodal_video_request_duration import (
        RhartVideoSparkvideo20MultimodalVideoRequestDuration,
    )
    from .rhart_video_sparkvideo_20_multimodal_video_request_ratio import (
        RhartVideoSparkvideo20MultimodalVideoRequestRatio,
    )
    from .rhart_video_sparkvideo_20_multimodal_video_request_resolution import (
        RhartVideoSparkvideo20MultimodalVideoRequestResolution,
    )
    from .rhart_video_sparkvideo_20_multimodal_video_star_fast_request import (
        RhartVideoSparkvideo20MultimodalVideoStarFastRequest,
    )
    from .rhart_video_sparkvideo_20_multimodal_video_star_fast_request_duration import (
        RhartVideoSparkvideo20MultimodalVideoStarFastRequestDuration,
    )
    from .rhart_video_sparkvideo_20_multimodal_video_star_fast_request_ratio import (
        RhartVideoSparkvideo20MultimodalVideoStarFastRequestRatio,
    )
    from .rhart_video_sparkvideo_20_multimodal_video_star_fast_request_resolution import (
        RhartVideoSparkvideo20MultimodalVideoStarFastRequestResolution,
    )
    from .rhart_video_sparkvideo_20_multimodal_video_star_fast_request_template_id import (
        RhartVideoSparkvideo20MultimodalVideoStarFastRequestTemplateId,
    )
    from .rhart_video_sparkvideo_20_multimodal_video_star_request import (
        RhartVideoSparkvideo20MultimodalVideoStarRequest,
    )
    from .rhart_video_sparkvideo_20_multimodal_video_star_request_duration import (
        RhartVideoSparkvideo20MultimodalVideoStarRequestDuration,
    )
    from .rhart_video_sparkvideo_20_multimodal_video_star_request_ratio import (
        RhartVideoSparkvideo20MultimodalVideoStarRequestRatio,
    )
    from .rhart_video_sparkvideo_20_multimodal_video_star_request_resolution import (
        RhartVideoSparkvideo20MultimodalVideoStarRequestResolution,
    )
    from .rhart_video_sparkvideo_20_multimodal_video_star_request_template_id import (
        RhartVideoSparkvideo20MultimodalVideoStarRequestTemplateId,
    )
    from .rhart_video_sparkvideo_20_text_to_video_request import (
        RhartVideoSparkvideo20TextToVideoRequest,
    )
    from .rhart_video_sparkvideo_20_text_to_video_request_duration import (
        RhartVideoSparkvideo20TextToVideoRequestDuration,
    )
    from .rhart_video_sparkvideo_20_text_to_video_request_ratio import (
        RhartVideoSparkvideo20TextToVideoRequestRatio,
    )
    from .rhart_video_sparkvideo_20_text_to_video_request_resolution import (
        RhartVideoSparkvideo20TextToVideoRequestResolution,
    )
    from .rhart_video_v31_fast_image_to_video_request import (
        RhartVideoV31FastImageToVideoRequest,
    )
    from .rhart_video_v31_fast_image_to_video_request_aspect_ratio import (
        RhartVideoV31FastImageToVideoRequestAspectRatio,
    )
    from .rhart_video_v31_fast_image_to_video_request_duration import (
        RhartVideoV31FastImageToVideoRequestDuration,
    )
    from .rhart_video_v31_fast_image_to_video_request_resolution import (
        RhartVideoV31FastImageToVideoRequestResolution,
    )
    from .rhart_video_v31_fast_official_image_to_video_request import (
        RhartVideoV31FastOfficialImageToVideoRequest,
    )
    from .rhart_video_v31_fast_official_image_to_video_request_aspect_ratio import (
        RhartVideoV31FastOfficialImageToVideoRequestAspectRatio,
    )
    from .rhart_video_v31_fast_official_image_to_video_request_duration import (
        RhartVideoV31FastOfficialImageToVideoRequestDuration,
    )
    from .rhart_video_v31_fast_official_image_to_video_request_resolution import (
        RhartVideoV31FastOfficialImageToVideoRequestResolution,
    )
    from .rhart_video_v31_fast_official_reference_to_video_request import (
        RhartVideoV31FastOfficialReferenceToVideoRequest,
    )
    from .rhart_video_v31_fast_official_reference_to_video_request_aspect_ratio import (
        RhartVideoV31FastOfficialReferenceToVideoRequestAspectRatio,
    )
    from .rhart_video_v31_fast_official_reference_to_video_request_resolution import (
        RhartVideoV31FastOfficialReferenceToVideoRequestResolution,
    )
    from .rhart_video_v31_fast_official_text_to_video_request import (
        RhartVideoV31FastOfficialTextToVideoRequest,
    )
    from .rhart_video_v31_fast_official_text_to_video_request_aspect_ratio import (
        RhartVideoV31FastOfficialTextToVideoRequestAspectRatio,
    )
    from .rhart_video_v31_fast_official_text_to_video_request_duration import (
        RhartVideoV31FastOfficialTextToVideoRequestDuration,
    )
    from .rhart_video_v31_fast_official_text_to_video_request_resolution import (
        RhartVideoV31FastOfficialTextToVideoRequestResolution,
    )
    from .rhart_video_v31_fast_official_video_extend_request import (
        RhartVideoV31FastOfficialVideoExtendRequest,
    )
    from .rhart_video_v31_fast_official_video_extend_request_resolution import (
        RhartVideoV31FastOfficialVideoExtendRequestResolution,
    )
    from .rhart_video_v31_fast_start_end_to_video_request import (
        RhartVideoV31FastStartEndToVideoRequest,
    )
    from .rhart_video_v31_fast_start_end_to_video_request_aspect_ratio import (
        RhartVideoV31FastStartEndToVideoRequestAspectRatio,
    )
    from .rhart_video_v31_fast_start_end_to_video_request_duration import (
        RhartVideoV31FastStartEndToVideoRequestDuration,
    )
    from .rhart_video_v31_fast_start_end_to_video_request_resolution import (
        RhartVideoV31FastStartEndToVideoRequestResolution,
    )
    from .rhart_video_v31_fast_text_to_video_request import (
        RhartVideoV31FastTextToVideoRequest,
    )
    from .rhart_video_v31_fast_text_to_video_request_aspect_ratio import (
        RhartVideoV31FastTextToVideoRequestAspectRatio,
    )
    from .rhart_video_v31_fast_text_to_video_request_duration import (
        RhartVideoV31FastTextToVideoRequestDuration,
    )
    from .rhart_video_v31_fast_text_to_video_request_resolution import (
        RhartVideoV31FastTextToVideoRequestResolution,
    )
    from .rhart_video_v31_lite_image_to_video_request import (
        RhartVideoV31LiteImageToVideoRequest,
    )
    from .rhart_video_v31_lite_image_to_video_request_aspect_ratio import (
        RhartVideoV31LiteImageToVideoRequestAspectRatio,
    )
    from .rhart_video_v31_lite_image_to_video_request_duration import (
        RhartVideoV31LiteImageToVideoRequestDuration,
    )
    from .rhart_video_v31_lite_image_to_video_request_resolution import (
        RhartVideoV31LiteImageToVideoRequestResolution,
    )
    from .rhart_video_v31_lite_official_image_to_video_request import (
        RhartVideoV31LiteOfficialImageToVideoRequest,
    )
    from .rhart_video_v31_lite_official_image_to_video_request_aspect_ratio import (
        RhartVideoV31LiteOfficialImageToVideoRequestAspectRatio,
    )
    from .rhart_video_v31_lite_official_image_to_video_request_duration import (
        RhartVideoV31LiteOfficialImageToVideoRequestDuration,
    )
    from .rhart_video_v31_lite_official_image_to_video_request_resolution import (
        RhartVideoV31LiteOfficialImageToVideoRequestResolution,
    )
    from .rhart_video_v31_lite_official_start_end_to_video_request import (
        RhartVideoV31LiteOfficialStartEndToVideoRequest,
    )
    from .rhart_video_v31_lite_official_start_end_to_video_request_aspect_ratio import (
        RhartVideoV31LiteOfficialStartEndToVideoRequestAspectRatio,
    )
    from .rhart_video_v31_lite_official_start_end_to_video_request_resolution import (
        RhartVideoV31LiteOfficialStartEndToVideoRequestResolution,
    )
    from .rhart_video_v31_lite_official_text_to_video_request import (
        RhartVideoV31LiteOfficialTextToVideoRequest,
    )
    from .rhart_video_v31_lite_official_text_to_video_request_aspect_ratio import (
        RhartVideoV31LiteOfficialTextToVideoRequestAspectRatio,
    )
    from .rhart_video_v31_lite_official_text_to_video_request_duration import (
        RhartVideoV31LiteOfficialTextToVideoRequestDuration,
    )
    from .rhart_video_v31_lite_official_text_to_video_request_resolution import (
        RhartVideoV31LiteOfficialTextToVideoRequestResolution,
    )
    from .rhart_video_v31_lite_text_to_video_request import (
        RhartVideoV31LiteTextToVideoRequest,
    )
    from .rhart_video_v31_lite_text_to_video_request_aspect_ratio import (
        RhartVideoV31LiteTextToVideoRequestAspectRatio,
    )
    from .rhart_video_v31_lite_text_to_video_request_duration import (
        RhartVideoV31LiteTextToVideoRequestDuration,
    )
    from .rhart_video_v31_lite_text_to_video_request_resolution import (
        RhartVideoV31LiteTextToVideoRequestResolution,
    )
    from .rhart_video_v31_pro_image_to_video_request import (
        RhartVideoV31ProImageToVideoRequest,
    )
    from .rhart_video_v31_pro_image_to_video_request_aspect_ratio import (
        RhartVideoV31ProImageToVideoRequestAspectRatio,
    )
    from .rhart_video_v31_pro_image_to_video_request_duration import (
        RhartVideoV31ProImageToVideoRequestDuration,
    )
    from .rhart_video_v31_pro_image_to_video_request_resolution import (
        RhartVideoV31ProImageToVideoRequestResolution,
    )
    from .rhart_video_v31_pro_official_image_to_video_request import (
        RhartVideoV31ProOfficialImageToVideoRequest,
    )
    from .rhart_video_v31_pro_official_image_to_video_request_aspect_ratio import (
        RhartVideoV31ProOfficialImageToVideoRequestAspectRatio,
    )
    from .rhart_video_v31_pro_official_image_to_video_request_duration import (
        RhartVideoV31ProOfficialImageToVideoRequestDuration,
    )
    from .rhart_video_v31_pro_official_image_to_video_request_resolution import (
        RhartVideoV31ProOfficialImageToVideoRequestResolution,
    )
    from .rhart_video_v31_pro_official_reference_to_video_request import (
        RhartVideoV31ProOfficialReferenceToVideoRequest,
    )
    from .rhart_video_v31_pro_official_reference_to_video_request_resolution import (
        RhartVideoV31ProOfficialReferenceToVideoRequestResolution,
    )
    from .rhart_video_v31_pro_official_text_to_video_request import (
        RhartVideoV31ProOfficialTextToVideoRequest,
    )
    from .rhart_video_v31_pro_official_text_to_video_request_aspect_ratio import (
        RhartVideoV31ProOfficialTextToVideoRequestAspectRatio,
    )
    from .rhart_video_v31_pro_official_text_to_video_request_duration import (
        RhartVideoV31ProOfficialTextToVideoRequestDuration,
    )
    from .rhart_video_v31_pro_official_text_to_video_request_resolution import (
        RhartVideoV31ProOfficialTextToVideoRequestResolution,
    )
    from .rhart_video_v31_pro_official_video_extend_request import (
        RhartVideoV31ProOfficialVideoExtendRequest,
    )
    from .rhart_video_v31_pro_official_video_extend_request_resolution import (
        RhartVideoV31ProOfficialVideoExtendRequestResolution,
    )
    from .rhart_video_v31_pro_start_end_to_video_request import (
        RhartVideoV31ProStartEndToVideoRequest,
    )
    from .rhart_video_v31_pro_start_end_to_video_request_aspect_ratio import (
        RhartVideoV31ProStartEndToVideoRequestAspectRatio,
    )
    from .rhart_video_v31_pro_start_end_to_video_request_duration import (
        RhartVideoV31ProStartEndToVideoRequestDuration,
    )
    from .rhart_video_v31_pro_start_end_to_video_request_resolution import (
        RhartVideoV31ProStartEndToVideoRequestResolution,
    )
    from .rhart_video_v31_pro_text_to_video_request import (
        RhartVideoV31ProTextToVideoRequest,
    )
    from .rhart_video_v31_pro_text_to_video_request_aspect_ratio import (
        RhartVideoV31ProTextToVideoRequestAspectRatio,
    )
    from .rhart_video_v31_pro_text_to_video_request_duration import (
        RhartVideoV31ProTextToVideoRequestDuration,
    )
    from .rhart_video_v31_pro_text_to_video_request_resolution import (
        RhartVideoV31ProTextToVideoRequestResolution,
    )
    from .rhart_video_video_fps_increaser_request import (
        RhartVideoVideoFpsIncreaserRequest,
    )
    from .rhart_video_video_upscaler_request import RhartVideoVideoUpscalerRequest
    from .rhart_video_video_upscaler_request_target_resolution import (
        RhartVideoVideoUpscalerRequestTargetResolution,
    )
    from .rhart_video_wan_22_image_to_image_request import (
        RhartVideoWan22ImageToImageRequest,
    )
    from .rhart_video_wan_22_image_to_image_request_242_file_type import (
        RhartVideoWan22ImageToImageRequest242FileType,
    )
    from .rhart_video_wan_22_image_to_image_request_267_select import (
        RhartVideoWan22ImageToImageRequest267Select,
    )
    from .rhart_video_wan_22_image_to_video_request import (
        RhartVideoWan22ImageToVideoRequest,
    )
    from .rhart_video_wan_22_image_to_video_request_202_select import (
        RhartVideoWan22ImageToVideoRequest202Select,
    )
    from .rhart_video_wan_22_image_to_video_request_218_select import (
        RhartVideoWan22ImageToVideoRequest218Select,
    )
    from .rhart_video_wan_22_start_to_end_request import (
        RhartVideoWan22StartToEndRequest,
    )
    from .rhart_video_wan_22_start_to_end_request_202_select import (
        RhartVideoWan22StartToEndRequest202Select,
    )
    from .rhart_video_wan_22_start_to_end_request_218_select import (
        RhartVideoWan22StartToEndRequest218Select,
    )
    from .rhart_video_wan_22_text_to_image_lora_request import (
        RhartVideoWan22TextToImageLoraRequest,
    )
    from .rhart_video_wan_22_text_to_image_lora_request_201_file_type import (
        RhartVideoWan22TextToImageLoraRequest201FileType,
    )
    from .rhart_video_wan_22_text_to_image_lora_request_225_select import (
        RhartVideoWan22TextToImageLoraRequest225Select,
    )
    from .rhart_video_wan_22_text_to_video_request import (
        RhartVideoWan22TextToVideoRequest,
    )
    from .rhart_video_wan_22_text_to_video_request_130_select import (
        RhartVideoWan22TextToVideoRequest130Select,
    )
    from .rhart_video_wan_22_text_to_video_request_133_select import (
        RhartVideoWan22TextToVideoRequest133Select,
    )
    from .run_ai_app_request import RunAiAppRequest
    from .run_ai_app_v2_request import RunAiAppV2Request
    from .run_workflow_v2_request import RunWorkflowV2Request
    from .seedance_v1_lite_reference_to_video_request import (
        SeedanceV1LiteReferenceToVideoRequest,
    )
    from .seedance_v1_lite_reference_to_video_request_aspect_ratio import (
        SeedanceV1LiteReferenceToVideoRequestAspectRatio,
    )
    from .seedance_v1_lite_reference_to_video_request_camera_fixed import (
        SeedanceV1LiteReferenceToVideoRequestCameraFixed,
    )
    from .seedance_v1_lite_reference_to_video_request_duration import (
        SeedanceV1LiteReferenceToVideoRequestDuration,
    )
    from .seedance_v1_lite_reference_to_video_request_resolution import (
        SeedanceV1LiteReferenceToVideoRequestResolution,
    )
    from .seedance_v15_pro_image_to_video_fast_request import (
        SeedanceV15ProImageToVideoFastRequest,
    )
    from .seedance_v15_pro_image_to_video_fast_request_aspect_ratio import (
        SeedanceV15ProImageToVideoFastRequestAspectRatio,
    )
    from .seedance_v15_pro_image_to_video_fast_request_camera_fixed import (
        SeedanceV15ProImageToVideoFastRequestCameraFixed,
    )
    from .seedance_v15_pro_image_to_video_fast_request_duration import (
        SeedanceV15ProImageToVideoFastRequestDuration,
    )
    from .seedance_v15_pro_image_to_video_fast_request_generate_audio import (
        SeedanceV15ProImageToVideoFastRequestGenerateAudio,
    )
    from .seedance_v15_pro_image_to_video_fast_request_resolution import (
        SeedanceV15ProImageToVideoFastRequestResolution,
    )
    from .seedance_v15_pro_image_to_video_request import (
        SeedanceV15ProImageToVideoRequest,
    )
    from .seedance_v15_pro_image_to_video_request_aspect_ratio import (
        SeedanceV15ProImageToVideoRequestAspectRatio,
    )
    from .seedance_v15_pro_image_to_video_request_camera_fixed import (
        SeedanceV15ProImageToVideoRequestCameraFixed,
    )
    from .seedance_v15_pro_image_to_video_request_duration import (
        SeedanceV15ProImageToVideoRequestDuration,
    )
    from .seedance_v15_pro_image_to_video_request_generate_audio import (
        SeedanceV15ProImageToVideoRequestGenerateAudio,
    )
    from .seedance_v15_pro_image_to_video_request_resolution import (
        SeedanceV15ProImageToVideoRequestResolution,
    )
    from .seedance_v15_pro_text_to_video_fast_request import (
        SeedanceV15ProTextToVideoFastRequest,
    )
    from .seedance_v15_pro_text_to_video_fast_request_aspect_ratio import (
        SeedanceV15ProTextToVideoFastRequestAspectRatio,
    )
    from .seedance_v15_pro_text_to_video_fast_request_camera_fixed import (
        SeedanceV15ProTextToVideoFastRequestCameraFixed,
    )
    from .seedance_v15_pro_text_to_video_fast_request_duration import (
        SeedanceV15ProTextToVideoFastRequestDuration,
    )
    from .seedance_v15_pro_text_to_video_fast_request_generate_audio import (
        SeedanceV15ProTextToVideoFastRequestGenerateAudio,
    )
    from .seedance_v15_pro_text_to_video_fast_request_resolution import (
        SeedanceV15ProTextToVideoFastRequestResolution,
    )
    from .seedance_v15_pro_text_to_video_request import SeedanceV15ProTextToVideoRequest
    from .seedance_v15_pro_text_to_video_request_aspect_ratio import (
        SeedanceV15ProTextToVideoRequestAspectRatio,
    )
    from .seedance_v15_pro_text_to_video_request_camera_fixed import (
        SeedanceV15ProTextToVideoRequestCameraFixed,
    )
    from .seedance_v15_pro_text_to_video_request_duration import (
        SeedanceV15ProTextToVideoRequestDuration,
    )
    from .seedance_v15_pro_text_to_video_request_generate_audio import (
        SeedanceV15ProTextToVideoRequestGenerateAudio,
    )
    from .seedance_v15_pro_text_to_video_request_resolution import (
        SeedanceV15ProTextToVideoRequestResolution,
    )
    from .seedream_v4_image_to_image_request import SeedreamV4ImageToImageRequest
    from .seedream_v4_image_to_image_request_resolution import (
        SeedreamV4ImageToImageRequestResolution,
    )
    from .seedream_v4_image_to_image_request_sequential_image_generation import (
        SeedreamV4ImageToImageRequestSequentialImageGeneration,
    )
    from .seedream_v4_text_to_image_request import SeedreamV4TextToImageRequest
    from .seedream_v4_text_to_image_request_resolution import (
        SeedreamV4TextToImageRequestResolution,
    )
    from .seedream_v4_text_to_image_request_sequential_image_generation import (
        SeedreamV4TextToImageRequestSequentialImageGeneration,
    )
    from .seedream_v5_lite_image_to_image_request import (
        SeedreamV5LiteImageToImageRequest,
    )
    from .seedream_v5_lite_image_to_image_request_resolution import (
        SeedreamV5LiteImageToImageRequestResolution,
    )
    from .seedream_v5_lite_image_to_image_request_sequential_image_generation import (
        SeedreamV5LiteImageToImageRequestSequentialImageGeneration,
    )
    from .seedream_v5_lite_text_to_image_request import SeedreamV5LiteTextToImageRequest
    from .seedream_v5_lite_text_to_image_request_resolution import (
        SeedreamV5LiteTextToImageRequestResolution,
    )
    from .seedream_v5_lite_text_to_image_request_sequential_image_generation import (
        SeedreamV5LiteTextToImageRequestSequentialImageGeneration,
    )
    from .seedream_v5_lite_text_to_image_request_tools_type import (
        SeedreamV5LiteTextToImageRequestToolsType,
    )
    from .seedream_v5_pro_image_to_image_request import SeedreamV5ProImageToImageRequest
    from .seedream_v5_pro_image_to_image_request_output_format import (
        SeedreamV5ProImageToImageRequestOutputFormat,
    )
    from .seedream_v5_pro_image_to_image_request_resolution import (
        SeedreamV5ProImageToImageRequestResolution,
    )
    from .seedream_v5_pro_text_to_image_request import SeedreamV5ProTextToImageRequest
    from .seedream_v5_pro_text_to_image_request_output_format import (
        SeedreamV5ProTextToImageRequestOutputFormat,
    )
    from .seedream_v5_pro_text_to_image_request_resolution import (
        SeedreamV5ProTextToImageRequestResolution,
    )
    from .seedream_v45_image_to_image_request import SeedreamV45ImageToImageRequest
    from .seedream_v45_image_to_image_request_resolution import (
        SeedreamV45ImageToImageRequestResolution,
    )
    from .seedream_v45_image_to_image_request_sequential_image_generation import (
        SeedreamV45ImageToImageRequestSequentialImageGeneration,
    )
    from .seedream_v45_text_to_image_request import SeedreamV45TextToImageRequest
    from .seedream_v45_text_to_image_request_resolution import (
        SeedreamV45TextToImageRequestResolution,
    )
    from .seedream_v45_text_to_image_request_sequential_image_generation import (
        SeedreamV45TextToImageRequestSequentialImageGeneration,
    )
    from .skyreels_v3_reference_to_video_request import (
        SkyreelsV3ReferenceToVideoRequest,
    )
    from .skyreels_v3_reference_to_video_request_aspect_ratio import (
        SkyreelsV3ReferenceToVideoRequestAspectRatio,
    )
    from .skyreels_v3_shot_switching_video_extension_request import (
        SkyreelsV3ShotSwitchingVideoExtensionRequest,
    )
    from .skyreels_v3_shot_switching_video_extension_request_cut_type import (
        SkyreelsV3ShotSwitchingVideoExtensionRequestCutType,
    )
    from .skyreels_v3_single_shot_video_extension_request import (
        SkyreelsV3SingleShotVideoExtensionRequest,
    )
    from .skyreels_v3_video_restyling_request import SkyreelsV3VideoRestylingRequest
    from .skyreels_v3_video_restyling_request_style_name import (
        SkyreelsV3VideoRestylingRequestStyleName,
    )
    from .skyreels_v4_image_to_video_fast_request import (
        SkyreelsV4ImageToVideoFastRequest,
    )
    from .skyreels_v4_image_to_video_fast_request_resolution import (
        SkyreelsV4ImageToVideoFastRequestResolution,
    )
    from .skyreels_v4_image_to_video_request import SkyreelsV4ImageToVideoRequest
    from .skyreels_v4_image_to_video_request_mode import (
        SkyreelsV4ImageToVideoRequestMode,
    )
    from .skyreels_v4_image_to_video_std_request import SkyreelsV4ImageToVideoStdRequest
    from .skyreels_v4_image_to_video_std_request_resolution import (
        SkyreelsV4ImageToVideoStdRequestResolution,
    )
    from .skyreels_v4_omni_reference_fast_request import (
        SkyreelsV4OmniReferenceFastRequest,
    )
    from .skyreels_v4_omni_reference_fast_request_aspect_ratio import (
        SkyreelsV4OmniReferenceFastRequestAspectRatio,
    )
    from .skyreels_v4_omni_reference_fast_request_resolution import (
        SkyreelsV4OmniReferenceFastRequestResolution,
    )
    from .skyreels_v4_omni_reference_request import SkyreelsV4OmniReferenceRequest
    from .skyreels_v4_omni_reference_request_aspect_ratio import (
        SkyreelsV4OmniReferenceRequestAspectRatio,
    )
    from .skyreels_v4_omni_reference_request_resolution import (
        SkyreelsV4OmniReferenceRequestResolution,
    )
    from .skyreels_v4_omni_reference_std_request import (
        SkyreelsV4OmniReferenceStdRequest,
    )
    from .skyreels_v4_omni_reference_std_request_aspect_ratio import (
        SkyreelsV4OmniReferenceStdRequestAspectRatio,
    )
    from .skyreels_v4_omni_reference_std_request_resolution import (
        SkyreelsV4OmniReferenceStdRequestResolution,
    )
    from .skyreels_v4_text_to_video_fast_request import SkyreelsV4TextToVideoFastRequest
    from .skyreels_v4_text_to_video_fast_request_aspect_ratio import (
        SkyreelsV4TextToVideoFastRequestAspectRatio,
    )
    from .skyreels_v4_text_to_video_fast_request_resolution import (
        SkyreelsV4TextToVideoFastRequestResolution,
    )
    from .skyreels_v4_text_to_video_request import SkyreelsV4TextToVideoRequest
    from .skyreels_v4_text_to_video_request_aspect_ratio import (
        SkyreelsV4TextToVideoRequestAspectRatio,
    )
    from .skyreels_v4_text_to_video_request_mode import SkyreelsV4TextToVideoRequestMode
    from .skyreels_v4_text_to_video_std_request import SkyreelsV4TextToVideoStdRequest
    from .skyreels_v4_text_to_video_std_request_aspect_ratio import (
        SkyreelsV4TextToVideoStdRequestAspectRatio,
    )
    from .skyreels_v4_text_to_video_std_request_resolution import (
        SkyreelsV4TextToVideoStdRequestResolution,
    )
    from .task_create_data import TaskCreateData
    from .task_create_envelope import TaskCreateEnvelope
    from .task_end_event import TaskEndEvent
    from .task_failed_data import TaskFailedData
    from .task_output import TaskOutput
    from .task_outputs_envelope import TaskOutputsEnvelope
    from .task_result import TaskResult
    from .task_running_data import TaskRunningData
    from .task_status_envelope import TaskStatusEnvelope
    from .task_usage import TaskUsage
    from .task_usage_entry import TaskUsageEntry
    from .topazlabs_image_gigapixel_art_and_cgi_request import (
        TopazlabsImageGigapixelArtAndCgiRequest,
    )
    from .topazlabs_image_gigapixel_art_and_cgi_request_output_format import (
        TopazlabsImageGigapixelArtAndCgiRequestOutputFormat,
    )
    from .topazlabs_image_gigapixel_art_and_cgi_request_subject_detection import (
        TopazlabsImageGigapixelArtAndCgiRequestSubjectDetection,
    )
    from .topazlabs_image_gigapixel_high_fidelity_2_request import (
        TopazlabsImageGigapixelHighFidelity2Request,
    )
    from .topazlabs_image_gigapixel_high_fidelity_2_request_output_format import (
        TopazlabsImageGigapixelHighFidelity2RequestOutputFormat,
    )
    from .topazlabs_image_gigapixel_high_fidelity_2_request_subject_detection import (
        TopazlabsImageGigapixelHighFidelity2RequestSubjectDetection,
    )
    from .topazlabs_image_gigapixel_low_resolution_2_request import (
        TopazlabsImageGigapixelLowResolution2Request,
    )
    from .topazlabs_image_gigapixel_low_resolution_2_request_output_format import (
        TopazlabsImageGigapixelLowResolution2RequestOutputFormat,
    )
    from .topazlabs_image_gigapixel_low_resolution_2_request_subject_detection import (
        TopazlabsImageGigapixelLowResolution2RequestSubjectDetection,
    )
    from .topazlabs_image_gigapixel_standard_2_request import (
        TopazlabsImageGigapixelStandard2Request,
    )
    from .topazlabs_image_gigapixel_standard_2_request_output_format import (
        TopazlabsImageGigapixelStandard2RequestOutputFormat,
    )
    from .topazlabs_image_gigapixel_standard_2_request_subject_detection import (
        TopazlabsImageGigapixelStandard2RequestSubjectDetection,
    )
    from .topazlabs_image_gigapixel_text_and_shapes_request import (
        TopazlabsImageGigapixelTextAndShapesRequest,
    )
    from .topazlabs_image_gigapixel_text_and_shapes_request_output_format import (
        TopazlabsImageGigapixelTextAndShapesRequestOutputFormat,
    )
    from .topazlabs_image_gigapixel_text_and_shapes_request_subject_detection import (
        TopazlabsImageGigapixelTextAndShapesRequestSubjectDetection,
    )
    from .topazlabs_image_upscale_cgi_request import TopazlabsImageUpscaleCgiRequest
    from .topazlabs_image_upscale_cgi_request_scale import (
        TopazlabsImageUpscaleCgiRequestScale,
    )
    from .topazlabs_image_upscale_cgi_request_subject_detection import (
        TopazlabsImageUpscaleCgiRequestSubjectDetection,
    )
    from .topazlabs_image_upscale_detail_faces_request import (
        TopazlabsImageUpscaleDetailFacesRequest,
    )
    from .topazlabs_image_upscale_detail_faces_request_output_format import (
        TopazlabsImageUpscaleDetailFacesRequestOutputFormat,
    )
    from .topazlabs_image_upscale_high_fidelity_v2_request import (
        TopazlabsImageUpscaleHighFidelityV2Request,
    )
    from .topazlabs_image_upscale_high_fidelity_v2_request_scale import (
        TopazlabsImageUpscaleHighFidelityV2RequestScale,
    )
    from .topazlabs_image_upscale_high_fidelity_v2_request_subject_detection import (
        TopazlabsImageUpscaleHighFidelityV2RequestSubjectDetection,
    )
    from .topazlabs_image_upscale_high_fidelity_v3_request import (
        TopazlabsImageUpscaleHighFidelityV3Request,
    )
    from .topazlabs_image_upscale_high_fidelity_v3_request_output_format import (
        TopazlabsImageUpscaleHighFidelityV3RequestOutputFormat,
    )
    from .topazlabs_image_upscale_high_fidelity_v3_request_subject_detection import (
        TopazlabsImageUpscaleHighFidelityV3RequestSubjectDetection,
    )
    from .topazlabs_image_upscale_low_resolution_v2_request import (
        TopazlabsImageUpscaleLowResolutionV2Request,
    )
    from .topazlabs_image_upscale_low_resolution_v2_request_scale import (
        TopazlabsImageUpscaleLowResolutionV2RequestScale,
    )
    from .topazlabs_image_upscale_low_resolution_v2_request_subject_detection import (
        TopazlabsImageUpscaleLowResolutionV2RequestSubjectDetection,
    )
    from .topazlabs_image_upscale_standard_v2_request import (
        TopazlabsImageUpscaleStandardV2Request,
    )
    from .topazlabs_image_upscale_standard_v2_request_scale import (
        TopazlabsImageUpscaleStandardV2RequestScale,
    )
    from .topazlabs_image_upscale_standard_v2_request_subject_detection import (
        TopazlabsImageUpscaleStandardV2RequestSubjectDetection,
    )
    from .topazlabs_image_upscale_text_refine_request import (
        TopazlabsImageUpscaleTextRefineRequest,
    )
    from .topazlabs_image_upscale_text_refine_request_scale import (
        TopazlabsImageUpscaleTextRefineRequestScale,
    )
    from .topazlabs_image_upscale_text_refine_request_subject_detection import (
        TopazlabsImageUpscaleTextRefineRequestSubjectDetection,
    )
    from .topazlabs_image_upscale_transparent_request import (
        TopazlabsImageUpscaleTransparentRequest,
    )
    from .topazlabs_image_upscale_transparent_request_output_format import (
        TopazlabsImageUpscaleTransparentRequestOutputFormat,
    )
    from .topazlabs_video_astra_request import TopazlabsVideoAstraRequest
    from .topazlabs_video_astra_request_model import TopazlabsVideoAstraRequestModel
    from .topazlabs_video_denoise_request import TopazlabsVideoDenoiseRequest
    from .topazlabs_video_denoise_request_model import TopazlabsVideoDenoiseRequestModel
    from .topazlabs_video_frame_interpolation_request import (
        TopazlabsVideoFrameInterpolationRequest,
    )
    from .topazlabs_video_frame_interpolation_request_model import (
        TopazlabsVideoFrameInterpolationRequestModel,
    )
    from .topazlabs_video_proteus_request import TopazlabsVideoProteusRequest
    from .topazlabs_video_proteus_request_model import TopazlabsVideoProteusRequestModel
    from .topazlabs_video_starlight_request import TopazlabsVideoStarlightRequest
    from .topazlabs_video_starlight_request_model import (
        TopazlabsVideoStarlightRequestModel,
    )
    from .topazlabs_video_upscale_request import TopazlabsVideoUpscaleRequest
    from .topazlabs_video_upscale_request_target_fps import (
        TopazlabsVideoUpscaleRequestTargetFps,
    )
    from .topazlabs_video_upscale_request_target_resolution import (
        TopazlabsVideoUpscaleRequestTargetResolution,
    )
    from .v2_error_body import V2ErrorBody
    from .v2_task import V2Task
    from .vidu_image_to_video_q2_pro_fast_request import (
        ViduImageToVideoQ2ProFastRequest,
    )
    from .vidu_image_to_video_q2_pro_fast_request_duration import (
        ViduImageToVideoQ2ProFastRequestDuration,
    )
    from .vidu_image_to_video_q2_pro_fast_request_movement_amplitude import (
        ViduImageToVideoQ2ProFastRequestMovementAmplitude,
    )
    from .vidu_image_to_video_q2_pro_fast_request_resolution import (
        ViduImageToVideoQ2ProFastRequestResolution,
    )
    from .vidu_image_to_video_q2_pro_request import ViduImageToVideoQ2ProRequest
    from .vidu_image_to_video_q2_pro_request_duration import (
        ViduImageToVideoQ2ProRequestDuration,
    )
    from .vidu_image_to_video_q2_pro_request_movement_amplitude import (
        ViduImageToVideoQ2ProRequestMovementAmplitude,
    )
    from .vidu_image_to_video_q2_pro_request_resolution import (
        ViduImageToVideoQ2ProRequestResolution,
    )
    from .vidu_image_to_video_q2_turbo_request import ViduImageToVideoQ2TurboRequest
    from .vidu_image_to_video_q2_turbo_request_duration import (
        ViduImageToVideoQ2TurboRequestDuration,
    )
    from .vidu_image_to_video_q2_turbo_request_movement_amplitude import (
        ViduImageToVideoQ2TurboRequestMovementAmplitude,
    )
    from .vidu_image_to_video_q2_turbo_request_resolution import (
        ViduImageToVideoQ2TurboRequestResolution,
    )
    from .vidu_image_to_video_q3_pro_fast_request import (
        ViduImageToVideoQ3ProFastRequest,
    )
    from .vidu_image_to_video_q3_pro_fast_request_duration import (
        ViduImageToVideoQ3ProFastRequestDuration,
    )
    from .vidu_image_to_video_q3_pro_fast_request_resolution import (
        ViduImageToVideoQ3ProFastRequestResolution,
    )
    from .vidu_image_to_video_q3_pro_request import ViduImageToVideoQ3ProRequest
    from .vidu_image_to_video_q3_pro_request_duration import (
        ViduImageToVideoQ3ProRequestDuration,
    )
    from .vidu_image_to_video_q3_pro_request_resolution import (
        ViduImageToVideoQ3ProRequestResolution,
    )
    from .vidu_image_to_video_q3_turbo_request import ViduImageToVideoQ3TurboRequest
    from .vidu_image_to_video_q3_turbo_request_duration import (
        ViduImageToVideoQ3TurboRequestDuration,
    )
    from .vidu_image_to_video_q3_turbo_request_resolution import (
        ViduImageToVideoQ3TurboRequestResolution,
    )
    from .vidu_reference_to_video_q2_pro_request import ViduReferenceToVideoQ2ProRequest
    from .vidu_reference_to_video_q2_pro_request_aspect_ratio import (
        ViduReferenceToVideoQ2ProRequestAspectRatio,
    )
    from .vidu_reference_to_video_q2_pro_request_duration import (
        ViduReferenceToVideoQ2ProRequestDuration,
    )
    from .vidu_reference_to_video_q2_pro_request_movement_amplitude import (
        ViduReferenceToVideoQ2ProRequestMovementAmplitude,
    )
    from .vidu_reference_to_video_q2_pro_request_resolution import (
        ViduReferenceToVideoQ2ProRequestResolution,
    )
    from .vidu_reference_to_video_q2_request import ViduReferenceToVideoQ2Request
    from .vidu_reference_to_video_q2_request_aspect_ratio import (
        ViduReferenceToVideoQ2RequestAspectRatio,
    )
    from .vidu_reference_to_video_q2_request_duration import (
        ViduReferenceToVideoQ2RequestDuration,
    )
    from .vidu_reference_to_video_q2_request_movement_amplitude import (
        ViduReferenceToVideoQ2RequestMovementAmplitude,
    )
    from .vidu_reference_to_video_q2_request_resolution import (
        ViduReferenceToVideoQ2RequestResolution,
    )
    from .vidu_reference_to_video_q3_ad_request import ViduReferenceToVideoQ3AdRequest
    from .vidu_reference_to_video_q3_ad_request_aspect_ratio import (
        ViduReferenceToVideoQ3AdRequestAspectRatio,
    )
    from .vidu_reference_to_video_q3_ad_request_audio import (
        ViduReferenceToVideoQ3AdRequestAudio,
    )
    from .vidu_reference_to_video_q3_ad_request_resolution import (
        ViduReferenceToVideoQ3AdRequestResolution,
    )
    from .vidu_reference_to_video_q3_drama_request import (
        ViduReferenceToVideoQ3DramaRequest,
    )
    from .vidu_reference_to_video_q3_drama_request_aspect_ratio import (
        ViduReferenceToVideoQ3DramaRequestAspectRatio,
    )
    from .vidu_reference_to_video_q3_drama_request_audio import (
        ViduReferenceToVideoQ3DramaRequestAudio,
    )
    from .vidu_reference_to_video_q3_drama_request_resolution import (
        ViduReferenceToVideoQ3DramaRequestResolution,
    )
    from .vidu_reference_to_video_q3_mix_request import ViduReferenceToVideoQ3MixRequest
    from .vidu_reference_to_video_q3_mix_request_aspect_ratio import (
        ViduReferenceToVideoQ3MixRequestAspectRatio,
    )
    from .vidu_reference_to_video_q3_mix_request_audio import (
        ViduReferenceToVideoQ3MixRequestAudio,
    )
    from .vidu_reference_to_video_q3_mix_request_resolution import (
        ViduReferenceToVideoQ3MixRequestResolution,
    )
    from .vidu_reference_to_video_q3_request import ViduReferenceToVideoQ3Request
    from .vidu_reference_to_video_q3_request_aspect_ratio import (
        ViduReferenceToVideoQ3RequestAspectRatio,
    )
    from .vidu_reference_to_video_q3_request_audio import (
        ViduReferenceToVideoQ3RequestAudio,
    )
    from .vidu_reference_to_video_q3_request_resolution import (
        ViduReferenceToVideoQ3RequestResolution,
    )
    from .vidu_short_play_q3_ad_request import ViduShortPlayQ3AdRequest
    from .vidu_short_play_q3_ad_request_aspect_ratio import (
        ViduShortPlayQ3AdRequestAspectRatio,
    )
    from .vidu_short_play_q3_ad_request_resolution import (
        ViduShortPlayQ3AdRequestResolution,
    )
    from .vidu_short_play_q3_drama_request import ViduShortPlayQ3DramaRequest
    from .vidu_short_play_q3_drama_request_aspect_ratio import (
        ViduShortPlayQ3DramaRequestAspectRatio,
    )
    from .vidu_short_play_q3_drama_request_duration import (
        ViduShortPlayQ3DramaRequestDuration,
    )
    from .vidu_short_play_q3_drama_request_placement import (
        ViduShortPlayQ3DramaRequestPlacement,
    )
    from .vidu_short_play_q3_drama_request_resolution import (
        ViduShortPlayQ3DramaRequestResolution,
    )
    from .vidu_start_end_to_video_q2_pro_fast_request import (
        ViduStartEndToVideoQ2ProFastRequest,
    )
    from .vidu_start_end_to_video_q2_pro_fast_request_duration import (
        ViduStartEndToVideoQ2ProFastRequestDuration,
    )
    from .vidu_start_end_to_video_q2_pro_fast_request_movement_amplitude import (
        ViduStartEndToVideoQ2ProFastRequestMovementAmplitude,
    )
    from .vidu_start_end_to_video_q2_pro_fast_request_resolution import (
        ViduStartEndToVideoQ2ProFastRequestResolution,
    )
    from .vidu_start_end_to_video_q2_pro_request import ViduStartEndToVideoQ2ProRequest
    from .vidu_start_end_to_video_q2_pro_request_duration import (
        ViduStartEndToVideoQ2ProRequestDuration,
    )
    from .vidu_start_end_to_video_q2_pro_request_movement_amplitude import (
        ViduStartEndToVideoQ2ProRequestMovementAmplitude,
    )
    from .vidu_start_end_to_video_q2_pro_request_resolution import (
        ViduStartEndToVideoQ2ProRequestResolution,
    )
    from .vidu_start_end_to_video_q2_turbo_request import (
        ViduStartEndToVideoQ2TurboRequest,
    )
    from .vidu_start_end_to_video_q2_turbo_request_duration import (
        ViduStartEndToVideoQ2TurboRequestDuration,
    )
    from .vidu_start_end_to_video_q2_turbo_request_movement_amplitude import (
        ViduStartEndToVideoQ2TurboRequestMovementAmplitude,
    )
    from .vidu_start_end_to_video_q2_turbo_request_resolution import (
        ViduStartEndToVideoQ2TurboRequestResolution,
    )
    from .vidu_start_end_to_video_q3_pro_fast_request import (
        ViduStartEndToVideoQ3ProFastRequest,
    )
    from .vidu_start_end_to_video_q3_pro_fast_request_duration import (
        ViduStartEndToVideoQ3ProFastRequestDuration,
    )
    from .vidu_start_end_to_video_q3_pro_fast_request_resolution import (
        ViduStartEndToVideoQ3ProFastRequestResolution,
    )
    from .vidu_start_end_to_video_q3_pro_request import ViduStartEndToVideoQ3ProRequest
    from .vidu_start_end_to_video_q3_pro_request_duration import (
        ViduStartEndToVideoQ3ProRequestDuration,
    )
    from .vidu_start_end_to_video_q3_pro_request_movement_amplitude import (
        ViduStartEndToVideoQ3ProRequestMovementAmplitude,
    )
    from .vidu_start_end_to_video_q3_pro_request_resolution import (
        ViduStartEndToVideoQ3ProRequestResolution,
    )
    from .vidu_start_end_to_video_q3_turbo_request import (
        ViduStartEndToVideoQ3TurboRequest,
    )
    from .vidu_start_end_to_video_q3_turbo_request_duration import (
        ViduStartEndToVideoQ3TurboRequestDuration,
    )
    from .vidu_start_end_to_video_q3_turbo_request_movement_amplitude import (
        ViduStartEndToVideoQ3TurboRequestMovementAmplitude,
    )
    from .vidu_start_end_to_video_q3_turbo_request_resolution import (
        ViduStartEndToVideoQ3TurboRequestResolution,
    )
    from .vidu_text_to_video_q3_pro_fast_request import ViduTextToVideoQ3ProFastRequest
    from .vidu_text_to_video_q3_pro_fast_request_aspect_ratio import (
        ViduTextToVideoQ3ProFastRequestAspectRatio,
    )
    from .vidu_text_to_video_q3_pro_fast_request_duration import (
        ViduTextToVideoQ3ProFastRequestDuration,
    )
    from .vidu_text_to_video_q3_pro_fast_request_resolution import (
        ViduTextToVideoQ3ProFastRequestResolution,
    )
    from .vidu_text_to_video_q3_pro_request import ViduTextToVideoQ3ProRequest
    from .vidu_text_to_video_q3_pro_request_aspect_ratio import (
        ViduTextToVideoQ3ProRequestAspectRatio,
    )
    from .vidu_text_to_video_q3_pro_request_duration import (
        ViduTextToVideoQ3ProRequestDuration,
    )
    from .vidu_text_to_video_q3_pro_request_resolution import (
        ViduTextToVideoQ3ProRequestResolution,
    )
    from .vidu_text_to_video_q3_pro_request_style import (
        ViduTextToVideoQ3ProRequestStyle,
    )
    from .vidu_text_to_video_q3_turbo_request import ViduTextToVideoQ3TurboRequest
    from .vidu_text_to_video_q3_turbo_request_aspect_ratio import (
        ViduTextToVideoQ3TurboRequestAspectRatio,
    )
    from .vidu_text_to_video_q3_turbo_request_duration import (
        ViduTextToVideoQ3TurboRequestDuration,
    )
    from .vidu_text_to_video_q3_turbo_request_resolution import (
        ViduTextToVideoQ3TurboRequestResolution,
    )
    from .vidu_text_to_video_q3_turbo_request_style import (
        ViduTextToVideoQ3TurboRequestStyle,
    )
    from .vidu_text_to_video_request import ViduTextToVideoRequest
    from .vidu_text_to_video_request_aspect_ratio import (
        ViduTextToVideoRequestAspectRatio,
    )
    from .vidu_text_to_video_request_duration import ViduTextToVideoRequestDuration
    from .vidu_text_to_video_request_movement_amplitude import (
        ViduTextToVideoRequestMovementAmplitude,
    )
    from .vidu_text_to_video_request_resolution import ViduTextToVideoRequestResolution
    from .vidu_text_to_video_request_style import ViduTextToVideoRequestStyle
    from .volc_drama_serial_video_translate_request import (
        VolcDramaSerialVideoTranslateRequest,
    )
    from .volc_drama_serial_video_translate_request_ai_remove_type import (
        VolcDramaSerialVideoTranslateRequestAiRemoveType,
    )
    from .volc_drama_serial_video_translate_request_dub_voice_mode import (
        VolcDramaSerialVideoTranslateRequestDubVoiceMode,
    )
    from .volc_drama_serial_video_translate_request_source_lang import (
        VolcDramaSerialVideoTranslateRequestSourceLang,
    )
    from .volc_drama_serial_video_translate_request_target_langs import (
        VolcDramaSerialVideoTranslateRequestTargetLangs,
    )
    from .volc_drama_serial_video_translate_request_translation_model import (
        VolcDramaSerialVideoTranslateRequestTranslationModel,
    )
    from .volc_drama_video_translate_request import VolcDramaVideoTranslateRequest
    from .volc_drama_video_translate_request_ai_remove_type import (
        VolcDramaVideoTranslateRequestAiRemoveType,
    )
    from .volc_drama_video_translate_request_dub_voice_mode import (
        VolcDramaVideoTranslateRequestDubVoiceMode,
    )
    from .volc_drama_video_translate_request_source_lang import (
        VolcDramaVideoTranslateRequestSourceLang,
    )
    from .volc_drama_video_translate_request_target_langs import (
        VolcDramaVideoTranslateRequestTargetLangs,
    )
    from .volc_subtitle_erase_pro_video_request import VolcSubtitleEraseProVideoRequest
    from .volc_subtitle_erase_pro_video_request_encode_mode import (
        VolcSubtitleEraseProVideoRequestEncodeMode,
    )
    from .volc_subtitle_erase_pro_video_request_erase_type import (
        VolcSubtitleEraseProVideoRequestEraseType,
    )
    from .volc_subtitle_erase_video_request import VolcSubtitleEraseVideoRequest
    from .webhook_detail import WebhookDetail
    from .webhook_detail_envelope import WebhookDetailEnvelope
    from .workflow_json_data import WorkflowJsonData
    from .workflow_json_envelope import WorkflowJsonEnvelope
    from .youchuan_image_to_video_request import YouchuanImageToVideoRequest
    from .youchuan_image_to_video_request_motion import (
        YouchuanImageToVideoRequestMotion,
    )
    from .youchuan_image_to_video_request_resolution import (
        YouchuanImageToVideoRequestResolution,
    )
    from .youchuan_text_to_image_niji_6_request import YouchuanTextToImageNiji6Request
    from .youchuan_text_to_image_niji_6_request_aspect_ratio import (
        YouchuanTextToImageNiji6RequestAspectRatio,
    )
    from .youchuan_text_to_image_niji_6_request_quality import (
        YouchuanTextToImageNiji6RequestQuality,
    )
    from .youchuan_text_to_image_niji_7_request import YouchuanTextToImageNiji7Request
    from .youchuan_text_to_image_niji_7_request_aspect_ratio import (
        YouchuanTextToImageNiji7RequestAspectRatio,
    )
    from .youchuan_text_to_image_v6_request import YouchuanTextToImageV6Request
    from .youchuan_text_to_image_v6_request_aspect_ratio import (
        YouchuanTextToImageV6RequestAspectRatio,
    )
    from .youchuan_text_to_image_v6_request_quality import (
        YouchuanTextToImageV6RequestQuality,
    )
    from .youchuan_text_to_image_v7_request import YouchuanTextToImageV7Request
    from .youchuan_text_to_image_v7_request_aspect_ratio import (
        YouchuanTextToImageV7RequestAspectRatio,
    )
    from .youchuan_text_to_image_v7_request_quality import (
        YouchuanTextToImageV7RequestQuality,
    )
    from .youchuan_text_to_image_v61_request import YouchuanTextToImageV61Request
    from .youchuan_text_to_image_v61_request_aspect_ratio import (
        YouchuanTextToImageV61RequestAspectRatio,
    )
    from .youchuan_text_to_image_v61_request_quality import (
        YouchuanTextToImageV61RequestQuality,
    )
    from .youchuan_text_to_image_v81_request import YouchuanTextToImageV81Request
    from .youchuan_text_to_image_v81_request_aspect_ratio import (
        YouchuanTextToImageV81RequestAspectRatio,
    )
    from .youchuan_text_to_image_v81_request_quality import (
        YouchuanTextToImageV81RequestQuality,
    )
    from .youchuan_text_to_image_v82_request import YouchuanTextToImageV82Request
    from .youchuan_text_to_image_v82_request_aspect_ratio import (
        YouchuanTextToImageV82RequestAspectRatio,
    )
    from .youchuan_text_to_image_v82_request_quality import (
        YouchuanTextToImageV82RequestQuality,
    )

_MODULES: dict[str, str] = {
    "AccountInfo": ".account_info",
    "AccountStatusEnvelope": ".account_status_envelope",
    "AccountStatusRequest": ".account_status_request",
    "AiAppListEnvelope": ".ai_app_list_envelope",
    "AiAppListRequest": ".ai_app_list_request",
    "AiAppPage": ".ai_app_page",
    "AiAppRecord": ".ai_app_record",
    "AlibabaHappyhorse10ImageToVideoRequest": ".alibaba_happyhorse_10_image_to_video_request",
    "AlibabaHappyhorse10ImageToVideoRequestDuration": ".alibaba_happyhorse_10_image_to_video_request_duration",
    "AlibabaHappyhorse10ImageToVideoRequestResolution": ".alibaba_happyhorse_10_image_to_video_request_resolution",
    "AlibabaHappyhorse10ReferenceToVideoRequest": ".alibaba_happyhorse_10_reference_to_video_request",
    "AlibabaHappyhorse10ReferenceToVideoRequestAspectRatio": ".alibaba_happyhorse_10_reference_to_video_request_aspect_ratio",
    "AlibabaHappyhorse10ReferenceToVideoRequestDuration": ".alibaba_happyhorse_10_reference_to_video_request_duration",
    "AlibabaHappyhorse10ReferenceToVideoRequestResolution": ".alibaba_happyhorse_10_reference_to_video_request_resolution",
    "AlibabaHappyhorse10TextToVideoRequest": ".alibaba_happyhorse_10_text_to_video_request",
    "AlibabaHappyhorse10TextToVideoRequestAspectRatio": ".alibaba_happyhorse_10_text_to_video_request_aspect_ratio",
    "AlibabaHappyhorse10TextToVideoRequestDuration": ".alibaba_happyhorse_10_text_to_video_request_duration",
    "AlibabaHappyhorse10TextToVideoRequestResolution": ".alibaba_happyhorse_10_text_to_video_request_resolution",
    "AlibabaHappyhorse10VideoEditRequest": ".alibaba_happyhorse_10_video_edit_request",
    "AlibabaHappyhorse10VideoEditRequestAudioSetting": ".alibaba_happyhorse_10_video_edit_request_audio_setting",
    "AlibabaHappyhorse10VideoEditRequestResolution": ".alibaba_happyhorse_10_video_edit_request_resolution",
    "AlibabaHappyhorse11ImageToVideoRequest": ".alibaba_happyhorse_11_image_to_video_request",
    "AlibabaHappyhorse11ImageToVideoRequestDuration": ".alibaba_happyhorse_11_image_to_video_request_duration",
    "AlibabaHappyhorse11ImageToVideoRequestResolution": ".alibaba_happyhorse_11_image_to_video_request_resolution",
    "AlibabaHappyhorse11ReferenceToVideoRequest": ".alibaba_happyhorse_11_reference_to_video_request",
    "AlibabaHappyhorse11ReferenceToVideoRequestAspectRatio": ".alibaba_happyhorse_11_reference_to_video_request_aspect_ratio",
    "AlibabaHappyhorse11ReferenceToVideoRequestDuration": ".alibaba_happyhorse_11_reference_to_video_request_duration",
    "AlibabaHappyhorse11ReferenceToVideoRequestResolution": ".alibaba_happyhorse_11_reference_to_video_request_resolution",
    "AlibabaHappyhorse11TextToVideoRequest": ".alibaba_happyhorse_11_text_to_video_request",
    "AlibabaHappyhorse11TextToVideoRequestAspectRatio": ".alibaba_happyhorse_11_text_to_video_request_aspect_ratio",
    "AlibabaHappyhorse11TextToVideoRequestDuration": ".alibaba_happyhorse_11_text_to_video_request_duration",
    "AlibabaHappyhorse11TextToVideoRequestResolution": ".alibaba_happyhorse_11_text_to_video_request_resolution",
    "AlibabaQwen3TtsFlashRequest": ".alibaba_qwen_3_tts_flash_request",
    "AlibabaQwen3TtsFlashRequestLanguageType": ".alibaba_qwen_3_tts_flash_request_language_type",
    "AlibabaQwen3TtsFlashRequestVoice": ".alibaba_qwen_3_tts_flash_request_voice",
    "AlibabaQwen3TtsInstructFlashRequest": ".alibaba_qwen_3_tts_instruct_flash_request",
    "AlibabaQwen3TtsInstructFlashRequestLanguageType": ".alibaba_qwen_3_tts_instruct_flash_request_language_type",
    "AlibabaQwen3TtsInstructFlashRequestVoice": ".alibaba_qwen_3_tts_instruct_flash_request_voice",
    "AlibabaQwenImage20ImageEditRequest": ".alibaba_qwen_image_20_image_edit_request",
    "AlibabaQwenImage20ImageEditRequestImageNum": ".alibaba_qwen_image_20_image_edit_request_image_num",
    "AlibabaQwenImage20ImageEditRequestSize": ".alibaba_qwen_image_20_image_edit_request_size",
    "AlibabaQwenImage20ProImageEditRequest": ".alibaba_qwen_image_20_pro_image_edit_request",
    "AlibabaQwenImage20ProImageEditRequestImageNum": ".alibaba_qwen_image_20_pro_image_edit_request_image_num",
    "AlibabaQwenImage20ProImageEditRequestSize": ".alibaba_qwen_image_20_pro_image_edit_request_size",
    "AlibabaQwenImage20ProTextToImageRequest": ".alibaba_qwen_image_20_pro_text_to_image_request",
    "AlibabaQwenImage20ProTextToImageRequestImageNum": ".alibaba_qwen_image_20_pro_text_to_image_request_image_num",
    "AlibabaQwenImage20ProTextToImageRequestSize": ".alibaba_qwen_image_20_pro_text_to_image_request_size",
    "AlibabaQwenImage20TextToImageRequest": ".alibaba_qwen_image_20_text_to_image_request",
    "AlibabaQwenImage20TextToImageRequestImageNum": ".alibaba_qwen_image_20_text_to_image_request_image_num",
    "AlibabaQwenImage20TextToImageRequestSize": ".alibaba_qwen_image_20_text_to_image_request_size",
    "AlibabaQwenImage30ProImageEditRequest": ".alibaba_qwen_image_30_pro_image_edit_request",
    "AlibabaQwenImage30ProImageEditRequestImageNum": ".alibaba_qwen_image_30_pro_image_edit_request_image_num",
    "AlibabaQwenImage30ProImageEditRequestPromptExtendMode": ".alibaba_qwen_image_30_pro_image_edit_request_prompt_extend_mode",
    "AlibabaQwenImage30ProImageEditRequestSize": ".alibaba_qwen_image_30_pro_image_edit_request_size",
    "AlibabaQwenImage30ProTextToImageRequest": ".alibaba_qwen_image_30_pro_text_to_image_request",
    "AlibabaQwenImage30ProTextToImageRequestImageNum": ".alibaba_qwen_image_30_pro_text_to_image_request_image_num",
    "AlibabaQwenImage30ProTextToImageRequestPromptExtendMode": ".alibaba_qwen_image_30_pro_text_to_image_request_prompt_extend_mode",
    "AlibabaQwenImage30ProTextToImageRequestSize": ".alibaba_qwen_image_30_pro_text_to_image_request_size",
    "AlibabaWan25PreviewImageToImageRequest": ".alibaba_wan_25_preview_image_to_image_request",
    "AlibabaWan25PreviewImageToImageRequestSize": ".alibaba_wan_25_preview_image_to_image_request_size",
    "AlibabaWan25PreviewImageToVideoRequest": ".alibaba_wan_25_preview_image_to_video_request",
    "AlibabaWan25PreviewImageToVideoRequestDuration": ".alibaba_wan_25_preview_image_to_video_request_duration",
    "AlibabaWan25PreviewImageToVideoRequestResolution": ".alibaba_wan_25_preview_image_to_video_request_resolution",
    "AlibabaWan25PreviewTextToImageRequest": ".alibaba_wan_25_preview_text_to_image_request",
    "AlibabaWan25PreviewTextToImageRequestSize": ".alibaba_wan_25_preview_text_to_image_request_size",
    "AlibabaWan25PreviewTextToVideoRequest": ".alibaba_wan_25_preview_text_to_video_request",
    "AlibabaWan25PreviewTextToVideoRequestDuration": ".alibaba_wan_25_preview_text_to_video_request_duration",
    "AlibabaWan25PreviewTextToVideoRequestSize": ".alibaba_wan_25_preview_text_to_video_request_size",
    "AlibabaWan26ImageToVideoFlashRequest": ".alibaba_wan_26_image_to_video_flash_request",
    "AlibabaWan26ImageToVideoFlashRequestDuration": ".alibaba_wan_26_image_to_video_flash_request_duration",
    "AlibabaWan26ImageToVideoFlashRequestResolution": ".alibaba_wan_26_image_to_video_flash_request_resolution",
    "AlibabaWan26ImageToVideoFlashRequestShotType": ".alibaba_wan_26_image_to_video_flash_request_shot_type",
    "AlibabaWan26ImageToVideoRequest": ".alibaba_wan_26_image_to_video_request",
    "AlibabaWan26ImageToVideoRequestDuration": ".alibaba_wan_26_image_to_video_request_duration",
    "AlibabaWan26ImageToVideoRequestResolution": ".alibaba_wan_26_image_to_video_request_resolution",
    "AlibabaWan26ImageToVideoRequestShotType": ".alibaba_wan_26_image_to_video_request_shot_type",
    "AlibabaWan26ReferenceToVideoFlashRequest": ".alibaba_wan_26_reference_to_video_flash_request",
    "AlibabaWan26ReferenceToVideoFlashRequestDuration": ".alibaba_wan_26_reference_to_video_flash_request_duration",
    "AlibabaWan26ReferenceToVideoFlashRequestShotType": ".alibaba_wan_26_reference_to_video_flash_request_shot_type",
    "AlibabaWan26ReferenceToVideoFlashRequestSize": ".alibaba_wan_26_reference_to_video_flash_request_size",
    "AlibabaWan26ReferenceToVideoRequest": ".alibaba_wan_26_reference_to_video_request",
    "AlibabaWan26ReferenceToVideoRequestDuration": ".alibaba_wan_26_reference_to_video_request_duration",
    "AlibabaWan26ReferenceToVideoRequestShotType": ".alibaba_wan_26_reference_to_video_request_shot_type",
    "AlibabaWan26ReferenceToVideoRequestSize": ".alibaba_wan_26_reference_to_video_request_size",
    "AlibabaWan26TextToVideoRequest": ".alibaba_wan_26_text_to_video_request",
    "AlibabaWan26TextToVideoRequestDuration": ".alibaba_wan_26_text_to_video_request_duration",
    "AlibabaWan26TextToVideoRequestResolution": ".alibaba_wan_26_text_to_video_request_resolution",
    "AlibabaWan26TextToVideoRequestShotType": ".alibaba_wan_26_text_to_video_request_shot_type",
    "AlibabaWan27ImageEditProRequest": ".alibaba_wan_27_image_edit_pro_request",
    "AlibabaWan27ImageEditRequest": ".alibaba_wan_27_image_edit_request",
    "AlibabaWan27ImageToVideoRequest": ".alibaba_wan_27_image_to_video_request",
    "AlibabaWan27ImageToVideoRequestDuration": ".alibaba_wan_27_image_to_video_request_duration",
    "AlibabaWan27ImageToVideoRequestResolution": ".alibaba_wan_27_image_to_video_request_resolution",
    "AlibabaWan27ReferenceToVideoRequest": ".alibaba_wan_27_reference_to_video_request",
    "AlibabaWan27ReferenceToVideoRequestAspectRatio": ".alibaba_wan_27_reference_to_video_request_aspect_ratio",
    "AlibabaWan27ReferenceToVideoRequestDuration": ".alibaba_wan_27_reference_to_video_request_duration",
    "AlibabaWan27ReferenceToVideoRequestResolution": ".alibaba_wan_27_reference_to_video_request_resolution",
    "AlibabaWan27SpicyImageToVideoRequest": ".alibaba_wan_27_spicy_image_to_video_request",
    "AlibabaWan27SpicyImageToVideoRequestResolution": ".alibaba_wan_27_spicy_image_to_video_request_resolution",
    "AlibabaWan27TextToImageProRequest": ".alibaba_wan_27_text_to_image_pro_request",
    "AlibabaWan27TextToImageRequest": ".alibaba_wan_27_text_to_image_request",
    "AlibabaWan27TextToVideoRequest": ".alibaba_wan_27_text_to_video_request",
    "AlibabaWan27TextToVideoRequestAspectRatio": ".alibaba_wan_27_text_to_video_request_aspect_ratio",
    "AlibabaWan27TextToVideoRequestDuration": ".alibaba_wan_27_text_to_video_request_duration",
    "AlibabaWan27TextToVideoRequestResolution": ".alibaba_wan_27_text_to_video_request_resolution",
    "AlibabaWan27VideoEditRequest": ".alibaba_wan_27_video_edit_request",
    "AlibabaWan27VideoEditRequestAspectRatio": ".alibaba_wan_27_video_edit_request_aspect_ratio",
    "AlibabaWan27VideoEditRequestDuration": ".alibaba_wan_27_video_edit_request_duration",
    "AlibabaWan27VideoEditRequestResolution": ".alibaba_wan_27_video_edit_request_resolution",
    "AlibabaWan27VideoExtendRequest": ".alibaba_wan_27_video_extend_request",
    "AlibabaWan27VideoExtendRequestDuration": ".alibaba_wan_27_video_extend_request_duration",
    "AlibabaWan27VideoExtendRequestResolution": ".alibaba_wan_27_video_extend_request_resolution",
    "ApiCallDemoData": ".api_call_demo_data",
    "ApiCallDemoDataStatisticsInfoType0": ".api_call_demo_data_statistics_info_type_0",
    "ApiCallDemoEnvelope": ".api_call_demo_envelope",
    "ApiKeyInfo": ".api_key_info",
    "ApiKeyListEnvelope": ".api_key_list_envelope",
    "AppCover": ".app_cover",
    "AppNodeInfo": ".app_node_info",
    "AppTag": ".app_tag",
    "Asset": ".asset",
    "AssetCreateRequest": ".asset_create_request",
    "AssetDeleteEnvelope": ".asset_delete_envelope",
    "AssetEnvelope": ".asset_envelope",
    "AssetGroup": ".asset_group",
    "AssetGroupCreateRequest": ".asset_group_create_request",
    "AssetGroupEnvelope": ".asset_group_envelope",
    "AssetGroupIdRequest": ".asset_group_id_request",
    "AssetGroupListEnvelope": ".asset_group_list_envelope",
    "AssetGroupPage": ".asset_group_page",
    "AssetGroupUpdateRequest": ".asset_group_update_request",
    "AssetIdRequest": ".asset_id_request",
    "AssetListEnvelope": ".asset_list_envelope",
    "AssetListRequest": ".asset_list_request",
    "AssetPage": ".asset_page",
    "AssetUpdateRequest": ".asset_update_request",
    "BytedanceDoubaoSeedAudio10Request": ".bytedance_doubao_seed_audio_10_request",
    "BytedanceDoubaoSeedAudio10RequestFormat": ".bytedance_doubao_seed_audio_10_request_format",
    "BytedanceDoubaoSeedTts20Request": ".bytedance_doubao_seed_tts_20_request",
    "BytedanceDoubaoSeedTts20RequestExplicitLanguage": ".bytedance_doubao_seed_tts_20_request_explicit_language",
    "BytedanceDoubaoSeedTts20RequestFormat": ".bytedance_doubao_seed_tts_20_request_format",
    "BytedanceDreamactorV2Request": ".bytedance_dreamactor_v2_request",
    "BytedanceJimeng46ImageToImageRequest": ".bytedance_jimeng_46_image_to_image_request",
    "BytedanceJimeng46TextToImageRequest": ".bytedance_jimeng_46_text_to_image_request",
    "BytedanceSeedance20GlobalFastImageToVideoRequest": ".bytedance_seedance_20_global_fast_image_to_video_request",
    "BytedanceSeedance20GlobalFastImageToVideoRequestConversionSlotsItem": ".bytedance_seedance_20_global_fast_image_to_video_request_conversion_slots_item",
    "BytedanceSeedance20GlobalFastImageToVideoRequestDuration": ".bytedance_seedance_20_global_fast_image_to_video_request_duration",
    "BytedanceSeedance20GlobalFastImageToVideoRequestRatio": ".bytedance_seedance_20_global_fast_image_to_video_request_ratio",
    "BytedanceSeedance20GlobalFastImageToVideoRequestResolution": ".bytedance_seedance_20_global_fast_image_to_video_request_resolution",
    "BytedanceSeedance20GlobalFastMultimodalVideoRequest": ".bytedance_seedance_20_global_fast_multimodal_video_request",
    "BytedanceSeedance20GlobalFastMultimodalVideoRequestConversionSlotsItem": ".bytedance_seedance_20_global_fast_multimodal_video_request_conversion_slots_item",
    "BytedanceSeedance20GlobalFastMultimodalVideoRequestDuration": ".bytedance_seedance_20_global_fast_multimodal_video_request_duration",
    "BytedanceSeedance20GlobalFastMultimodalVideoRequestRatio": ".bytedance_seedance_20_global_fast_multimodal_video_request_ratio",
    "BytedanceSeedance20GlobalFastMultimodalVideoRequestResolution": ".bytedance_seedance_20_global_fast_multimodal_video_request_resolution",
    "BytedanceSeedance20GlobalFastTextToVideoRequest": ".bytedance_seedance_20_global_fast_text_to_video_request",
    "BytedanceSeedance20GlobalFastTextToVideoRequestDuration": ".bytedance_seedance_20_global_fast_text_to_video_request_duration",
    "BytedanceSeedance20GlobalFastTextToVideoRequestRatio": ".bytedance_seedance_20_global_fast_text_to_video_request_ratio",
    "BytedanceSeedance20GlobalFastTextToVideoRequestResolution": ".bytedance_seedance_20_global_fast_text_to_video_request_resolution",
    "BytedanceSeedance20GlobalImageToVideoRequest": ".bytedance_seedance_20_global_image_to_video_request",
    "BytedanceSeedance20GlobalImageToVideoRequestConversionSlotsItem": ".bytedance_seedance_20_global_image_to_video_request_conversion_slots_item",
    "BytedanceSeedance20GlobalImageToVideoRequestDuration": ".bytedance_seedance_20_global_image_to_video_request_duration",
    "BytedanceSeedance20GlobalImageToVideoRequestRatio": ".bytedance_seedance_20_global_image_to_video_request_ratio",
    "BytedanceSeedance20GlobalImageToVideoRequestResolution": ".bytedance_seedance_20_global_image_to_video_request_resolution",
    "BytedanceSeedance20GlobalMultimodalVideoRequest": ".bytedance_seedance_20_global_multimodal_video_request",
    "BytedanceSeedance20GlobalMultimodalVideoRequestConversionSlotsItem": ".bytedance_seedance_20_global_multimodal_video_request_conversion_slots_item",
    "BytedanceSeedance20GlobalMultimodalVideoRequestDuration": ".bytedance_seedance_20_global_multimodal_video_request_duration",
    "BytedanceSeedance20GlobalMultimodalVideoRequestRatio": ".bytedance_seedance_20_global_multimodal_video_request_ratio",
    "BytedanceSeedance20GlobalMultimodalVideoRequestResolution": ".bytedance_seedance_20_global_multimodal_video_request_resolution",
    "BytedanceSeedance20GlobalTextToVideoRequest": ".bytedance_seedance_20_global_text_to_video_request",
    "BytedanceSeedance20GlobalTextToVideoRequestDuration": ".bytedance_seedance_20_global_text_to_video_request_duration",
    "BytedanceSeedance20GlobalTextToVideoRequestRatio": ".bytedance_seedance_20_global_text_to_video_request_ratio",
    "BytedanceSeedance20GlobalTextToVideoRequestResolution": ".bytedance_seedance_20_global_text_to_video_request_resolution",
    "CinematicVideoGeneratorRequest": ".cinematic_video_generator_request",
    "CinematicVideoGeneratorRequestAspectRatio": ".cinematic_video_generator_request_aspect_ratio",
    "CinematicVideoGeneratorRequestDuration": ".cinematic_video_generator_request_duration",
    "CreateWorkflowTaskRequest": ".create_workflow_task_request",
    "EmptyEnvelope": ".empty_envelope",
    "FailedReason": ".failed_reason",
    "FailedReasonCurrentInputsType1": ".failed_reason_current_inputs_type_1",
    "FailedReasonCurrentOutputsType1": ".failed_reason_current_outputs_type_1",
    "GeminiOmniFlashImageToVideoRequest": ".gemini_omni_flash_image_to_video_request",
    "GeminiOmniFlashImageToVideoRequestAspectRatio": ".gemini_omni_flash_image_to_video_request_aspect_ratio",
    "GeminiOmniFlashImageToVideoRequestDuration": ".gemini_omni_flash_image_to_video_request_duration",
    "GeminiOmniFlashImageToVideoRequestResolution": ".gemini_omni_flash_image_to_video_request_resolution",
    "GeminiOmniFlashTextToVideoRequest": ".gemini_omni_flash_text_to_video_request",
    "GeminiOmniFlashTextToVideoRequestAspectRatio": ".gemini_omni_flash_text_to_video_request_aspect_ratio",
    "GeminiOmniFlashTextToVideoRequestDuration": ".gemini_omni_flash_text_to_video_request_duration",
    "GeminiOmniFlashTextToVideoRequestResolution": ".gemini_omni_flash_text_to_video_request_resolution",
    "GeminiOmniFlashVideoEditRequest": ".gemini_omni_flash_video_edit_request",
    "GeminiOmniFlashVideoEditRequestAspectRatio": ".gemini_omni_flash_video_edit_request_aspect_ratio",
    "GeminiOmniFlashVideoEditRequestResolution": ".gemini_omni_flash_video_edit_request_resolution",
    "GetWorkflowJsonRequest": ".get_workflow_json_request",
    "HiggsfieldDopImageToVideoRequest": ".higgsfield_dop_image_to_video_request",
    "HiggsfieldDopImageToVideoRequestOptions": ".higgsfield_dop_image_to_video_request_options",
    "HiggsfieldSoulImageToImageRequest": ".higgsfield_soul_image_to_image_request",
    "HiggsfieldSoulImageToImageRequestQuality": ".higgsfield_soul_image_to_image_request_quality",
    "HiggsfieldSoulImageToImageRequestSize": ".higgsfield_soul_image_to_image_request_size",
    "HiggsfieldSoulImageToImageRequestStyle": ".higgsfield_soul_image_to_image_request_style",
    "Hitem3DPortraitV15ImageTo3DRequest": ".hitem_3d_portrait_v15_image_to_3d_request",
    "Hitem3DPortraitV15ImageTo3DRequestRequestType": ".hitem_3d_portrait_v15_image_to_3d_request_request_type",
    "Hitem3DPortraitV15ImageTo3DRequestResolution": ".hitem_3d_portrait_v15_image_to_3d_request_resolution",
    "Hitem3DPortraitV15MultiImageTo3DRequest": ".hitem_3d_portrait_v15_multi_image_to_3d_request",
    "Hitem3DPortraitV15MultiImageTo3DRequestRequestType": ".hitem_3d_portrait_v15_multi_image_to_3d_request_request_type",
    "Hitem3DPortraitV15MultiImageTo3DRequestResolution": ".hitem_3d_portrait_v15_multi_image_to_3d_request_resolution",
    "Hitem3DPortraitV20ImageTo3DRequest": ".hitem_3d_portrait_v20_image_to_3d_request",
    "Hitem3DPortraitV20ImageTo3DRequestRequestType": ".hitem_3d_portrait_v20_image_to_3d_request_request_type",
    "Hitem3DPortraitV20ImageTo3DRequestResolution": ".hitem_3d_portrait_v20_image_to_3d_request_resolution",
    "Hitem3DPortraitV20MultiImageTo3DRequest": ".hitem_3d_portrait_v20_multi_image_to_3d_request",
    "Hitem3DPortraitV20MultiImageTo3DRequestRequestType": ".hitem_3d_portrait_v20_multi_image_to_3d_request_request_type",
    "Hitem3DPortraitV20MultiImageTo3DRequestResolution": ".hitem_3d_portrait_v20_multi_image_to_3d_request_resolution",
    "Hitem3DPortraitV21ImageTo3DRequest": ".hitem_3d_portrait_v21_image_to_3d_request",
    "Hitem3DPortraitV21ImageTo3DRequestRequestType": ".hitem_3d_portrait_v21_image_to_3d_request_request_type",
    "Hitem3DPortraitV21ImageTo3DRequestResolution": ".hitem_3d_portrait_v21_image_to_3d_request_resolution",
    "Hitem3DPortraitV21MultiImageTo3DRequest": ".hitem_3d_portrait_v21_multi_image_to_3d_request",
    "Hitem3DPortraitV21MultiImageTo3DRequestRequestType": ".hitem_3d_portrait_v21_multi_image_to_3d_request_request_type",
    "Hitem3DPortraitV21MultiImageTo3DRequestResolution": ".hitem_3d_portrait_v21_multi_image_to_3d_request_resolution",
    "Hitem3DV15ImageTo3DRequest": ".hitem_3dv15_image_to_3d_request",
    "Hitem3DV15ImageTo3DRequestRequestType": ".hitem_3dv15_image_to_3d_request_request_type",
    "Hitem3DV15ImageTo3DRequestResolution": ".hitem_3dv15_image_to_3d_request_resolution",
    "Hitem3DV15MultiImageTo3DRequest": ".hitem_3dv15_multi_image_to_3d_request",
    "Hitem3DV15MultiImageTo3DRequestRequestType": ".hitem_3dv15_multi_image_to_3d_request_request_type",
    "Hitem3DV15MultiImageTo3DRequestResolution": ".hitem_3dv15_multi_image_to_3d_request_resolution",
    "Hitem3DV21ImageTo3DRequest": ".hitem_3dv21_image_to_3d_request",
    "Hitem3DV21ImageTo3DRequestRequestType": ".hitem_3dv21_image_to_3d_request_request_type",
    "Hitem3DV21ImageTo3DRequestResolution": ".hitem_3dv21_image_to_3d_request_resolution",
    "Hitem3DV21MultiImageTo3DRequest": ".hitem_3dv21_multi_image_to_3d_request",
    "Hitem3DV21MultiImageTo3DRequestRequestType": ".hitem_3dv21_multi_image_to_3d_request_request_type",
    "Hitem3DV21MultiImageTo3DRequestResolution": ".hitem_3dv21_multi_image_to_3d_request_resolution",
    "Hitem3DV2ImageTo3DRequest": ".hitem_3dv2_image_to_3d_request",
    "Hitem3DV2ImageTo3DRequestRequestType": ".hitem_3dv2_image_to_3d_request_request_type",
    "Hitem3DV2ImageTo3DRequestResolution": ".hitem_3dv2_image_to_3d_request_resolution",
    "Hitem3DV2MultiImageTo3DRequest": ".hitem_3dv2_multi_image_to_3d_request",
    "Hitem3DV2MultiImageTo3DRequestRequestType": ".hitem_3dv2_multi_image_to_3d_request_request_type",
    "Hitem3DV2MultiImageTo3DRequestResolution": ".hitem_3dv2_multi_image_to_3d_request_resolution",
    "Hunyuan3DV31ImageTo3DRequest": ".hunyuan_3dv31_image_to_3d_request",
    "Hunyuan3DV31ImageTo3DRequestGenerateType": ".hunyuan_3dv31_image_to_3d_request_generate_type",
    "Hunyuan3DV31TextTo3DRequest": ".hunyuan_3dv31_text_to_3d_request",
    "Hunyuan3DV31TextTo3DRequestGenerateType": ".hunyuan_3dv31_text_to_3d_request_generate_type",
    "ImageEnhanceHypirBalanceRequest": ".image_enhance_hypir_balance_request",
    "ImageEnhanceHypirUltraRequest": ".image_enhance_hypir_ultra_request",
    "ImageEnhanceHypirUltraRequestCreativityLevel": ".image_enhance_hypir_ultra_request_creativity_level",
    "ImageEnhanceHypirUltraRequestTextureLevel": ".image_enhance_hypir_ultra_request_texture_level",
    "KlingElementsAdvancedRequest": ".kling_elements_advanced_request",
    "KlingElementsAdvancedRequestReferenceType": ".kling_elements_advanced_request_reference_type",
    "KlingElementsAdvancedRequestTagList": ".kling_elements_advanced_request_tag_list",
    "KlingElementsRequest": ".kling_elements_request",
    "KlingLipSyncIdentifyFaceRequest": ".kling_lip_sync_identify_face_request",
    "KlingLipSyncLipSyncVideoRequest": ".kling_lip_sync_lip_sync_video_request",
    "KlingLipSyncTtsRequest": ".kling_lip_sync_tts_request",
    "KlingLipSyncTtsRequestVoiceId": ".kling_lip_sync_tts_request_voice_id",
    "KlingLipSyncTtsRequestVoiceLanguage": ".kling_lip_sync_tts_request_voice_language",
    "KlingV25TurboProImageToVideoRequest": ".kling_v25_turbo_pro_image_to_video_request",
    "KlingV25TurboProImageToVideoRequestDuration": ".kling_v25_turbo_pro_image_to_video_request_duration",
    "KlingV25TurboProTextToVideoRequest": ".kling_v25_turbo_pro_text_to_video_request",
    "KlingV25TurboProTextToVideoRequestAspectRatio": ".kling_v25_turbo_pro_text_to_video_request_aspect_ratio",
    "KlingV25TurboProTextToVideoRequestDuration": ".kling_v25_turbo_pro_text_to_video_request_duration",
    "KlingV25TurboStdImageToVideoRequest": ".kling_v25_turbo_std_image_to_video_request",
    "KlingV25TurboStdImageToVideoRequestDuration": ".kling_v25_turbo_std_image_to_video_request_duration",
    "KlingV25TurboStdTextToVideoRequest": ".kling_v25_turbo_std_text_to_video_request",
    "KlingV25TurboStdTextToVideoRequestAspectRatio": ".kling_v25_turbo_std_text_to_video_request_aspect_ratio",
    "KlingV25TurboStdTextToVideoRequestDuration": ".kling_v25_turbo_std_text_to_video_request_duration",
    "KlingV26ProImageToVideoRequest": ".kling_v26_pro_image_to_video_request",
    "KlingV26ProImageToVideoRequestDuration": ".kling_v26_pro_image_to_video_request_duration",
    "KlingV26ProImageToVideoRequestSound": ".kling_v26_pro_image_to_video_request_sound",
    "KlingV26ProMotionControlRequest": ".kling_v26_pro_motion_control_request",
    "KlingV26ProMotionControlRequestCharacterOrientation": ".kling_v26_pro_motion_control_request_character_orientation",
    "KlingV26ProMotionControlRequestKeepOriginalSound": ".kling_v26_pro_motion_control_request_keep_original_sound",
    "KlingV26ProTextToVideoRequest": ".kling_v26_pro_text_to_video_request",
    "KlingV26ProTextToVideoRequestAspectRatio": ".kling_v26_pro_text_to_video_request_aspect_ratio",
    "KlingV26ProTextToVideoRequestDuration": ".kling_v26_pro_text_to_video_request_duration",
    "KlingV26ProTextToVideoRequestSound": ".kling_v26_pro_text_to_video_request_sound",
    "KlingV26StdImageToVideoRequest": ".kling_v26_std_image_to_video_request",
    "KlingV26StdImageToVideoRequestDuration": ".kling_v26_std_image_to_video_request_duration",
    "KlingV26StdMotionControlRequest": ".kling_v26_std_motion_control_request",
    "KlingV26StdMotionControlRequestCharacterOrientation": ".kling_v26_std_motion_control_request_character_orientation",
    "KlingV26StdMotionControlRequestKeepOriginalSound": ".kling_v26_std_motion_control_request_keep_original_sound",
    "KlingV26StdTextToVideoRequest": ".kling_v26_std_text_to_video_request",
    "KlingV26StdTextToVideoRequestAspectRatio": ".kling_v26_std_text_to_video_request_aspect_ratio",
    "KlingV26StdTextToVideoRequestDuration": ".kling_v26_std_text_to_video_request_duration",
    "KlingV2AiAvatarProImageAudioToVideoRequest": ".kling_v2_ai_avatar_pro_image_audio_to_video_request",
    "KlingV2AiAvatarStandardImageAudioToVideoRequest": ".kling_v2_ai_avatar_standard_image_audio_to_video_request",
    "KlingV304KMotionControlRequest": ".kling_v304k_motion_control_request",
    "KlingV30ProImageToVideoRequest": ".kling_v30_pro_image_to_video_request",
    "KlingV30ProImageToVideoRequestDuration": ".kling_v30_pro_image_to_video_request_duration",
    "KlingV30ProImageToVideoRequestShotType": ".kling_v30_pro_image_to_video_request_shot_type",
    "KlingV30ProMotionControlRequest": ".kling_v30_pro_motion_control_request",
    "KlingV30ProMotionControlRequestCharacterOrientation": ".kling_v30_pro_motion_control_request_character_orientation",
    "KlingV30ProTextToVideoRequest": ".kling_v30_pro_text_to_video_request",
    "KlingV30ProTextToVideoRequestAspectRatio": ".kling_v30_pro_text_to_video_request_aspect_ratio",
    "KlingV30ProTextToVideoRequestDuration": ".kling_v30_pro_text_to_video_request_duration",
    "KlingV30ProTextToVideoRequestShotType": ".kling_v30_pro_text_to_video_request_shot_type",
    "KlingV30StdImageToVideoRequest": ".kling_v30_std_image_to_video_request",
    "KlingV30StdImageToVideoRequestDuration": ".kling_v30_std_image_to_video_request_duration",
    "KlingV30StdImageToVideoRequestShotType": ".kling_v30_std_image_to_video_request_shot_type",
    "KlingV30StdMotionControlRequest": ".kling_v30_std_motion_control_request",
    "KlingV30StdMotionControlRequestCharacterOrientation": ".kling_v30_std_motion_control_request_character_orientation",
    "KlingV30StdTextToVideoRequest": ".kling_v30_std_text_to_video_request",
    "KlingV30StdTextToVideoRequestAspectRatio": ".kling_v30_std_text_to_video_request_aspect_ratio",
    "KlingV30StdTextToVideoRequestDuration": ".kling_v30_std_text_to_video_request_duration",
    "KlingV30StdTextToVideoRequestShotType": ".kling_v30_std_text_to_video_request_shot_type",
    "KlingV34KImageToVideoRequest": ".kling_v34k_image_to_video_request",
    "KlingV34KImageToVideoRequestShotType": ".kling_v34k_image_to_video_request_shot_type",
    "KlingV34KTextToVideoRequest": ".kling_v34k_text_to_video_request",
    "KlingV34KTextToVideoRequestAspectRatio": ".kling_v34k_text_to_video_request_aspect_ratio",
    "KlingV34KTextToVideoRequestDuration": ".kling_v34k_text_to_video_request_duration",
    "KlingV34KTextToVideoRequestShotType": ".kling_v34k_text_to_video_request_shot_type",
    "KlingV3TurboProImageToVideoRequest": ".kling_v3_turbo_pro_image_to_video_request",
    "KlingV3TurboProImageToVideoRequestDuration": ".kling_v3_turbo_pro_image_to_video_request_duration",
    "KlingV3TurboProTextToVideoRequest": ".kling_v3_turbo_pro_text_to_video_request",
    "KlingV3TurboProTextToVideoRequestAspectRatio": ".kling_v3_turbo_pro_text_to_video_request_aspect_ratio",
    "KlingV3TurboProTextToVideoRequestDuration": ".kling_v3_turbo_pro_text_to_video_request_duration",
    "KlingV3TurboStdImageToVideoRequest": ".kling_v3_turbo_std_image_to_video_request",
    "KlingV3TurboStdImageToVideoRequestDuration": ".kling_v3_turbo_std_image_to_video_request_duration",
    "KlingV3TurboStdTextToVideoRequest": ".kling_v3_turbo_std_text_to_video_request",
    "KlingV3TurboStdTextToVideoRequestAspectRatio": ".kling_v3_turbo_std_text_to_video_request_aspect_ratio",
    "KlingV3TurboStdTextToVideoRequestDuration": ".kling_v3_turbo_std_text_to_video_request_duration",
    "KlingVideoO1ImageToVideoRequest": ".kling_video_o1_image_to_video_request",
    "KlingVideoO1ImageToVideoRequestAspectRatio": ".kling_video_o1_image_to_video_request_aspect_ratio",
    "KlingVideoO1ImageToVideoRequestDuration": ".kling_video_o1_image_to_video_request_duration",
    "KlingVideoO1ImageToVideoRequestMode": ".kling_video_o1_image_to_video_request_mode",
    "KlingVideoO1StartToEndRequest": ".kling_video_o1_start_to_end_request",
    "KlingVideoO1StartToEndRequestAspectRatio": ".kling_video_o1_start_to_end_request_aspect_ratio",
    "KlingVideoO1StartToEndRequestDuration": ".kling_video_o1_start_to_end_request_duration",
    "KlingVideoO1StartToEndRequestMode": ".kling_video_o1_start_to_end_request_mode",
    "KlingVideoO1StdEditVideoRequest": ".kling_video_o1_std_edit_video_request",
    "KlingVideoO1StdEditVideoRequestMode": ".kling_video_o1_std_edit_video_request_mode",
    "KlingVideoO1StdRefrenceToVideoRequest": ".kling_video_o1_std_refrence_to_video_request",
    "KlingVideoO1StdRefrenceToVideoRequestAspectRatio": ".kling_video_o1_std_refrence_to_video_request_aspect_ratio",
    "KlingVideoO1StdRefrenceToVideoRequestDuration": ".kling_video_o1_std_refrence_to_video_request_duration",
    "KlingVideoO1StdRefrenceToVideoRequestMode": ".kling_video_o1_std_refrence_to_video_request_mode",
    "KlingVideoO1TextToVideoRequest": ".kling_video_o1_text_to_video_request",
    "KlingVideoO1TextToVideoRequestAspectRatio": ".kling_video_o1_text_to_video_request_aspect_ratio",
    "KlingVideoO1TextToVideoRequestDuration": ".kling_video_o1_text_to_video_request_duration",
    "KlingVideoO1TextToVideoRequestMode": ".kling_video_o1_text_to_video_request_mode",
    "KlingVideoO34KImageToVideoRequest": ".kling_video_o34k_image_to_video_request",
    "KlingVideoO34KImageToVideoRequestShotType": ".kling_video_o34k_image_to_video_request_shot_type",
    "KlingVideoO34KReferenceToVideoRequest": ".kling_video_o34k_reference_to_video_request",
    "KlingVideoO34KReferenceToVideoRequestAspectRatio": ".kling_video_o34k_reference_to_video_request_aspect_ratio",
    "KlingVideoO34KReferenceToVideoRequestShotType": ".kling_video_o34k_reference_to_video_request_shot_type",
    "KlingVideoO34KTextToVideoRequest": ".kling_video_o34k_text_to_video_request",
    "KlingVideoO34KTextToVideoRequestAspectRatio": ".kling_video_o34k_text_to_video_request_aspect_ratio",
    "KlingVideoO34KTextToVideoRequestShotType": ".kling_video_o34k_text_to_video_request_shot_type",
    "KlingVideoO3ProImageToVideoRequest": ".kling_video_o3_pro_image_to_video_request",
    "KlingVideoO3ProImageToVideoRequestShotType": ".kling_video_o3_pro_image_to_video_request_shot_type",
    "KlingVideoO3ProReferenceToVideoRequest": ".kling_video_o3_pro_reference_to_video_request",
    "KlingVideoO3ProReferenceToVideoRequestAspectRatio": ".kling_video_o3_pro_reference_to_video_request_aspect_ratio",
    "KlingVideoO3ProReferenceToVideoRequestShotType": ".kling_video_o3_pro_reference_to_video_request_shot_type",
    "KlingVideoO3ProTextToVideoRequest": ".kling_video_o3_pro_text_to_video_request",
    "KlingVideoO3ProTextToVideoRequestAspectRatio": ".kling_video_o3_pro_text_to_video_request_aspect_ratio",
    "KlingVideoO3ProTextToVideoRequestShotType": ".kling_video_o3_pro_text_to_video_request_shot_type",
    "KlingVideoO3ProVideoEditRequest": ".kling_video_o3_pro_video_edit_request",
    "KlingVideoO3StdImageToVideoRequest": ".kling_video_o3_std_image_to_video_request",
    "KlingVideoO3StdImageToVideoRequestShotType": ".kling_video_o3_std_image_to_video_request_shot_type",
    "KlingVideoO3StdReferenceToVideoRequest": ".kling_video_o3_std_reference_to_video_request",
    "KlingVideoO3StdReferenceToVideoRequestAspectRatio": ".kling_video_o3_std_reference_to_video_request_aspect_ratio",
    "KlingVideoO3StdReferenceToVideoRequestShotType": ".kling_video_o3_std_reference_to_video_request_shot_type",
    "KlingVideoO3StdTextToVideoRequest": ".kling_video_o3_std_text_to_video_request",
    "KlingVideoO3StdTextToVideoRequestAspectRatio": ".kling_video_o3_std_text_to_video_request_aspect_ratio",
    "KlingVideoO3StdTextToVideoRequestShotType": ".kling_video_o3_std_text_to_video_request_shot_type",
    "KlingVideoO3StdVideoEditRequest": ".kling_video_o3_std_video_edit_request",
    "LegacyTaskRequest": ".legacy_task_request",
    "LegacyUploadData": ".legacy_upload_data",
    "LegacyUploadEnvelope": ".legacy_upload_envelope",
    "LegacyUploadRequest": ".legacy_upload_request",
    "LoraUploadUrlData": ".lora_upload_url_data",
    "LoraUploadUrlEnvelope": ".lora_upload_url_envelope",
    "LoraUploadUrlRequest": ".lora_upload_url_request",
    "LumaUni1ImageEditRequest": ".luma_uni_1_image_edit_request",
    "LumaUni1ImageEditRequestAspectRatio": ".luma_uni_1_image_edit_request_aspect_ratio",
    "LumaUni1ImageEditRequestOutputFormat": ".luma_uni_1_image_edit_request_output_format",
    "LumaUni1ImageEditRequestStyle": ".luma_uni_1_image_edit_request_style",
    "LumaUni1ImageToImageRequest": ".luma_uni_1_image_to_image_request",
    "LumaUni1ImageToImageRequestAspectRatio": ".luma_uni_1_image_to_image_request_aspect_ratio",
    "LumaUni1ImageToImageRequestOutputFormat": ".luma_uni_1_image_to_image_request_output_format",
    "LumaUni1ImageToImageRequestStyle": ".luma_uni_1_image_to_image_request_style",
    "LumaUni1MaxImageEditRequest": ".luma_uni_1_max_image_edit_request",
    "LumaUni1MaxImageEditRequestAspectRatio": ".luma_uni_1_max_image_edit_request_aspect_ratio",
    "LumaUni1MaxImageEditRequestOutputFormat": ".luma_uni_1_max_image_edit_request_output_format",
    "LumaUni1MaxImageEditRequestStyle": ".luma_uni_1_max_image_edit_request_style",
    "LumaUni1MaxImageToImageRequest": ".luma_uni_1_max_image_to_image_request",
    "LumaUni1MaxImageToImageRequestAspectRatio": ".luma_uni_1_max_image_to_image_request_aspect_ratio",
    "LumaUni1MaxImageToImageRequestOutputFormat": ".luma_uni_1_max_image_to_image_request_output_format",
    "LumaUni1MaxImageToImageRequestStyle": ".luma_uni_1_max_image_to_image_request_style",
    "LumaUni1MaxTextToImageRequest": ".luma_uni_1_max_text_to_image_request",
    "LumaUni1MaxTextToImageRequestAspectRatio": ".luma_uni_1_max_text_to_image_request_aspect_ratio",
    "LumaUni1MaxTextToImageRequestOutputFormat": ".luma_uni_1_max_text_to_image_request_output_format",
    "LumaUni1MaxTextToImageRequestStyle": ".luma_uni_1_max_text_to_image_request_style",
    "LumaUni1TextToImageRequest": ".luma_uni_1_text_to_image_request",
    "LumaUni1TextToImageRequestAspectRatio": ".luma_uni_1_text_to_image_request_aspect_ratio",
    "LumaUni1TextToImageRequestOutputFormat": ".luma_uni_1_text_to_image_request_output_format",
    "LumaUni1TextToImageRequestStyle": ".luma_uni_1_text_to_image_request_style",
    "Marble10ImageToWorldRequest": ".marble_10_image_to_world_request",
    "Marble10MultiImageToWorldRequest": ".marble_10_multi_image_to_world_request",
    "Marble10TextToWorldRequest": ".marble_10_text_to_world_request",
    "Marble10VideoToWorldRequest": ".marble_10_video_to_world_request",
    "Marble11ImageToWorldRequest": ".marble_11_image_to_world_request",
    "Marble11MultiImageToWorldRequest": ".marble_11_multi_image_to_world_request",
    "Marble11PlusImageToWorldRequest": ".marble_11_plus_image_to_world_request",
    "Marble11PlusMultiImageToWorldRequest": ".marble_11_plus_multi_image_to_world_request",
    "Marble11PlusTextToWorldRequest": ".marble_11_plus_text_to_world_request",
    "Marble11PlusVideoToWorldRequest": ".marble_11_plus_video_to_world_request",
    "Marble11TextToWorldRequest": ".marble_11_text_to_world_request",
    "Marble11VideoToWorldRequest": ".marble_11_video_to_world_request",
    "MarbleUploadMediaAssetRequest": ".marble_upload_media_asset_request",
    "MarbleUploadMediaAssetRequestKind": ".marble_upload_media_asset_request_kind",
    "MediaUploadData": ".media_upload_data",
    "MediaUploadEnvelope": ".media_upload_envelope",
    "MediaUploadRequest": ".media_upload_request",
    "Meshy6ImageTo3DRequest": ".meshy_6_image_to_3d_request",
    "Meshy6ImageTo3DRequestSymmetryMode": ".meshy_6_image_to_3d_request_symmetry_mode",
    "Meshy6ImageTo3DRequestTopology": ".meshy_6_image_to_3d_request_topology",
    "Meshy6TextTo3DRequest": ".meshy_6_text_to_3d_request",
    "Meshy6TextTo3DRequestArtStyle": ".meshy_6_text_to_3d_request_art_style",
    "Meshy6TextTo3DRequestSymmetryMode": ".meshy_6_text_to_3d_request_symmetry_mode",
    "Meshy6TextTo3DRequestTopology": ".meshy_6_text_to_3d_request_topology",
    "MinimaxHailuo02FastRequest": ".minimax_hailuo_02_fast_request",
    "MinimaxHailuo02FastRequestDuration": ".minimax_hailuo_02_fast_request_duration",
    "MinimaxHailuo02ProRequest": ".minimax_hailuo_02_pro_request",
    "MinimaxHailuo02ProRequestDuration": ".minimax_hailuo_02_pro_request_duration",
    "MinimaxHailuo02StandardRequest": ".minimax_hailuo_02_standard_request",
    "MinimaxHailuo02StandardRequestDuration": ".minimax_hailuo_02_standard_request_duration",
    "MinimaxHailuo02I2VProRequest": ".minimax_hailuo_02i2v_pro_request",
    "MinimaxHailuo02I2VStandardRequest": ".minimax_hailuo_02i2v_standard_request",
    "MinimaxHailuo02I2VStandardRequestDuration": ".minimax_hailuo_02i2v_standard_request_duration",
    "MinimaxHailuo02T2VProRequest": ".minimax_hailuo_02t2v_pro_request",
    "MinimaxHailuo02T2VStandardRequest": ".minimax_hailuo_02t2v_standard_request",
    "MinimaxHailuo02T2VStandardRequestDuration": ".minimax_hailuo_02t2v_standard_request_duration",
    "MinimaxHailuo23FastImageToVideoRequest": ".minimax_hailuo_23_fast_image_to_video_request",
    "MinimaxHailuo23FastImageToVideoRequestDuration": ".minimax_hailuo_23_fast_image_to_video_request_duration",
    "MinimaxHailuo23FastProImageToVideoRequest": ".minimax_hailuo_23_fast_pro_image_to_video_request",
    "MinimaxHailuo23FastProImageToVideoRequestDuration": ".minimax_hailuo_23_fast_pro_image_to_video_request_duration",
    "MinimaxHailuo23ImageToVideoProRequest": ".minimax_hailuo_23_image_to_video_pro_request",
    "MinimaxHailuo23I2VStandardRequest": ".minimax_hailuo_23i2v_standard_request",
    "MinimaxHailuo23I2VStandardRequestDuration": ".minimax_hailuo_23i2v_standard_request_duration",
    "MinimaxHailuo23T2VProRequest": ".minimax_hailuo_23t2v_pro_request",
    "MinimaxHailuo23T2VStandardRequest": ".minimax_hailuo_23t2v_standard_request",
    "MinimaxHailuo23T2VStandardRequestDuration": ".minimax_hailuo_23t2v_standard_request_duration",
    "MinimaxHailuoH3ImageToVideoRequest": ".minimax_hailuo_h3_image_to_video_request",
    "MinimaxHailuoH3ImageToVideoRequestDuration": ".minimax_hailuo_h3_image_to_video_request_duration",
    "MinimaxHailuoH3ImageToVideoRequestResolution": ".minimax_hailuo_h3_image_to_video_request_resolution",
    "MinimaxHailuoH3MultimodalToVideoRequest": ".minimax_hailuo_h3_multimodal_to_video_request",
    "MinimaxHailuoH3MultimodalToVideoRequestDuration": ".minimax_hailuo_h3_multimodal_to_video_request_duration",
    "MinimaxHailuoH3MultimodalToVideoRequestRatio": ".minimax_hailuo_h3_multimodal_to_video_request_ratio",
    "MinimaxHailuoH3MultimodalToVideoRequestResolution": ".minimax_hailuo_h3_multimodal_to_video_request_resolution",
    "MinimaxHailuoH3TextToVideoRequest": ".minimax_hailuo_h3_text_to_video_request",
    "MinimaxHailuoH3TextToVideoRequestDuration": ".minimax_hailuo_h3_text_to_video_request_duration",
    "MinimaxHailuoH3TextToVideoRequestRatio": ".minimax_hailuo_h3_text_to_video_request_ratio",
    "MinimaxHailuoH3TextToVideoRequestResolution": ".minimax_hailuo_h3_text_to_video_request_resolution",
    "MinimaxMusic26Request": ".minimax_music_26_request",
    "MinimaxMusic26RequestBitrate": ".minimax_music_26_request_bitrate",
    "MinimaxMusic26RequestFormat": ".minimax_music_26_request_format",
    "MinimaxMusic26RequestSampleRate": ".minimax_music_26_request_sample_rate",
    "MinimaxMusicCoverPreprocessRequest": ".minimax_music_cover_preprocess_request",
    "MinimaxMusicCoverRequest": ".minimax_music_cover_request",
    "MinimaxMusicCoverRequestBitrate": ".minimax_music_cover_request_bitrate",
    "MinimaxMusicCoverRequestFormat": ".minimax_music_cover_request_format",
    "MinimaxMusicCoverRequestSampleRate": ".minimax_music_cover_request_sample_rate",
    "MinimaxVoiceDesignRequest": ".minimax_voice_design_request",
    "MurekaAiDescribeSongRequest": ".mureka_ai_describe_song_request",
    "MurekaAiExtendLyricsRequest": ".mureka_ai_extend_lyrics_request",
    "MurekaAiFilesUploadRequest": ".mureka_ai_files_upload_request",
    "MurekaAiFilesUploadRequestPurpose": ".mureka_ai_files_upload_request_purpose",
    "MurekaAiGenerateLyricsRequest": ".mureka_ai_generate_lyrics_request",
    "MurekaAiMurekaO2GenerateSongRequest": ".mureka_ai_mureka_o2_generate_song_request",
    "MurekaAiMurekaV76ExtendSongRequest": ".mureka_ai_mureka_v76_extend_song_request",
    "MurekaAiMurekaV76GenerateBgmRequest": ".mureka_ai_mureka_v76_generate_bgm_request",
    "MurekaAiMurekaV76GenerateSongRequest": ".mureka_ai_mureka_v76_generate_song_request",
    "MurekaAiMurekaV8ExtendSongRequest": ".mureka_ai_mureka_v8_extend_song_request",
    "MurekaAiMurekaV8ExtendSongRequestExtendType": ".mureka_ai_mureka_v8_extend_song_request_extend_type",
    "MurekaAiMurekaV8GenerateBgmRequest": ".mureka_ai_mureka_v8_generate_bgm_request",
    "MurekaAiMurekaV8GenerateSongRequest": ".mureka_ai_mureka_v8_generate_song_request",
    "MurekaAiMurekaV9GenerateBgmRequest": ".mureka_ai_mureka_v9_generate_bgm_request",
    "MurekaAiMurekaV9GenerateSongRequest": ".mureka_ai_mureka_v9_generate_song_request",
    "MurekaAiRecognizeSongRequest": ".mureka_ai_recognize_song_request",
    "MurekaAiStemSongRequest": ".mureka_ai_stem_song_request",
    "MurekaAiStemSongRequestModel": ".mureka_ai_stem_song_request_model",
    "MurekaAiVocalCloneRequest": ".mureka_ai_vocal_clone_request",
    "MurekaO2InstrumentalGenerateRequest": ".mureka_o2_instrumental_generate_request",
    "NodeInfo": ".node_info",
    "PixverseC1ImageToVideoRequest": ".pixverse_c1_image_to_video_request",
    "PixverseC1ImageToVideoRequestResolution": ".pixverse_c1_image_to_video_request_resolution",
    "PixverseC1ReferenceToVideoRequest": ".pixverse_c1_reference_to_video_request",
    "PixverseC1ReferenceToVideoRequestAspectRatio": ".pixverse_c1_reference_to_video_request_aspect_ratio",
    "PixverseC1ReferenceToVideoRequestResolution": ".pixverse_c1_reference_to_video_request_resolution",
    "PixverseC1TextToVideoRequest": ".pixverse_c1_text_to_video_request",
    "PixverseC1TextToVideoRequestAspectRatio": ".pixverse_c1_text_to_video_request_aspect_ratio",
    "PixverseC1TextToVideoRequestResolution": ".pixverse_c1_text_to_video_request_resolution",
    "PixverseC1TransitionRequest": ".pixverse_c1_transition_request",
    "PixverseC1TransitionRequestAspectRatio": ".pixverse_c1_transition_request_aspect_ratio",
    "PixverseC1TransitionRequestResolution": ".pixverse_c1_transition_request_resolution",
    "PixverseV55EffectsRequest": ".pixverse_v55_effects_request",
    "PixverseV55EffectsRequestDuration": ".pixverse_v55_effects_request_duration",
    "PixverseV55EffectsRequestEffect": ".pixverse_v55_effects_request_effect",
    "PixverseV55EffectsRequestResolution": ".pixverse_v55_effects_request_resolution",
    "PixverseV55EffectsRequestThinkingType": ".pixverse_v55_effects_request_thinking_type",
    "PixverseV55ImageToVideoRequest": ".pixverse_v55_image_to_video_request",
    "PixverseV55ImageToVideoRequestDuration": ".pixverse_v55_image_to_video_request_duration",
    "PixverseV55ImageToVideoRequestGenerateAudioSwitch": ".pixverse_v55_image_to_video_request_generate_audio_switch",
    "PixverseV55ImageToVideoRequestGenerateMultiClipSwitch": ".pixverse_v55_image_to_video_request_generate_multi_clip_switch",
    "PixverseV55ImageToVideoRequestResolution": ".pixverse_v55_image_to_video_request_resolution",
    "PixverseV55ImageToVideoRequestThinkingType": ".pixverse_v55_image_to_video_request_thinking_type",
    "PixverseV55TextToVideoRequest": ".pixverse_v55_text_to_video_request",
    "PixverseV55TextToVideoRequestAspectRatio": ".pixverse_v55_text_to_video_request_aspect_ratio",
    "PixverseV55TextToVideoRequestDuration": ".pixverse_v55_text_to_video_request_duration",
    "PixverseV55TextToVideoRequestGenerateAudioSwitch": ".pixverse_v55_text_to_video_request_generate_audio_switch",
    "PixverseV55TextToVideoRequestGenerateMultiClipSwitch": ".pixverse_v55_text_to_video_request_generate_multi_clip_switch",
    "PixverseV55TextToVideoRequestResolution": ".pixverse_v55_text_to_video_request_resolution",
    "PixverseV55TextToVideoRequestThinkingType": ".pixverse_v55_text_to_video_request_thinking_type",
    "PixverseV55TransitionRequest": ".pixverse_v55_transition_request",
    "PixverseV55TransitionRequestAspectRatio": ".pixverse_v55_transition_request_aspect_ratio",
    "PixverseV55TransitionRequestDuration": ".pixverse_v55_transition_request_duration",
    "PixverseV55TransitionRequestResolution": ".pixverse_v55_transition_request_resolution",
    "PixverseV55TransitionRequestThinkingType": ".pixverse_v55_transition_request_thinking_type",
    "PixverseV56ImageToVideoRequest": ".pixverse_v56_image_to_video_request",
    "PixverseV56ImageToVideoRequestDuration": ".pixverse_v56_image_to_video_request_duration",
    "PixverseV56ImageToVideoRequestGenerateAudioSwitch": ".pixverse_v56_image_to_video_request_generate_audio_switch",
    "PixverseV56ImageToVideoRequestResolution": ".pixverse_v56_image_to_video_request_resolution",
    "PixverseV56ImageToVideoRequestThinkingType": ".pixverse_v56_image_to_video_request_thinking_type",
    "PixverseV56TextToVideoRequest": ".pixverse_v56_text_to_video_request",
    "PixverseV56TextToVideoRequestAspectRatio": ".pixverse_v56_text_to_video_request_aspect_ratio",
    "PixverseV56TextToVideoRequestDuration": ".pixverse_v56_text_to_video_request_duration",
    "PixverseV56TextToVideoRequestGenerateAudioSwitch": ".pixverse_v56_text_to_video_request_generate_audio_switch",
    "PixverseV56TextToVideoRequestResolution": ".pixverse_v56_text_to_video_request_resolution",
    "PixverseV56TextToVideoRequestThinkingType": ".pixverse_v56_text_to_video_request_thinking_type",
    "PixverseV6EffectsRequest": ".pixverse_v6_effects_request",
    "PixverseV6EffectsRequestMotionMode": ".pixverse_v6_effects_request_motion_mode",
    "PixverseV6EffectsRequestQuality": ".pixverse_v6_effects_request_quality",
    "PixverseV6EffectsRequestThinkingType": ".pixverse_v6_effects_request_thinking_type",
    "PixverseV6ExtendRequest": ".pixverse_v6_extend_request",
    "PixverseV6ExtendRequestResolution": ".pixverse_v6_extend_request_resolution",
    "PixverseV6ExtendRequestStyle": ".pixverse_v6_extend_request_style",
    "PixverseV6ImageToVideoRequest": ".pixverse_v6_image_to_video_request",
    "PixverseV6ImageToVideoRequestResolution": ".pixverse_v6_image_to_video_request_resolution",
    "PixverseV6TextToVideoRequest": ".pixverse_v6_text_to_video_request",
    "PixverseV6TextToVideoRequestAspectRatio": ".pixverse_v6_text_to_video_request_aspect_ratio",
    "PixverseV6TextToVideoRequestResolution": ".pixverse_v6_text_to_video_request_resolution",
    "PixverseV6TransitionRequest": ".pixverse_v6_transition_request",
    "PixverseV6TransitionRequestAspectRatio": ".pixverse_v6_transition_request_aspect_ratio",
    "PixverseV6TransitionRequestResolution": ".pixverse_v6_transition_request_resolution",
    "PixverseV6TransitionRequestStyle": ".pixverse_v6_transition_request_style",
    "PlatformErrorEnvelope": ".platform_error_envelope",
    "PlatformPage": ".platform_page",
    "PricePreview": ".price_preview",
    "PricePreviewRequest": ".price_preview_request",
    "QueryTaskRequest": ".query_task_request",
    "QueueStatus": ".queue_status",
    "QueueStatusEnvelope": ".queue_status_envelope",
    "QuickCreateModelParam": ".quick_create_model_param",
    "QuickCreateParamsEnvelope": ".quick_create_params_envelope",
    "QuickCreateParamsRequest": ".quick_create_params_request",
    "QuickCreateRunRequest": ".quick_create_run_request",
    "ResourceListEnvelope": ".resource_list_envelope",
    "ResourceListRequest": ".resource_list_request",
    "ResourceOwner": ".resource_owner",
    "ResourcePage": ".resource_page",
    "ResourcePoster": ".resource_poster",
    "ResourceRecord": ".resource_record",
    "ResourceTag": ".resource_tag",
    "ResourceVersion": ".resource_version",
    "RetryWebhookRequest": ".retry_webhook_request",
    "RhartAudioSunoLyricsRequest": ".rhart_audio_suno_lyrics_request",
    "RhartAudioSunoV45CustomRequest": ".rhart_audio_suno_v45_custom_request",
    "RhartAudioSunoV45SingleRequest": ".rhart_audio_suno_v45_single_request",
    "RhartAudioSunoV45SingleRequestMakeInstrumental": ".rhart_audio_suno_v45_single_request_make_instrumental",
    "RhartAudioSunoV55CustomRequest": ".rhart_audio_suno_v55_custom_request",
    "RhartAudioSunoV55SingleRequest": ".rhart_audio_suno_v55_single_request",
    "RhartAudioSunoV55SingleRequestMakeInstrumental": ".rhart_audio_suno_v55_single_request_make_instrumental",
    "RhartAudioSunoV5CustomRequest": ".rhart_audio_suno_v5_custom_request",
    "RhartAudioSunoV5SingleRequest": ".rhart_audio_suno_v5_single_request",
    "RhartAudioSunoV5SingleRequestMakeInstrumental": ".rhart_audio_suno_v5_single_request_make_instrumental",
    "RhartAudioTextToAudioMusic25Request": ".rhart_audio_text_to_audio_music_25_request",
    "RhartAudioTextToAudioMusic25RequestBitrate": ".rhart_audio_text_to_audio_music_25_request_bitrate",
    "RhartAudioTextToAudioMusic25RequestSampleRate": ".rhart_audio_text_to_audio_music_25_request_sample_rate",
    "RhartAudioTextToAudioSpeech02HdRequest": ".rhart_audio_text_to_audio_speech_02_hd_request",
    "RhartAudioTextToAudioSpeech02HdRequestEmotion": ".rhart_audio_text_to_audio_speech_02_hd_request_emotion",
    "RhartAudioTextToAudioSpeech02TurboRequest": ".rhart_audio_text_to_audio_speech_02_turbo_request",
    "RhartAudioTextToAudioSpeech02TurboRequestEmotion": ".rhart_audio_text_to_audio_speech_02_turbo_request_emotion",
    "RhartAudioTextToAudioSpeech26HdRequest": ".rhart_audio_text_to_audio_speech_26_hd_request",
    "RhartAudioTextToAudioSpeech26HdRequestEmotion": ".rhart_audio_text_to_audio_speech_26_hd_request_emotion",
    "RhartAudioTextToAudioSpeech26TurboRequest": ".rhart_audio_text_to_audio_speech_26_turbo_request",
    "RhartAudioTextToAudioSpeech26TurboRequestEmotion": ".rhart_audio_text_to_audio_speech_26_turbo_request_emotion",
    "RhartAudioTextToAudioSpeech28HdRequest": ".rhart_audio_text_to_audio_speech_28_hd_request",
    "RhartAudioTextToAudioSpeech28HdRequestEmotion": ".rhart_audio_text_to_audio_speech_28_hd_request_emotion",
    "RhartAudioTextToAudioSpeech28TurboRequest": ".rhart_audio_text_to_audio_speech_28_turbo_request",
    "RhartAudioTextToAudioSpeech28TurboRequestEmotion": ".rhart_audio_text_to_audio_speech_28_turbo_request_emotion",
    "RhartAudioTextToAudioVoiceCloneRequest": ".rhart_audio_text_to_audio_voice_clone_request",
    "RhartAudioTextToAudioVoiceCloneRequestLanguageBoost": ".rhart_audio_text_to_audio_voice_clone_request_language_boost",
    "RhartAudioTextToAudioVoiceCloneRequestModel": ".rhart_audio_text_to_audio_voice_clone_request_model",
    "RhartImageF2DevEditLoraRequest": ".rhart_image_f2_dev_edit_lora_request",
    "RhartImageF2DevEditLoraRequest47Select": ".rhart_image_f2_dev_edit_lora_request_47_select",
    "RhartImageF2DevEditLoraRequest52FileType": ".rhart_image_f2_dev_edit_lora_request_52_file_type",
    "RhartImageF2DevEditRequest": ".rhart_image_f2_dev_edit_request",
    "RhartImageF2DevEditRequest46Select": ".rhart_image_f2_dev_edit_request_46_select",
    "RhartImageF2DevEditRequest51FileType": ".rhart_image_f2_dev_edit_request_51_file_type",
    "RhartImageF2DevTextToImageLoraRequest": ".rhart_image_f2_dev_text_to_image_lora_request",
    "RhartImageF2DevTextToImageLoraRequest42Select": ".rhart_image_f2_dev_text_to_image_lora_request_42_select",
    "RhartImageF2DevTextToImageLoraRequest44FileType": ".rhart_image_f2_dev_text_to_image_lora_request_44_file_type",
    "RhartImageF2DevTextToImageRequest": ".rhart_image_f2_dev_text_to_image_request",
    "RhartImageF2DevTextToImageRequest41Select": ".rhart_image_f2_dev_text_to_image_request_41_select",
    "RhartImageF2DevTextToImageRequest43FileType": ".rhart_image_f2_dev_text_to_image_request_43_file_type",
    "RhartImageF2Klein4BEditLoraRequest": ".rhart_image_f2_klein_4b_edit_lora_request",
    "RhartImageF2Klein4BEditLoraRequest37Select": ".rhart_image_f2_klein_4b_edit_lora_request_37_select",
    "RhartImageF2Klein4BEditLoraRequest40FileType": ".rhart_image_f2_klein_4b_edit_lora_request_40_file_type",
    "RhartImageF2Klein4BEditRequest": ".rhart_image_f2_klein_4b_edit_request",
    "RhartImageF2Klein4BEditRequest47Select": ".rhart_image_f2_klein_4b_edit_request_47_select",
    "RhartImageF2Klein4BEditRequest51FileType": ".rhart_image_f2_klein_4b_edit_request_51_file_type",
    "RhartImageF2Klein4BTextToImageLoraRequest": ".rhart_image_f2_klein_4b_text_to_image_lora_request",
    "RhartImageF2Klein4BTextToImageLoraRequest33Select": ".rhart_image_f2_klein_4b_text_to_image_lora_request_33_select",
    "RhartImageF2Klein4BTextToImageRequest": ".rhart_image_f2_klein_4b_text_to_image_request",
    "RhartImageF2Klein4BTextToImageRequest103FileType": ".rhart_image_f2_klein_4b_text_to_image_request_103_file_type",
    "RhartImageF2Klein4BTextToImageRequest94Select": ".rhart_image_f2_klein_4b_text_to_image_request_94_select",
    "RhartImageF2Klein9BEditRequest": ".rhart_image_f2_klein_9b_edit_request",
    "RhartImageF2Klein9BEditRequest55FileType": ".rhart_image_f2_klein_9b_edit_request_55_file_type",
    "RhartImageF2Klein9BEditRequest81Select": ".rhart_image_f2_klein_9b_edit_request_81_select",
    "RhartImageF2Klein9BTextToImageLoraRequest": ".rhart_image_f2_klein_9b_text_to_image_lora_request",
    "RhartImageF2Klein9BTextToImageLoraRequest52Select": ".rhart_image_f2_klein_9b_text_to_image_lora_request_52_select",
    "RhartImageF2Klein9BTextToImageLoraRequest55FileType": ".rhart_image_f2_klein_9b_text_to_image_lora_request_55_file_type",
    "RhartImageF2Klein9BTextToImageRequest": ".rhart_image_f2_klein_9b_text_to_image_request",
    "RhartImageF2Klein9BTextToImageRequest51Select": ".rhart_image_f2_klein_9b_text_to_image_request_51_select",
    "RhartImageF2Klein9BTextToImageRequest54FileType": ".rhart_image_f2_klein_9b_text_to_image_request_54_file_type",
    "RhartImageFDevLoraRequest": ".rhart_image_f_dev_lora_request",
    "RhartImageFDevLoraRequest104Select": ".rhart_image_f_dev_lora_request_104_select",
    "RhartImageFDevLoraRequest106FileType": ".rhart_image_f_dev_lora_request_106_file_type",
    "RhartImageFDevRequest": ".rhart_image_f_dev_request",
    "RhartImageFDevRequest43Select": ".rhart_image_f_dev_request_43_select",
    "RhartImageFDevRequest48FileType": ".rhart_image_f_dev_request_48_file_type",
    "RhartImageFKreaDevLoraRequest": ".rhart_image_f_krea_dev_lora_request",
    "RhartImageFKreaDevLoraRequest133Select": ".rhart_image_f_krea_dev_lora_request_133_select",
    "RhartImageFKreaDevLoraRequest135FileType": ".rhart_image_f_krea_dev_lora_request_135_file_type",
    "RhartImageG15EditRequest": ".rhart_image_g15_edit_request",
    "RhartImageG15EditRequestAspectRatio": ".rhart_image_g15_edit_request_aspect_ratio",
    "RhartImageG15OfficialImageToImageRequest": ".rhart_image_g15_official_image_to_image_request",
    "RhartImageG15OfficialImageToImageRequestBackground": ".rhart_image_g15_official_image_to_image_request_background",
    "RhartImageG15OfficialImageToImageRequestInputFidelity": ".rhart_image_g15_official_image_to_image_request_input_fidelity",
    "RhartImageG15OfficialImageToImageRequestQuality": ".rhart_image_g15_official_image_to_image_request_quality",
    "RhartImageG15OfficialImageToImageRequestSize": ".rhart_image_g15_official_image_to_image_request_size",
    "RhartImageG15OfficialTextToImageRequest": ".rhart_image_g15_official_text_to_image_request",
    "RhartImageG15OfficialTextToImageRequestBackground": ".rhart_image_g15_official_text_to_image_request_background",
    "RhartImageG15OfficialTextToImageRequestQuality": ".rhart_image_g15_official_text_to_image_request_quality",
    "RhartImageG15OfficialTextToImageRequestSize": ".rhart_image_g15_official_text_to_image_request_size",
    "RhartImageG15TextToImageRequest": ".rhart_image_g15_text_to_image_request",
    "RhartImageG15TextToImageRequestAspectRatio": ".rhart_image_g15_text_to_image_request_aspect_ratio",
    "RhartImageG2ImageToImageRequest": ".rhart_image_g2_image_to_image_request",
    "RhartImageG2ImageToImageRequestAspectRatio": ".rhart_image_g2_image_to_image_request_aspect_ratio",
    "RhartImageG2ImageToImageRequestResolution": ".rhart_image_g2_image_to_image_request_resolution",
    "RhartImageG2OfficialImageToImageRequest": ".rhart_image_g2_official_image_to_image_request",
    "RhartImageG2OfficialImageToImageRequestAspectRatio": ".rhart_image_g2_official_image_to_image_request_aspect_ratio",
    "RhartImageG2OfficialImageToImageRequestQuality": ".rhart_image_g2_official_image_to_image_request_quality",
    "RhartImageG2OfficialImageToImageRequestResolution": ".rhart_image_g2_official_image_to_image_request_resolution",
    "RhartImageG2OfficialTextToImageRequest": ".rhart_image_g2_official_text_to_image_request",
    "RhartImageG2OfficialTextToImageRequestAspectRatio": ".rhart_image_g2_official_text_to_image_request_aspect_ratio",
    "RhartImageG2OfficialTextToImageRequestQuality": ".rhart_image_g2_official_text_to_image_request_quality",
    "RhartImageG2OfficialTextToImageRequestResolution": ".rhart_image_g2_official_text_to_image_request_resolution",
    "RhartImageG2TextToImageRequest": ".rhart_image_g2_text_to_image_request",
    "RhartImageG2TextToImageRequestAspectRatio": ".rhart_image_g2_text_to_image_request_aspect_ratio",
    "RhartImageG2TextToImageRequestResolution": ".rhart_image_g2_text_to_image_request_resolution",
    "RhartImageG3ImageToImageRequest": ".rhart_image_g3_image_to_image_request",
    "RhartImageG3TextToImageRequest": ".rhart_image_g3_text_to_image_request",
    "RhartImageG4ImageToImageRequest": ".rhart_image_g4_image_to_image_request",
    "RhartImageG4TextToImageRequest": ".rhart_image_g4_text_to_image_request",
    "RhartImageGImageToImageRequest": ".rhart_image_g_image_to_image_request",
    "RhartImageGImageToImageRequestModel": ".rhart_image_g_image_to_image_request_model",
    "RhartImageGTextToImageRequest": ".rhart_image_g_text_to_image_request",
    "RhartImageGTextToImageRequestAspectRatio": ".rhart_image_g_text_to_image_request_aspect_ratio",
    "RhartImageGTextToImageRequestModel": ".rhart_image_g_text_to_image_request_model",
    "RhartImageNProEditRequest": ".rhart_image_n_pro_edit_request",
    "RhartImageNProEditRequestAspectRatio": ".rhart_image_n_pro_edit_request_aspect_ratio",
    "RhartImageNProEditRequestResolution": ".rhart_image_n_pro_edit_request_resolution",
    "RhartImageNProOfficialEditRequest": ".rhart_image_n_pro_official_edit_request",
    "RhartImageNProOfficialEditRequestAspectRatio": ".rhart_image_n_pro_official_edit_request_aspect_ratio",
    "RhartImageNProOfficialEditRequestResolution": ".rhart_image_n_pro_official_edit_request_resolution",
    "RhartImageNProOfficialEditUltraRequest": ".rhart_image_n_pro_official_edit_ultra_request",
    "RhartImageNProOfficialEditUltraRequestAspectRatio": ".rhart_image_n_pro_official_edit_ultra_request_aspect_ratio",
    "RhartImageNProOfficialEditUltraRequestResolution": ".rhart_image_n_pro_official_edit_ultra_request_resolution",
    "RhartImageNProOfficialTextToImageRequest": ".rhart_image_n_pro_official_text_to_image_request",
    "RhartImageNProOfficialTextToImageRequestAspectRatio": ".rhart_image_n_pro_official_text_to_image_request_aspect_ratio",
    "RhartImageNProOfficialTextToImageRequestResolution": ".rhart_image_n_pro_official_text_to_image_request_resolution",
    "RhartImageNProOfficialTextToImageUltraRequest": ".rhart_image_n_pro_official_text_to_image_ultra_request",
    "RhartImageNProOfficialTextToImageUltraRequestAspectRatio": ".rhart_image_n_pro_official_text_to_image_ultra_request_aspect_ratio",
    "RhartImageNProOfficialTextToImageUltraRequestResolution": ".rhart_image_n_pro_official_text_to_image_ultra_request_resolution",
    "RhartImageNProTextToImageRequest": ".rhart_image_n_pro_text_to_image_request",
    "RhartImageNProTextToImageRequestAspectRatio": ".rhart_image_n_pro_text_to_image_request_aspect_ratio",
    "RhartImageNProTextToImageRequestResolution": ".rhart_image_n_pro_text_to_image_request_resolution",
    "RhartImageNG31FlashImageToImageRequest": ".rhart_image_ng31_flash_image_to_image_request",
    "RhartImageNG31FlashImageToImageRequestAspectRatio": ".rhart_image_ng31_flash_image_to_image_request_aspect_ratio",
    "RhartImageNG31FlashImageToImageRequestResolution": ".rhart_image_ng31_flash_image_to_image_request_resolution",
    "RhartImageNG31FlashLiteImageToImageRequest": ".rhart_image_ng31_flash_lite_image_to_image_request",
    "RhartImageNG31FlashLiteImageToImageRequestAspectRatio": ".rhart_image_ng31_flash_lite_image_to_image_request_aspect_ratio",
    "RhartImageNG31FlashLiteOfficialImageToImageRequest": ".rhart_image_ng31_flash_lite_official_image_to_image_request",
    "RhartImageNG31FlashLiteOfficialImageToImageRequestAspectRatio": ".rhart_image_ng31_flash_lite_official_image_to_image_request_aspect_ratio",
    "RhartImageNG31FlashLiteOfficialTextToImageRequest": ".rhart_image_ng31_flash_lite_official_text_to_image_request",
    "RhartImageNG31FlashLiteOfficialTextToImageRequestAspectRatio": ".rhart_image_ng31_flash_lite_official_text_to_image_request_aspect_ratio",
    "RhartImageNG31FlashLiteTextToImageRequest": ".rhart_image_ng31_flash_lite_text_to_image_request",
    "RhartImageNG31FlashLiteTextToImageRequestAspectRatio": ".rhart_image_ng31_flash_lite_text_to_image_request_aspect_ratio",
    "RhartImageNG31FlashOfficialImageToImageRequest": ".rhart_image_ng31_flash_official_image_to_image_request",
    "RhartImageNG31FlashOfficialImageToImageRequestAspectRatio": ".rhart_image_ng31_flash_official_image_to_image_request_aspect_ratio",
    "RhartImageNG31FlashOfficialImageToImageRequestResolution": ".rhart_image_ng31_flash_official_image_to_image_request_resolution",
    "RhartImageNG31FlashOfficialTextToImageRequest": ".rhart_image_ng31_flash_official_text_to_image_request",
    "RhartImageNG31FlashOfficialTextToImageRequestAspectRatio": ".rhart_image_ng31_flash_official_text_to_image_request_aspect_ratio",
    "RhartImageNG31FlashOfficialTextToImageRequestResolution": ".rhart_image_ng31_flash_official_text_to_image_request_resolution",
    "RhartImageNG31FlashTextToImageRequest": ".rhart_image_ng31_flash_text_to_image_request",
    "RhartImageNG31FlashTextToImageRequestAspectRatio": ".rhart_image_ng31_flash_text_to_image_request_aspect_ratio",
    "RhartImageNG31FlashTextToImageRequestResolution": ".rhart_image_ng31_flash_text_to_image_request_resolution",
    "RhartImageQwenImageEdit2511LoraRequest": ".rhart_image_qwen_image_edit_2511_lora_request",
    "RhartImageQwenImageEdit2511LoraRequest32Select": ".rhart_image_qwen_image_edit_2511_lora_request_32_select",
    "RhartImageQwenImageEdit2511LoraRequest40FileType": ".rhart_image_qwen_image_edit_2511_lora_request_40_file_type",
    "RhartImageQwenImageEdit2511Request": ".rhart_image_qwen_image_edit_2511_request",
    "RhartImageQwenImageEdit2511Request28Select": ".rhart_image_qwen_image_edit_2511_request_28_select",
    "RhartImageQwenImageEdit2511Request52FileType": ".rhart_image_qwen_image_edit_2511_request_52_file_type",
    "RhartImageQwenImageTextToImage2512LoraRequest": ".rhart_image_qwen_image_text_to_image_2512_lora_request",
    "RhartImageQwenImageTextToImage2512LoraRequest24Select": ".rhart_image_qwen_image_text_to_image_2512_lora_request_24_select",
    "RhartImageQwenImageTextToImage2512LoraRequest30FileType": ".rhart_image_qwen_image_text_to_image_2512_lora_request_30_file_type",
    "RhartImageQwenImageTextToImage2512Request": ".rhart_image_qwen_image_text_to_image_2512_request",
    "RhartImageQwenImageTextToImage2512Request25Select": ".rhart_image_qwen_image_text_to_image_2512_request_25_select",
    "RhartImageQwenImageTextToImage2512Request31FileType": ".rhart_image_qwen_image_text_to_image_2512_request_31_file_type",
    "RhartImageV1EditRequest": ".rhart_image_v1_edit_request",
    "RhartImageV1EditRequestAspectRatio": ".rhart_image_v1_edit_request_aspect_ratio",
    "RhartImageV1OfficialEditRequest": ".rhart_image_v1_official_edit_request",
    "RhartImageV1OfficialEditRequestAspectRatio": ".rhart_image_v1_official_edit_request_aspect_ratio",
    "RhartImageV1OfficialTextToImageRequest": ".rhart_image_v1_official_text_to_image_request",
    "RhartImageV1OfficialTextToImageRequestAspectRatio": ".rhart_image_v1_official_text_to_image_request_aspect_ratio",
    "RhartImageV1TextToImageRequest": ".rhart_image_v1_text_to_image_request",
    "RhartImageV1TextToImageRequestAspectRatio": ".rhart_image_v1_text_to_image_request_aspect_ratio",
    "RhartImageXOfficialEditRequest": ".rhart_image_x_official_edit_request",
    "RhartImageXOfficialTextToImageRequest": ".rhart_image_x_official_text_to_image_request",
    "RhartImageXOfficialTextToImageRequestAspectRatio": ".rhart_image_x_official_text_to_image_request_aspect_ratio",
    "RhartImageXOfficialTextToImageRequestOutputFormat": ".rhart_image_x_official_text_to_image_request_output_format",
    "RhartImageZImageTurboImageToImageLoraRequest": ".rhart_image_z_image_turbo_image_to_image_lora_request",
    "RhartImageZImageTurboImageToImageLoraRequest41Select": ".rhart_image_z_image_turbo_image_to_image_lora_request_41_select",
    "RhartImageZImageTurboImageToImageLoraRequest42FileType": ".rhart_image_z_image_turbo_image_to_image_lora_request_42_file_type",
    "RhartImageZImageTurboImageToImageRequest": ".rhart_image_z_image_turbo_image_to_image_request",
    "RhartImageZImageTurboImageToImageRequest64Select": ".rhart_image_z_image_turbo_image_to_image_request_64_select",
    "RhartImageZImageTurboImageToImageRequest65FileType": ".rhart_image_z_image_turbo_image_to_image_request_65_file_type",
    "RhartImageZImageTurboLoraRequest": ".rhart_image_z_image_turbo_lora_request",
    "RhartImageZImageTurboLoraRequest30Select": ".rhart_image_z_image_turbo_lora_request_30_select",
    "RhartImageZImageTurboLoraRequest34FileType": ".rhart_image_z_image_turbo_lora_request_34_file_type",
    "RhartImageZImageTurboRequest": ".rhart_image_z_image_turbo_request",
    "RhartImageZImageTurboRequest28Select": ".rhart_image_z_image_turbo_request_28_select",
    "RhartImageZImageTurboRequest29FileType": ".rhart_image_z_image_turbo_request_29_file_type",
    "RhartImagineImageQualityEditRequest": ".rhart_imagine_image_quality_edit_request",
    "RhartImagineImageQualityEditRequestAspectRatio": ".rhart_imagine_image_quality_edit_request_aspect_ratio",
    "RhartImagineImageQualityEditRequestNumImages": ".rhart_imagine_image_quality_edit_request_num_images",
    "RhartImagineImageQualityEditRequestOutputFormat": ".rhart_imagine_image_quality_edit_request_output_format",
    "RhartImagineImageQualityEditRequestResolution": ".rhart_imagine_image_quality_edit_request_resolution",
    "RhartImagineImageQualityTextToImageRequest": ".rhart_imagine_image_quality_text_to_image_request",
    "RhartImagineImageQualityTextToImageRequestAspectRatio": ".rhart_imagine_image_quality_text_to_image_request_aspect_ratio",
    "RhartImagineImageQualityTextToImageRequestNumImages": ".rhart_imagine_image_quality_text_to_image_request_num_images",
    "RhartImagineImageQualityTextToImageRequestOutputFormat": ".rhart_imagine_image_quality_text_to_image_request_output_format",
    "RhartImagineImageQualityTextToImageRequestResolution": ".rhart_imagine_image_quality_text_to_image_request_resolution",
    "RhartTextG25FlashCvImageToTextRequest": ".rhart_text_g25_flash_cv_image_to_text_request",
    "RhartTextG25FlashImageToTextRequest": ".rhart_text_g25_flash_image_to_text_request",
    "RhartTextG25FlashTextToTextRequest": ".rhart_text_g25_flash_text_to_text_request",
    "RhartTextG25FlashVideoToTextRequest": ".rhart_text_g25_flash_video_to_text_request",
    "RhartTextG25ProCvImageToTextRequest": ".rhart_text_g25_pro_cv_image_to_text_request",
    "RhartTextG25ProImageToTextRequest": ".rhart_text_g25_pro_image_to_text_request",
    "RhartTextG25ProTextToTextRequest": ".rhart_text_g25_pro_text_to_text_request",
    "RhartTextG25ProVideoToTextRequest": ".rhart_text_g25_pro_video_to_text_request",
    "RhartTextG3FlashPreviewCvImageToTextRequest": ".rhart_text_g3_flash_preview_cv_image_to_text_request",
    "RhartTextG3FlashPreviewImageToTextRequest": ".rhart_text_g3_flash_preview_image_to_text_request",
    "RhartTextG3FlashPreviewTextToTextRequest": ".rhart_text_g3_flash_preview_text_to_text_request",
    "RhartTextG3FlashPreviewVideoToTextRequest": ".rhart_text_g3_flash_preview_video_to_text_request",
    "RhartTextG3ProPreviewCvImageToTextRequest": ".rhart_text_g3_pro_preview_cv_image_to_text_request",
    "RhartTextG3ProPreviewImageToTextRequest": ".rhart_text_g3_pro_preview_image_to_text_request",
    "RhartTextG3ProPreviewTextToTextRequest": ".rhart_text_g3_pro_preview_text_to_text_request",
    "RhartTextG3ProPreviewVideoToTextRequest": ".rhart_text_g3_pro_preview_video_to_text_request",
    "RhartTextQwen27BChatRequest": ".rhart_text_qwen_27b_chat_request",
    "RhartVideoFKontextDevLoraRequest": ".rhart_video_f_kontext_dev_lora_request",
    "RhartVideoFKontextDevLoraRequest16FileType": ".rhart_video_f_kontext_dev_lora_request_16_file_type",
    "RhartVideoFKontextDevLoraRequest41Select": ".rhart_video_f_kontext_dev_lora_request_41_select",
    "RhartVideoGImageToVideoRequest": ".rhart_video_g_image_to_video_request",
    "RhartVideoGImageToVideoRequestAspectRatio": ".rhart_video_g_image_to_video_request_aspect_ratio",
    "RhartVideoGImageToVideoRequestResolution": ".rhart_video_g_image_to_video_request_resolution",
    "RhartVideoGOfficialEditVideoRequest": ".rhart_video_g_official_edit_video_request",
    "RhartVideoGOfficialEditVideoRequestResolution": ".rhart_video_g_official_edit_video_request_resolution",
    "RhartVideoGOfficialImageToVideoRequest": ".rhart_video_g_official_image_to_video_request",
    "RhartVideoGOfficialImageToVideoRequestDuration": ".rhart_video_g_official_image_to_video_request_duration",
    "RhartVideoGOfficialImageToVideoRequestResolution": ".rhart_video_g_official_image_to_video_request_resolution",
    "RhartVideoGOfficialImageToVideoV15Request": ".rhart_video_g_official_image_to_video_v15_request",
    "RhartVideoGOfficialImageToVideoV15RequestResolution": ".rhart_video_g_official_image_to_video_v15_request_resolution",
    "RhartVideoGOfficialReferenceToVideoRequest": ".rhart_video_g_official_reference_to_video_request",
    "RhartVideoGOfficialReferenceToVideoRequestDuration": ".rhart_video_g_official_reference_to_video_request_duration",
    "RhartVideoGOfficialReferenceToVideoRequestResolution": ".rhart_video_g_official_reference_to_video_request_resolution",
    "RhartVideoGOfficialTextToVideoRequest": ".rhart_video_g_official_text_to_video_request",
    "RhartVideoGOfficialTextToVideoRequestAspectRatio": ".rhart_video_g_official_text_to_video_request_aspect_ratio",
    "RhartVideoGOfficialTextToVideoRequestDuration": ".rhart_video_g_official_text_to_video_request_duration",
    "RhartVideoGOfficialTextToVideoRequestResolution": ".rhart_video_g_official_text_to_video_request_resolution",
    "RhartVideoGOfficialVideoExtendRequest": ".rhart_video_g_official_video_extend_request",
    "RhartVideoGOfficialVideoExtendRequestDuration": ".rhart_video_g_official_video_extend_request_duration",
    "RhartVideoGTextToVideoRequest": ".rhart_video_g_text_to_video_request",
    "RhartVideoGTextToVideoRequestAspectRatio": ".rhart_video_g_text_to_video_request_aspect_ratio",
    "RhartVideoGTextToVideoRequestResolution": ".rhart_video_g_text_to_video_request_resolution",
    "RhartVideoLtx23ImageToVideoLoraRequest": ".rhart_video_ltx_23_image_to_video_lora_request",
    "RhartVideoLtx23ImageToVideoLoraRequest240Select": ".rhart_video_ltx_23_image_to_video_lora_request_240_select",
    "RhartVideoLtx23ImageToVideoLoraRequest245Select": ".rhart_video_ltx_23_image_to_video_lora_request_245_select",
    "RhartVideoLtx23ImageToVideoRequest": ".rhart_video_ltx_23_image_to_video_request",
    "RhartVideoLtx23ImageToVideoRequest240Select": ".rhart_video_ltx_23_image_to_video_request_240_select",
    "RhartVideoLtx23ImageToVideoRequest245Select": ".rhart_video_ltx_23_image_to_video_request_245_select",
    "RhartVideoLtx23TextToVideoLoraRequest": ".rhart_video_ltx_23_text_to_video_lora_request",
    "RhartVideoLtx23TextToVideoLoraRequest247Select": ".rhart_video_ltx_23_text_to_video_lora_request_247_select",
    "RhartVideoLtx23TextToVideoLoraRequest248Select": ".rhart_video_ltx_23_text_to_video_lora_request_248_select",
    "RhartVideoLtx23TextToVideoRequest": ".rhart_video_ltx_23_text_to_video_request",
    "RhartVideoLtx23TextToVideoRequest247Select": ".rhart_video_ltx_23_text_to_video_request_247_select",
    "RhartVideoLtx23TextToVideoRequest248Select": ".rhart_video_ltx_23_text_to_video_request_248_select",
    "RhartVideoLtx2TextToVideoLoraRequest": ".rhart_video_ltx_2_text_to_video_lora_request",
    "RhartVideoRGen4AlephOfficialVideoToVideoRequest": ".rhart_video_r_gen_4_aleph_official_video_to_video_request",
    "RhartVideoRGen4AlephOfficialVideoToVideoRequestAspectRatio": ".rhart_video_r_gen_4_aleph_official_video_to_video_request_aspect_ratio",
    "RhartVideoRGen4TurboImageToVideoRequest": ".rhart_video_r_gen_4_turbo_image_to_video_request",
    "RhartVideoRGen4TurboImageToVideoRequestAspectRatio": ".rhart_video_r_gen_4_turbo_image_to_video_request_aspect_ratio",
    "RhartVideoRGen4TurboImageToVideoRequestDuration": ".rhart_video_r_gen_4_turbo_image_to_video_request_duration",
    "RhartVideoRGen4TurboOfficialImageToVideoRequest": ".rhart_video_r_gen_4_turbo_official_image_to_video_request",
    "RhartVideoRGen4TurboOfficialImageToVideoRequestAspectRatio": ".rhart_video_r_gen_4_turbo_official_image_to_video_request_aspect_ratio",
    "RhartVideoRGen4TurboOfficialImageToVideoRequestDuration": ".rhart_video_r_gen_4_turbo_official_image_to_video_request_duration",
    "RhartVideoSImageToVideoAsynRequest": ".rhart_video_s_image_to_video_asyn_request",
    "RhartVideoSImageToVideoAsynRequestAspectRatio": ".rhart_video_s_image_to_video_asyn_request_aspect_ratio",
    "RhartVideoSImageToVideoAsynRequestDuration": ".rhart_video_s_image_to_video_asyn_request_duration",
    "RhartVideoSImageToVideoProDeprecatedRequest": ".rhart_video_s_image_to_video_pro_deprecated_request",
    "RhartVideoSImageToVideoProDeprecatedRequestAspectRatio": ".rhart_video_s_image_to_video_pro_deprecated_request_aspect_ratio",
    "RhartVideoSImageToVideoProDeprecatedRequestDuration": ".rhart_video_s_image_to_video_pro_deprecated_request_duration",
    "RhartVideoSImageToVideoRequest": ".rhart_video_s_image_to_video_request",
    "RhartVideoSImageToVideoRequestAspectRatio": ".rhart_video_s_image_to_video_request_aspect_ratio",
    "RhartVideoSImageToVideoRequestDuration": ".rhart_video_s_image_to_video_request_duration",
    "RhartVideoSOfficialImageToVideoProRequest": ".rhart_video_s_official_image_to_video_pro_request",
    "RhartVideoSOfficialImageToVideoProRequestDuration": ".rhart_video_s_official_image_to_video_pro_request_duration",
    "RhartVideoSOfficialImageToVideoProRequestResolution": ".rhart_video_s_official_image_to_video_pro_request_resolution",
    "RhartVideoSOfficialImageToVideoRealisticRequest": ".rhart_video_s_official_image_to_video_realistic_request",
    "RhartVideoSOfficialImageToVideoRealisticRequestDuration": ".rhart_video_s_official_image_to_video_realistic_request_duration",
    "RhartVideoSOfficialImageToVideoRequest": ".rhart_video_s_official_image_to_video_request",
    "RhartVideoSOfficialImageToVideoRequestDuration": ".rhart_video_s_official_image_to_video_request_duration",
    "RhartVideoSOfficialSoraUploadCharacterRequest": ".rhart_video_s_official_sora_upload_character_request",
    "RhartVideoSOfficialTextToVideoProRequest": ".rhart_video_s_official_text_to_video_pro_request",
    "RhartVideoSOfficialTextToVideoProRequestDuration": ".rhart_video_s_official_text_to_video_pro_request_duration",
    "RhartVideoSOfficialTextToVideoProRequestSize": ".rhart_video_s_official_text_to_video_pro_request_size",
    "RhartVideoSOfficialTextToVideoRequest": ".rhart_video_s_official_text_to_video_request",
    "RhartVideoSOfficialTextToVideoRequestDuration": ".rhart_video_s_official_text_to_video_request_duration",
    "RhartVideoSOfficialTextToVideoRequestSize": ".rhart_video_s_official_text_to_video_request_size",
    "RhartVideoSSoraUploadCharacterRequest": ".rhart_video_s_sora_upload_character_request",
    "RhartVideoSTextToVideoProDeprecatedRequest": ".rhart_video_s_text_to_video_pro_deprecated_request",
    "RhartVideoSTextToVideoProDeprecatedRequestAspectRatio": ".rhart_video_s_text_to_video_pro_deprecated_request_aspect_ratio",
    "RhartVideoSTextToVideoProDeprecatedRequestDuration": ".rhart_video_s_text_to_video_pro_deprecated_request_duration",
    "RhartVideoSTextToVideoRequest": ".rhart_video_s_text_to_video_request",
    "RhartVideoSTextToVideoRequestAspectRatio": ".rhart_video_s_text_to_video_request_aspect_ratio",
    "RhartVideoSTextToVideoRequestDuration": ".rhart_video_s_text_to_video_request_duration",
    "RhartVideoSparkvideo20FastImageToVideoRequest": ".rhart_video_sparkvideo_20_fast_image_to_video_request",
    "RhartVideoSparkvideo20FastImageToVideoRequestDuration": ".rhart_video_sparkvideo_20_fast_image_to_video_request_duration",
    "RhartVideoSparkvideo20FastImageToVideoRequestRatio": ".rhart_video_sparkvideo_20_fast_image_to_video_request_ratio",
    "RhartVideoSparkvideo20FastImageToVideoRequestResolution": ".rhart_video_sparkvideo_20_fast_image_to_video_request_resolution",
    "RhartVideoSparkvideo20FastMultimodalVideoRequest": ".rhart_video_sparkvideo_20_fast_multimodal_video_request",
    "RhartVideoSparkvideo20FastMultimodalVideoRequestDuration": ".rhart_video_sparkvideo_20_fast_multimodal_video_request_duration",
    "RhartVideoSparkvideo20FastMultimodalVideoRequestRatio": ".rhart_video_sparkvideo_20_fast_multimodal_video_request_ratio",
    "RhartVideoSparkvideo20FastMultimodalVideoRequestResolution": ".rhart_video_sparkvideo_20_fast_multimodal_video_request_resolution",
    "RhartVideoSparkvideo20FastTextToVideoRequest": ".rhart_video_sparkvideo_20_fast_text_to_video_request",
    "RhartVideoSparkvideo20FastTextToVideoRequestDuration": ".rhart_video_sparkvideo_20_fast_text_to_video_request_duration",
    "RhartVideoSparkvideo20FastTextToVideoRequestRatio": ".rhart_video_sparkvideo_20_fast_text_to_video_request_ratio",
    "RhartVideoSparkvideo20FastTextToVideoRequestResolution": ".rhart_video_sparkvideo_20_fast_text_to_video_request_resolution",
    "RhartVideoSparkvideo20ImageToVideoRequest": ".rhart_video_sparkvideo_20_image_to_video_request",
    "RhartVideoSparkvideo20ImageToVideoRequestDuration": ".rhart_video_sparkvideo_20_image_to_video_request_duration",
    "RhartVideoSparkvideo20ImageToVideoRequestRatio": ".rhart_video_sparkvideo_20_image_to_video_request_ratio",
    "RhartVideoSparkvideo20ImageToVideoRequestResolution": ".rhart_video_sparkvideo_20_image_to_video_request_resolution",
    "RhartVideoSparkvideo20MiniImageToVideoRequest": ".rhart_video_sparkvideo_20_mini_image_to_video_request",
    "RhartVideoSparkvideo20MiniImageToVideoRequestConversionSlots": ".rhart_video_sparkvideo_20_mini_image_to_video_request_conversion_slots",
    "RhartVideoSparkvideo20MiniImageToVideoRequestDuration": ".rhart_video_sparkvideo_20_mini_image_to_video_request_duration",
    "RhartVideoSparkvideo20MiniImageToVideoRequestRatio": ".rhart_video_sparkvideo_20_mini_image_to_video_request_ratio",
    "RhartVideoSparkvideo20MiniImageToVideoRequestResolution": ".rhart_video_sparkvideo_20_mini_image_to_video_request_resolution",
    "RhartVideoSparkvideo20MiniMultimodalVideoRequest": ".rhart_video_sparkvideo_20_mini_multimodal_video_request",
    "RhartVideoSparkvideo20MiniMultimodalVideoRequestConversionSlots": ".rhart_video_sparkvideo_20_mini_multimodal_video_request_conversion_slots",
    "RhartVideoSparkvideo20MiniMultimodalVideoRequestDuration": ".rhart_video_sparkvideo_20_mini_multimodal_video_request_duration",
    "RhartVideoSparkvideo20MiniMultimodalVideoRequestRatio": ".rhart_video_sparkvideo_20_mini_multimodal_video_request_ratio",
    "RhartVideoSparkvideo20MiniMultimodalVideoRequestResolution": ".rhart_video_sparkvideo_20_mini_multimodal_video_request_resolution",
    "RhartVideoSparkvideo20MiniTextToVideoRequest": ".rhart_video_sparkvideo_20_mini_text_to_video_request",
    "RhartVideoSparkvideo20MiniTextToVideoRequestDuration": ".rhart_video_sparkvideo_20_mini_text_to_video_request_duration",
    "RhartVideoSparkvideo20MiniTextToVideoRequestRatio": ".rhart_video_sparkvideo_20_mini_text_to_video_request_ratio",
    "RhartVideoSparkvideo20MiniTextToVideoRequestResolution": ".rhart_video_sparkvideo_20_mini_text_to_video_request_resolution",
    "RhartVideoSparkvideo20MultimodalVideoRequest": ".rhart_video_sparkvideo_20_multimodal_video_request",
    "RhartVideoSparkvideo20MultimodalVideoRequestDuration": ".rhart_video_sparkvideo_20_multimodal_video_request_duration",
    "RhartVideoSparkvideo20MultimodalVideoRequestRatio": ".rhart_video_sparkvideo_20_multimodal_video_request_ratio",
    "RhartVideoSparkvideo20MultimodalVideoRequestResolution": ".rhart_video_sparkvideo_20_multimodal_video_request_resolution",
    "RhartVideoSparkvideo20MultimodalVideoStarFastRequest": ".rhart_video_sparkvideo_20_multimodal_video_star_fast_request",
    "RhartVideoSparkvideo20MultimodalVideoStarFastRequestDuration": ".rhart_video_sparkvideo_20_multimodal_video_star_fast_request_duration",
    "RhartVideoSparkvideo20MultimodalVideoStarFastRequestRatio": ".rhart_video_sparkvideo_20_multimodal_video_star_fast_request_ratio",
    "RhartVideoSparkvideo20MultimodalVideoStarFastRequestResolution": ".rhart_video_sparkvideo_20_multimodal_video_star_fast_request_resolution",
    "RhartVideoSparkvideo20MultimodalVideoStarFastRequestTemplateId": ".rhart_video_sparkvideo_20_multimodal_video_star_fast_request_template_id",
    "RhartVideoSparkvideo20MultimodalVideoStarRequest": ".rhart_video_sparkvideo_20_multimodal_video_star_request",
    "RhartVideoSparkvideo20MultimodalVideoStarRequestDuration": ".rhart_video_sparkvideo_20_multimodal_video_star_request_duration",
    "RhartVideoSparkvideo20MultimodalVideoStarRequestRatio": ".rhart_video_sparkvideo_20_multimodal_video_star_request_ratio",
    "RhartVideoSparkvideo20MultimodalVideoStarRequestResolution": ".rhart_video_sparkvideo_20_multimodal_video_star_request_resolution",
    "RhartVideoSparkvideo20MultimodalVideoStarRequestTemplateId": ".rhart_video_sparkvideo_20_multimodal_video_star_request_template_id",
    "RhartVideoSparkvideo20TextToVideoRequest": ".rhart_video_sparkvideo_20_text_to_video_request",
    "RhartVideoSparkvideo20TextToVideoRequestDuration": ".rhart_video_sparkvideo_20_text_to_video_request_duration",
    "RhartVideoSparkvideo20TextToVideoRequestRatio": ".rhart_video_sparkvideo_20_text_to_video_request_ratio",
    "RhartVideoSparkvideo20TextToVideoRequestResolution": ".rhart_video_sparkvideo_20_text_to_video_request_resolution",
    "RhartVideoV31FastImageToVideoRequest": ".rhart_video_v31_fast_image_to_video_request",
    "RhartVideoV31FastImageToVideoRequestAspectRatio": ".rhart_video_v31_fast_image_to_video_request_aspect_ratio",
    "RhartVideoV31FastImageToVideoRequestDuration": ".rhart_video_v31_fast_image_to_video_request_duration",
    "RhartVideoV31FastImageToVideoRequestResolution": ".rhart_video_v31_fast_image_to_video_request_resolution",
    "RhartVideoV31FastOfficialImageToVideoRequest": ".rhart_video_v31_fast_official_image_to_video_request",
    "RhartVideoV31FastOfficialImageToVideoRequestAspectRatio": ".rhart_video_v31_fast_official_image_to_video_request_aspect_ratio",
    "RhartVideoV31FastOfficialImageToVideoRequestDuration": ".rhart_video_v31_fast_official_image_to_video_request_duration",
    "RhartVideoV31FastOfficialImageToVideoRequestResolution": ".rhart_video_v31_fast_official_image_to_video_request_resolution",
    "RhartVideoV31FastOfficialReferenceToVideoRequest": ".rhart_video_v31_fast_official_reference_to_video_request",
    "RhartVideoV31FastOfficialReferenceToVideoRequestAspectRatio": ".rhart_video_v31_fast_official_reference_to_video_request_aspect_ratio",
    "RhartVideoV31FastOfficialReferenceToVideoRequestResolution": ".rhart_video_v31_fast_official_reference_to_video_request_resolution",
    "RhartVideoV31FastOfficialTextToVideoRequest": ".rhart_video_v31_fast_official_text_to_video_request",
    "RhartVideoV31FastOfficialTextToVideoRequestAspectRatio": ".rhart_video_v31_fast_official_text_to_video_request_aspect_ratio",
    "RhartVideoV31FastOfficialTextToVideoRequestDuration": ".rhart_video_v31_fast_official_text_to_video_request_duration",
    "RhartVideoV31FastOfficialTextToVideoRequestResolution": ".rhart_video_v31_fast_official_text_to_video_request_resolution",
    "RhartVideoV31FastOfficialVideoExtendRequest": ".rhart_video_v31_fast_official_video_extend_request",
    "RhartVideoV31FastOfficialVideoExtendRequestResolution": ".rhart_video_v31_fast_official_video_extend_request_resolution",
    "RhartVideoV31FastStartEndToVideoRequest": ".rhart_video_v31_fast_start_end_to_video_request",
    "RhartVideoV31FastStartEndToVideoRequestAspectRatio": ".rhart_video_v31_fast_start_end_to_video_request_aspect_ratio",
    "RhartVideoV31FastStartEndToVideoRequestDuration": ".rhart_video_v31_fast_start_end_to_video_request_duration",
    "RhartVideoV31FastStartEndToVideoRequestResolution": ".rhart_video_v31_fast_start_end_to_video_request_resolution",
    "RhartVideoV31FastTextToVideoRequest": ".rhart_video_v31_fast_text_to_video_request",
    "RhartVideoV31FastTextToVideoRequestAspectRatio": ".rhart_video_v31_fast_text_to_video_request_aspect_ratio",
    "RhartVideoV31FastTextToVideoRequestDuration": ".rhart_video_v31_fast_text_to_video_request_duration",
    "RhartVideoV31FastTextToVideoRequestResolution": ".rhart_video_v31_fast_text_to_video_request_resolution",
    "RhartVideoV31LiteImageToVideoRequest": ".rhart_video_v31_lite_image_to_video_request",
    "RhartVideoV31LiteImageToVideoRequestAspectRatio": ".rhart_video_v31_lite_image_to_video_request_aspect_ratio",
    "RhartVideoV31LiteImageToVideoRequestDuration": ".rhart_video_v31_lite_image_to_video_request_duration",
    "RhartVideoV31LiteImageToVideoRequestResolution": ".rhart_video_v31_lite_image_to_video_request_resolution",
    "RhartVideoV31LiteOfficialImageToVideoRequest": ".rhart_video_v31_lite_official_image_to_video_request",
    "RhartVideoV31LiteOfficialImageToVideoRequestAspectRatio": ".rhart_video_v31_lite_official_image_to_video_request_aspect_ratio",
    "RhartVideoV31LiteOfficialImageToVideoRequestDuration": ".rhart_video_v31_lite_official_image_to_video_request_duration",
    "RhartVideoV31LiteOfficialImageToVideoRequestResolution": ".rhart_video_v31_lite_official_image_to_video_request_resolution",
    "RhartVideoV31LiteOfficialStartEndToVideoRequest": ".rhart_video_v31_lite_official_start_end_to_video_request",
    "RhartVideoV31LiteOfficialStartEndToVideoRequestAspectRatio": ".rhart_video_v31_lite_official_start_end_to_video_request_aspect_ratio",
    "RhartVideoV31LiteOfficialStartEndToVideoRequestResolution": ".rhart_video_v31_lite_official_start_end_to_video_request_resolution",
    "RhartVideoV31LiteOfficialTextToVideoRequest": ".rhart_video_v31_lite_official_text_to_video_request",
    "RhartVideoV31LiteOfficialTextToVideoRequestAspectRatio": ".rhart_video_v31_lite_official_text_to_video_request_aspect_ratio",
    "RhartVideoV31LiteOfficialTextToVideoRequestDuration": ".rhart_video_v31_lite_official_text_to_video_request_duration",
    "RhartVideoV31LiteOfficialTextToVideoRequestResolution": ".rhart_video_v31_lite_official_text_to_video_request_resolution",
    "RhartVideoV31LiteTextToVideoRequest": ".rhart_video_v31_lite_text_to_video_request",
    "RhartVideoV31LiteTextToVideoRequestAspectRatio": ".rhart_video_v31_lite_text_to_video_request_aspect_ratio",
    "RhartVideoV31LiteTextToVideoRequestDuration": ".rhart_video_v31_lite_text_to_video_request_duration",
    "RhartVideoV31LiteTextToVideoRequestResolution": ".rhart_video_v31_lite_text_to_video_request_resolution",
    "RhartVideoV31ProImageToVideoRequest": ".rhart_video_v31_pro_image_to_video_request",
    "RhartVideoV31ProImageToVideoRequestAspectRatio": ".rhart_video_v31_pro_image_to_video_request_aspect_ratio",
    "RhartVideoV31ProImageToVideoRequestDuration": ".rhart_video_v31_pro_image_to_video_request_duration",
    "RhartVideoV31ProImageToVideoRequestResolution": ".rhart_video_v31_pro_image_to_video_request_resolution",
    "RhartVideoV31ProOfficialImageToVideoRequest": ".rhart_video_v31_pro_official_image_to_video_request",
    "RhartVideoV31ProOfficialImageToVideoRequestAspectRatio": ".rhart_video_v31_pro_official_image_to_video_request_aspect_ratio",
    "RhartVideoV31ProOfficialImageToVideoRequestDuration": ".rhart_video_v31_pro_official_image_to_video_request_duration",
    "RhartVideoV31ProOfficialImageToVideoRequestResolution": ".rhart_video_v31_pro_official_image_to_video_request_resolution",
    "RhartVideoV31ProOfficialReferenceToVideoRequest": ".rhart_video_v31_pro_official_reference_to_video_request",
    "RhartVideoV31ProOfficialReferenceToVideoRequestResolution": ".rhart_video_v31_pro_official_reference_to_video_request_resolution",
    "RhartVideoV31ProOfficialTextToVideoRequest": ".rhart_video_v31_pro_official_text_to_video_request",
    "RhartVideoV31ProOfficialTextToVideoRequestAspectRatio": ".rhart_video_v31_pro_official_text_to_video_request_aspect_ratio",
    "RhartVideoV31ProOfficialTextToVideoRequestDuration": ".rhart_video_v31_pro_official_text_to_video_request_duration",
    "RhartVideoV31ProOfficialTextToVideoRequestResolution": ".rhart_video_v31_pro_official_text_to_video_request_resolution",
    "RhartVideoV31ProOfficialVideoExtendRequest": ".rhart_video_v31_pro_official_video_extend_request",
    "RhartVideoV31ProOfficialVideoExtendRequestResolution": ".rhart_video_v31_pro_official_video_extend_request_resolution",
    "RhartVideoV31ProStartEndToVideoRequest": ".rhart_video_v31_pro_start_end_to_video_request",
    "RhartVideoV31ProStartEndToVideoRequestAspectRatio": ".rhart_video_v31_pro_start_end_to_video_request_aspect_ratio",
    "RhartVideoV31ProStartEndToVideoRequestDuration": ".rhart_video_v31_pro_start_end_to_video_request_duration",
    "RhartVideoV31ProStartEndToVideoRequestResolution": ".rhart_video_v31_pro_start_end_to_video_request_resolution",
    "RhartVideoV31ProTextToVideoRequest": ".rhart_video_v31_pro_text_to_video_request",
    "RhartVideoV31ProTextToVideoRequestAspectRatio": ".rhart_video_v31_pro_text_to_video_request_aspect_ratio",
    "RhartVideoV31ProTextToVideoRequestDuration": ".rhart_video_v31_pro_text_to_video_request_duration",
    "RhartVideoV31ProTextToVideoRequestResolution": ".rhart_video_v31_pro_text_to_video_request_resolution",
    "RhartVideoVideoFpsIncreaserRequest": ".rhart_video_video_fps_increaser_request",
    "RhartVideoVideoUpscalerRequest": ".rhart_video_video_upscaler_request",
    "RhartVideoVideoUpscalerRequestTargetResolution": ".rhart_video_video_upscaler_request_target_resolution",
    "RhartVideoWan22ImageToImageRequest": ".rhart_video_wan_22_image_to_image_request",
    "RhartVideoWan22ImageToImageRequest242FileType": ".rhart_video_wan_22_image_to_image_request_242_file_type",
    "RhartVideoWan22ImageToImageRequest267Select": ".rhart_video_wan_22_image_to_image_request_267_select",
    "RhartVideoWan22ImageToVideoRequest": ".rhart_video_wan_22_image_to_video_request",
    "RhartVideoWan22ImageToVideoRequest202Select": ".rhart_video_wan_22_image_to_video_request_202_select",
    "RhartVideoWan22ImageToVideoRequest218Select": ".rhart_video_wan_22_image_to_video_request_218_select",
    "RhartVideoWan22StartToEndRequest": ".rhart_video_wan_22_start_to_end_request",
    "RhartVideoWan22StartToEndRequest202Select": ".rhart_video_wan_22_start_to_end_request_202_select",
    "RhartVideoWan22StartToEndRequest218Select": ".rhart_video_wan_22_start_to_end_request_218_select",
    "RhartVideoWan22TextToImageLoraRequest": ".rhart_video_wan_22_text_to_image_lora_request",
    "RhartVideoWan22TextToImageLoraRequest201FileType": ".rhart_video_wan_22_text_to_image_lora_request_201_file_type",
    "RhartVideoWan22TextToImageLoraRequest225Select": ".rhart_video_wan_22_text_to_image_lora_request_225_select",
    "RhartVideoWan22TextToVideoRequest": ".rhart_video_wan_22_text_to_video_request",
    "RhartVideoWan22TextToVideoRequest130Select": ".rhart_video_wan_22_text_to_video_request_130_select",
    "RhartVideoWan22TextToVideoRequest133Select": ".rhart_video_wan_22_text_to_video_request_133_select",
    "RunAiAppRequest": ".run_ai_app_request",
    "RunAiAppV2Request": ".run_ai_app_v2_request",
    "RunWorkflowV2Request": ".run_workflow_v2_request",
    "SeedanceV15ProImageToVideoFastRequest": ".seedance_v15_pro_image_to_video_fast_request",
    "SeedanceV15ProImageToVideoFastRequestAspectRatio": ".seedance_v15_pro_image_to_video_fast_request_aspect_ratio",
    "SeedanceV15ProImageToVideoFastRequestCameraFixed": ".seedance_v15_pro_image_to_video_fast_request_camera_fixed",
    "SeedanceV15ProImageToVideoFastRequestDuration": ".seedance_v15_pro_image_to_video_fast_request_duration",
    "SeedanceV15ProImageToVideoFastRequestGenerateAudio": ".seedance_v15_pro_image_to_video_fast_request_generate_audio",
    "SeedanceV15ProImageToVideoFastRequestResolution": ".seedance_v15_pro_image_to_video_fast_request_resolution",
    "SeedanceV15ProImageToVideoRequest": ".seedance_v15_pro_image_to_video_request",
    "SeedanceV15ProImageToVideoRequestAspectRatio": ".seedance_v15_pro_image_to_video_request_aspect_ratio",
    "SeedanceV15ProImageToVideoRequestCameraFixed": ".seedance_v15_pro_image_to_video_request_camera_fixed",
    "SeedanceV15ProImageToVideoRequestDuration": ".seedance_v15_pro_image_to_video_request_duration",
    "SeedanceV15ProImageToVideoRequestGenerateAudio": ".seedance_v15_pro_image_to_video_request_generate_audio",
    "SeedanceV15ProImageToVideoRequestResolution": ".seedance_v15_pro_image_to_video_request_resolution",
    "SeedanceV15ProTextToVideoFastRequest": ".seedance_v15_pro_text_to_video_fast_request",
    "SeedanceV15ProTextToVideoFastRequestAspectRatio": ".seedance_v15_pro_text_to_video_fast_request_aspect_ratio",
    "SeedanceV15ProTextToVideoFastRequestCameraFixed": ".seedance_v15_pro_text_to_video_fast_request_camera_fixed",
    "SeedanceV15ProTextToVideoFastRequestDuration": ".seedance_v15_pro_text_to_video_fast_request_duration",
    "SeedanceV15ProTextToVideoFastRequestGenerateAudio": ".seedance_v15_pro_text_to_video_fast_request_generate_audio",
    "SeedanceV15ProTextToVideoFastRequestResolution": ".seedance_v15_pro_text_to_video_fast_request_resolution",
    "SeedanceV15ProTextToVideoRequest": ".seedance_v15_pro_text_to_video_request",
    "SeedanceV15ProTextToVideoRequestAspectRatio": ".seedance_v15_pro_text_to_video_request_aspect_ratio",
    "SeedanceV15ProTextToVideoRequestCameraFixed": ".seedance_v15_pro_text_to_video_request_camera_fixed",
    "SeedanceV15ProTextToVideoRequestDuration": ".seedance_v15_pro_text_to_video_request_duration",
    "SeedanceV15ProTextToVideoRequestGenerateAudio": ".seedance_v15_pro_text_to_video_request_generate_audio",
    "SeedanceV15ProTextToVideoRequestResolution": ".seedance_v15_pro_text_to_video_request_resolution",
    "SeedanceV1LiteReferenceToVideoRequest": ".seedance_v1_lite_reference_to_video_request",
    "SeedanceV1LiteReferenceToVideoRequestAspectRatio": ".seedance_v1_lite_reference_to_video_request_aspect_ratio",
    "SeedanceV1LiteReferenceToVideoRequestCameraFixed": ".seedance_v1_lite_reference_to_video_request_camera_fixed",
    "SeedanceV1LiteReferenceToVideoRequestDuration": ".seedance_v1_lite_reference_to_video_request_duration",
    "SeedanceV1LiteReferenceToVideoRequestResolution": ".seedance_v1_lite_reference_to_video_request_resolution",
    "SeedreamV45ImageToImageRequest": ".seedream_v45_image_to_image_request",
    "SeedreamV45ImageToImageRequestResolution": ".seedream_v45_image_to_image_request_resolution",
    "SeedreamV45ImageToImageRequestSequentialImageGeneration": ".seedream_v45_image_to_image_request_sequential_image_generation",
    "SeedreamV45TextToImageRequest": ".seedream_v45_text_to_image_request",
    "SeedreamV45TextToImageRequestResolution": ".seedream_v45_text_to_image_request_resolution",
    "SeedreamV45TextToImageRequestSequentialImageGeneration": ".seedream_v45_text_to_image_request_sequential_image_generation",
    "SeedreamV4ImageToImageRequest": ".seedream_v4_image_to_image_request",
    "SeedreamV4ImageToImageRequestResolution": ".seedream_v4_image_to_image_request_resolution",
    "SeedreamV4ImageToImageRequestSequentialImageGeneration": ".seedream_v4_image_to_image_request_sequential_image_generation",
    "SeedreamV4TextToImageRequest": ".seedream_v4_text_to_image_request",
    "SeedreamV4TextToImageRequestResolution": ".seedream_v4_text_to_image_request_resolution",
    "SeedreamV4TextToImageRequestSequentialImageGeneration": ".seedream_v4_text_to_image_request_sequential_image_generation",
    "SeedreamV5LiteImageToImageRequest": ".seedream_v5_lite_image_to_image_request",
    "SeedreamV5LiteImageToImageRequestResolution": ".seedream_v5_lite_image_to_image_request_resolution",
    "SeedreamV5LiteImageToImageRequestSequentialImageGeneration": ".seedream_v5_lite_image_to_image_request_sequential_image_generation",
    "SeedreamV5LiteTextToImageRequest": ".seedream_v5_lite_text_to_image_request",
    "SeedreamV5LiteTextToImageRequestResolution": ".seedream_v5_lite_text_to_image_request_resolution",
    "SeedreamV5LiteTextToImageRequestSequentialImageGeneration": ".seedream_v5_lite_text_to_image_request_sequential_image_generation",
    "SeedreamV5LiteTextToImageRequestToolsType": ".seedream_v5_lite_text_to_image_request_tools_type",
    "SeedreamV5ProImageToImageRequest": ".seedream_v5_pro_image_to_image_request",
    "SeedreamV5ProImageToImageRequestOutputFormat": ".seedream_v5_pro_image_to_image_request_output_format",
    "SeedreamV5ProImageToImageRequestResolution": ".seedream_v5_pro_image_to_image_request_resolution",
    "SeedreamV5ProTextToImageRequest": ".seedream_v5_pro_text_to_image_request",
    "SeedreamV5ProTextToImageRequestOutputFormat": ".seedream_v5_pro_text_to_image_request_output_format",
    "SeedreamV5ProTextToImageRequestResolution": ".seedream_v5_pro_text_to_image_request_resolution",
    "SkyreelsV3ReferenceToVideoRequest": ".skyreels_v3_reference_to_video_request",
    "SkyreelsV3ReferenceToVideoRequestAspectRatio": ".skyreels_v3_reference_to_video_request_aspect_ratio",
    "SkyreelsV3ShotSwitchingVideoExtensionRequest": ".skyreels_v3_shot_switching_video_extension_request",
    "SkyreelsV3ShotSwitchingVideoExtensionRequestCutType": ".skyreels_v3_shot_switching_video_extension_request_cut_type",
    "SkyreelsV3SingleShotVideoExtensionRequest": ".skyreels_v3_single_shot_video_extension_request",
    "SkyreelsV3VideoRestylingRequest": ".skyreels_v3_video_restyling_request",
    "SkyreelsV3VideoRestylingRequestStyleName": ".skyreels_v3_video_restyling_request_style_name",
    "SkyreelsV4ImageToVideoFastRequest": ".skyreels_v4_image_to_video_fast_request",
    "SkyreelsV4ImageToVideoFastRequestResolution": ".skyreels_v4_image_to_video_fast_request_resolution",
    "SkyreelsV4ImageToVideoRequest": ".skyreels_v4_image_to_video_request",
    "SkyreelsV4ImageToVideoRequestMode": ".skyreels_v4_image_to_video_request_mode",
    "SkyreelsV4ImageToVideoStdRequest": ".skyreels_v4_image_to_video_std_request",
    "SkyreelsV4ImageToVideoStdRequestResolution": ".skyreels_v4_image_to_video_std_request_resolution",
    "SkyreelsV4OmniReferenceFastRequest": ".skyreels_v4_omni_reference_fast_request",
    "SkyreelsV4OmniReferenceFastRequestAspectRatio": ".skyreels_v4_omni_reference_fast_request_aspect_ratio",
    "SkyreelsV4OmniReferenceFastRequestResolution": ".skyreels_v4_omni_reference_fast_request_resolution",
    "SkyreelsV4OmniReferenceRequest": ".skyreels_v4_omni_reference_request",
    "SkyreelsV4OmniReferenceRequestAspectRatio": ".skyreels_v4_omni_reference_request_aspect_ratio",
    "SkyreelsV4OmniReferenceRequestResolution": ".skyreels_v4_omni_reference_request_resolution",
    "SkyreelsV4OmniReferenceStdRequest": ".skyreels_v4_omni_reference_std_request",
    "SkyreelsV4OmniReferenceStdRequestAspectRatio": ".skyreels_v4_omni_reference_std_request_aspect_ratio",
    "SkyreelsV4OmniReferenceStdRequestResolution": ".skyreels_v4_omni_reference_std_request_resolution",
    "SkyreelsV4TextToVideoFastRequest": ".skyreels_v4_text_to_video_fast_request",
    "SkyreelsV4TextToVideoFastRequestAspectRatio": ".skyreels_v4_text_to_video_fast_request_aspect_ratio",
    "SkyreelsV4TextToVideoFastRequestResolution": ".skyreels_v4_text_to_video_fast_request_resolution",
    "SkyreelsV4TextToVideoRequest": ".skyreels_v4_text_to_video_request",
    "SkyreelsV4TextToVideoRequestAspectRatio": ".skyreels_v4_text_to_video_request_aspect_ratio",
    "SkyreelsV4TextToVideoRequestMode": ".skyreels_v4_text_to_video_request_mode",
    "SkyreelsV4TextToVideoStdRequest": ".skyreels_v4_text_to_video_std_request",
    "SkyreelsV4TextToVideoStdRequestAspectRatio": ".skyreels_v4_text_to_video_std_request_aspect_ratio",
    "SkyreelsV4TextToVideoStdRequestResolution": ".skyreels_v4_text_to_video_std_request_resolution",
    "TaskCreateData": ".task_create_data",
    "TaskCreateEnvelope": ".task_create_envelope",
    "TaskEndEvent": ".task_end_event",
    "TaskFailedData": ".task_failed_data",
    "TaskOutput": ".task_output",
    "TaskOutputsEnvelope": ".task_outputs_envelope",
    "TaskResult": ".task_result",
    "TaskRunningData": ".task_running_data",
    "TaskStatusEnvelope": ".task_status_envelope",
    "TaskUsage": ".task_usage",
    "TaskUsageEntry": ".task_usage_entry",
    "TopazlabsImageGigapixelArtAndCgiRequest": ".topazlabs_image_gigapixel_art_and_cgi_request",
    "TopazlabsImageGigapixelArtAndCgiRequestOutputFormat": ".topazlabs_image_gigapixel_art_and_cgi_request_output_format",
    "TopazlabsImageGigapixelArtAndCgiRequestSubjectDetection": ".topazlabs_image_gigapixel_art_and_cgi_request_subject_detection",
    "TopazlabsImageGigapixelHighFidelity2Request": ".topazlabs_image_gigapixel_high_fidelity_2_request",
    "TopazlabsImageGigapixelHighFidelity2RequestOutputFormat": ".topazlabs_image_gigapixel_high_fidelity_2_request_output_format",
    "TopazlabsImageGigapixelHighFidelity2RequestSubjectDetection": ".topazlabs_image_gigapixel_high_fidelity_2_request_subject_detection",
    "TopazlabsImageGigapixelLowResolution2Request": ".topazlabs_image_gigapixel_low_resolution_2_request",
    "TopazlabsImageGigapixelLowResolution2RequestOutputFormat": ".topazlabs_image_gigapixel_low_resolution_2_request_output_format",
    "TopazlabsImageGigapixelLowResolution2RequestSubjectDetection": ".topazlabs_image_gigapixel_low_resolution_2_request_subject_detection",
    "TopazlabsImageGigapixelStandard2Request": ".topazlabs_image_gigapixel_standard_2_request",
    "TopazlabsImageGigapixelStandard2RequestOutputFormat": ".topazlabs_image_gigapixel_standard_2_request_output_format",
    "TopazlabsImageGigapixelStandard2RequestSubjectDetection": ".topazlabs_image_gigapixel_standard_2_request_subject_detection",
    "TopazlabsImageGigapixelTextAndShapesRequest": ".topazlabs_image_gigapixel_text_and_shapes_request",
    "TopazlabsImageGigapixelTextAndShapesRequestOutputFormat": ".topazlabs_image_gigapixel_text_and_shapes_request_output_format",
    "TopazlabsImageGigapixelTextAndShapesRequestSubjectDetection": ".topazlabs_image_gigapixel_text_and_shapes_request_subject_detection",
    "TopazlabsImageUpscaleCgiRequest": ".topazlabs_image_upscale_cgi_request",
    "TopazlabsImageUpscaleCgiRequestScale": ".topazlabs_image_upscale_cgi_request_scale",
    "TopazlabsImageUpscaleCgiRequestSubjectDetection": ".topazlabs_image_upscale_cgi_request_subject_detection",
    "TopazlabsImageUpscaleDetailFacesRequest": ".topazlabs_image_upscale_detail_faces_request",
    "TopazlabsImageUpscaleDetailFacesRequestOutputFormat": ".topazlabs_image_upscale_detail_faces_request_output_format",
    "TopazlabsImageUpscaleHighFidelityV2Request": ".topazlabs_image_upscale_high_fidelity_v2_request",
    "TopazlabsImageUpscaleHighFidelityV2RequestScale": ".topazlabs_image_upscale_high_fidelity_v2_request_scale",
    "TopazlabsImageUpscaleHighFidelityV2RequestSubjectDetection": ".topazlabs_image_upscale_high_fidelity_v2_request_subject_detection",
    "TopazlabsImageUpscaleHighFidelityV3Request": ".topazlabs_image_upscale_high_fidelity_v3_request",
    "TopazlabsImageUpscaleHighFidelityV3RequestOutputFormat": ".topazlabs_image_upscale_high_fidelity_v3_request_output_format",
    "TopazlabsImageUpscaleHighFidelityV3RequestSubjectDetection": ".topazlabs_image_upscale_high_fidelity_v3_request_subject_detection",
    "TopazlabsImageUpscaleLowResolutionV2Request": ".topazlabs_image_upscale_low_resolution_v2_request",
    "TopazlabsImageUpscaleLowResolutionV2RequestScale": ".topazlabs_image_upscale_low_resolution_v2_request_scale",
    "TopazlabsImageUpscaleLowResolutionV2RequestSubjectDetection": ".topazlabs_image_upscale_low_resolution_v2_request_subject_detection",
    "TopazlabsImageUpscaleStandardV2Request": ".topazlabs_image_upscale_standard_v2_request",
    "TopazlabsImageUpscaleStandardV2RequestScale": ".topazlabs_image_upscale_standard_v2_request_scale",
    "TopazlabsImageUpscaleStandardV2RequestSubjectDetection": ".topazlabs_image_upscale_standard_v2_request_subject_detection",
    "TopazlabsImageUpscaleTextRefineRequest": ".topazlabs_image_upscale_text_refine_request",
    "TopazlabsImageUpscaleTextRefineRequestScale": ".topazlabs_image_upscale_text_refine_request_scale",
    "TopazlabsImageUpscaleTextRefineRequestSubjectDetection": ".topazlabs_image_upscale_text_refine_request_subject_detection",
    "TopazlabsImageUpscaleTransparentRequest": ".topazlabs_image_upscale_transparent_request",
    "TopazlabsImageUpscaleTransparentRequestOutputFormat": ".topazlabs_image_upscale_transparent_request_output_format",
    "TopazlabsVideoAstraRequest": ".topazlabs_video_astra_request",
    "TopazlabsVideoAstraRequestModel": ".topazlabs_video_astra_request_model",
    "TopazlabsVideoDenoiseRequest": ".topazlabs_video_denoise_request",
    "TopazlabsVideoDenoiseRequestModel": ".topazlabs_video_denoise_request_model",
    "TopazlabsVideoFrameInterpolationRequest": ".topazlabs_video_frame_interpolation_request",
    "TopazlabsVideoFrameInterpolationRequestModel": ".topazlabs_video_frame_interpolation_request_model",
    "TopazlabsVideoProteusRequest": ".topazlabs_video_proteus_request",
    "TopazlabsVideoProteusRequestModel": ".topazlabs_video_proteus_request_model",
    "TopazlabsVideoStarlightRequest": ".topazlabs_video_starlight_request",
    "TopazlabsVideoStarlightRequestModel": ".topazlabs_video_starlight_request_model",
    "TopazlabsVideoUpscaleRequest": ".topazlabs_video_upscale_request",
    "TopazlabsVideoUpscaleRequestTargetFps": ".topazlabs_video_upscale_request_target_fps",
    "TopazlabsVideoUpscaleRequestTargetResolution": ".topazlabs_video_upscale_request_target_resolution",
    "V2ErrorBody": ".v2_error_body",
    "V2Task": ".v2_task",
    "ViduImageToVideoQ2ProFastRequest": ".vidu_image_to_video_q2_pro_fast_request",
    "ViduImageToVideoQ2ProFastRequestDuration": ".vidu_image_to_video_q2_pro_fast_request_duration",
    "ViduImageToVideoQ2ProFastRequestMovementAmplitude": ".vidu_image_to_video_q2_pro_fast_request_movement_amplitude",
    "ViduImageToVideoQ2ProFastRequestResolution": ".vidu_image_to_video_q2_pro_fast_request_resolution",
    "ViduImageToVideoQ2ProRequest": ".vidu_image_to_video_q2_pro_request",
    "ViduImageToVideoQ2ProRequestDuration": ".vidu_image_to_video_q2_pro_request_duration",
    "ViduImageToVideoQ2ProRequestMovementAmplitude": ".vidu_image_to_video_q2_pro_request_movement_amplitude",
    "ViduImageToVideoQ2ProRequestResolution": ".vidu_image_to_video_q2_pro_request_resolution",
    "ViduImageToVideoQ2TurboRequest": ".vidu_image_to_video_q2_turbo_request",
    "ViduImageToVideoQ2TurboRequestDuration": ".vidu_image_to_video_q2_turbo_request_duration",
    "ViduImageToVideoQ2TurboRequestMovementAmplitude": ".vidu_image_to_video_q2_turbo_request_movement_amplitude",
    "ViduImageToVideoQ2TurboRequestResolution": ".vidu_image_to_video_q2_turbo_request_resolution",
    "ViduImageToVideoQ3ProFastRequest": ".vidu_image_to_video_q3_pro_fast_request",
    "ViduImageToVideoQ3ProFastRequestDuration": ".vidu_image_to_video_q3_pro_fast_request_duration",
    "ViduImageToVideoQ3ProFastRequestResolution": ".vidu_image_to_video_q3_pro_fast_request_resolution",
    "ViduImageToVideoQ3ProRequest": ".vidu_image_to_video_q3_pro_request",
    "ViduImageToVideoQ3ProRequestDuration": ".vidu_image_to_video_q3_pro_request_duration",
    "ViduImageToVideoQ3ProRequestResolution": ".vidu_image_to_video_q3_pro_request_resolution",
    "ViduImageToVideoQ3TurboRequest": ".vidu_image_to_video_q3_turbo_request",
    "ViduImageToVideoQ3TurboRequestDuration": ".vidu_image_to_video_q3_turbo_request_duration",
    "ViduImageToVideoQ3TurboRequestResolution": ".vidu_image_to_video_q3_turbo_request_resolution",
    "ViduReferenceToVideoQ2ProRequest": ".vidu_reference_to_video_q2_pro_request",
    "ViduReferenceToVideoQ2ProRequestAspectRatio": ".vidu_reference_to_video_q2_pro_request_aspect_ratio",
    "ViduReferenceToVideoQ2ProRequestDuration": ".vidu_reference_to_video_q2_pro_request_duration",
    "ViduReferenceToVideoQ2ProRequestMovementAmplitude": ".vidu_reference_to_video_q2_pro_request_movement_amplitude",
    "ViduReferenceToVideoQ2ProRequestResolution": ".vidu_reference_to_video_q2_pro_request_resolution",
    "ViduReferenceToVideoQ2Request": ".vidu_reference_to_video_q2_request",
    "ViduReferenceToVideoQ2RequestAspectRatio": ".vidu_reference_to_video_q2_request_aspect_ratio",
    "ViduReferenceToVideoQ2RequestDuration": ".vidu_reference_to_video_q2_request_duration",
    "ViduReferenceToVideoQ2RequestMovementAmplitude": ".vidu_reference_to_video_q2_request_movement_amplitude",
    "ViduReferenceToVideoQ2RequestResolution": ".vidu_reference_to_video_q2_request_resolution",
    "ViduReferenceToVideoQ3AdRequest": ".vidu_reference_to_video_q3_ad_request",
    "ViduReferenceToVideoQ3AdRequestAspectRatio": ".vidu_reference_to_video_q3_ad_request_aspect_ratio",
    "ViduReferenceToVideoQ3AdRequestAudio": ".vidu_reference_to_video_q3_ad_request_audio",
    "ViduReferenceToVideoQ3AdRequestResolution": ".vidu_reference_to_video_q3_ad_request_resolution",
    "ViduReferenceToVideoQ3DramaRequest": ".vidu_reference_to_video_q3_drama_request",
    "ViduReferenceToVideoQ3DramaRequestAspectRatio": ".vidu_reference_to_video_q3_drama_request_aspect_ratio",
    "ViduReferenceToVideoQ3DramaRequestAudio": ".vidu_reference_to_video_q3_drama_request_audio",
    "ViduReferenceToVideoQ3DramaRequestResolution": ".vidu_reference_to_video_q3_drama_request_resolution",
    "ViduReferenceToVideoQ3MixRequest": ".vidu_reference_to_video_q3_mix_request",
    "ViduReferenceToVideoQ3MixRequestAspectRatio": ".vidu_reference_to_video_q3_mix_request_aspect_ratio",
    "ViduReferenceToVideoQ3MixRequestAudio": ".vidu_reference_to_video_q3_mix_request_audio",
    "ViduReferenceToVideoQ3MixRequestResolution": ".vidu_reference_to_video_q3_mix_request_resolution",
    "ViduReferenceToVideoQ3Request": ".vidu_reference_to_video_q3_request",
    "ViduReferenceToVideoQ3RequestAspectRatio": ".vidu_reference_to_video_q3_request_aspect_ratio",
    "ViduReferenceToVideoQ3RequestAudio": ".vidu_reference_to_video_q3_request_audio",
    "ViduReferenceToVideoQ3RequestResolution": ".vidu_reference_to_video_q3_request_resolution",
    "ViduShortPlayQ3AdRequest": ".vidu_short_play_q3_ad_request",
    "ViduShortPlayQ3AdRequestAspectRatio": ".vidu_short_play_q3_ad_request_aspect_ratio",
    "ViduShortPlayQ3AdRequestResolution": ".vidu_short_play_q3_ad_request_resolution",
    "ViduShortPlayQ3DramaRequest": ".vidu_short_play_q3_drama_request",
    "ViduShortPlayQ3DramaRequestAspectRatio": ".vidu_short_play_q3_drama_request_aspect_ratio",
    "ViduShortPlayQ3DramaRequestDuration": ".vidu_short_play_q3_drama_request_duration",
    "ViduShortPlayQ3DramaRequestPlacement": ".vidu_short_play_q3_drama_request_placement",
    "ViduShortPlayQ3DramaRequestResolution": ".vidu_short_play_q3_drama_request_resolution",
    "ViduStartEndToVideoQ2ProFastRequest": ".vidu_start_end_to_video_q2_pro_fast_request",
    "ViduStartEndToVideoQ2ProFastRequestDuration": ".vidu_start_end_to_video_q2_pro_fast_request_duration",
    "ViduStartEndToVideoQ2ProFastRequestMovementAmplitude": ".vidu_start_end_to_video_q2_pro_fast_request_movement_amplitude",
    "ViduStartEndToVideoQ2ProFastRequestResolution": ".vidu_start_end_to_video_q2_pro_fast_request_resolution",
    "ViduStartEndToVideoQ2ProRequest": ".vidu_start_end_to_video_q2_pro_request",
    "ViduStartEndToVideoQ2ProRequestDuration": ".vidu_start_end_to_video_q2_pro_request_duration",
    "ViduStartEndToVideoQ2ProRequestMovementAmplitude": ".vidu_start_end_to_video_q2_pro_request_movement_amplitude",
    "ViduStartEndToVideoQ2ProRequestResolution": ".vidu_start_end_to_video_q2_pro_request_resolution",
    "ViduStartEndToVideoQ2TurboRequest": ".vidu_start_end_to_video_q2_turbo_request",
    "ViduStartEndToVideoQ2TurboRequestDuration": ".vidu_start_end_to_video_q2_turbo_request_duration",
    "ViduStartEndToVideoQ2TurboRequestMovementAmplitude": ".vidu_start_end_to_video_q2_turbo_request_movement_amplitude",
    "ViduStartEndToVideoQ2TurboRequestResolution": ".vidu_start_end_to_video_q2_turbo_request_resolution",
    "ViduStartEndToVideoQ3ProFastRequest": ".vidu_start_end_to_video_q3_pro_fast_request",
    "ViduStartEndToVideoQ3ProFastRequestDuration": ".vidu_start_end_to_video_q3_pro_fast_request_duration",
    "ViduStartEndToVideoQ3ProFastRequestResolution": ".vidu_start_end_to_video_q3_pro_fast_request_resolution",
    "ViduStartEndToVideoQ3ProRequest": ".vidu_start_end_to_video_q3_pro_request",
    "ViduStartEndToVideoQ3ProRequestDuration": ".vidu_start_end_to_video_q3_pro_request_duration",
    "ViduStartEndToVideoQ3ProRequestMovementAmplitude": ".vidu_start_end_to_video_q3_pro_request_movement_amplitude",
    "ViduStartEndToVideoQ3ProRequestResolution": ".vidu_start_end_to_video_q3_pro_request_resolution",
    "ViduStartEndToVideoQ3TurboRequest": ".vidu_start_end_to_video_q3_turbo_request",
    "ViduStartEndToVideoQ3TurboRequestDuration": ".vidu_start_end_to_video_q3_turbo_request_duration",
    "ViduStartEndToVideoQ3TurboRequestMovementAmplitude": ".vidu_start_end_to_video_q3_turbo_request_movement_amplitude",
    "ViduStartEndToVideoQ3TurboRequestResolution": ".vidu_start_end_to_video_q3_turbo_request_resolution",
    "ViduTextToVideoQ3ProFastRequest": ".vidu_text_to_video_q3_pro_fast_request",
    "ViduTextToVideoQ3ProFastRequestAspectRatio": ".vidu_text_to_video_q3_pro_fast_request_aspect_ratio",
    "ViduTextToVideoQ3ProFastRequestDuration": ".vidu_text_to_video_q3_pro_fast_request_duration",
    "ViduTextToVideoQ3ProFastRequestResolution": ".vidu_text_to_video_q3_pro_fast_request_resolution",
    "ViduTextToVideoQ3ProRequest": ".vidu_text_to_video_q3_pro_request",
    "ViduTextToVideoQ3ProRequestAspectRatio": ".vidu_text_to_video_q3_pro_request_aspect_ratio",
    "ViduTextToVideoQ3ProRequestDuration": ".vidu_text_to_video_q3_pro_request_duration",
    "ViduTextToVideoQ3ProRequestResolution": ".vidu_text_to_video_q3_pro_request_resolution",
    "ViduTextToVideoQ3ProRequestStyle": ".vidu_text_to_video_q3_pro_request_style",
    "ViduTextToVideoQ3TurboRequest": ".vidu_text_to_video_q3_turbo_request",
    "ViduTextToVideoQ3TurboRequestAspectRatio": ".vidu_text_to_video_q3_turbo_request_aspect_ratio",
    "ViduTextToVideoQ3TurboRequestDuration": ".vidu_text_to_video_q3_turbo_request_duration",
    "ViduTextToVideoQ3TurboRequestResolution": ".vidu_text_to_video_q3_turbo_request_resolution",
    "ViduTextToVideoQ3TurboRequestStyle": ".vidu_text_to_video_q3_turbo_request_style",
    "ViduTextToVideoRequest": ".vidu_text_to_video_request",
    "ViduTextToVideoRequestAspectRatio": ".vidu_text_to_video_request_aspect_ratio",
    "ViduTextToVideoRequestDuration": ".vidu_text_to_video_request_duration",
    "ViduTextToVideoRequestMovementAmplitude": ".vidu_text_to_video_request_movement_amplitude",
    "ViduTextToVideoRequestResolution": ".vidu_text_to_video_request_resolution",
    "ViduTextToVideoRequestStyle": ".vidu_text_to_video_request_style",
    "VolcDramaSerialVideoTranslateRequest": ".volc_drama_serial_video_translate_request",
    "VolcDramaSerialVideoTranslateRequestAiRemoveType": ".volc_drama_serial_video_translate_request_ai_remove_type",
    "VolcDramaSerialVideoTranslateRequestDubVoiceMode": ".volc_drama_serial_video_translate_request_dub_voice_mode",
    "VolcDramaSerialVideoTranslateRequestSourceLang": ".volc_drama_serial_video_translate_request_source_lang",
    "VolcDramaSerialVideoTranslateRequestTargetLangs": ".volc_drama_serial_video_translate_request_target_langs",
    "VolcDramaSerialVideoTranslateRequestTranslationModel": ".volc_drama_serial_video_translate_request_translation_model",
    "VolcDramaVideoTranslateRequest": ".volc_drama_video_translate_request",
    "VolcDramaVideoTranslateRequestAiRemoveType": ".volc_drama_video_translate_request_ai_remove_type",
    "VolcDramaVideoTranslateRequestDubVoiceMode": ".volc_drama_video_translate_request_dub_voice_mode",
    "VolcDramaVideoTranslateRequestSourceLang": ".volc_drama_video_translate_request_source_lang",
    "VolcDramaVideoTranslateRequestTargetLangs": ".volc_drama_video_translate_request_target_langs",
    "VolcSubtitleEraseProVideoRequest": ".volc_subtitle_erase_pro_video_request",
    "VolcSubtitleEraseProVideoRequestEncodeMode": ".volc_subtitle_erase_pro_video_request_encode_mode",
    "VolcSubtitleEraseProVideoRequestEraseType": ".volc_subtitle_erase_pro_video_request_erase_type",
    "VolcSubtitleEraseVideoRequest": ".volc_subtitle_erase_video_request",
    "WebhookDetail": ".webhook_detail",
    "WebhookDetailEnvelope": ".webhook_detail_envelope",
    "WorkflowJsonData": ".workflow_json_data",
    "WorkflowJsonEnvelope": ".workflow_json_envelope",
    "YouchuanImageToVideoRequest": ".youchuan_image_to_video_request",
    "YouchuanImageToVideoRequestMotion": ".youchuan_image_to_video_request_motion",
    "YouchuanImageToVideoRequestResolution": ".youchuan_image_to_video_request_resolution",
    "YouchuanTextToImageNiji6Request": ".youchuan_text_to_image_niji_6_request",
    "YouchuanTextToImageNiji6RequestAspectRatio": ".youchuan_text_to_image_niji_6_request_aspect_ratio",
    "YouchuanTextToImageNiji6RequestQuality": ".youchuan_text_to_image_niji_6_request_quality",
    "YouchuanTextToImageNiji7Request": ".youchuan_text_to_image_niji_7_request",
    "YouchuanTextToImageNiji7RequestAspectRatio": ".youchuan_text_to_image_niji_7_request_aspect_ratio",
    "YouchuanTextToImageV61Request": ".youchuan_text_to_image_v61_request",
    "YouchuanTextToImageV61RequestAspectRatio": ".youchuan_text_to_image_v61_request_aspect_ratio",
    "YouchuanTextToImageV61RequestQuality": ".youchuan_text_to_image_v61_request_quality",
    "YouchuanTextToImageV6Request": ".youchuan_text_to_image_v6_request",
    "YouchuanTextToImageV6RequestAspectRatio": ".youchuan_text_to_image_v6_request_aspect_ratio",
    "YouchuanTextToImageV6RequestQuality": ".youchuan_text_to_image_v6_request_quality",
    "YouchuanTextToImageV7Request": ".youchuan_text_to_image_v7_request",
    "YouchuanTextToImageV7RequestAspectRatio": ".youchuan_text_to_image_v7_request_aspect_ratio",
    "YouchuanTextToImageV7RequestQuality": ".youchuan_text_to_image_v7_request_quality",
    "YouchuanTextToImageV81Request": ".youchuan_text_to_image_v81_request",
    "YouchuanTextToImageV81RequestAspectRatio": ".youchuan_text_to_image_v81_request_aspect_ratio",
    "YouchuanTextToImageV81RequestQuality": ".youchuan_text_to_image_v81_request_quality",
    "YouchuanTextToImageV82Request": ".youchuan_text_to_image_v82_request",
    "YouchuanTextToImageV82RequestAspectRatio": ".youchuan_text_to_image_v82_request_aspect_ratio",
    "YouchuanTextToImageV82RequestQuality": ".youchuan_text_to_image_v82_request_quality",
}


def __getattr__(name: str) -> Any:
    try:
        module = _MODULES[name]
    except KeyError:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_MODULES))


__all__ = (
    "AccountInfo",
    "AccountStatusEnvelope",
    "AccountStatusRequest",
    "AiAppListEnvelope",
    "AiAppListRequest",
    "AiAppPage",
    "AiAppRecord",
    "AlibabaHappyhorse10ImageToVideoRequest",
    "AlibabaHappyhorse10ImageToVideoRequestDuration",
    "AlibabaHappyhorse10ImageToVideoRequestResolution",
    "AlibabaHappyhorse10ReferenceToVideoRequest",
    "AlibabaHappyhorse10ReferenceToVideoRequestAspectRatio",
    "AlibabaHappyhorse10ReferenceToVideoRequestDuration",
    "AlibabaHappyhorse10ReferenceToVideoRequestResolution",
    "AlibabaHappyhorse10TextToVideoRequest",
    "AlibabaHappyhorse10TextToVideoRequestAspectRatio",
    "AlibabaHappyhorse10TextToVideoRequestDuration",
    "AlibabaHappyhorse10TextToVideoRequestResolution",
    "AlibabaHappyhorse10VideoEditRequest",
    "AlibabaHappyhorse10VideoEditRequestAudioSetting",
    "AlibabaHappyhorse10VideoEditRequestResolution",
    "AlibabaHappyhorse11ImageToVideoRequest",
    "AlibabaHappyhorse11ImageToVideoRequestDuration",
    "AlibabaHappyhorse11ImageToVideoRequestResolution",
    "AlibabaHappyhorse11ReferenceToVideoRequest",
    "AlibabaHappyhorse11ReferenceToVideoRequestAspectRatio",
    "AlibabaHappyhorse11ReferenceToVideoRequestDuration",
    "AlibabaHappyhorse11ReferenceToVideoRequestResolution",
    "AlibabaHappyhorse11TextToVideoRequest",
    "AlibabaHappyhorse11TextToVideoRequestAspectRatio",
    "AlibabaHappyhorse11TextToVideoRequestDuration",
    "AlibabaHappyhorse11TextToVideoRequestResolution",
    "AlibabaQwen3TtsFlashRequest",
    "AlibabaQwen3TtsFlashRequestLanguageType",
    "AlibabaQwen3TtsFlashRequestVoice",
    "AlibabaQwen3TtsInstructFlashRequest",
    "AlibabaQwen3TtsInstructFlashRequestLanguageType",
    "AlibabaQwen3TtsInstructFlashRequestVoice",
    "AlibabaQwenImage20ImageEditRequest",
    "AlibabaQwenImage20ImageEditRequestImageNum",
    "AlibabaQwenImage20ImageEditRequestSize",
    "AlibabaQwenImage20ProImageEditRequest",
    "AlibabaQwenImage20ProImageEditRequestImageNum",
    "AlibabaQwenImage20ProImageEditRequestSize",
    "AlibabaQwenImage20ProTextToImageRequest",
    "AlibabaQwenImage20ProTextToImageRequestImageNum",
    "AlibabaQwenImage20ProTextToImageRequestSize",
    "AlibabaQwenImage20TextToImageRequest",
    "AlibabaQwenImage20TextToImageRequestImageNum",
    "AlibabaQwenImage20TextToImageRequestSize",
    "AlibabaQwenImage30ProImageEditRequest",
    "AlibabaQwenImage30ProImageEditRequestImageNum",
    "AlibabaQwenImage30ProImageEditRequestPromptExtendMode",
    "AlibabaQwenImage30ProImageEditRequestSize",
    "AlibabaQwenImage30ProTextToImageRequest",
    "AlibabaQwenImage30ProTextToImageRequestImageNum",
    "AlibabaQwenImage30ProTextToImageRequestPromptExtendMode",
    "AlibabaQwenImage30ProTextToImageRequestSize",
    "AlibabaWan25PreviewImageToImageRequest",
    "AlibabaWan25PreviewImageToImageRequestSize",
    "AlibabaWan25PreviewImageToVideoRequest",
    "AlibabaWan25PreviewImageToVideoRequestDuration",
    "AlibabaWan25PreviewImageToVideoRequestResolution",
    "AlibabaWan25PreviewTextToImageRequest",
    "AlibabaWan25PreviewTextToImageRequestSize",
    "AlibabaWan25PreviewTextToVideoRequest",
    "AlibabaWan25PreviewTextToVideoRequestDuration",
    "AlibabaWan25PreviewTextToVideoRequestSize",
    "AlibabaWan26ImageToVideoFlashRequest",
    "AlibabaWan26ImageToVideoFlashRequestDuration",
    "AlibabaWan26ImageToVideoFlashRequestResolution",
    "AlibabaWan26ImageToVideoFlashRequestShotType",
    "AlibabaWan26ImageToVideoRequest",
    "AlibabaWan26ImageToVideoRequestDuration",
    "AlibabaWan26ImageToVideoRequestResolution",
    "AlibabaWan26ImageToVideoRequestShotType",
    "AlibabaWan26ReferenceToVideoFlashRequest",
    "AlibabaWan26ReferenceToVideoFlashRequestDuration",
    "AlibabaWan26ReferenceToVideoFlashRequestShotType",
    "AlibabaWan26ReferenceToVideoFlashRequestSize",
    "AlibabaWan26ReferenceToVideoRequest",
    "AlibabaWan26ReferenceToVideoRequestDuration",
    "AlibabaWan26ReferenceToVideoRequestShotType",
    "AlibabaWan26ReferenceToVideoRequestSize",
    "AlibabaWan26TextToVideoRequest",
    "AlibabaWan26TextToVideoRequestDuration",
    "AlibabaWan26TextToVideoRequestResolution",
    "AlibabaWan26TextToVideoRequestShotType",
    "AlibabaWan27ImageEditProRequest",
    "AlibabaWan27ImageEditRequest",
    "AlibabaWan27ImageToVideoRequest",
    "AlibabaWan27ImageToVideoRequestDuration",
    "AlibabaWan27ImageToVideoRequestResolution",
    "AlibabaWan27ReferenceToVideoRequest",
    "AlibabaWan27ReferenceToVideoRequestAspectRatio",
    "AlibabaWan27ReferenceToVideoRequestDuration",
    "AlibabaWan27ReferenceToVideoRequestResolution",
    "AlibabaWan27SpicyImageToVideoRequest",
    "AlibabaWan27SpicyImageToVideoRequestResolution",
    "AlibabaWan27TextToImageProRequest",
    "AlibabaWan27TextToImageRequest",
    "AlibabaWan27TextToVideoRequest",
    "AlibabaWan27TextToVideoRequestAspectRatio",
    "AlibabaWan27TextToVideoRequestDuration",
    "AlibabaWan27TextToVideoRequestResolution",
    "AlibabaWan27VideoEditRequest",
    "AlibabaWan27VideoEditRequestAspectRatio",
    "AlibabaWan27VideoEditRequestDuration",
    "AlibabaWan27VideoEditRequestResolution",
    "AlibabaWan27VideoExtendRequest",
    "AlibabaWan27VideoExtendRequestDuration",
    "AlibabaWan27VideoExtendRequestResolution",
    "ApiCallDemoData",
    "ApiCallDemoDataStatisticsInfoType0",
    "ApiCallDemoEnvelope",
    "ApiKeyInfo",
    "ApiKeyListEnvelope",
    "AppCover",
    "AppNodeInfo",
    "AppTag",
    "Asset",
    "AssetCreateRequest",
    "AssetDeleteEnvelope",
    "AssetEnvelope",
    "AssetGroup",
    "AssetGroupCreateRequest",
    "AssetGroupEnvelope",
    "AssetGroupIdRequest",
    "AssetGroupListEnvelope",
    "AssetGroupPage",
    "AssetGroupUpdateRequest",
    "AssetIdRequest",
    "AssetListEnvelope",
    "AssetListRequest",
    "AssetPage",
    "AssetUpdateRequest",
    "BytedanceDoubaoSeedAudio10Request",
    "BytedanceDoubaoSeedAudio10RequestFormat",
    "BytedanceDoubaoSeedTts20Request",
    "BytedanceDoubaoSeedTts20RequestExplicitLanguage",
    "BytedanceDoubaoSeedTts20RequestFormat",
    "BytedanceDreamactorV2Request",
    "BytedanceJimeng46ImageToImageRequest",
    "BytedanceJimeng46TextToImageRequest",
    "BytedanceSeedance20GlobalFastImageToVideoRequest",
    "BytedanceSeedance20GlobalFastImageToVideoRequestConversionSlotsItem",
    "BytedanceSeedance20GlobalFastImageToVideoRequestDuration",
    "BytedanceSeedance20GlobalFastImageToVideoRequestRatio",
    "BytedanceSeedance20GlobalFastImageToVideoRequestResolution",
    "BytedanceSeedance20GlobalFastMultimodalVideoRequest",
    "BytedanceSeedance20GlobalFastMultimodalVideoRequestConversionSlotsItem",
    "BytedanceSeedance20GlobalFastMultimodalVideoRequestDuration",
    "BytedanceSeedance20GlobalFastMultimodalVideoRequestRatio",
    "BytedanceSeedance20GlobalFastMultimodalVideoRequestResolution",
    "BytedanceSeedance20GlobalFastTextToVideoRequest",
    "BytedanceSeedance20GlobalFastTextToVideoRequestDuration",
    "BytedanceSeedance20GlobalFastTextToVideoRequestRatio",
    "BytedanceSeedance20GlobalFastTextToVideoRequestResolution",
    "BytedanceSeedance20GlobalImageToVideoRequest",
    "BytedanceSeedance20GlobalImageToVideoRequestConversionSlotsItem",
    "BytedanceSeedance20GlobalImageToVideoRequestDuration",
    "BytedanceSeedance20GlobalImageToVideoRequestRatio",
    "BytedanceSeedance20GlobalImageToVideoRequestResolution",
    "BytedanceSeedance20GlobalMultimodalVideoRequest",
    "BytedanceSeedance20GlobalMultimodalVideoRequestConversionSlotsItem",
    "BytedanceSeedance20GlobalMultimodalVideoRequestDuration",
    "BytedanceSeedance20GlobalMultimodalVideoRequestRatio",
    "BytedanceSeedance20GlobalMultimodalVideoRequestResolution",
    "BytedanceSeedance20GlobalTextToVideoRequest",
    "BytedanceSeedance20GlobalTextToVideoRequestDuration",
    "BytedanceSeedance20GlobalTextToVideoRequestRatio",
    "BytedanceSeedance20GlobalTextToVideoRequestResolution",
    "CinematicVideoGeneratorRequest",
    "CinematicVideoGeneratorRequestAspectRatio",
    "CinematicVideoGeneratorRequestDuration",
    "CreateWorkflowTaskRequest",
    "EmptyEnvelope",
    "FailedReason",
    "FailedReasonCurrentInputsType1",
    "FailedReasonCurrentOutputsType1",
    "GeminiOmniFlashImageToVideoRequest",
    "GeminiOmniFlashImageToVideoRequestAspectRatio",
    "GeminiOmniFlashImageToVideoRequestDuration",
    "GeminiOmniFlashImageToVideoRequestResolution",
    "GeminiOmniFlashTextToVideoRequest",
    "GeminiOmniFlashTextToVideoRequestAspectRatio",
    "GeminiOmniFlashTextToVideoRequestDuration",
    "GeminiOmniFlashTextToVideoRequestResolution",
    "GeminiOmniFlashVideoEditRequest",
    "GeminiOmniFlashVideoEditRequestAspectRatio",
    "GeminiOmniFlashVideoEditRequestResolution",
    "GetWorkflowJsonRequest",
    "HiggsfieldDopImageToVideoRequest",
    "HiggsfieldDopImageToVideoRequestOptions",
    "HiggsfieldSoulImageToImageRequest",
    "HiggsfieldSoulImageToImageRequestQuality",
    "HiggsfieldSoulImageToImageRequestSize",
    "HiggsfieldSoulImageToImageRequestStyle",
    "Hitem3DPortraitV15ImageTo3DRequest",
    "Hitem3DPortraitV15ImageTo3DRequestRequestType",
    "Hitem3DPortraitV15ImageTo3DRequestResolution",
    "Hitem3DPortraitV15MultiImageTo3DRequest",
    "Hitem3DPortraitV15MultiImageTo3DRequestRequestType",
    "Hitem3DPortraitV15MultiImageTo3DRequestResolution",
    "Hitem3DPortraitV20ImageTo3DRequest",
    "Hitem3DPortraitV20ImageTo3DRequestRequestType",
    "Hitem3DPortraitV20ImageTo3DRequestResolution",
    "Hitem3DPortraitV20MultiImageTo3DRequest",
    "Hitem3DPortraitV20MultiImageTo3DRequestRequestType",
    "Hitem3DPortraitV20MultiImageTo3DRequestResolution",
    "Hitem3DPortraitV21ImageTo3DRequest",
    "Hitem3DPortraitV21ImageTo3DRequestRequestType",
    "Hitem3DPortraitV21ImageTo3DRequestResolution",
    "Hitem3DPortraitV21MultiImageTo3DRequest",
    "Hitem3DPortraitV21MultiImageTo3DRequestRequestType",
    "Hitem3DPortraitV21MultiImageTo3DRequestResolution",
    "Hitem3DV2ImageTo3DRequest",
    "Hitem3DV2ImageTo3DRequestRequestType",
    "Hitem3DV2ImageTo3DRequestResolution",
    "Hitem3DV2MultiImageTo3DRequest",
    "Hitem3DV2MultiImageTo3DRequestRequestType",
    "Hitem3DV2MultiImageTo3DRequestResolution",
    "Hitem3DV15ImageTo3DRequest",
    "Hitem3DV15ImageTo3DRequestRequestType",
    "Hitem3DV15ImageTo3DRequestResolution",
    "Hitem3DV15MultiImageTo3DRequest",
    "Hitem3DV15MultiImageTo3DRequestRequestType",
    "Hitem3DV15MultiImageTo3DRequestResolution",
    "Hitem3DV21ImageTo3DRequest",
    "Hitem3DV21ImageTo3DRequestRequestType",
    "Hitem3DV21ImageTo3DRequestResolution",
    "Hitem3DV21MultiImageTo3DRequest",
    "Hitem3DV21MultiImageTo3DRequestRequestType",
    "Hitem3DV21MultiImageTo3DRequestResolution",
    "Hunyuan3DV31ImageTo3DRequest",
    "Hunyuan3DV31ImageTo3DRequestGenerateType",
    "Hunyuan3DV31TextTo3DRequest",
    "Hunyuan3DV31TextTo3DRequestGenerateType",
    "ImageEnhanceHypirBalanceRequest",
    "ImageEnhanceHypirUltraRequest",
    "ImageEnhanceHypirUltraRequestCreativityLevel",
    "ImageEnhanceHypirUltraRequestTextureLevel",
    "KlingElementsAdvancedRequest",
    "KlingElementsAdvancedRequestReferenceType",
    "KlingElementsAdvancedRequestTagList",
    "KlingElementsRequest",
    "KlingLipSyncIdentifyFaceRequest",
    "KlingLipSyncLipSyncVideoRequest",
    "KlingLipSyncTtsRequest",
    "KlingLipSyncTtsRequestVoiceId",
    "KlingLipSyncTtsRequestVoiceLanguage",
    "KlingV2AiAvatarProImageAudioToVideoRequest",
    "KlingV2AiAvatarStandardImageAudioToVideoRequest",
    "KlingV3TurboProImageToVideoRequest",
    "KlingV3TurboProImageToVideoRequestDuration",
    "KlingV3TurboProTextToVideoRequest",
    "KlingV3TurboProTextToVideoRequestAspectRatio",
    "KlingV3TurboProTextToVideoRequestDuration",
    "KlingV3TurboStdImageToVideoRequest",
    "KlingV3TurboStdImageToVideoRequestDuration",
    "KlingV3TurboStdTextToVideoRequest",
    "KlingV3TurboStdTextToVideoRequestAspectRatio",
    "KlingV3TurboStdTextToVideoRequestDuration",
    "KlingV25TurboProImageToVideoRequest",
    "KlingV25TurboProImageToVideoRequestDuration",
    "KlingV25TurboProTextToVideoRequest",
    "KlingV25TurboProTextToVideoRequestAspectRatio",
    "KlingV25TurboProTextToVideoRequestDuration",
    "KlingV25TurboStdImageToVideoRequest",
    "KlingV25TurboStdImageToVideoRequestDuration",
    "KlingV25TurboStdTextToVideoRequest",
    "KlingV25TurboStdTextToVideoRequestAspectRatio",
    "KlingV25TurboStdTextToVideoRequestDuration",
    "KlingV26ProImageToVideoRequest",
    "KlingV26ProImageToVideoRequestDuration",
    "KlingV26ProImageToVideoRequestSound",
    "KlingV26ProMotionControlRequest",
    "KlingV26ProMotionControlRequestCharacterOrientation",
    "KlingV26ProMotionControlRequestKeepOriginalSound",
    "KlingV26ProTextToVideoRequest",
    "KlingV26ProTextToVideoRequestAspectRatio",
    "KlingV26ProTextToVideoRequestDuration",
    "KlingV26ProTextToVideoRequestSound",
    "KlingV26StdImageToVideoRequest",
    "KlingV26StdImageToVideoRequestDuration",
    "KlingV26StdMotionControlRequest",
    "KlingV26StdMotionControlRequestCharacterOrientation",
    "KlingV26StdMotionControlRequestKeepOriginalSound",
    "KlingV26StdTextToVideoRequest",
    "KlingV26StdTextToVideoRequestAspectRatio",
    "KlingV26StdTextToVideoRequestDuration",
    "KlingV30ProImageToVideoRequest",
    "KlingV30ProImageToVideoRequestDuration",
    "KlingV30ProImageToVideoRequestShotType",
    "KlingV30ProMotionControlRequest",
    "KlingV30ProMotionControlRequestCharacterOrientation",
    "KlingV30ProTextToVideoRequest",
    "KlingV30ProTextToVideoRequestAspectRatio",
    "KlingV30ProTextToVideoRequestDuration",
    "KlingV30ProTextToVideoRequestShotType",
    "KlingV30StdImageToVideoRequest",
    "KlingV30StdImageToVideoRequestDuration",
    "KlingV30StdImageToVideoRequestShotType",
    "KlingV30StdMotionControlRequest",
    "KlingV30StdMotionControlRequestCharacterOrientation",
    "KlingV30StdTextToVideoRequest",
    "KlingV30StdTextToVideoRequestAspectRatio",
    "KlingV30StdTextToVideoRequestDuration",
    "KlingV30StdTextToVideoRequestShotType",
    "KlingV34KImageToVideoRequest",
    "KlingV34KImageToVideoRequestShotType",
    "KlingV34KTextToVideoRequest",
    "KlingV34KTextToVideoRequestAspectRatio",
    "KlingV34KTextToVideoRequestDuration",
    "KlingV34KTextToVideoRequestShotType",
    "KlingV304KMotionControlRequest",
    "KlingVideoO1ImageToVideoRequest",
    "KlingVideoO1ImageToVideoRequestAspectRatio",
    "KlingVideoO1ImageToVideoRequestDuration",
    "KlingVideoO1ImageToVideoRequestMode",
    "KlingVideoO1StartToEndRequest",
    "KlingVideoO1StartToEndRequestAspectRatio",
    "KlingVideoO1StartToEndRequestDuration",
    "KlingVideoO1StartToEndRequestMode",
    "KlingVideoO1StdEditVideoRequest",
    "KlingVideoO1StdEditVideoRequestMode",
    "KlingVideoO1StdRefrenceToVideoRequest",
    "KlingVideoO1StdRefrenceToVideoRequestAspectRatio",
    "KlingVideoO1StdRefrenceToVideoRequestDuration",
    "KlingVideoO1StdRefrenceToVideoRequestMode",
    "KlingVideoO1TextToVideoRequest",
    "KlingVideoO1TextToVideoRequestAspectRatio",
    "KlingVideoO1TextToVideoRequestDuration",
    "KlingVideoO1TextToVideoRequestMode",
    "KlingVideoO3ProImageToVideoRequest",
    "KlingVideoO3ProImageToVideoRequestShotType",
    "KlingVideoO3ProReferenceToVideoRequest",
    "KlingVideoO3ProReferenceToVideoRequestAspectRatio",
    "KlingVideoO3ProReferenceToVideoRequestShotType",
    "KlingVideoO3ProTextToVideoRequest",
    "KlingVideoO3ProTextToVideoRequestAspectRatio",
    "KlingVideoO3ProTextToVideoRequestShotType",
    "KlingVideoO3ProVideoEditRequest",
    "KlingVideoO3StdImageToVideoRequest",
    "KlingVideoO3StdImageToVideoRequestShotType",
    "KlingVideoO3StdReferenceToVideoRequest",
    "KlingVideoO3StdReferenceToVideoRequestAspectRatio",
    "KlingVideoO3StdReferenceToVideoRequestShotType",
    "KlingVideoO3StdTextToVideoRequest",
    "KlingVideoO3StdTextToVideoRequestAspectRatio",
    "KlingVideoO3StdTextToVideoRequestShotType",
    "KlingVideoO3StdVideoEditRequest",
    "KlingVideoO34KImageToVideoRequest",
    "KlingVideoO34KImageToVideoRequestShotType",
    "KlingVideoO34KReferenceToVideoRequest",
    "KlingVideoO34KReferenceToVideoRequestAspectRatio",
    "KlingVideoO34KReferenceToVideoRequestShotType",
    "KlingVideoO34KTextToVideoRequest",
    "KlingVideoO34KTextToVideoRequestAspectRatio",
    "KlingVideoO34KTextToVideoRequestShotType",
    "LegacyTaskRequest",
    "LegacyUploadData",
    "LegacyUploadEnvelope",
    "LegacyUploadRequest",
    "LoraUploadUrlData",
    "LoraUploadUrlEnvelope",
    "LoraUploadUrlRequest",
    "LumaUni1ImageEditRequest",
    "LumaUni1ImageEditRequestAspectRatio",
    "LumaUni1ImageEditRequestOutputFormat",
    "LumaUni1ImageEditRequestStyle",
    "LumaUni1ImageToImageRequest",
    "LumaUni1ImageToImageRequestAspectRatio",
    "LumaUni1ImageToImageRequestOutputFormat",
    "LumaUni1ImageToImageRequestStyle",
    "LumaUni1MaxImageEditRequest",
    "LumaUni1MaxImageEditRequestAspectRatio",
    "LumaUni1MaxImageEditRequestOutputFormat",
    "LumaUni1MaxImageEditRequestStyle",
    "LumaUni1MaxImageToImageRequest",
    "LumaUni1MaxImageToImageRequestAspectRatio",
    "LumaUni1MaxImageToImageRequestOutputFormat",
    "LumaUni1MaxImageToImageRequestStyle",
    "LumaUni1MaxTextToImageRequest",
    "LumaUni1MaxTextToImageRequestAspectRatio",
    "LumaUni1MaxTextToImageRequestOutputFormat",
    "LumaUni1MaxTextToImageRequestStyle",
    "LumaUni1TextToImageRequest",
    "LumaUni1TextToImageRequestAspectRatio",
    "LumaUni1TextToImageRequestOutputFormat",
    "LumaUni1TextToImageRequestStyle",
    "Marble10ImageToWorldRequest",
    "Marble10MultiImageToWorldRequest",
    "Marble10TextToWorldRequest",
    "Marble10VideoToWorldRequest",
    "Marble11ImageToWorldRequest",
    "Marble11MultiImageToWorldRequest",
    "Marble11PlusImageToWorldRequest",
    "Marble11PlusMultiImageToWorldRequest",
    "Marble11PlusTextToWorldRequest",
    "Marble11PlusVideoToWorldRequest",
    "Marble11TextToWorldRequest",
    "Marble11VideoToWorldRequest",
    "MarbleUploadMediaAssetRequest",
    "MarbleUploadMediaAssetRequestKind",
    "MediaUploadData",
    "MediaUploadEnvelope",
    "MediaUploadRequest",
    "Meshy6ImageTo3DRequest",
    "Meshy6ImageTo3DRequestSymmetryMode",
    "Meshy6ImageTo3DRequestTopology",
    "Meshy6TextTo3DRequest",
    "Meshy6TextTo3DRequestArtStyle",
    "Meshy6TextTo3DRequestSymmetryMode",
    "Meshy6TextTo3DRequestTopology",
    "MinimaxHailuo02FastRequest",
    "MinimaxHailuo02FastRequestDuration",
    "MinimaxHailuo02I2VProRequest",
    "MinimaxHailuo02I2VStandardRequest",
    "MinimaxHailuo02I2VStandardRequestDuration",
    "MinimaxHailuo02ProRequest",
    "MinimaxHailuo02ProRequestDuration",
    "MinimaxHailuo02StandardRequest",
    "MinimaxHailuo02StandardRequestDuration",
    "MinimaxHailuo02T2VProRequest",
    "MinimaxHailuo02T2VStandardRequest",
    "MinimaxHailuo02T2VStandardRequestDuration",
    "MinimaxHailuo23FastImageToVideoRequest",
    "MinimaxHailuo23FastImageToVideoRequestDuration",
    "MinimaxHailuo23FastProImageToVideoRequest",
    "MinimaxHailuo23FastProImageToVideoRequestDuration",
    "MinimaxHailuo23I2VStandardRequest",
    "MinimaxHailuo23I2VStandardRequestDuration",
    "MinimaxHailuo23ImageToVideoProRequest",
    "MinimaxHailuo23T2VProRequest",
    "MinimaxHailuo23T2VStandardRequest",
    "MinimaxHailuo23T2VStandardRequestDuration",
    "MinimaxHailuoH3ImageToVideoRequest",
    "MinimaxHailuoH3ImageToVideoRequestDuration",
    "MinimaxHailuoH3ImageToVideoRequestResolution",
    "MinimaxHailuoH3MultimodalToVideoRequest",
    "MinimaxHailuoH3MultimodalToVideoRequestDuration",
    "MinimaxHailuoH3MultimodalToVideoRequestRatio",
    "MinimaxHailuoH3MultimodalToVideoRequestResolution",
    "MinimaxHailuoH3TextToVideoRequest",
    "MinimaxHailuoH3TextToVideoRequestDuration",
    "MinimaxHailuoH3TextToVideoRequestRatio",
    "MinimaxHailuoH3TextToVideoRequestResolution",
    "MinimaxMusic26Request",
    "MinimaxMusic26RequestBitrate",
    "MinimaxMusic26RequestFormat",
    "MinimaxMusic26RequestSampleRate",
    "MinimaxMusicCoverPreprocessRequest",
    "MinimaxMusicCoverRequest",
    "MinimaxMusicCoverRequestBitrate",
    "MinimaxMusicCoverRequestFormat",
    "MinimaxMusicCoverRequestSampleRate",
    "MinimaxVoiceDesignRequest",
    "MurekaAiDescribeSongRequest",
    "MurekaAiExtendLyricsRequest",
    "MurekaAiFilesUploadRequest",
    "MurekaAiFilesUploadRequestPurpose",
    "MurekaAiGenerateLyricsRequest",
    "MurekaAiMurekaO2GenerateSongRequest",
    "MurekaAiMurekaV8ExtendSongRequest",
    "MurekaAiMurekaV8ExtendSongRequestExtendType",
    "MurekaAiMurekaV8GenerateBgmRequest",
    "MurekaAiMurekaV8GenerateSongRequest",
    "MurekaAiMurekaV9GenerateBgmRequest",
    "MurekaAiMurekaV9GenerateSongRequest",
    "MurekaAiMurekaV76ExtendSongRequest",
    "MurekaAiMurekaV76GenerateBgmRequest",
    "MurekaAiMurekaV76GenerateSongRequest",
    "MurekaAiRecognizeSongRequest",
    "MurekaAiStemSongRequest",
    "MurekaAiStemSongRequestModel",
    "MurekaAiVocalCloneRequest",
    "MurekaO2InstrumentalGenerateRequest",
    "NodeInfo",
    "PixverseC1ImageToVideoRequest",
    "PixverseC1ImageToVideoRequestResolution",
    "PixverseC1ReferenceToVideoRequest",
    "PixverseC1ReferenceToVideoRequestAspectRatio",
    "PixverseC1ReferenceToVideoRequestResolution",
    "PixverseC1TextToVideoRequest",
    "PixverseC1TextToVideoRequestAspectRatio",
    "PixverseC1TextToVideoRequestResolution",
    "PixverseC1TransitionRequest",
    "PixverseC1TransitionRequestAspectRatio",
    "PixverseC1TransitionRequestResolution",
    "PixverseV6EffectsRequest",
    "PixverseV6EffectsRequestMotionMode",
    "PixverseV6EffectsRequestQuality",
    "PixverseV6EffectsRequestThinkingType",
    "PixverseV6ExtendRequest",
    "PixverseV6ExtendRequestResolution",
    "PixverseV6ExtendRequestStyle",
    "PixverseV6ImageToVideoRequest",
    "PixverseV6ImageToVideoRequestResolution",
    "PixverseV6TextToVideoRequest",
    "PixverseV6TextToVideoRequestAspectRatio",
    "PixverseV6TextToVideoRequestResolution",
    "PixverseV6TransitionRequest",
    "PixverseV6TransitionRequestAspectRatio",
    "PixverseV6TransitionRequestResolution",
    "PixverseV6TransitionRequestStyle",
    "PixverseV55EffectsRequest",
    "PixverseV55EffectsRequestDuration",
    "PixverseV55EffectsRequestEffect",
    "PixverseV55EffectsRequestResolution",
    "PixverseV55EffectsRequestThinkingType",
    "PixverseV55ImageToVideoRequest",
    "PixverseV55ImageToVideoRequestDuration",
    "PixverseV55ImageToVideoRequestGenerateAudioSwitch",
    "PixverseV55ImageToVideoRequestGenerateMultiClipSwitch",
    "PixverseV55ImageToVideoRequestResolution",
    "PixverseV55ImageToVideoRequestThinkingType",
    "PixverseV55TextToVideoRequest",
    "PixverseV55TextToVideoRequestAspectRatio",
    "PixverseV55TextToVideoRequestDuration",
    "PixverseV55TextToVideoRequestGenerateAudioSwitch",
    "PixverseV55TextToVideoRequestGenerateMultiClipSwitch",
    "PixverseV55TextToVideoRequestResolution",
    "PixverseV55TextToVideoRequestThinkingType",
    "PixverseV55TransitionRequest",
    "PixverseV55TransitionRequestAspectRatio",
    "PixverseV55TransitionRequestDuration",
    "PixverseV55TransitionRequestResolution",
    "PixverseV55TransitionRequestThinkingType",
    "PixverseV56ImageToVideoRequest",
    "PixverseV56ImageToVideoRequestDuration",
    "PixverseV56ImageToVideoRequestGenerateAudioSwitch",
    "PixverseV56ImageToVideoRequestResolution",
    "PixverseV56ImageToVideoRequestThinkingType",
    "PixverseV56TextToVideoRequest",
    "PixverseV56TextToVideoRequestAspectRatio",
    "PixverseV56TextToVideoRequestDuration",
    "PixverseV56TextToVideoRequestGenerateAudioSwitch",
    "PixverseV56TextToVideoRequestResolution",
    "PixverseV56TextToVideoRequestThinkingType",
    "PlatformErrorEnvelope",
    "PlatformPage",
    "PricePreview",
    "PricePreviewRequest",
    "QueryTaskRequest",
    "QueueStatus",
    "QueueStatusEnvelope",
    "QuickCreateModelParam",
    "QuickCreateParamsEnvelope",
    "QuickCreateParamsRequest",
    "QuickCreateRunRequest",
    "ResourceListEnvelope",
    "ResourceListRequest",
    "ResourceOwner",
    "ResourcePage",
    "ResourcePoster",
    "ResourceRecord",
    "ResourceTag",
    "ResourceVersion",
    "RetryWebhookRequest",
    "RhartAudioSunoLyricsRequest",
    "RhartAudioSunoV5CustomRequest",
    "RhartAudioSunoV5SingleRequest",
    "RhartAudioSunoV5SingleRequestMakeInstrumental",
    "RhartAudioSunoV45CustomRequest",
    "RhartAudioSunoV45SingleRequest",
    "RhartAudioSunoV45SingleRequestMakeInstrumental",
    "RhartAudioSunoV55CustomRequest",
    "RhartAudioSunoV55SingleRequest",
    "RhartAudioSunoV55SingleRequestMakeInstrumental",
    "RhartAudioTextToAudioMusic25Request",
    "RhartAudioTextToAudioMusic25RequestBitrate",
    "RhartAudioTextToAudioMusic25RequestSampleRate",
    "RhartAudioTextToAudioSpeech02HdRequest",
    "RhartAudioTextToAudioSpeech02HdRequestEmotion",
    "RhartAudioTextToAudioSpeech02TurboRequest",
    "RhartAudioTextToAudioSpeech02TurboRequestEmotion",
    "RhartAudioTextToAudioSpeech26HdRequest",
    "RhartAudioTextToAudioSpeech26HdRequestEmotion",
    "RhartAudioTextToAudioSpeech26TurboRequest",
    "RhartAudioTextToAudioSpeech26TurboRequestEmotion",
    "RhartAudioTextToAudioSpeech28HdRequest",
    "RhartAudioTextToAudioSpeech28HdRequestEmotion",
    "RhartAudioTextToAudioSpeech28TurboRequest",
    "RhartAudioTextToAudioSpeech28TurboRequestEmotion",
    "RhartAudioTextToAudioVoiceCloneRequest",
    "RhartAudioTextToAudioVoiceCloneRequestLanguageBoost",
    "RhartAudioTextToAudioVoiceCloneRequestModel",
    "RhartImageF2DevEditLoraRequest",
    "RhartImageF2DevEditLoraRequest47Select",
    "RhartImageF2DevEditLoraRequest52FileType",
    "RhartImageF2DevEditRequest",
    "RhartImageF2DevEditRequest46Select",
    "RhartImageF2DevEditRequest51FileType",
    "RhartImageF2DevTextToImageLoraRequest",
    "RhartImageF2DevTextToImageLoraRequest42Select",
    "RhartImageF2DevTextToImageLoraRequest44FileType",
    "RhartImageF2DevTextToImageRequest",
    "RhartImageF2DevTextToImageRequest41Select",
    "RhartImageF2DevTextToImageRequest43FileType",
    "RhartImageF2Klein4BEditLoraRequest",
    "RhartImageF2Klein4BEditLoraRequest37Select",
    "RhartImageF2Klein4BEditLoraRequest40FileType",
    "RhartImageF2Klein4BEditRequest",
    "RhartImageF2Klein4BEditRequest47Select",
    "RhartImageF2Klein4BEditRequest51FileType",
    "RhartImageF2Klein4BTextToImageLoraRequest",
    "RhartImageF2Klein4BTextToImageLoraRequest33Select",
    "RhartImageF2Klein4BTextToImageRequest",
    "RhartImageF2Klein4BTextToImageRequest94Select",
    "RhartImageF2Klein4BTextToImageRequest103FileType",
    "RhartImageF2Klein9BEditRequest",
    "RhartImageF2Klein9BEditRequest55FileType",
    "RhartImageF2Klein9BEditRequest81Select",
    "RhartImageF2Klein9BTextToImageLoraRequest",
    "RhartImageF2Klein9BTextToImageLoraRequest52Select",
    "RhartImageF2Klein9BTextToImageLoraRequest55FileType",
    "RhartImageF2Klein9BTextToImageRequest",
    "RhartImageF2Klein9BTextToImageRequest51Select",
    "RhartImageF2Klein9BTextToImageRequest54FileType",
    "RhartImageFDevLoraRequest",
    "RhartImageFDevLoraRequest104Select",
    "RhartImageFDevLoraRequest106FileType",
    "RhartImageFDevRequest",
    "RhartImageFDevRequest43Select",
    "RhartImageFDevRequest48FileType",
    "RhartImageFKreaDevLoraRequest",
    "RhartImageFKreaDevLoraRequest133Select",
    "RhartImageFKreaDevLoraRequest135FileType",
    "RhartImageG2ImageToImageRequest",
    "RhartImageG2ImageToImageRequestAspectRatio",
    "RhartImageG2ImageToImageRequestResolution",
    "RhartImageG2OfficialImageToImageRequest",
    "RhartImageG2OfficialImageToImageRequestAspectRatio",
    "RhartImageG2OfficialImageToImageRequestQuality",
    "RhartImageG2OfficialImageToImageRequestResolution",
    "RhartImageG2OfficialTextToImageRequest",
    "RhartImageG2OfficialTextToImageRequestAspectRatio",
    "RhartImageG2OfficialTextToImageRequestQuality",
    "RhartImageG2OfficialTextToImageRequestResolution",
    "RhartImageG2TextToImageRequest",
    "RhartImageG2TextToImageRequestAspectRatio",
    "RhartImageG2TextToImageRequestResolution",
    "RhartImageG3ImageToImageRequest",
    "RhartImageG3TextToImageRequest",
    "RhartImageG4ImageToImageRequest",
    "RhartImageG4TextToImageRequest",
    "RhartImageG15EditRequest",
    "RhartImageG15EditRequestAspectRatio",
    "RhartImageG15OfficialImageToImageRequest",
    "RhartImageG15OfficialImageToImageRequestBackground",
    "RhartImageG15OfficialImageToImageRequestInputFidelity",
    "RhartImageG15OfficialImageToImageRequestQuality",
    "RhartImageG15OfficialImageToImageRequestSize",
    "RhartImageG15OfficialTextToImageRequest",
    "RhartImageG15OfficialTextToImageRequestBackground",
    "RhartImageG15OfficialTextToImageRequestQuality",
    "RhartImageG15OfficialTextToImageRequestSize",
    "RhartImageG15TextToImageRequest",
    "RhartImageG15TextToImageRequestAspectRatio",
    "RhartImageGImageToImageRequest",
    "RhartImageGImageToImageRequestModel",
    "RhartImageGTextToImageRequest",
    "RhartImageGTextToImageRequestAspectRatio",
    "RhartImageGTextToImageRequestModel",
    "RhartImageNG31FlashImageToImageRequest",
    "RhartImageNG31FlashImageToImageRequestAspectRatio",
    "RhartImageNG31FlashImageToImageRequestResolution",
    "RhartImageNG31FlashLiteImageToImageRequest",
    "RhartImageNG31FlashLiteImageToImageRequestAspectRatio",
    "RhartImageNG31FlashLiteOfficialImageToImageRequest",
    "RhartImageNG31FlashLiteOfficialImageToImageRequestAspectRatio",
    "RhartImageNG31FlashLiteOfficialTextToImageRequest",
    "RhartImageNG31FlashLiteOfficialTextToImageRequestAspectRatio",
    "RhartImageNG31FlashLiteTextToImageRequest",
    "RhartImageNG31FlashLiteTextToImageRequestAspectRatio",
    "RhartImageNG31FlashOfficialImageToImageRequest",
    "RhartImageNG31FlashOfficialImageToImageRequestAspectRatio",
    "RhartImageNG31FlashOfficialImageToImageRequestResolution",
    "RhartImageNG31FlashOfficialTextToImageRequest",
    "RhartImageNG31FlashOfficialTextToImageRequestAspectRatio",
    "RhartImageNG31FlashOfficialTextToImageRequestResolution",
    "RhartImageNG31FlashTextToImageRequest",
    "RhartImageNG31FlashTextToImageRequestAspectRatio",
    "RhartImageNG31FlashTextToImageRequestResolution",
    "RhartImageNProEditRequest",
    "RhartImageNProEditRequestAspectRatio",
    "RhartImageNProEditRequestResolution",
    "RhartImageNProOfficialEditRequest",
    "RhartImageNProOfficialEditRequestAspectRatio",
    "RhartImageNProOfficialEditRequestResolution",
    "RhartImageNProOfficialEditUltraRequest",
    "RhartImageNProOfficialEditUltraRequestAspectRatio",
    "RhartImageNProOfficialEditUltraRequestResolution",
    "RhartImageNProOfficialTextToImageRequest",
    "RhartImageNProOfficialTextToImageRequestAspectRatio",
    "RhartImageNProOfficialTextToImageRequestResolution",
    "RhartImageNProOfficialTextToImageUltraRequest",
    "RhartImageNProOfficialTextToImageUltraRequestAspectRatio",
    "RhartImageNProOfficialTextToImageUltraRequestResolution",
    "RhartImageNProTextToImageRequest",
    "RhartImageNProTextToImageRequestAspectRatio",
    "RhartImageNProTextToImageRequestResolution",
    "RhartImageQwenImageEdit2511LoraRequest",
    "RhartImageQwenImageEdit2511LoraRequest32Select",
    "RhartImageQwenImageEdit2511LoraRequest40FileType",
    "RhartImageQwenImageEdit2511Request",
    "RhartImageQwenImageEdit2511Request28Select",
    "RhartImageQwenImageEdit2511Request52FileType",
    "RhartImageQwenImageTextToImage2512LoraRequest",
    "RhartImageQwenImageTextToImage2512LoraRequest24Select",
    "RhartImageQwenImageTextToImage2512LoraRequest30FileType",
    "RhartImageQwenImageTextToImage2512Request",
    "RhartImageQwenImageTextToImage2512Request25Select",
    "RhartImageQwenImageTextToImage2512Request31FileType",
    "RhartImageV1EditRequest",
    "RhartImageV1EditRequestAspectRatio",
    "RhartImageV1OfficialEditRequest",
    "RhartImageV1OfficialEditRequestAspectRatio",
    "RhartImageV1OfficialTextToImageRequest",
    "RhartImageV1OfficialTextToImageRequestAspectRatio",
    "RhartImageV1TextToImageRequest",
    "RhartImageV1TextToImageRequestAspectRatio",
    "RhartImageXOfficialEditRequest",
    "RhartImageXOfficialTextToImageRequest",
    "RhartImageXOfficialTextToImageRequestAspectRatio",
    "RhartImageXOfficialTextToImageRequestOutputFormat",
    "RhartImageZImageTurboImageToImageLoraRequest",
    "RhartImageZImageTurboImageToImageLoraRequest41Select",
    "RhartImageZImageTurboImageToImageLoraRequest42FileType",
    "RhartImageZImageTurboImageToImageRequest",
    "RhartImageZImageTurboImageToImageRequest64Select",
    "RhartImageZImageTurboImageToImageRequest65FileType",
    "RhartImageZImageTurboLoraRequest",
    "RhartImageZImageTurboLoraRequest30Select",
    "RhartImageZImageTurboLoraRequest34FileType",
    "RhartImageZImageTurboRequest",
    "RhartImageZImageTurboRequest28Select",
    "RhartImageZImageTurboRequest29FileType",
    "RhartImagineImageQualityEditRequest",
    "RhartImagineImageQualityEditRequestAspectRatio",
    "RhartImagineImageQualityEditRequestNumImages",
    "RhartImagineImageQualityEditRequestOutputFormat",
    "RhartImagineImageQualityEditRequestResolution",
    "RhartImagineImageQualityTextToImageRequest",
    "RhartImagineImageQualityTextToImageRequestAspectRatio",
    "RhartImagineImageQualityTextToImageRequestNumImages",
    "RhartImagineImageQualityTextToImageRequestOutputFormat",
    "RhartImagineImageQualityTextToImageRequestResolution",
    "RhartTextG3FlashPreviewCvImageToTextRequest",
    "RhartTextG3FlashPreviewImageToTextRequest",
    "RhartTextG3FlashPreviewTextToTextRequest",
    "RhartTextG3FlashPreviewVideoToTextRequest",
    "RhartTextG3ProPreviewCvImageToTextRequest",
    "RhartTextG3ProPreviewImageToTextRequest",
    "RhartTextG3ProPreviewTextToTextRequest",
    "RhartTextG3ProPreviewVideoToTextRequest",
    "RhartTextG25FlashCvImageToTextRequest",
    "RhartTextG25FlashImageToTextRequest",
    "RhartTextG25FlashTextToTextRequest",
    "RhartTextG25FlashVideoToTextRequest",
    "RhartTextG25ProCvImageToTextRequest",
    "RhartTextG25ProImageToTextRequest",
    "RhartTextG25ProTextToTextRequest",
    "RhartTextG25ProVideoToTextRequest",
    "RhartTextQwen27BChatRequest",
    "RhartVideoFKontextDevLoraRequest",
    "RhartVideoFKontextDevLoraRequest16FileType",
    "RhartVideoFKontextDevLoraRequest41Select",
    "RhartVideoGImageToVideoRequest",
    "RhartVideoGImageToVideoRequestAspectRatio",
    "RhartVideoGImageToVideoRequestResolution",
    "RhartVideoGOfficialEditVideoRequest",
    "RhartVideoGOfficialEditVideoRequestResolution",
    "RhartVideoGOfficialImageToVideoRequest",
    "RhartVideoGOfficialImageToVideoRequestDuration",
    "RhartVideoGOfficialImageToVideoRequestResolution",
    "RhartVideoGOfficialImageToVideoV15Request",
    "RhartVideoGOfficialImageToVideoV15RequestResolution",
    "RhartVideoGOfficialReferenceToVideoRequest",
    "RhartVideoGOfficialReferenceToVideoRequestDuration",
    "RhartVideoGOfficialReferenceToVideoRequestResolution",
    "RhartVideoGOfficialTextToVideoRequest",
    "RhartVideoGOfficialTextToVideoRequestAspectRatio",
    "RhartVideoGOfficialTextToVideoRequestDuration",
    "RhartVideoGOfficialTextToVideoRequestResolution",
    "RhartVideoGOfficialVideoExtendRequest",
    "RhartVideoGOfficialVideoExtendRequestDuration",
    "RhartVideoGTextToVideoRequest",
    "RhartVideoGTextToVideoRequestAspectRatio",
    "RhartVideoGTextToVideoRequestResolution",
    "RhartVideoLtx2TextToVideoLoraRequest",
    "RhartVideoLtx23ImageToVideoLoraRequest",
    "RhartVideoLtx23ImageToVideoLoraRequest240Select",
    "RhartVideoLtx23ImageToVideoLoraRequest245Select",
    "RhartVideoLtx23ImageToVideoRequest",
    "RhartVideoLtx23ImageToVideoRequest240Select",
    "RhartVideoLtx23ImageToVideoRequest245Select",
    "RhartVideoLtx23TextToVideoLoraRequest",
    "RhartVideoLtx23TextToVideoLoraRequest247Select",
    "RhartVideoLtx23TextToVideoLoraRequest248Select",
    "RhartVideoLtx23TextToVideoRequest",
    "RhartVideoLtx23TextToVideoRequest247Select",
    "RhartVideoLtx23TextToVideoRequest248Select",
    "RhartVideoRGen4AlephOfficialVideoToVideoRequest",
    "RhartVideoRGen4AlephOfficialVideoToVideoRequestAspectRatio",
    "RhartVideoRGen4TurboImageToVideoRequest",
    "RhartVideoRGen4TurboImageToVideoRequestAspectRatio",
    "RhartVideoRGen4TurboImageToVideoRequestDuration",
    "RhartVideoRGen4TurboOfficialImageToVideoRequest",
    "RhartVideoRGen4TurboOfficialImageToVideoRequestAspectRatio",
    "RhartVideoRGen4TurboOfficialImageToVideoRequestDuration",
    "RhartVideoSImageToVideoAsynRequest",
    "RhartVideoSImageToVideoAsynRequestAspectRatio",
    "RhartVideoSImageToVideoAsynRequestDuration",
    "RhartVideoSImageToVideoProDeprecatedRequest",
    "RhartVideoSImageToVideoProDeprecatedRequestAspectRatio",
    "RhartVideoSImageToVideoProDeprecatedRequestDuration",
    "RhartVideoSImageToVideoRequest",
    "RhartVideoSImageToVideoRequestAspectRatio",
    "RhartVideoSImageToVideoRequestDuration",
    "RhartVideoSOfficialImageToVideoProRequest",
    "RhartVideoSOfficialImageToVideoProRequestDuration",
    "RhartVideoSOfficialImageToVideoProRequestResolution",
    "RhartVideoSOfficialImageToVideoRealisticRequest",
    "RhartVideoSOfficialImageToVideoRealisticRequestDuration",
    "RhartVideoSOfficialImageToVideoRequest",
    "RhartVideoSOfficialImageToVideoRequestDuration",
    "RhartVideoSOfficialSoraUploadCharacterRequest",
    "RhartVideoSOfficialTextToVideoProRequest",
    "RhartVideoSOfficialTextToVideoProRequestDuration",
    "RhartVideoSOfficialTextToVideoProRequestSize",
    "RhartVideoSOfficialTextToVideoRequest",
    "RhartVideoSOfficialTextToVideoRequestDuration",
    "RhartVideoSOfficialTextToVideoRequestSize",
    "RhartVideoSSoraUploadCharacterRequest",
    "RhartVideoSTextToVideoProDeprecatedRequest",
    "RhartVideoSTextToVideoProDeprecatedRequestAspectRatio",
    "RhartVideoSTextToVideoProDeprecatedRequestDuration",
    "RhartVideoSTextToVideoRequest",
    "RhartVideoSTextToVideoRequestAspectRatio",
    "RhartVideoSTextToVideoRequestDuration",
    "RhartVideoSparkvideo20FastImageToVideoRequest",
    "RhartVideoSparkvideo20FastImageToVideoRequestDuration",
    "RhartVideoSparkvideo20FastImageToVideoRequestRatio",
    "RhartVideoSparkvideo20FastImageToVideoRequestResolution",
    "RhartVideoSparkvideo20FastMultimodalVideoRequest",
    "RhartVideoSparkvideo20FastMultimodalVideoRequestDuration",
    "RhartVideoSparkvideo20FastMultimodalVideoRequestRatio",
    "RhartVideoSparkvideo20FastMultimodalVideoRequestResolution",
    "RhartVideoSparkvideo20FastTextToVideoRequest",
    "RhartVideoSparkvideo20FastTextToVideoRequestDuration",
    "RhartVideoSparkvideo20FastTextToVideoRequestRatio",
    "RhartVideoSparkvideo20FastTextToVideoRequestResolution",
    "RhartVideoSparkvideo20ImageToVideoRequest",
    "RhartVideoSparkvideo20ImageToVideoRequestDuration",
    "RhartVideoSparkvideo20ImageToVideoRequestRatio",
    "RhartVideoSparkvideo20ImageToVideoRequestResolution",
    "RhartVideoSparkvideo20MiniImageToVideoRequest",
    "RhartVideoSparkvideo20MiniImageToVideoRequestConversionSlots",
    "RhartVideoSparkvideo20MiniImageToVideoRequestDuration",
    "RhartVideoSparkvideo20MiniImageToVideoRequestRatio",
    "RhartVideoSparkvideo20MiniImageToVideoRequestResolution",
    "RhartVideoSparkvideo20MiniMultimodalVideoRequest",
    "RhartVideoSparkvideo20MiniMultimodalVideoRequestConversionSlots",
    "RhartVideoSparkvideo20MiniMultimodalVideoRequestDuration",
    "RhartVideoSparkvideo20MiniMultimodalVideoRequestRatio",
    "RhartVideoSparkvideo20MiniMultimodalVideoRequestResolution",
    "RhartVideoSparkvideo20MiniTextToVideoRequest",
    "RhartVideoSparkvideo20MiniTextToVideoRequestDuration",
    "RhartVideoSparkvideo20MiniTextToVideoRequestRatio",
    "RhartVideoSparkvideo20MiniTextToVideoRequestResolution",
    "RhartVideoSparkvideo20MultimodalVideoRequest",
    "RhartVideoSparkvideo20MultimodalVideoRequestDuration",
    "RhartVideoSparkvideo20MultimodalVideoRequestRatio",
    "RhartVideoSparkvideo20MultimodalVideoRequestResolution",
    "RhartVideoSparkvideo20MultimodalVideoStarFastRequest",
    "RhartVideoSparkvideo20MultimodalVideoStarFastRequestDuration",
    "RhartVideoSparkvideo20MultimodalVideoStarFastRequestRatio",
    "RhartVideoSparkvideo20MultimodalVideoStarFastRequestResolution",
    "RhartVideoSparkvideo20MultimodalVideoStarFastRequestTemplateId",
    "RhartVideoSparkvideo20MultimodalVideoStarRequest",
    "RhartVideoSparkvideo20MultimodalVideoStarRequestDuration",
    "RhartVideoSparkvideo20MultimodalVideoStarRequestRatio",
    "RhartVideoSparkvideo20MultimodalVideoStarRequestResolution",
    "RhartVideoSparkvideo20MultimodalVideoStarRequestTemplateId",
    "RhartVideoSparkvideo20TextToVideoRequest",
    "RhartVideoSparkvideo20TextToVideoRequestDuration",
    "RhartVideoSparkvideo20TextToVideoRequestRatio",
    "RhartVideoSparkvideo20TextToVideoRequestResolution",
    "RhartVideoV31FastImageToVideoRequest",
    "RhartVideoV31FastImageToVideoRequestAspectRatio",
    "RhartVideoV31FastImageToVideoRequestDuration",
    "RhartVideoV31FastImageToVideoRequestResolution",
    "RhartVideoV31FastOfficialImageToVideoRequest",
    "RhartVideoV31FastOfficialImageToVideoRequestAspectRatio",
    "RhartVideoV31FastOfficialImageToVideoRequestDuration",
    "RhartVideoV31FastOfficialImageToVideoRequestResolution",
    "RhartVideoV31FastOfficialReferenceToVideoRequest",
    "RhartVideoV31FastOfficialReferenceToVideoRequestAspectRatio",
    "RhartVideoV31FastOfficialReferenceToVideoRequestResolution",
    "RhartVideoV31FastOfficialTextToVideoRequest",
    "RhartVideoV31FastOfficialTextToVideoRequestAspectRatio",
    "RhartVideoV31FastOfficialTextToVideoRequestDuration",
    "RhartVideoV31FastOfficialTextToVideoRequestResolution",
    "RhartVideoV31FastOfficialVideoExtendRequest",
    "RhartVideoV31FastOfficialVideoExtendRequestResolution",
    "RhartVideoV31FastStartEndToVideoRequest",
    "RhartVideoV31FastStartEndToVideoRequestAspectRatio",
    "RhartVideoV31FastStartEndToVideoRequestDuration",
    "RhartVideoV31FastStartEndToVideoRequestResolution",
    "RhartVideoV31FastTextToVideoRequest",
    "RhartVideoV31FastTextToVideoRequestAspectRatio",
    "RhartVideoV31FastTextToVideoRequestDuration",
    "RhartVideoV31FastTextToVideoRequestResolution",
    "RhartVideoV31LiteImageToVideoRequest",
    "RhartVideoV31LiteImageToVideoRequestAspectRatio",
    "RhartVideoV31LiteImageToVideoRequestDuration",
    "RhartVideoV31LiteImageToVideoRequestResolution",
    "RhartVideoV31LiteOfficialImageToVideoRequest",
    "RhartVideoV31LiteOfficialImageToVideoRequestAspectRatio",
    "RhartVideoV31LiteOfficialImageToVideoRequestDuration",
    "RhartVideoV31LiteOfficialImageToVideoRequestResolution",
    "RhartVideoV31LiteOfficialStartEndToVideoRequest",
    "RhartVideoV31LiteOfficialStartEndToVideoRequestAspectRatio",
    "RhartVideoV31LiteOfficialStartEndToVideoRequestResolution",
    "RhartVideoV31LiteOfficialTextToVideoRequest",
    "RhartVideoV31LiteOfficialTextToVideoRequestAspectRatio",
    "RhartVideoV31LiteOfficialTextToVideoRequestDuration",
    "RhartVideoV31LiteOfficialTextToVideoRequestResolution",
    "RhartVideoV31LiteTextToVideoRequest",
    "RhartVideoV31LiteTextToVideoRequestAspectRatio",
    "RhartVideoV31LiteTextToVideoRequestDuration",
    "RhartVideoV31LiteTextToVideoRequestResolution",
    "RhartVideoV31ProImageToVideoRequest",
    "RhartVideoV31ProImageToVideoRequestAspectRatio",
    "RhartVideoV31ProImageToVideoRequestDuration",
    "RhartVideoV31ProImageToVideoRequestResolution",
    "RhartVideoV31ProOfficialImageToVideoRequest",
    "RhartVideoV31ProOfficialImageToVideoRequestAspectRatio",
    "RhartVideoV31ProOfficialImageToVideoRequestDuration",
    "RhartVideoV31ProOfficialImageToVideoRequestResolution",
    "RhartVideoV31ProOfficialReferenceToVideoRequest",
    "RhartVideoV31ProOfficialReferenceToVideoRequestResolution",
    "RhartVideoV31ProOfficialTextToVideoRequest",
    "RhartVideoV31ProOfficialTextToVideoRequestAspectRatio",
    "RhartVideoV31ProOfficialTextToVideoRequestDuration",
    "RhartVideoV31ProOfficialTextToVideoRequestResolution",
    "RhartVideoV31ProOfficialVideoExtendRequest",
    "RhartVideoV31ProOfficialVideoExtendRequestResolution",
    "RhartVideoV31ProStartEndToVideoRequest",
    "RhartVideoV31ProStartEndToVideoRequestAspectRatio",
    "RhartVideoV31ProStartEndToVideoRequestDuration",
    "RhartVideoV31ProStartEndToVideoRequestResolution",
    "RhartVideoV31ProTextToVideoRequest",
    "RhartVideoV31ProTextToVideoRequestAspectRatio",
    "RhartVideoV31ProTextToVideoRequestDuration",
    "RhartVideoV31ProTextToVideoRequestResolution",
    "RhartVideoVideoFpsIncreaserRequest",
    "RhartVideoVideoUpscalerRequest",
    "RhartVideoVideoUpscalerRequestTargetResolution",
    "RhartVideoWan22ImageToImageRequest",
    "RhartVideoWan22ImageToImageRequest242FileType",
    "RhartVideoWan22ImageToImageRequest267Select",
    "RhartVideoWan22ImageToVideoRequest",
    "RhartVideoWan22ImageToVideoRequest202Select",
    "RhartVideoWan22ImageToVideoRequest218Select",
    "RhartVideoWan22StartToEndRequest",
    "RhartVideoWan22StartToEndRequest202Select",
    "RhartVideoWan22StartToEndRequest218Select",
    "RhartVideoWan22TextToImageLoraRequest",
    "RhartVideoWan22TextToImageLoraRequest201FileType",
    "RhartVideoWan22TextToImageLoraRequest225Select",
    "RhartVideoWan22TextToVideoRequest",
    "RhartVideoWan22TextToVideoRequest130Select",
    "RhartVideoWan22TextToVideoRequest133Select",
    "RunAiAppRequest",
    "RunAiAppV2Request",
    "RunWorkflowV2Request",
    "SeedanceV1LiteReferenceToVideoRequest",
    "SeedanceV1LiteReferenceToVideoRequestAspectRatio",
    "SeedanceV1LiteReferenceToVideoRequestCameraFixed",
    "SeedanceV1LiteReferenceToVideoRequestDuration",
    "SeedanceV1LiteReferenceToVideoRequestResolution",
    "SeedanceV15ProImageToVideoFastRequest",
    "SeedanceV15ProImageToVideoFastRequestAspectRatio",
    "SeedanceV15ProImageToVideoFastRequestCameraFixed",
    "SeedanceV15ProImageToVideoFastRequestDuration",
    "SeedanceV15ProImageToVideoFastRequestGenerateAudio",
    "SeedanceV15ProImageToVideoFastRequestResolution",
    "SeedanceV15ProImageToVideoRequest",
    "SeedanceV15ProImageToVideoRequestAspectRatio",
    "SeedanceV15ProImageToVideoRequestCameraFixed",
    "SeedanceV15ProImageToVideoRequestDuration",
    "SeedanceV15ProImageToVideoRequestGenerateAudio",
    "SeedanceV15ProImageToVideoRequestResolution",
    "SeedanceV15ProTextToVideoFastRequest",
    "SeedanceV15ProTextToVideoFastRequestAspectRatio",
    "SeedanceV15ProTextToVideoFastRequestCameraFixed",
    "SeedanceV15ProTextToVideoFastRequestDuration",
    "SeedanceV15ProTextToVideoFastRequestGenerateAudio",
    "SeedanceV15ProTextToVideoFastRequestResolution",
    "SeedanceV15ProTextToVideoRequest",
    "SeedanceV15ProTextToVideoRequestAspectRatio",
    "SeedanceV15ProTextToVideoRequestCameraFixed",
    "SeedanceV15ProTextToVideoRequestDuration",
    "SeedanceV15ProTextToVideoRequestGenerateAudio",
    "SeedanceV15ProTextToVideoRequestResolution",
    "SeedreamV4ImageToImageRequest",
    "SeedreamV4ImageToImageRequestResolution",
    "SeedreamV4ImageToImageRequestSequentialImageGeneration",
    "SeedreamV4TextToImageRequest",
    "SeedreamV4TextToImageRequestResolution",
    "SeedreamV4TextToImageRequestSequentialImageGeneration",
    "SeedreamV5LiteImageToImageRequest",
    "SeedreamV5LiteImageToImageRequestResolution",
    "SeedreamV5LiteImageToImageRequestSequentialImageGeneration",
    "SeedreamV5LiteTextToImageRequest",
    "SeedreamV5LiteTextToImageRequestResolution",
    "SeedreamV5LiteTextToImageRequestSequentialImageGeneration",
    "SeedreamV5LiteTextToImageRequestToolsType",
    "SeedreamV5ProImageToImageRequest",
    "SeedreamV5ProImageToImageRequestOutputFormat",
    "SeedreamV5ProImageToImageRequestResolution",
    "SeedreamV5ProTextToImageRequest",
    "SeedreamV5ProTextToImageRequestOutputFormat",
    "SeedreamV5ProTextToImageRequestResolution",
    "SeedreamV45ImageToImageRequest",
    "SeedreamV45ImageToImageRequestResolution",
    "SeedreamV45ImageToImageRequestSequentialImageGeneration",
    "SeedreamV45TextToImageRequest",
    "SeedreamV45TextToImageRequestResolution",
    "SeedreamV45TextToImageRequestSequentialImageGeneration",
    "SkyreelsV3ReferenceToVideoRequest",
    "SkyreelsV3ReferenceToVideoRequestAspectRatio",
    "SkyreelsV3ShotSwitchingVideoExtensionRequest",
    "SkyreelsV3ShotSwitchingVideoExtensionRequestCutType",
    "SkyreelsV3SingleShotVideoExtensionRequest",
    "SkyreelsV3VideoRestylingRequest",
    "SkyreelsV3VideoRestylingRequestStyleName",
    "SkyreelsV4ImageToVideoFastRequest",
    "SkyreelsV4ImageToVideoFastRequestResolution",
    "SkyreelsV4ImageToVideoRequest",
    "SkyreelsV4ImageToVideoRequestMode",
    "SkyreelsV4ImageToVideoStdRequest",
    "SkyreelsV4ImageToVideoStdRequestResolution",
    "SkyreelsV4OmniReferenceFastRequest",
    "SkyreelsV4OmniReferenceFastRequestAspectRatio",
    "SkyreelsV4OmniReferenceFastRequestResolution",
    "SkyreelsV4OmniReferenceRequest",
    "SkyreelsV4OmniReferenceRequestAspectRatio",
    "SkyreelsV4OmniReferenceRequestResolution",
    "SkyreelsV4OmniReferenceStdRequest",
    "SkyreelsV4OmniReferenceStdRequestAspectRatio",
    "SkyreelsV4OmniReferenceStdRequestResolution",
    "SkyreelsV4TextToVideoFastRequest",
    "SkyreelsV4TextToVideoFastRequestAspectRatio",
    "SkyreelsV4TextToVideoFastRequestResolution",
    "SkyreelsV4TextToVideoRequest",
    "SkyreelsV4TextToVideoRequestAspectRatio",
    "SkyreelsV4TextToVideoRequestMode",
    "SkyreelsV4TextToVideoStdRequest",
    "SkyreelsV4TextToVideoStdRequestAspectRatio",
    "SkyreelsV4TextToVideoStdRequestResolution",
    "TaskCreateData",
    "TaskCreateEnvelope",
    "TaskEndEvent",
    "TaskFailedData",
    "TaskOutput",
    "TaskOutputsEnvelope",
    "TaskResult",
    "TaskRunningData",
    "TaskStatusEnvelope",
    "TaskUsage",
    "TaskUsageEntry",
    "TopazlabsImageGigapixelArtAndCgiRequest",
    "TopazlabsImageGigapixelArtAndCgiRequestOutputFormat",
    "TopazlabsImageGigapixelArtAndCgiRequestSubjectDetection",
    "TopazlabsImageGigapixelHighFidelity2Request",
    "TopazlabsImageGigapixelHighFidelity2RequestOutputFormat",
    "TopazlabsImageGigapixelHighFidelity2RequestSubjectDetection",
    "TopazlabsImageGigapixelLowResolution2Request",
    "TopazlabsImageGigapixelLowResolution2RequestOutputFormat",
    "TopazlabsImageGigapixelLowResolution2RequestSubjectDetection",
    "TopazlabsImageGigapixelStandard2Request",
    "TopazlabsImageGigapixelStandard2RequestOutputFormat",
    "TopazlabsImageGigapixelStandard2RequestSubjectDetection",
    "TopazlabsImageGigapixelTextAndShapesRequest",
    "TopazlabsImageGigapixelTextAndShapesRequestOutputFormat",
    "TopazlabsImageGigapixelTextAndShapesRequestSubjectDetection",
    "TopazlabsImageUpscaleCgiRequest",
    "TopazlabsImageUpscaleCgiRequestScale",
    "TopazlabsImageUpscaleCgiRequestSubjectDetection",
    "TopazlabsImageUpscaleDetailFacesRequest",
    "TopazlabsImageUpscaleDetailFacesRequestOutputFormat",
    "TopazlabsImageUpscaleHighFidelityV2Request",
    "TopazlabsImageUpscaleHighFidelityV2RequestScale",
    "TopazlabsImageUpscaleHighFidelityV2RequestSubjectDetection",
    "TopazlabsImageUpscaleHighFidelityV3Request",
    "TopazlabsImageUpscaleHighFidelityV3RequestOutputFormat",
    "TopazlabsImageUpscaleHighFidelityV3RequestSubjectDetection",
    "TopazlabsImageUpscaleLowResolutionV2Request",
    "TopazlabsImageUpscaleLowResolutionV2RequestScale",
    "TopazlabsImageUpscaleLowResolutionV2RequestSubjectDetection",
    "TopazlabsImageUpscaleStandardV2Request",
    "TopazlabsImageUpscaleStandardV2RequestScale",
    "TopazlabsImageUpscaleStandardV2RequestSubjectDetection",
    "TopazlabsImageUpscaleTextRefineRequest",
    "TopazlabsImageUpscaleTextRefineRequestScale",
    "TopazlabsImageUpscaleTextRefineRequestSubjectDetection",
    "TopazlabsImageUpscaleTransparentRequest",
    "TopazlabsImageUpscaleTransparentRequestOutputFormat",
    "TopazlabsVideoAstraRequest",
    "TopazlabsVideoAstraRequestModel",
    "TopazlabsVideoDenoiseRequest",
    "TopazlabsVideoDenoiseRequestModel",
    "TopazlabsVideoFrameInterpolationRequest",
    "TopazlabsVideoFrameInterpolationRequestModel",
    "TopazlabsVideoProteusRequest",
    "TopazlabsVideoProteusRequestModel",
    "TopazlabsVideoStarlightRequest",
    "TopazlabsVideoStarlightRequestModel",
    "TopazlabsVideoUpscaleRequest",
    "TopazlabsVideoUpscaleRequestTargetFps",
    "TopazlabsVideoUpscaleRequestTargetResolution",
    "V2ErrorBody",
    "V2Task",
    "ViduImageToVideoQ2ProFastRequest",
    "ViduImageToVideoQ2ProFastRequestDuration",
    "ViduImageToVideoQ2ProFastRequestMovementAmplitude",
    "ViduImageToVideoQ2ProFastRequestResolution",
    "ViduImageToVideoQ2ProRequest",
    "ViduImageToVideoQ2ProRequestDuration",
    "ViduImageToVideoQ2ProRequestMovementAmplitude",
    "ViduImageToVideoQ2ProRequestResolution",
    "ViduImageToVideoQ2TurboRequest",
    "ViduImageToVideoQ2TurboRequestDuration",
    "ViduImageToVideoQ2TurboRequestMovementAmplitude",
    "ViduImageToVideoQ2TurboRequestResolution",
    "ViduImageToVideoQ3ProFastRequest",
    "ViduImageToVideoQ3ProFastRequestDuration",
    "ViduImageToVideoQ3ProFastRequestResolution",
    "ViduImageToVideoQ3ProRequest",
    "ViduImageToVideoQ3ProRequestDuration",
    "ViduImageToVideoQ3ProRequestResolution",
    "ViduImageToVideoQ3TurboRequest",
    "ViduImageToVideoQ3TurboRequestDuration",
    "ViduImageToVideoQ3TurboRequestResolution",
    "ViduReferenceToVideoQ2ProRequest",
    "ViduReferenceToVideoQ2ProRequestAspectRatio",
    "ViduReferenceToVideoQ2ProRequestDuration",
    "ViduReferenceToVideoQ2ProRequestMovementAmplitude",
    "ViduReferenceToVideoQ2ProRequestResolution",
    "ViduReferenceToVideoQ2Request",
    "ViduReferenceToVideoQ2RequestAspectRatio",
    "ViduReferenceToVideoQ2RequestDuration",
    "ViduReferenceToVideoQ2RequestMovementAmplitude",
    "ViduReferenceToVideoQ2RequestResolution",
    "ViduReferenceToVideoQ3AdRequest",
    "ViduReferenceToVideoQ3AdRequestAspectRatio",
    "ViduReferenceToVideoQ3AdRequestAudio",
    "ViduReferenceToVideoQ3AdRequestResolution",
    "ViduReferenceToVideoQ3DramaRequest",
    "ViduReferenceToVideoQ3DramaRequestAspectRatio",
    "ViduReferenceToVideoQ3DramaRequestAudio",
    "ViduReferenceToVideoQ3DramaRequestResolution",
    "ViduReferenceToVideoQ3MixRequest",
    "ViduReferenceToVideoQ3MixRequestAspectRatio",
    "ViduReferenceToVideoQ3MixRequestAudio",
    "ViduReferenceToVideoQ3MixRequestResolution",
    "ViduReferenceToVideoQ3Request",
    "ViduReferenceToVideoQ3RequestAspectRatio",
    "ViduReferenceToVideoQ3RequestAudio",
    "ViduReferenceToVideoQ3RequestResolution",
    "ViduShortPlayQ3AdRequest",
    "ViduShortPlayQ3AdRequestAspectRatio",
    "ViduShortPlayQ3AdRequestResolution",
    "ViduShortPlayQ3DramaRequest",
    "ViduShortPlayQ3DramaRequestAspectRatio",
    "ViduShortPlayQ3DramaRequestDuration",
    "ViduShortPlayQ3DramaRequestPlacement",
    "ViduShortPlayQ3DramaRequestResolution",
    "ViduStartEndToVideoQ2ProFastRequest",
    "ViduStartEndToVideoQ2ProFastRequestDuration",
    "ViduStartEndToVideoQ2ProFastRequestMovementAmplitude",
    "ViduStartEndToVideoQ2ProFastRequestResolution",
    "ViduStartEndToVideoQ2ProRequest",
    "ViduStartEndToVideoQ2ProRequestDuration",
    "ViduStartEndToVideoQ2ProRequestMovementAmplitude",
    "ViduStartEndToVideoQ2ProRequestResolution",
    "ViduStartEndToVideoQ2TurboRequest",
    "ViduStartEndToVideoQ2TurboRequestDuration",
    "ViduStartEndToVideoQ2TurboRequestMovementAmplitude",
    "ViduStartEndToVideoQ2TurboRequestResolution",
    "ViduStartEndToVideoQ3ProFastRequest",
    "ViduStartEndToVideoQ3ProFastRequestDuration",
    "ViduStartEndToVideoQ3ProFastRequestResolution",
    "ViduStartEndToVideoQ3ProRequest",
    "ViduStartEndToVideoQ3ProRequestDuration",
    "ViduStartEndToVideoQ3ProRequestMovementAmplitude",
    "ViduStartEndToVideoQ3ProRequestResolution",
    "ViduStartEndToVideoQ3TurboRequest",
    "ViduStartEndToVideoQ3TurboRequestDuration",
    "ViduStartEndToVideoQ3TurboRequestMovementAmplitude",
    "ViduStartEndToVideoQ3TurboRequestResolution",
    "ViduTextToVideoQ3ProFastRequest",
    "ViduTextToVideoQ3ProFastRequestAspectRatio",
    "ViduTextToVideoQ3ProFastRequestDuration",
    "ViduTextToVideoQ3ProFastRequestResolution",
    "ViduTextToVideoQ3ProRequest",
    "ViduTextToVideoQ3ProRequestAspectRatio",
    "ViduTextToVideoQ3ProRequestDuration",
    "ViduTextToVideoQ3ProRequestResolution",
    "ViduTextToVideoQ3ProRequestStyle",
    "ViduTextToVideoQ3TurboRequest",
    "ViduTextToVideoQ3TurboRequestAspectRatio",
    "ViduTextToVideoQ3TurboRequestDuration",
    "ViduTextToVideoQ3TurboRequestResolution",
    "ViduTextToVideoQ3TurboRequestStyle",
    "ViduTextToVideoRequest",
    "ViduTextToVideoRequestAspectRatio",
    "ViduTextToVideoRequestDuration",
    "ViduTextToVideoRequestMovementAmplitude",
    "ViduTextToVideoRequestResolution",
    "ViduTextToVideoRequestStyle",
    "VolcDramaSerialVideoTranslateRequest",
    "VolcDramaSerialVideoTranslateRequestAiRemoveType",
    "VolcDramaSerialVideoTranslateRequestDubVoiceMode",
    "VolcDramaSerialVideoTranslateRequestSourceLang",
    "VolcDramaSerialVideoTranslateRequestTargetLangs",
    "VolcDramaSerialVideoTranslateRequestTranslationModel",
    "VolcDramaVideoTranslateRequest",
    "VolcDramaVideoTranslateRequestAiRemoveType",
    "VolcDramaVideoTranslateRequestDubVoiceMode",
    "VolcDramaVideoTranslateRequestSourceLang",
    "VolcDramaVideoTranslateRequestTargetLangs",
    "VolcSubtitleEraseProVideoRequest",
    "VolcSubtitleEraseProVideoRequestEncodeMode",
    "VolcSubtitleEraseProVideoRequestEraseType",
    "VolcSubtitleEraseVideoRequest",
    "WebhookDetail",
    "WebhookDetailEnvelope",
    "WorkflowJsonData",
    "WorkflowJsonEnvelope",
    "YouchuanImageToVideoRequest",
    "YouchuanImageToVideoRequestMotion",
    "YouchuanImageToVideoRequestResolution",
    "YouchuanTextToImageNiji6Request",
    "YouchuanTextToImageNiji6RequestAspectRatio",
    "YouchuanTextToImageNiji6RequestQuality",
    "YouchuanTextToImageNiji7Request",
    "YouchuanTextToImageNiji7RequestAspectRatio",
    "YouchuanTextToImageV6Request",
    "YouchuanTextToImageV6RequestAspectRatio",
    "YouchuanTextToImageV6RequestQuality",
    "YouchuanTextToImageV7Request",
    "YouchuanTextToImageV7RequestAspectRatio",
    "YouchuanTextToImageV7RequestQuality",
    "YouchuanTextToImageV61Request",
    "YouchuanTextToImageV61RequestAspectRatio",
    "YouchuanTextToImageV61RequestQuality",
    "YouchuanTextToImageV81Request",
    "YouchuanTextToImageV81RequestAspectRatio",
    "YouchuanTextToImageV81RequestQuality",
    "YouchuanTextToImageV82Request",
    "YouchuanTextToImageV82RequestAspectRatio",
    "YouchuanTextToImageV82RequestQuality",
)
