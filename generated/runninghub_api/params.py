"""Request parameters of every RunningHub model, one TypedDict each (generated).

Fields the runninghub wrapper fills in (x-runninghub-default) are NotRequired.
"""

from __future__ import annotations

from typing import Literal, NotRequired, TypedDict


class YouchuanImageToVideoRequest(TypedDict):
    firstImageUrl: str
    lastImageUrl: NotRequired[str]
    loop: NotRequired[bool]
    motion: NotRequired[Literal["low", "high"]]
    prompt: str
    raw: NotRequired[bool]
    resolution: NotRequired[Literal["480p", "720p"]]
    webhookUrl: NotRequired[str]


class YouchuanTextToImageNiji6Request(TypedDict):
    aspectRatio: NotRequired[Literal["1:1", "4:3", "3:2", "16:9", "3:4", "2:3", "9:16"]]
    chaos: NotRequired[int]
    cref: NotRequired[str]
    cw: NotRequired[int]
    imageUrl: NotRequired[str]
    iw: NotRequired[int]
    prompt: str
    quality: NotRequired[Literal["0.5", "1", "2"]]
    raw: NotRequired[bool]
    sref: NotRequired[str]
    stop: NotRequired[int]
    stylize: NotRequired[int]
    sv: NotRequired[int]
    sw: NotRequired[int]
    tile: NotRequired[bool]
    webhookUrl: NotRequired[str]
    weird: NotRequired[int]


class YouchuanTextToImageNiji7Request(TypedDict):
    aspectRatio: NotRequired[Literal["1:1", "4:3", "3:2", "16:9", "3:4", "2:3", "9:16"]]
    chaos: NotRequired[int]
    imageUrl: NotRequired[str]
    iw: NotRequired[int]
    prompt: str
    raw: NotRequired[bool]
    sref: NotRequired[str]
    stylize: NotRequired[int]
    sv: NotRequired[int]
    sw: NotRequired[int]
    webhookUrl: NotRequired[str]
    weird: NotRequired[int]


class YouchuanTextToImageV61Request(TypedDict):
    aspectRatio: NotRequired[Literal["1:1", "4:3", "3:2", "16:9", "3:4", "2:3", "9:16"]]
    chaos: NotRequired[int]
    cref: NotRequired[str]
    cw: NotRequired[int]
    imageUrl: NotRequired[str]
    iw: NotRequired[int]
    negativePrompt: NotRequired[str]
    prompt: str
    quality: NotRequired[Literal["0.5", "1", "2"]]
    raw: NotRequired[bool]
    sref: NotRequired[str]
    stop: NotRequired[int]
    stylize: NotRequired[int]
    sv: NotRequired[int]
    sw: NotRequired[int]
    tile: NotRequired[bool]
    webhookUrl: NotRequired[str]
    weird: NotRequired[int]


class YouchuanTextToImageV6Request(TypedDict):
    aspectRatio: NotRequired[Literal["1:1", "4:3", "3:2", "16:9", "3:4", "2:3", "9:16"]]
    chaos: NotRequired[int]
    cref: NotRequired[str]
    cw: NotRequired[int]
    imageUrl: NotRequired[str]
    iw: NotRequired[int]
    prompt: str
    quality: NotRequired[Literal["0.5", "1", "2"]]
    raw: NotRequired[bool]
    sref: NotRequired[str]
    stop: NotRequired[int]
    stylize: NotRequired[int]
    sv: NotRequired[int]
    sw: NotRequired[int]
    tile: NotRequired[bool]
    webhookUrl: NotRequired[str]
    weird: NotRequired[int]


class YouchuanTextToImageV7Request(TypedDict):
    aspectRatio: NotRequired[Literal["1:1", "4:3", "3:2", "16:9", "3:4", "2:3", "9:16"]]
    chaos: NotRequired[int]
    imageUrl: NotRequired[str]
    iw: NotRequired[int]
    negativePrompt: NotRequired[str]
    oref: NotRequired[str]
    ow: NotRequired[int]
    prompt: str
    quality: NotRequired[Literal["1", "2", "4"]]
    raw: NotRequired[bool]
    sref: NotRequired[str]
    stylize: NotRequired[int]
    sv: NotRequired[int]
    sw: NotRequired[int]
    tile: NotRequired[bool]
    webhookUrl: NotRequired[str]
    weird: NotRequired[int]


class YouchuanTextToImageV81Request(TypedDict):
    aspectRatio: NotRequired[Literal["1:1", "4:3", "3:2", "16:9", "3:4", "2:3", "9:16"]]
    chaos: NotRequired[int]
    hd: NotRequired[bool]
    imageUrl: NotRequired[str]
    iw: NotRequired[int]
    prompt: str
    quality: NotRequired[Literal["1", "4"]]
    raw: NotRequired[bool]
    sref: NotRequired[str]
    stylize: NotRequired[int]
    sv: NotRequired[int]
    sw: NotRequired[int]
    webhookUrl: NotRequired[str]


class YouchuanTextToImageV82Request(TypedDict):
    aspectRatio: NotRequired[Literal["1:1", "4:3", "3:2", "16:9", "3:4", "2:3", "9:16"]]
    chaos: NotRequired[int]
    hd: NotRequired[bool]
    imageUrl: NotRequired[str]
    iw: NotRequired[int]
    prompt: str
    quality: NotRequired[Literal["1", "4"]]
    raw: NotRequired[bool]
    sref: NotRequired[str]
    stylize: NotRequired[int]
    sv: NotRequired[int]
    sw: NotRequired[int]
    webhookUrl: NotRequired[str]


class AlibabaHappyhorse10ImageToVideoRequest(TypedDict):
    duration: NotRequired[
        Literal["3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15"]
    ]
    imageUrl: str
    prompt: NotRequired[str]
    resolution: NotRequired[Literal["720p", "1080p"]]
    seed: NotRequired[int]
    webhookUrl: NotRequired[str]


class AlibabaHappyhorse10ReferenceToVideoRequest(TypedDict):
    aspectRatio: NotRequired[Literal["16:9", "9:16", "3:4", "4:3", "1:1"]]
    duration: NotRequired[
        Literal["3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15"]
    ]
    imageUrls: list[str]
    prompt: str
    resolution: NotRequired[Literal["720p", "1080p"]]
    seed: NotRequired[int]
    webhookUrl: NotRequired[str]


class AlibabaHappyhorse10TextToVideoRequest(TypedDict):
    aspectRatio: NotRequired[Literal["16:9", "9:16", "1:1", "4:3", "3:4"]]
    duration: NotRequired[
        Literal["3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15"]
    ]
    prompt: str
    resolution: NotRequired[Literal["720p", "1080p"]]
    seed: NotRequired[int]
    webhookUrl: NotRequired[str]


class AlibabaHappyhorse10VideoEditRequest(TypedDict):
    audioSetting: NotRequired[Literal["auto", "origin"]]
    imageUrls: NotRequired[list[str]]
    prompt: str
    resolution: NotRequired[Literal["720p", "1080p"]]
    seed: NotRequired[int]
    videoUrl: str
    webhookUrl: NotRequired[str]


class AlibabaHappyhorse11ImageToVideoRequest(TypedDict):
    duration: NotRequired[
        Literal["3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15"]
    ]
    imageUrl: str
    prompt: NotRequired[str]
    resolution: NotRequired[Literal["720p", "1080p"]]
    seed: NotRequired[int]
    webhookUrl: NotRequired[str]


class AlibabaHappyhorse11ReferenceToVideoRequest(TypedDict):
    aspectRatio: NotRequired[
        Literal["16:9", "9:16", "3:4", "4:3", "1:1", "4:5", "5:4", "9:21", "21:9"]
    ]
    duration: NotRequired[
        Literal["3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15"]
    ]
    imageUrls: list[str]
    prompt: str
    resolution: NotRequired[Literal["720p", "1080p"]]
    seed: NotRequired[int]
    webhookUrl: NotRequired[str]


class AlibabaHappyhorse11TextToVideoRequest(TypedDict):
    aspectRatio: NotRequired[
        Literal["16:9", "9:16", "1:1", "4:3", "3:4", "4:5", "5:4", "9:21", "21:9"]
    ]
    duration: NotRequired[
        Literal["3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15"]
    ]
    prompt: str
    resolution: NotRequired[Literal["720p", "1080p"]]
    seed: NotRequired[int]
    webhookUrl: NotRequired[str]


class AlibabaQwen3TtsFlashRequest(TypedDict):
    languageType: NotRequired[
        Literal[
            "Auto",
            "Chinese",
            "English",
            "German",
            "Italian",
            "Portuguese",
            "Spanish",
            "Japanese",
            "Korean",
            "French",
            "Russian",
        ]
    ]
    text: str
    voice: NotRequired[
        Literal[
            "Cherry",
            "Serena",
            "Ethan",
            "Chelsie",
            "Momo",
            "Vivian",
            "Moon",
            "Maia",
            "Kai",
            "Nofish",
            "Bella",
            "Jennifer",
            "Ryan",
            "Katerina",
            "Aiden",
            "Eldric Sage",
            "Mia",
            "Mochi",
            "Bellona",
            "Vincent",
            "Bunny",
            "Neil",
            "Elias",
            "Arthur",
            "Nini",
            "Seren",
            "Pip",
            "Stella",
            "Bodega",
            "Sonrisa",
            "Alek",
            "Dolce",
            "Sohee",
            "Ono Anna",
            "Lenn",
            "Emilien",
            "Andre",
            "Radio Gol",
            "Jada",
            "Dylan",
            "Li",
            "Marcus",
            "Roy",
            "Peter",
            "Sunny",
            "Eric",
            "Rocky",
            "Kiki",
        ]
    ]
    webhookUrl: NotRequired[str]


class AlibabaQwen3TtsInstructFlashRequest(TypedDict):
    instructions: NotRequired[str]
    languageType: NotRequired[
        Literal[
            "Auto",
            "Chinese",
            "English",
            "German",
            "Italian",
            "Portuguese",
            "Spanish",
            "Japanese",
            "Korean",
            "French",
            "Russian",
        ]
    ]
    optimizeInstructions: NotRequired[bool]
    text: str
    voice: NotRequired[
        Literal[
            "Cherry",
            "Serena",
            "Ethan",
            "Chelsie",
            "Momo",
            "Vivian",
            "Moon",
            "Maia",
            "Kai",
            "Nofish",
            "Bella",
            "Eldric Sage",
            "Mia",
            "Mochi",
            "Bellona",
            "Vincent",
            "Bunny",
            "Neil",
            "Elias",
            "Arthur",
            "Nini",
            "Seren",
            "Pip",
            "Stella",
        ]
    ]
    webhookUrl: NotRequired[str]


class AlibabaQwenImage20ImageEditRequest(TypedDict):
    imageNum: NotRequired[Literal["1", "2", "3", "4", "5", "6"]]
    imageUrls: list[str]
    negativePrompt: NotRequired[str]
    prompt: str
    size: NotRequired[
        Literal[
            "1024*1024",
            "1536*1536",
            "768*1152",
            "1024*1536",
            "1152*768",
            "1536*1024",
            "960*1280",
            "1080*1440",
            "1280*960",
            "1440*1080",
            "720*1280",
            "1080*1920",
            "1280*720",
            "1920*1080",
            "1344*576",
            "2048*872",
        ]
    ]
    webhookUrl: NotRequired[str]


class AlibabaQwenImage20ProImageEditRequest(TypedDict):
    imageNum: NotRequired[Literal["1", "2", "3", "4", "5", "6"]]
    imageUrls: list[str]
    negativePrompt: NotRequired[str]
    prompt: NotRequired[str]
    size: NotRequired[
        Literal[
            "1024*1024",
            "1536*1536",
            "768*1152",
            "1024*1536",
            "1152*768",
            "1536*1024",
            "960*1280",
            "1080*1440",
            "1280*960",
            "1440*1080",
            "720*1280",
            "1080*1920",
            "1280*720",
            "1920*1080",
            "1344*576",
            "2048*872",
        ]
    ]
    webhookUrl: NotRequired[str]


class AlibabaQwenImage20ProTextToImageRequest(TypedDict):
    imageNum: NotRequired[Literal["1", "2", "3", "4", "5", "6"]]
    negativePrompt: NotRequired[str]
    prompt: str
    promptExtend: NotRequired[bool]
    size: NotRequired[
        Literal[
            "1024*1024",
            "1536*1536",
            "768*1152",
            "1024*1536",
            "1152*768",
            "1536*1024",
            "960*1280",
            "1080*1440",
            "1280*960",
            "1440*1080",
            "720*1280",
            "1080*1920",
            "1280*720",
            "1920*1080",
            "1344*576",
            "2048*872",
        ]
    ]
    webhookUrl: NotRequired[str]


class AlibabaQwenImage20TextToImageRequest(TypedDict):
    imageNum: NotRequired[Literal["1", "2", "3", "4", "5", "6"]]
    negativePrompt: NotRequired[str]
    prompt: str
    promptExtend: NotRequired[bool]
    size: NotRequired[
        Literal[
            "1024*1024",
            "1536*1536",
            "768*1152",
            "1024*1536",
            "1152*768",
            "1536*1024",
            "960*1280",
            "1080*1440",
            "1280*960",
            "1440*1080",
            "720*1280",
            "1080*1920",
            "1280*720",
            "1920*1080",
            "1344*576",
            "2048*872",
        ]
    ]
    webhookUrl: NotRequired[str]


class AlibabaQwenImage30ProImageEditRequest(TypedDict):
    imageNum: NotRequired[Literal[1, 2, 3, 4, 5, 6]]
    imageUrls: list[str]
    negativePrompt: NotRequired[str]
    prompt: str
    promptExtend: NotRequired[bool]
    promptExtendMode: NotRequired[Literal["direct", "agent"]]
    seed: NotRequired[int]
    size: NotRequired[
        Literal[
            "1024*1024",
            "1600*1600",
            "768*1152",
            "1280*1920",
            "1152*768",
            "1920*1280",
            "768*1024",
            "1536*2048",
            "1024*768",
            "1792*1344",
            "576*1024",
            "1152*2048",
            "1024*576",
            "2048*1152",
        ]
    ]
    webhookUrl: NotRequired[str]


class AlibabaQwenImage30ProTextToImageRequest(TypedDict):
    imageNum: NotRequired[Literal[1, 2, 3, 4, 5, 6]]
    negativePrompt: NotRequired[str]
    prompt: str
    promptExtend: NotRequired[bool]
    promptExtendMode: NotRequired[Literal["direct", "agent"]]
    seed: NotRequired[int]
    size: NotRequired[
        Literal[
            "1024*1024",
            "1600*1600",
            "768*1152",
            "1280*1920",
            "1152*768",
            "1920*1280",
            "768*1024",
            "1536*2048",
            "1024*768",
            "1792*1344",
            "576*1024",
            "1152*2048",
            "1024*576",
            "2048*1152",
        ]
    ]
    webhookUrl: NotRequired[str]


class AlibabaWan25PreviewImageToImageRequest(TypedDict):
    imageUrls: list[str]
    n: NotRequired[int]
    negativePrompt: NotRequired[str]
    prompt: str
    promptExtend: NotRequired[bool]
    seed: NotRequired[int]
    size: NotRequired[
        Literal[
            "1280*1280",
            "1024*1024",
            "800*1200",
            "1200*800",
            "960*1280",
            "1280*960",
            "720*1280",
            "1280*720",
            "1344*576",
        ]
    ]
    webhookUrl: NotRequired[str]


class AlibabaWan25PreviewImageToVideoRequest(TypedDict):
    audioUrl: NotRequired[str]
    duration: NotRequired[Literal["5", "10"]]
    imageUrl: str
    negativePrompt: NotRequired[str]
    prompt: NotRequired[str]
    promptExtend: NotRequired[bool]
    resolution: NotRequired[Literal["480p", "720p", "1080p"]]
    seed: NotRequired[int]
    webhookUrl: NotRequired[str]


class AlibabaWan25PreviewTextToImageRequest(TypedDict):
    n: NotRequired[int]
    negativePrompt: NotRequired[str]
    prompt: str
    promptExtend: NotRequired[bool]
    seed: NotRequired[int]
    size: NotRequired[
        Literal["1280*1280", "1104*1472", "1472*1104", "960*1696", "1696*960"]
    ]
    webhookUrl: NotRequired[str]


class AlibabaWan25PreviewTextToVideoRequest(TypedDict):
    audioUrl: NotRequired[str]
    duration: NotRequired[Literal["5", "10"]]
    negativePrompt: NotRequired[str]
    prompt: str
    promptExtend: NotRequired[bool]
    seed: NotRequired[int]
    size: NotRequired[
        Literal[
            "832*480",
            "480*832",
            "624*624",
            "1280*720",
            "720*1280",
            "960*960",
            "1088*832",
            "832*1088",
            "1920*1080",
            "1080*1920",
            "1440*1440",
            "1632*1248",
            "1248*1632",
        ]
    ]
    webhookUrl: NotRequired[str]


class AlibabaWan26ImageToVideoFlashRequest(TypedDict):
    audioUrl: NotRequired[str]
    duration: NotRequired[
        Literal[
            "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15"
        ]
    ]
    enableAudio: NotRequired[bool]
    enablePromptExpansion: NotRequired[bool]
    imageUrl: str
    negativePrompt: NotRequired[str]
    prompt: str
    resolution: NotRequired[Literal["720p", "1080p"]]
    shotType: NotRequired[Literal["single", "multi"]]
    webhookUrl: NotRequired[str]


class AlibabaWan26ImageToVideoRequest(TypedDict):
    duration: NotRequired[Literal["5", "10", "15"]]
    imageUrl: str
    negativePrompt: NotRequired[str]
    prompt: NotRequired[str]
    resolution: NotRequired[Literal["720p", "1080p"]]
    shotType: NotRequired[Literal["single", "multi"]]
    webhookUrl: NotRequired[str]


class AlibabaWan26ReferenceToVideoFlashRequest(TypedDict):
    audio: NotRequired[bool]
    duration: NotRequired[Literal["2", "3", "4", "5", "6", "7", "8", "9", "10"]]
    imageUrls: NotRequired[list[str]]
    negativePrompt: NotRequired[str]
    prompt: str
    shotType: NotRequired[Literal["single", "multi"]]
    size: NotRequired[
        Literal[
            "1280*720",
            "720*1280",
            "960*960",
            "1088*832",
            "832*1088",
            "1920*1080",
            "1080*1920",
            "1440*1440",
            "1632*1248",
            "1248*1632",
        ]
    ]
    videoUrls: NotRequired[list[str]]
    webhookUrl: NotRequired[str]


class AlibabaWan26ReferenceToVideoRequest(TypedDict):
    duration: NotRequired[Literal["2", "3", "4", "5", "6", "7", "8", "9", "10"]]
    imageUrls: NotRequired[list[str]]
    negativePrompt: NotRequired[str]
    prompt: str
    shotType: NotRequired[Literal["single", "multi"]]
    size: NotRequired[
        Literal[
            "1280*720",
            "720*1280",
            "960*960",
            "1088*832",
            "832*1088",
            "1920*1080",
            "1080*1920",
            "1440*1440",
            "1632*1248",
            "1248*1632",
        ]
    ]
    videoUrls: NotRequired[list[str]]
    webhookUrl: NotRequired[str]


class AlibabaWan26TextToVideoRequest(TypedDict):
    duration: NotRequired[Literal["5", "10", "15"]]
    negativePrompt: NotRequired[str]
    prompt: str
    resolution: NotRequired[Literal["1280*720", "720*1280", "1920*1080", "1080*1920"]]
    shotType: NotRequired[Literal["single", "multi"]]
    webhookUrl: NotRequired[str]


class AlibabaWan27ImageEditProRequest(TypedDict):
    height: NotRequired[int]
    imageUrls: list[str]
    prompt: str
    webhookUrl: NotRequired[str]
    width: NotRequired[int]


class AlibabaWan27ImageEditRequest(TypedDict):
    height: NotRequired[int]
    imageUrls: list[str]
    prompt: str
    webhookUrl: NotRequired[str]
    width: NotRequired[int]


class AlibabaWan27ImageToVideoRequest(TypedDict):
    audioUrl: NotRequired[str]
    duration: NotRequired[
        Literal[
            "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15"
        ]
    ]
    firstImageUrl: str
    lastImageUrl: NotRequired[str]
    negativePrompt: NotRequired[str]
    prompt: NotRequired[str]
    promptExtend: NotRequired[bool]
    resolution: NotRequired[Literal["720P", "1080P"]]
    seed: NotRequired[int]
    webhookUrl: NotRequired[str]


class AlibabaWan27ReferenceToVideoRequest(TypedDict):
    aspectRatio: NotRequired[Literal["16:9", "9:16", "1:1", "4:3", "3:4"]]
    audioUrl: NotRequired[str]
    duration: NotRequired[Literal["2", "3", "4", "5", "6", "7", "8", "9", "10"]]
    imageUrls: NotRequired[list[str]]
    negativePrompt: NotRequired[str]
    prompt: str
    promptExtend: NotRequired[bool]
    resolution: NotRequired[Literal["720P", "1080P"]]
    seed: NotRequired[int]
    videoUrls: NotRequired[list[str]]
    webhookUrl: NotRequired[str]


class AlibabaWan27SpicyImageToVideoRequest(TypedDict):
    audioUrl: NotRequired[str]
    duration: NotRequired[int]
    imageUrl: str
    negativePrompt: NotRequired[str]
    prompt: NotRequired[str]
    promptExtend: NotRequired[bool]
    resolution: NotRequired[Literal["720p", "1080p"]]
    seed: NotRequired[int]
    webhookUrl: NotRequired[str]


class AlibabaWan27TextToImageProRequest(TypedDict):
    height: NotRequired[int]
    prompt: str
    thinkingMode: NotRequired[bool]
    webhookUrl: NotRequired[str]
    width: NotRequired[int]


class AlibabaWan27TextToImageRequest(TypedDict):
    height: NotRequired[int]
    prompt: str
    thinkingMode: NotRequired[bool]
    webhookUrl: NotRequired[str]
    width: NotRequired[int]


class AlibabaWan27TextToVideoRequest(TypedDict):
    aspectRatio: NotRequired[Literal["16:9", "9:16", "1:1", "4:3", "3:4"]]
    audioUrl: NotRequired[str]
    duration: NotRequired[
        Literal[
            "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15"
        ]
    ]
    negativePrompt: NotRequired[str]
    prompt: str
    promptExtend: NotRequired[bool]
    resolution: NotRequired[Literal["720P", "1080P"]]
    seed: NotRequired[int]
    webhookUrl: NotRequired[str]


class AlibabaWan27VideoEditRequest(TypedDict):
    aspectRatio: NotRequired[Literal["16:9", "9:16", "1:1", "4:3", "3:4"]]
    duration: NotRequired[Literal["0", "2", "3", "4", "5", "6", "7", "8", "9", "10"]]
    imageUrls: list[str]
    negativePrompt: NotRequired[str]
    prompt: str
    promptExtend: NotRequired[bool]
    resolution: NotRequired[Literal["720P", "1080P"]]
    seed: NotRequired[int]
    videoUrl: NotRequired[str]
    webhookUrl: NotRequired[str]


class AlibabaWan27VideoExtendRequest(TypedDict):
    audioUrl: NotRequired[str]
    duration: NotRequired[
        Literal[
            "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15"
        ]
    ]
    negativePrompt: NotRequired[str]
    prompt: NotRequired[str]
    promptExtend: NotRequired[bool]
    resolution: NotRequired[Literal["720P", "1080P"]]
    seed: NotRequired[int]
    videoUrl: str
    webhookUrl: NotRequired[str]


class BytedanceDoubaoSeedAudio10Request(TypedDict):
    audio_url: NotRequired[list[str]]
    format: NotRequired[Literal["wav", "mp3", "pcm", "ogg_opus"]]
    image_url: NotRequired[str]
    loudness_rate: NotRequired[int]
    pitch_rate: NotRequired[int]
    sample_rate: NotRequired[str]
    speaker: NotRequired[str]
    speech_rate: NotRequired[int]
    text_prompt: str
    webhookUrl: NotRequired[str]


class BytedanceDoubaoSeedTts20Request(TypedDict):
    bit_rate: NotRequired[int]
    disable_emoji_filter: NotRequired[bool]
    disable_markdown_filter: NotRequired[bool]
    enable_latex_tn: NotRequired[bool]
    enable_subtitle: NotRequired[bool]
    explicit_dialect: NotRequired[str]
    explicit_language: NotRequired[
        Literal[
            "",
            "zh-cn",
            "en",
            "ja",
            "es-mx",
            "id",
            "pt-br",
            "pt",
            "ko",
            "de",
            "fr",
            "th",
            "vi",
            "ru",
            "fil",
            "ms",
            "ar",
        ]
    ]
    format: NotRequired[Literal["mp3", "pcm", "ogg_opus", "wav"]]
    loudness_rate: NotRequired[int]
    max_length_to_filter_parenthesis: NotRequired[int]
    pitch: NotRequired[int]
    sample_rate: NotRequired[str]
    silence_duration: NotRequired[int]
    speaker: str
    speech_rate: NotRequired[int]
    text: str
    webhookUrl: NotRequired[str]


class BytedanceDreamactorV2Request(TypedDict):
    imageUrl: str
    videoUrl: str
    webhookUrl: NotRequired[str]


class BytedanceJimeng46ImageToImageRequest(TypedDict):
    forceSingle: NotRequired[bool]
    height: NotRequired[int]
    imageUrls: list[str]
    maxRatio: NotRequired[float]
    minRatio: NotRequired[float]
    prompt: str
    scale: NotRequired[int]
    webhookUrl: NotRequired[str]
    width: NotRequired[int]


class BytedanceJimeng46TextToImageRequest(TypedDict):
    forceSingle: NotRequired[bool]
    height: NotRequired[int]
    maxRatio: NotRequired[float]
    minRatio: NotRequired[float]
    prompt: str
    scale: NotRequired[int]
    webhookUrl: NotRequired[str]
    width: NotRequired[int]


class BytedanceSeedance20GlobalFastImageToVideoRequest(TypedDict):
    conversionSlots: NotRequired[list[Literal["all", "firstFrameUrl", "lastFrameUrl"]]]
    duration: NotRequired[
        Literal["4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15"]
    ]
    firstFrameUrl: str
    generateAudio: NotRequired[bool]
    lastFrameUrl: NotRequired[str]
    prompt: NotRequired[str]
    ratio: NotRequired[Literal["adaptive", "16:9", "4:3", "1:1", "3:4", "9:16", "21:9"]]
    realPersonMode: NotRequired[bool]
    resolution: NotRequired[Literal["480p", "720p", "1080p", "2k", "4k"]]
    returnLastFrame: NotRequired[bool]
    webhookUrl: NotRequired[str]


class BytedanceSeedance20GlobalFastMultimodalVideoRequest(TypedDict):
    audioUrls: NotRequired[list[str]]
    conversionSlots: NotRequired[
        list[
            Literal[
                "all",
                "image1",
                "image2",
                "image3",
                "image4",
                "image5",
                "image6",
                "image7",
                "image8",
                "image9",
                "video1",
                "video2",
                "video3",
            ]
        ]
    ]
    duration: NotRequired[
        Literal["4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15"]
    ]
    generateAudio: NotRequired[bool]
    imageUrls: NotRequired[list[str]]
    prompt: str
    ratio: NotRequired[Literal["adaptive", "16:9", "4:3", "1:1", "3:4", "9:16", "21:9"]]
    realPersonMode: NotRequired[bool]
    resolution: NotRequired[Literal["480p", "720p", "1080p", "2k", "4k"]]
    returnLastFrame: NotRequired[bool]
    videoUrls: NotRequired[list[str]]
    webhookUrl: NotRequired[str]


class BytedanceSeedance20GlobalFastTextToVideoRequest(TypedDict):
    duration: NotRequired[
        Literal["4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15"]
    ]
    generateAudio: NotRequired[bool]
    prompt: str
    ratio: NotRequired[Literal["adaptive", "16:9", "4:3", "1:1", "3:4", "9:16", "21:9"]]
    resolution: NotRequired[Literal["480p", "720p", "1080p", "2k", "4k"]]
    returnLastFrame: NotRequired[bool]
    webSearch: NotRequired[bool]
    webhookUrl: NotRequired[str]


class BytedanceSeedance20GlobalImageToVideoRequest(TypedDict):
    conversionSlots: NotRequired[list[Literal["all", "firstFrameUrl", "lastFrameUrl"]]]
    duration: NotRequired[
        Literal["4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15"]
    ]
    firstFrameUrl: str
    generateAudio: NotRequired[bool]
    lastFrameUrl: NotRequired[str]
    prompt: NotRequired[str]
    ratio: NotRequired[Literal["adaptive", "16:9", "4:3", "1:1", "3:4", "9:16", "21:9"]]
    realPersonMode: NotRequired[bool]
    resolution: NotRequired[Literal["480p", "720p", "native1080p", "1080p", "2k", "4k"]]
    returnLastFrame: NotRequired[bool]
    webhookUrl: NotRequired[str]


class BytedanceSeedance20GlobalMultimodalVideoRequest(TypedDict):
    audioUrls: NotRequired[list[str]]
    conversionSlots: NotRequired[
        list[
            Literal[
                "all",
                "image1",
                "image2",
                "image3",
                "image4",
                "image5",
                "image6",
                "image7",
                "image8",
                "image9",
                "video1",
                "video2",
                "video3",
            ]
        ]
    ]
    duration: NotRequired[
        Literal["4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15"]
    ]
    generateAudio: NotRequired[bool]
    imageUrls: NotRequired[list[str]]
    prompt: str
    ratio: NotRequired[Literal["adaptive", "16:9", "4:3", "1:1", "3:4", "9:16", "21:9"]]
    realPersonMode: NotRequired[bool]
    resolution: NotRequired[Literal["480p", "720p", "native1080p", "1080p", "2k", "4k"]]
    returnLastFrame: NotRequired[bool]
    videoUrls: NotRequired[list[str]]
    webhookUrl: NotRequired[str]


class BytedanceSeedance20GlobalTextToVideoRequest(TypedDict):
    duration: NotRequired[
        Literal["4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15"]
    ]
    generateAudio: NotRequired[bool]
    prompt: str
    ratio: NotRequired[Literal["adaptive", "16:9", "4:3", "1:1", "3:4", "9:16", "21:9"]]
    resolution: NotRequired[Literal["480p", "720p", "native1080p", "1080p", "2k", "4k"]]
    returnLastFrame: NotRequired[bool]
    webSearch: NotRequired[bool]
    webhookUrl: NotRequired[str]


class CinematicVideoGeneratorRequest(TypedDict):
    aspectRatio: NotRequired[Literal["16:9", "9:16", "4:3", "3:4"]]
    duration: NotRequired[Literal["5", "10", "15"]]
    imageUrls: NotRequired[list[str]]
    prompt: str
    webhookUrl: NotRequired[str]


class GeminiOmniFlashImageToVideoRequest(TypedDict):
    aspectRatio: NotRequired[Literal["16:9", "9:16"]]
    duration: NotRequired[Literal["4", "6", "8", "10"]]
    imageUrls: list[str]
    prompt: str
    resolution: NotRequired[Literal["720p", "1080p", "4k"]]
    webhookUrl: NotRequired[str]


class GeminiOmniFlashTextToVideoRequest(TypedDict):
    aspectRatio: NotRequired[Literal["16:9", "9:16"]]
    duration: NotRequired[Literal["4", "6", "8", "10"]]
    prompt: str
    resolution: NotRequired[Literal["720p", "1080p", "4k"]]
    webhookUrl: NotRequired[str]


class GeminiOmniFlashVideoEditRequest(TypedDict):
    aspectRatio: NotRequired[Literal["16:9", "9:16"]]
    imageUrls: NotRequired[list[str]]
    prompt: str
    resolution: NotRequired[Literal["720p", "1080p", "4k"]]
    videoUrl: str
    webhookUrl: NotRequired[str]


class HiggsfieldDopImageToVideoRequest(TypedDict):
    endImageUrl: NotRequired[str]
    imageUrl: str
    options: NotRequired[Literal["dop-lite", "dop-turbo", "dop-preview"]]
    prompt: str
    webhookUrl: NotRequired[str]


class HiggsfieldSoulImageToImageRequest(TypedDict):
    imageUrl: str
    prompt: str
    quality: NotRequired[Literal["medium", "high"]]
    size: NotRequired[
        Literal[
            "960*1696",
            "1088*1632",
            "1152*1536",
            "1152*2048",
            "1536*1536",
            "1536*1152",
            "1536*2048",
            "1344*2016",
            "1632*1088",
            "1696*960",
            "2016*1344",
            "2048*1152",
            "2048*1536",
        ]
    ]
    strength: NotRequired[float]
    style: NotRequired[
        Literal[
            "Creatures",
            "Medieval",
            "Spotlight",
            "Giant People",
            "Red balloon",
            "green editorial",
            "Subway",
            "Library",
            "Realistic",
            "DigitalCam",
            "Grillz Selfie",
            "Bleached Brows",
            "Sitting on the Street",
            "Crossing the street",
            "Angel Wings",
            "Duplicate",
            "Quiet luxury",
            "Fireproof",
            "Elevator Mirror",
            "360 cam",
            "Glitch",
            "FashionShow",
            "PixeletedFace",
            "Sunbathing",
            "Paper Face",
            "90s Grain",
            "Geominimal",
            "Foggy Morning",
            "Overexposed",
            "Sunset beach",
            "Giant Accessory",
            "RingSelfie",
            "Street view",
            "90's Editorial",
            "Rhyme & blues",
            "2000s Cam",
            "CCTV",
            "0.5 Outfit",
            "Amalfi Summer",
            "Bimbocore",
            "0.5 Selfie",
            "Sand",
            "Vintage PhotoBooth",
            "afterparty cam",
            "Babydoll MakeUp",
            "Through The Glass",
            "Gallery",
            "Eating Food",
            "Swords Hill",
            "Office beach",
            "Help It's Too Big",
            "Japandi",
            "iPhone",
            "Gorpcore",
            "Indie sleaze",
            "Fairycore",
            "Tumblr",
            "Avant-garde",
            "HairClips",
            "birthday mess",
            "Clouded Dream",
            "Y2K Posters",
            "tokyo drift",
            "Object Makeup",
            "Graffiti",
            "Sunburnt",
            "hallway noir",
            "2000s Fashion",
            "Night Beach",
            "Movie",
            "Long legs",
            '7"',
            "General",
            "Nail Check",
            "Coquette core",
            "Mixed Media",
            "Selfcare",
            "Grunge",
            "Double take",
            "505room",
            "Flight mode",
            "Escalator",
            "burgundy suit",
            "Fisheye",
            "Shoe Check",
            "Rainy Day",
            "Mt. Fuji",
            "Sea breeze",
            "Invertethereal",
            "Y2K",
            "Tokyo Streetstyle",
            "chrome exit",
            "Night rider",
            "Artwork",
            "Glazed doll skin makeup",
            "mount view",
            "2049",
            "blackout fit",
            "Bike mafia",
            "static glow",
            "Nicotine glow",
            "brick shade",
            "dmv",
            "Fish-eye twin",
            "It's french",
            "cocktail",
        ]
    ]
    webhookUrl: NotRequired[str]


class Hitem3dPortraitV15ImageTo3dRequest(TypedDict):
    face: NotRequired[int]
    imageUrl: str
    requestType: NotRequired[Literal["mesh", "both"]]
    resolution: NotRequired[Literal["1536"]]
    webhookUrl: NotRequired[str]


class Hitem3dPortraitV15MultiImageTo3dRequest(TypedDict):
    backImageUrl: NotRequired[str]
    face: NotRequired[int]
    frontImageUrl: str
    leftImageUrl: NotRequired[str]
    requestType: NotRequired[Literal["mesh", "both"]]
    resolution: NotRequired[Literal["1536"]]
    rightImageUrl: NotRequired[str]
    webhookUrl: NotRequired[str]


class Hitem3dPortraitV20ImageTo3dRequest(TypedDict):
    face: NotRequired[int]
    imageUrl: str
    requestType: NotRequired[Literal["mesh", "both"]]
    resolution: NotRequired[Literal["1536pro"]]
    webhookUrl: NotRequired[str]


class Hitem3dPortraitV20MultiImageTo3dRequest(TypedDict):
    backImageUrl: NotRequired[str]
    face: NotRequired[int]
    frontImageUrl: str
    leftImageUrl: NotRequired[str]
    requestType: NotRequired[Literal["mesh", "both"]]
    resolution: NotRequired[Literal["1536pro"]]
    rightImageUrl: NotRequired[str]
    webhookUrl: NotRequired[str]


class Hitem3dPortraitV21ImageTo3dRequest(TypedDict):
    face: NotRequired[int]
    imageUrl: str
    requestType: NotRequired[Literal["mesh", "both"]]
    resolution: NotRequired[Literal["1536pro"]]
    webhookUrl: NotRequired[str]


class Hitem3dPortraitV21MultiImageTo3dRequest(TypedDict):
    backImageUrl: NotRequired[str]
    face: NotRequired[int]
    frontImageUrl: str
    leftImageUrl: NotRequired[str]
    requestType: NotRequired[Literal["mesh", "both"]]
    resolution: NotRequired[Literal["1536pro"]]
    rightImageUrl: NotRequired[str]
    webhookUrl: NotRequired[str]


class Hitem3dV15ImageTo3dRequest(TypedDict):
    face: NotRequired[int]
    imageUrl: str
    requestType: NotRequired[Literal["mesh", "both"]]
    resolution: NotRequired[Literal["512", "1024", "1536", "1536pro"]]
    webhookUrl: NotRequired[str]


class Hitem3dV15MultiImageTo3dRequest(TypedDict):
    backImageUrl: NotRequired[str]
    face: NotRequired[int]
    frontImageUrl: str
    leftImageUrl: NotRequired[str]
    requestType: NotRequired[Literal["mesh", "both"]]
    resolution: NotRequired[Literal["512", "1024", "1536", "1536pro"]]
    rightImageUrl: NotRequired[str]
    webhookUrl: NotRequired[str]


class Hitem3dV21ImageTo3dRequest(TypedDict):
    face: NotRequired[int]
    imageUrl: str
    requestType: NotRequired[Literal["mesh", "both"]]
    resolution: NotRequired[Literal["1536pro", "1536fast"]]
    webhookUrl: NotRequired[str]


class Hitem3dV21MultiImageTo3dRequest(TypedDict):
    backImageUrl: NotRequired[str]
    face: NotRequired[int]
    frontImageUrl: str
    leftImageUrl: NotRequired[str]
    requestType: NotRequired[Literal["mesh", "both"]]
    resolution: NotRequired[Literal["1536pro", "1536fast"]]
    rightImageUrl: NotRequired[str]
    webhookUrl: NotRequired[str]


class Hitem3dV2ImageTo3dRequest(TypedDict):
    face: NotRequired[int]
    imageUrl: str
    requestType: NotRequired[Literal["mesh", "both"]]
    resolution: NotRequired[Literal["1536", "1536pro"]]
    webhookUrl: NotRequired[str]


class Hitem3dV2MultiImageTo3dRequest(TypedDict):
    backImageUrl: NotRequired[str]
    face: NotRequired[int]
    frontImageUrl: str
    leftImageUrl: NotRequired[str]
    requestType: NotRequired[Literal["mesh", "both"]]
    resolution: NotRequired[Literal["1536", "1536pro"]]
    rightImageUrl: NotRequired[str]
    webhookUrl: NotRequired[str]


class Hunyuan3dV31ImageTo3dRequest(TypedDict):
    backImageUrl: NotRequired[str]
    bottomImageUrl: NotRequired[str]
    enablePbr: NotRequired[bool]
    faceCount: NotRequired[int]
    generateType: NotRequired[Literal["Normal", "Geometry", "Sketch"]]
    imageUrl: str
    leftFrontImageUrl: NotRequired[str]
    leftImageUrl: NotRequired[str]
    rightFrontImageUrl: NotRequired[str]
    rightImageUrl: NotRequired[str]
    topImageUrl: NotRequired[str]
    webhookUrl: NotRequired[str]


class Hunyuan3dV31TextTo3dRequest(TypedDict):
    enablePbr: NotRequired[bool]
    faceCount: NotRequired[int]
    generateType: NotRequired[Literal["Normal", "Geometry", "Sketch"]]
    prompt: str
    webhookUrl: NotRequired[str]


class ImageEnhanceHypirBalanceRequest(TypedDict):
    imageUrl: str
    longEdgeSize: NotRequired[int]
    prompt: NotRequired[str]
    seed: NotRequired[int]
    shortEdgeSize: NotRequired[int]
    upscale: NotRequired[int]
    webhookUrl: NotRequired[str]


class ImageEnhanceHypirUltraRequest(TypedDict):
    creativityLevel: NotRequired[Literal["0", "1", "2", "3", "4"]]
    imageUrl: str
    longEdgeSize: NotRequired[int]
    prompt: NotRequired[str]
    seed: NotRequired[int]
    shortEdgeSize: NotRequired[int]
    textureLevel: NotRequired[Literal["1", "2", "3", "4", "5", "6", "7"]]
    upscale: NotRequired[int]
    webhookUrl: NotRequired[str]


class KlingElementsAdvancedRequest(TypedDict):
    elementDescription: str
    elementName: str
    elementVideoList: NotRequired[str]
    referenceType: NotRequired[Literal["video_refer", "image_refer"]]
    tagList: NotRequired[
        Literal["o_101", "o_102", "o_103", "o_104", "o_105", "o_106", "o_107", "o_108"]
    ]
    webhookUrl: NotRequired[str]


class KlingElementsRequest(TypedDict):
    description: str
    elementReferList: list[str]
    imageUrl: str
    name: str
    webhookUrl: NotRequired[str]


class KlingLipSyncIdentifyFaceRequest(TypedDict):
    videoId: NotRequired[str]
    videoUrl: NotRequired[str]
    webhookUrl: NotRequired[str]


class KlingLipSyncLipSyncVideoRequest(TypedDict):
    audioId: NotRequired[str]
    audioUrl: NotRequired[str]
    faceId: str
    originalAudioVolume: NotRequired[float]
    sessionId: str
    soundEndTime: int
    soundInsertTime: int
    soundStartTime: int
    soundVolume: NotRequired[float]
    webhookUrl: NotRequired[str]


class KlingLipSyncTtsRequest(TypedDict):
    text: str
    voiceId: NotRequired[
        Literal[
            "genshin_vindi2",
            "zhinen_xuesheng",
            "tiyuxi_xuedi",
            "ai_shatang",
            "genshin_klee2",
            "genshin_kirara",
            "ai_kaiya",
            "tiexin_nanyou",
            "ai_chenjiahao_712",
            "girlfriend_1_speech02",
            "chat1_female_new-3",
            "girlfriend_2_speech02",
            "cartoon-boy-07",
            "cartoon-girl-01",
            "ai_huangyaoshi_712",
            "you_pingjing",
            "ai_laoguowang_712",
            "chengshu_jiejie",
            "zhuxi_speech02",
            "uk_oldman3",
            "laopopo_speech02",
            "heainainai_speech02",
            "dongbeilaotie_speech02",
            "chongqingxiaohuo_speech02",
            "chuanmeizi_speech02",
            "chaoshandashu_speech02",
            "ai_taiwan_man2_speech02",
            "xianzhanggui_speech02",
            "tianjinjiejie_speech02",
            "diyinnansang_DB_CN_M_04-v2",
            "yizhipiannan-v1",
            "guanxiaofang-v2",
            "tianmeixuemei-v1",
            "daopianyansang-v1",
            "mengwa-v1",
            "AOT",
            "oversea_male1",
            "girlfriend_4_speech02",
            "chat_0407_5-1",
            "uk_boy1",
            "PeppaPig_platform",
            "ai_huangzhong_712",
            "calm_story1",
            "uk_man2",
            "reader_en_m-v1",
            "commercial_lady_en_f-v1",
        ]
    ]
    voiceLanguage: NotRequired[Literal["zh", "en"]]
    voiceSpeed: NotRequired[float]
    webhookUrl: NotRequired[str]


class KlingV25TurboProImageToVideoRequest(TypedDict):
    duration: NotRequired[Literal["5", "10"]]
    firstImageUrl: str
    guidanceScale: NotRequired[float]
    lastImageUrl: NotRequired[str]
    negativePrompt: NotRequired[str]
    prompt: NotRequired[str]
    webhookUrl: NotRequired[str]


class KlingV25TurboProTextToVideoRequest(TypedDict):
    aspectRatio: NotRequired[Literal["1:1", "16:9", "9:16"]]
    duration: NotRequired[Literal["5", "10"]]
    guidanceScale: NotRequired[float]
    negativePrompt: NotRequired[str]
    prompt: str
    webhookUrl: NotRequired[str]


class KlingV25TurboStdImageToVideoRequest(TypedDict):
    duration: NotRequired[Literal["5", "10"]]
    firstImageUrl: str
    guidanceScale: NotRequired[float]
    negativePrompt: NotRequired[str]
    prompt: str
    webhookUrl: NotRequired[str]


class KlingV25TurboStdTextToVideoRequest(TypedDict):
    aspectRatio: NotRequired[Literal["1:1", "16:9", "9:16"]]
    duration: NotRequired[Literal["5", "10"]]
    guidanceScale: NotRequired[float]
    negativePrompt: NotRequired[str]
    prompt: str
    webhookUrl: NotRequired[str]


class KlingV26ProImageToVideoRequest(TypedDict):
    duration: NotRequired[Literal["5", "10"]]
    imageUrl: str
    negativePrompt: NotRequired[str]
    prompt: str
    sound: NotRequired[Literal["true", "false"]]
    webhookUrl: NotRequired[str]


class KlingV26ProMotionControlRequest(TypedDict):
    characterOrientation: NotRequired[Literal["image", "video"]]
    imageUrl: str
    keepOriginalSound: NotRequired[Literal["yes", "no"]]
    prompt: NotRequired[str]
    videoUrl: str
    webhookUrl: NotRequired[str]


class KlingV26ProTextToVideoRequest(TypedDict):
    aspectRatio: NotRequired[Literal["1:1", "16:9", "9:16"]]
    duration: NotRequired[Literal["5", "10"]]
    negativePrompt: NotRequired[str]
    prompt: str
    sound: NotRequired[Literal["true", "false"]]
    webhookUrl: NotRequired[str]


class KlingV26StdImageToVideoRequest(TypedDict):
    duration: NotRequired[Literal["5", "10"]]
    imageUrl: str
    negativePrompt: NotRequired[str]
    prompt: str
    webhookUrl: NotRequired[str]


class KlingV26StdMotionControlRequest(TypedDict):
    characterOrientation: NotRequired[Literal["image", "video"]]
    imageUrl: str
    keepOriginalSound: NotRequired[Literal["yes", "no"]]
    prompt: NotRequired[str]
    videoUrl: str
    webhookUrl: NotRequired[str]


class KlingV26StdTextToVideoRequest(TypedDict):
    aspectRatio: NotRequired[Literal["1:1", "16:9", "9:16"]]
    duration: NotRequired[Literal["5", "10"]]
    negativePrompt: NotRequired[str]
    prompt: str
    webhookUrl: NotRequired[str]


class KlingV2AiAvatarProImageAudioToVideoRequest(TypedDict):
    audioUrl: str
    imageUrl: str
    prompt: NotRequired[str]
    webhookUrl: NotRequired[str]


class KlingV2AiAvatarStandardImageAudioToVideoRequest(TypedDict):
    audioUrl: str
    imageUrl: str
    prompt: NotRequired[str]
    webhookUrl: NotRequired[str]


class KlingV304kMotionControlRequest(TypedDict):
    webhookUrl: NotRequired[str]


class KlingV30ProImageToVideoRequest(TypedDict):
    cfgScale: NotRequired[float]
    duration: NotRequired[
        Literal["3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15"]
    ]
    firstImageUrl: str
    lastImageUrl: NotRequired[str]
    multiShot: NotRequired[bool]
    negativePrompt: NotRequired[str]
    prompt: str
    shotType: NotRequired[Literal["customize", "intelligence"]]
    sound: NotRequired[bool]
    webhookUrl: NotRequired[str]


class KlingV30ProMotionControlRequest(TypedDict):
    characterOrientation: NotRequired[Literal["image", "video"]]
    imageUrl: str
    keepOriginalSound: NotRequired[bool]
    negativePrompt: NotRequired[str]
    prompt: NotRequired[str]
    videoUrl: str
    webhookUrl: NotRequired[str]


class KlingV30ProTextToVideoRequest(TypedDict):
    aspectRatio: NotRequired[Literal["1:1", "16:9", "9:16"]]
    cfgScale: NotRequired[float]
    duration: NotRequired[
        Literal["3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15"]
    ]
    multiShot: NotRequired[bool]
    negativePrompt: NotRequired[str]
    prompt: str
    shotType: NotRequired[Literal["customize", "intelligence"]]
    sound: NotRequired[bool]
    webhookUrl: NotRequired[str]


class KlingV30StdImageToVideoRequest(TypedDict):
    cfgScale: NotRequired[float]
    duration: NotRequired[
        Literal["3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15"]
    ]
    firstImageUrl: str
    lastImageUrl: NotRequired[str]
    multiShot: NotRequired[bool]
    negativePrompt: NotRequired[str]
    prompt: str
    shotType: NotRequired[Literal["customize", "intelligence"]]
    sound: NotRequired[bool]
    webhookUrl: NotRequired[str]


class KlingV30StdMotionControlRequest(TypedDict):
    characterOrientation: NotRequired[Literal["image", "video"]]
    imageUrl: str
    keepOriginalSound: NotRequired[bool]
    negativePrompt: NotRequired[str]
    prompt: NotRequired[str]
    videoUrl: str
    webhookUrl: NotRequired[str]


class KlingV30StdTextToVideoRequest(TypedDict):
    aspectRatio: NotRequired[Literal["1:1", "16:9", "9:16"]]
    cfgScale: NotRequired[float]
    duration: NotRequired[
        Literal["3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15"]
    ]
    multiShot: NotRequired[bool]
    negativePrompt: NotRequired[str]
    prompt: str
    shotType: NotRequired[Literal["customize", "intelligence"]]
    sound: NotRequired[bool]
    webhookUrl: NotRequired[str]


class KlingV34kImageToVideoRequest(TypedDict):
    cfgScale: NotRequired[float]
    duration: NotRequired[int]
    endImageUrl: NotRequired[str]
    imageUrl: str
    multiShot: NotRequired[bool]
    negativePrompt: NotRequired[str]
    prompt: NotRequired[str]
    shotType: NotRequired[Literal["customize", "intelligence"]]
    sound: NotRequired[bool]
    webhookUrl: NotRequired[str]


class KlingV34kTextToVideoRequest(TypedDict):
    aspectRatio: NotRequired[Literal["16:9", "9:16", "1:1"]]
    cfgScale: NotRequired[float]
    duration: NotRequired[
        Literal["3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15"]
    ]
    multiShot: NotRequired[bool]
    negativePrompt: NotRequired[str]
    prompt: str
    shotType: NotRequired[Literal["customize", "intelligence"]]
    sound: NotRequired[bool]
    webhookUrl: NotRequired[str]


class KlingV3TurboProImageToVideoRequest(TypedDict):
    duration: NotRequired[
        Literal["3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15"]
    ]
    firstImageUrl: str
    prompt: NotRequired[str]
    webhookUrl: NotRequired[str]


class KlingV3TurboProTextToVideoRequest(TypedDict):
    aspectRatio: NotRequired[Literal["1:1", "16:9", "9:16"]]
    duration: NotRequired[
        Literal["3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15"]
    ]
    prompt: str
    webhookUrl: NotRequired[str]


class KlingV3TurboStdImageToVideoRequest(TypedDict):
    duration: NotRequired[
        Literal["3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15"]
    ]
    firstImageUrl: str
    prompt: NotRequired[str]
    webhookUrl: NotRequired[str]


class KlingV3TurboStdTextToVideoRequest(TypedDict):
    aspectRatio: NotRequired[Literal["1:1", "16:9", "9:16"]]
    duration: NotRequired[
        Literal["3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15"]
    ]
    prompt: str
    webhookUrl: NotRequired[str]


class KlingVideoO1ImageToVideoRequest(TypedDict):
    aspectRatio: NotRequired[Literal["1:1", "9:16", "16:9"]]
    duration: NotRequired[Literal["5", "10"]]
    firstImageUrl: str
    mode: NotRequired[Literal["std", "pro"]]
    prompt: NotRequired[str]
    webhookUrl: NotRequired[str]


class KlingVideoO1StartToEndRequest(TypedDict):
    aspectRatio: NotRequired[Literal["1:1", "9:16", "16:9"]]
    duration: NotRequired[Literal["5", "10"]]
    firstImageUrl: str
    lastImageUrl: str
    mode: NotRequired[Literal["std", "pro"]]
    prompt: NotRequired[str]
    webhookUrl: NotRequired[str]


class KlingVideoO1StdEditVideoRequest(TypedDict):
    imageUrls: NotRequired[list[str]]
    keepOriginalSound: NotRequired[bool]
    mode: NotRequired[Literal["std", "pro"]]
    prompt: str
    videoUrl: str
    webhookUrl: NotRequired[str]


class KlingVideoO1StdRefrenceToVideoRequest(TypedDict):
    aspectRatio: NotRequired[Literal["1:1", "9:16", "16:9"]]
    duration: NotRequired[Literal["5", "10"]]
    imageUrls: NotRequired[list[str]]
    keepOriginalSound: NotRequired[bool]
    mode: NotRequired[Literal["std", "pro"]]
    prompt: str
    videoUrl: NotRequired[str]
    webhookUrl: NotRequired[str]


class KlingVideoO1TextToVideoRequest(TypedDict):
    aspectRatio: NotRequired[Literal["1:1", "9:16", "16:9"]]
    duration: NotRequired[Literal["5", "10"]]
    mode: NotRequired[Literal["std", "pro"]]
    prompt: NotRequired[str]
    webhookUrl: NotRequired[str]


class KlingVideoO34kImageToVideoRequest(TypedDict):
    duration: NotRequired[int]
    firstImageUrl: str
    lastImageUrl: NotRequired[str]
    multiShot: NotRequired[bool]
    prompt: str
    shotType: NotRequired[Literal["customize", "intelligence"]]
    sound: NotRequired[bool]
    webhookUrl: NotRequired[str]


class KlingVideoO34kReferenceToVideoRequest(TypedDict):
    aspectRatio: NotRequired[Literal["16:9", "9:16", "1:1"]]
    duration: NotRequired[int]
    imageUrls: NotRequired[list[str]]
    keepOriginalSound: NotRequired[bool]
    multiShot: NotRequired[bool]
    prompt: str
    shotType: NotRequired[Literal["customize", "intelligence"]]
    sound: NotRequired[bool]
    webhookUrl: NotRequired[str]


class KlingVideoO34kTextToVideoRequest(TypedDict):
    aspectRatio: NotRequired[Literal["16:9", "9:16", "1:1"]]
    duration: NotRequired[int]
    multiShot: NotRequired[bool]
    prompt: str
    shotType: NotRequired[Literal["customize", "intelligence"]]
    sound: NotRequired[bool]
    webhookUrl: NotRequired[str]


class KlingVideoO3ProImageToVideoRequest(TypedDict):
    duration: NotRequired[int]
    firstImageUrl: str
    lastImageUrl: NotRequired[str]
    multiShot: NotRequired[bool]
    prompt: str
    shotType: NotRequired[Literal["customize", "intelligence"]]
    sound: NotRequired[bool]
    webhookUrl: NotRequired[str]


class KlingVideoO3ProReferenceToVideoRequest(TypedDict):
    aspectRatio: NotRequired[Literal["16:9", "9:16", "1:1"]]
    duration: NotRequired[int]
    imageUrls: NotRequired[list[str]]
    keepOriginalSound: NotRequired[bool]
    multiShot: NotRequired[bool]
    prompt: str
    shotType: NotRequired[Literal["customize", "intelligence"]]
    sound: NotRequired[bool]
    videoUrl: NotRequired[str]
    webhookUrl: NotRequired[str]


class KlingVideoO3ProTextToVideoRequest(TypedDict):
    aspectRatio: NotRequired[Literal["1:1", "16:9", "9:16"]]
    duration: NotRequired[int]
    multiShot: NotRequired[bool]
    prompt: str
    shotType: NotRequired[Literal["customize", "intelligence"]]
    sound: NotRequired[bool]
    webhookUrl: NotRequired[str]


class KlingVideoO3ProVideoEditRequest(TypedDict):
    imageUrls: NotRequired[list[str]]
    keepOriginalSound: NotRequired[bool]
    prompt: str
    videoUrl: str
    webhookUrl: NotRequired[str]


class KlingVideoO3StdImageToVideoRequest(TypedDict):
    duration: NotRequired[int]
    firstImageUrl: str
    lastImageUrl: NotRequired[str]
    multiShot: NotRequired[bool]
    prompt: str
    shotType: NotRequired[Literal["customize", "intelligence"]]
    sound: NotRequired[bool]
    webhookUrl: NotRequired[str]


class KlingVideoO3StdReferenceToVideoRequest(TypedDict):
    aspectRatio: NotRequired[Literal["16:9", "9:16", "1:1"]]
    duration: NotRequired[int]
    imageUrls: NotRequired[list[str]]
    keepOriginalSound: NotRequired[bool]
    multiShot: NotRequired[bool]
    prompt: str
    shotType: NotRequired[Literal["customize", "intelligence"]]
    sound: NotRequired[bool]
    videoUrl: NotRequired[str]
    webhookUrl: NotRequired[str]


class KlingVideoO3StdTextToVideoRequest(TypedDict):
    aspectRatio: NotRequired[Literal["1:1", "16:9", "9:16"]]
    duration: NotRequired[int]
    multiShot: NotRequired[bool]
    prompt: str
    shotType: NotRequired[Literal["customize", "intelligence"]]
    sound: NotRequired[bool]
    webhookUrl: NotRequired[str]


class KlingVideoO3StdVideoEditRequest(TypedDict):
    imageUrls: NotRequired[list[str]]
    keepOriginalSound: NotRequired[bool]
    prompt: str
    videoUrl: str
    webhookUrl: NotRequired[str]


class LumaUni1ImageEditRequest(TypedDict):
    aspectRatio: NotRequired[
        Literal["3:1", "2:1", "16:9", "3:2", "1:1", "2:3", "9:16", "1:2", "1:3"]
    ]
    imageUrl: str
    outputFormat: NotRequired[Literal["png", "jpeg"]]
    prompt: str
    style: NotRequired[Literal["auto", "manga"]]
    webhookUrl: NotRequired[str]


class LumaUni1ImageToImageRequest(TypedDict):
    aspectRatio: NotRequired[
        Literal["3:1", "2:1", "16:9", "3:2", "1:1", "2:3", "9:16", "1:2", "1:3"]
    ]
    imageRef: NotRequired[list[str]]
    imageUrl: str
    outputFormat: NotRequired[Literal["png", "jpeg"]]
    prompt: str
    style: NotRequired[Literal["auto", "manga"]]
    webSearch: NotRequired[bool]
    webhookUrl: NotRequired[str]


class LumaUni1MaxImageEditRequest(TypedDict):
    aspectRatio: NotRequired[
        Literal["3:1", "2:1", "16:9", "3:2", "1:1", "2:3", "9:16", "1:2", "1:3"]
    ]
    imageUrl: str
    outputFormat: NotRequired[Literal["png", "jpeg"]]
    prompt: str
    style: NotRequired[Literal["auto", "manga"]]
    webhookUrl: NotRequired[str]


class LumaUni1MaxImageToImageRequest(TypedDict):
    aspectRatio: NotRequired[
        Literal["3:1", "2:1", "16:9", "3:2", "1:1", "2:3", "9:16", "1:2", "1:3"]
    ]
    imageRef: NotRequired[list[str]]
    imageUrl: str
    outputFormat: NotRequired[Literal["png", "jpeg"]]
    prompt: str
    style: NotRequired[Literal["auto", "manga"]]
    webSearch: NotRequired[bool]
    webhookUrl: NotRequired[str]


class LumaUni1MaxTextToImageRequest(TypedDict):
    aspectRatio: NotRequired[
        Literal["3:1", "2:1", "16:9", "3:2", "1:1", "2:3", "9:16", "1:2", "1:3"]
    ]
    outputFormat: NotRequired[Literal["png", "jpeg"]]
    prompt: str
    style: NotRequired[Literal["auto", "manga"]]
    webSearch: NotRequired[bool]
    webhookUrl: NotRequired[str]


class LumaUni1TextToImageRequest(TypedDict):
    aspectRatio: NotRequired[
        Literal["3:1", "2:1", "16:9", "3:2", "1:1", "2:3", "9:16", "1:2", "1:3"]
    ]
    outputFormat: NotRequired[Literal["png", "jpeg"]]
    prompt: str
    style: NotRequired[Literal["auto", "manga"]]
    webSearch: NotRequired[bool]
    webhookUrl: NotRequired[str]


class Marble10ImageToWorldRequest(TypedDict):
    disableRecaption: NotRequired[bool]
    displayName: NotRequired[str]
    imageUrl: NotRequired[str]
    isPano: NotRequired[bool]
    permissionAllowIdAccess: NotRequired[bool]
    permissionAllowedReaders: NotRequired[str]
    permissionAllowedWriters: NotRequired[str]
    permissionPublic: NotRequired[bool]
    seed: NotRequired[int]
    tags: NotRequired[str]
    textPrompt: NotRequired[str]
    webhookUrl: NotRequired[str]


class Marble10MultiImageToWorldRequest(TypedDict):
    disableRecaption: NotRequired[bool]
    displayName: NotRequired[str]
    permissionAllowIdAccess: NotRequired[bool]
    permissionAllowedReaders: NotRequired[str]
    permissionAllowedWriters: NotRequired[str]
    permissionPublic: NotRequired[bool]
    reconstructImages: NotRequired[bool]
    seed: NotRequired[int]
    tags: NotRequired[str]
    textPrompt: NotRequired[str]
    webhookUrl: NotRequired[str]


class Marble10TextToWorldRequest(TypedDict):
    disableRecaption: NotRequired[bool]
    displayName: NotRequired[str]
    permissionAllowIdAccess: NotRequired[bool]
    permissionAllowedReaders: NotRequired[str]
    permissionAllowedWriters: NotRequired[str]
    permissionPublic: NotRequired[bool]
    prompt: NotRequired[str]
    seed: NotRequired[int]
    tags: NotRequired[str]
    webhookUrl: NotRequired[str]


class Marble10VideoToWorldRequest(TypedDict):
    disableRecaption: NotRequired[bool]
    displayName: NotRequired[str]
    permissionAllowIdAccess: NotRequired[bool]
    permissionAllowedReaders: NotRequired[str]
    permissionAllowedWriters: NotRequired[str]
    permissionPublic: NotRequired[bool]
    seed: NotRequired[int]
    tags: NotRequired[str]
    textPrompt: NotRequired[str]
    videoUrl: NotRequired[str]
    webhookUrl: NotRequired[str]


class Marble11ImageToWorldRequest(TypedDict):
    disableRecaption: NotRequired[bool]
    displayName: NotRequired[str]
    imageUrl: NotRequired[str]
    isPano: NotRequired[bool]
    permissionAllowIdAccess: NotRequired[bool]
    permissionAllowedReaders: NotRequired[str]
    permissionAllowedWriters: NotRequired[str]
    permissionPublic: NotRequired[bool]
    seed: NotRequired[int]
    tags: NotRequired[str]
    textPrompt: NotRequired[str]
    webhookUrl: NotRequired[str]


class Marble11MultiImageToWorldRequest(TypedDict):
    disableRecaption: NotRequired[bool]
    displayName: NotRequired[str]
    permissionAllowIdAccess: NotRequired[bool]
    permissionAllowedReaders: NotRequired[str]
    permissionAllowedWriters: NotRequired[str]
    permissionPublic: NotRequired[bool]
    reconstructImages: NotRequired[bool]
    seed: NotRequired[int]
    tags: NotRequired[str]
    textPrompt: NotRequired[str]
    webhookUrl: NotRequired[str]


class Marble11PlusImageToWorldRequest(TypedDict):
    disableRecaption: NotRequired[bool]
    displayName: NotRequired[str]
    imageUrl: NotRequired[str]
    isPano: NotRequired[bool]
    permissionAllowIdAccess: NotRequired[bool]
    permissionAllowedReaders: NotRequired[str]
    permissionAllowedWriters: NotRequired[str]
    permissionPublic: NotRequired[bool]
    seed: NotRequired[int]
    tags: NotRequired[str]
    textPrompt: NotRequired[str]
    webhookUrl: NotRequired[str]


class Marble11PlusMultiImageToWorldRequest(TypedDict):
    disableRecaption: NotRequired[bool]
    displayName: NotRequired[str]
    permissionAllowIdAccess: NotRequired[bool]
    permissionAllowedReaders: NotRequired[str]
    permissionAllowedWriters: NotRequired[str]
    permissionPublic: NotRequired[bool]
    reconstructImages: NotRequired[bool]
    seed: NotRequired[int]
    tags: NotRequired[str]
    textPrompt: NotRequired[str]
    webhookUrl: NotRequired[str]


class Marble11PlusTextToWorldRequest(TypedDict):
    disableRecaption: NotRequired[bool]
    displayName: NotRequired[str]
    permissionAllowIdAccess: NotRequired[bool]
    permissionAllowedReaders: NotRequired[str]
    permissionAllowedWriters: NotRequired[str]
    permissionPublic: NotRequired[bool]
    prompt: NotRequired[str]
    seed: NotRequired[int]
    tags: NotRequired[str]
    webhookUrl: NotRequired[str]


class Marble11PlusVideoToWorldRequest(TypedDict):
    disableRecaption: NotRequired[bool]
    displayName: NotRequired[str]
    permissionAllowIdAccess: NotRequired[bool]
    permissionAllowedReaders: NotRequired[str]
    permissionAllowedWriters: NotRequired[str]
    permissionPublic: NotRequired[bool]
    seed: NotRequired[int]
    tags: NotRequired[str]
    textPrompt: NotRequired[str]
    videoUrl: NotRequired[str]
    webhookUrl: NotRequired[str]


class Marble11TextToWorldRequest(TypedDict):
    disableRecaption: NotRequired[bool]
    displayName: NotRequired[str]
    permissionAllowIdAccess: NotRequired[bool]
    permissionAllowedReaders: NotRequired[str]
    permissionAllowedWriters: NotRequired[str]
    permissionPublic: NotRequired[bool]
    prompt: NotRequired[str]
    seed: NotRequired[int]
    tags: NotRequired[str]
    webhookUrl: NotRequired[str]


class Marble11VideoToWorldRequest(TypedDict):
    disableRecaption: NotRequired[bool]
    displayName: NotRequired[str]
    permissionAllowIdAccess: NotRequired[bool]
    permissionAllowedReaders: NotRequired[str]
    permissionAllowedWriters: NotRequired[str]
    permissionPublic: NotRequired[bool]
    seed: NotRequired[int]
    tags: NotRequired[str]
    textPrompt: NotRequired[str]
    videoUrl: NotRequired[str]
    webhookUrl: NotRequired[str]


class MarbleUploadMediaAssetRequest(TypedDict):
    extension: NotRequired[str]
    fileName: str
    imageUrl: NotRequired[str]
    kind: NotRequired[Literal["image", "video"]]
    videoUrl: NotRequired[str]
    webhookUrl: NotRequired[str]


class Meshy6ImageTo3dRequest(TypedDict):
    enablePbr: NotRequired[bool]
    imageUrl: str
    shouldRemesh: NotRequired[bool]
    shouldTexture: NotRequired[bool]
    symmetryMode: NotRequired[Literal["off", "auto", "on"]]
    taPose: NotRequired[bool]
    targetPolycount: NotRequired[int]
    textureImageUrl: NotRequired[str]
    texturePrompt: NotRequired[str]
    topology: NotRequired[Literal["triangle", "quad"]]
    webhookUrl: NotRequired[str]


class Meshy6TextTo3dRequest(TypedDict):
    artStyle: NotRequired[Literal["realistic", "sculpture"]]
    enablePbr: NotRequired[bool]
    enablePromptExpansion: NotRequired[bool]
    prompt: str
    shouldRemesh: NotRequired[bool]
    symmetryMode: NotRequired[Literal["off", "auto", "on"]]
    taPose: NotRequired[bool]
    targetPolycount: NotRequired[int]
    textureImageUrl: NotRequired[str]
    texturePrompt: NotRequired[str]
    topology: NotRequired[Literal["triangle", "quad"]]
    webhookUrl: NotRequired[str]


class MinimaxHailuo02FastRequest(TypedDict):
    duration: NotRequired[Literal["6", "10"]]
    enablePromptExpansion: NotRequired[bool]
    imageUrl: str
    prompt: NotRequired[str]
    webhookUrl: NotRequired[str]


class MinimaxHailuo02I2vProRequest(TypedDict):
    enablePromptExpansion: NotRequired[bool]
    firstImageUrl: str
    lastImageUrl: NotRequired[str]
    prompt: NotRequired[str]
    webhookUrl: NotRequired[str]


class MinimaxHailuo02I2vStandardRequest(TypedDict):
    duration: NotRequired[Literal["6", "10"]]
    enablePromptExpansion: NotRequired[bool]
    firstImageUrl: str
    lastImageUrl: NotRequired[str]
    prompt: NotRequired[str]
    webhookUrl: NotRequired[str]


class MinimaxHailuo02ProRequest(TypedDict):
    duration: NotRequired[Literal["6"]]
    enablePromptExpansion: NotRequired[bool]
    firstImageUrl: NotRequired[str]
    lastImageUrl: NotRequired[str]
    prompt: str
    webhookUrl: NotRequired[str]


class MinimaxHailuo02StandardRequest(TypedDict):
    duration: NotRequired[Literal["6", "10"]]
    enablePromptExpansion: NotRequired[bool]
    firstImageUrl: NotRequired[str]
    lastImageUrl: NotRequired[str]
    prompt: str
    webhookUrl: NotRequired[str]


class MinimaxHailuo02T2vProRequest(TypedDict):
    enablePromptExpansion: NotRequired[bool]
    prompt: str
    webhookUrl: NotRequired[str]


class MinimaxHailuo02T2vStandardRequest(TypedDict):
    duration: NotRequired[Literal["6", "10"]]
    enablePromptExpansion: NotRequired[bool]
    prompt: str
    webhookUrl: NotRequired[str]


class MinimaxHailuo23FastImageToVideoRequest(TypedDict):
    duration: NotRequired[Literal["6", "10"]]
    enablePromptExpansion: NotRequired[bool]
    imageUrl: str
    prompt: str
    webhookUrl: NotRequired[str]


class MinimaxHailuo23FastProImageToVideoRequest(TypedDict):
    duration: NotRequired[Literal["6"]]
    enablePromptExpansion: NotRequired[bool]
    imageUrl: str
    prompt: str
    webhookUrl: NotRequired[str]


class MinimaxHailuo23I2vStandardRequest(TypedDict):
    duration: NotRequired[Literal["6", "10"]]
    enablePromptExpansion: NotRequired[bool]
    imageUrl: str
    prompt: NotRequired[str]
    webhookUrl: NotRequired[str]


class MinimaxHailuo23ImageToVideoProRequest(TypedDict):
    enablePromptExpansion: NotRequired[bool]
    imageUrl: str
    prompt: NotRequired[str]
    webhookUrl: NotRequired[str]


class MinimaxHailuo23T2vProRequest(TypedDict):
    enablePromptExpansion: NotRequired[bool]
    prompt: str
    webhookUrl: NotRequired[str]


class MinimaxHailuo23T2vStandardRequest(TypedDict):
    duration: NotRequired[Literal["6", "10"]]
    enablePromptExpansion: NotRequired[bool]
    prompt: str
    webhookUrl: NotRequired[str]


class MinimaxHailuoH3ImageToVideoRequest(TypedDict):
    duration: NotRequired[
        Literal["5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15"]
    ]
    firstFrameUrl: NotRequired[str]
    lastFrameUrl: NotRequired[str]
    prompt: str
    resolution: NotRequired[Literal["2K"]]
    webhookUrl: NotRequired[str]


class MinimaxHailuoH3MultimodalToVideoRequest(TypedDict):
    audioUrls: NotRequired[list[str]]
    duration: NotRequired[
        Literal["5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15"]
    ]
    imageUrls: NotRequired[list[str]]
    prompt: str
    ratio: NotRequired[Literal["adaptive", "21:9", "16:9", "4:3", "1:1", "3:4", "9:16"]]
    resolution: NotRequired[Literal["2K"]]
    videoUrls: NotRequired[list[str]]
    webhookUrl: NotRequired[str]


class MinimaxHailuoH3TextToVideoRequest(TypedDict):
    duration: NotRequired[
        Literal["5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15"]
    ]
    prompt: str
    ratio: NotRequired[Literal["adaptive", "21:9", "16:9", "4:3", "1:1", "3:4", "9:16"]]
    resolution: NotRequired[Literal["2K"]]
    webhookUrl: NotRequired[str]


class MinimaxMusic26Request(TypedDict):
    bitrate: NotRequired[Literal["32000", "64000", "128000", "256000"]]
    format: NotRequired[Literal["mp3", "wav", "pcm"]]
    isInstrumental: NotRequired[bool]
    lyrics: NotRequired[str]
    lyricsOptimizer: NotRequired[bool]
    prompt: NotRequired[str]
    sampleRate: NotRequired[Literal["16000", "24000", "32000", "44100"]]
    webhookUrl: NotRequired[str]


class MinimaxMusicCoverPreprocessRequest(TypedDict):
    audioUrl: str
    webhookUrl: NotRequired[str]


class MinimaxMusicCoverRequest(TypedDict):
    audioUrl: str
    bitrate: NotRequired[Literal["32000", "64000", "128000", "256000"]]
    coverFeatureId: NotRequired[str]
    format: NotRequired[Literal["mp3", "wav", "pcm"]]
    lyrics: NotRequired[str]
    prompt: str
    sampleRate: NotRequired[Literal["16000", "24000", "32000", "44100"]]
    webhookUrl: NotRequired[str]


class MinimaxVoiceDesignRequest(TypedDict):
    aigcWatermark: NotRequired[bool]
    previewText: str
    prompt: str
    voiceId: NotRequired[str]
    webhookUrl: NotRequired[str]


class MurekaAiDescribeSongRequest(TypedDict):
    url: str
    webhookUrl: NotRequired[str]


class MurekaAiExtendLyricsRequest(TypedDict):
    lyrics: str
    webhookUrl: NotRequired[str]


class MurekaAiFilesUploadRequest(TypedDict):
    fileUrl: str
    purpose: NotRequired[
        Literal[
            "reference", "vocal", "melody", "instrumental", "voice", "audio", "remix"
        ]
    ]
    webhookUrl: NotRequired[str]


class MurekaAiGenerateLyricsRequest(TypedDict):
    prompt: str
    webhookUrl: NotRequired[str]


class MurekaAiMurekaO2GenerateSongRequest(TypedDict):
    lyrics: str
    n: NotRequired[int]
    prompt: NotRequired[str]
    referenceId: NotRequired[str]
    webhookUrl: NotRequired[str]


class MurekaAiMurekaV76ExtendSongRequest(TypedDict):
    extendAt: NotRequired[int]
    fileUrl: str
    lyrics: str
    webhookUrl: NotRequired[str]


class MurekaAiMurekaV76GenerateBgmRequest(TypedDict):
    instrumentalId: NotRequired[str]
    n: NotRequired[int]
    prompt: NotRequired[str]
    stream: NotRequired[bool]
    webhookUrl: NotRequired[str]


class MurekaAiMurekaV76GenerateSongRequest(TypedDict):
    lyrics: str
    melodyId: NotRequired[str]
    n: NotRequired[int]
    prompt: NotRequired[str]
    referenceId: NotRequired[str]
    stream: NotRequired[bool]
    vocalId: NotRequired[str]
    webhookUrl: NotRequired[str]


class MurekaAiMurekaV8ExtendSongRequest(TypedDict):
    extendAt: NotRequired[int]
    extendType: NotRequired[Literal["tail", "head"]]
    fileUrl: str
    lyrics: str
    webhookUrl: NotRequired[str]


class MurekaAiMurekaV8GenerateBgmRequest(TypedDict):
    instrumentalId: NotRequired[str]
    n: NotRequired[int]
    prompt: NotRequired[str]
    stream: NotRequired[bool]
    webhookUrl: NotRequired[str]


class MurekaAiMurekaV8GenerateSongRequest(TypedDict):
    lyrics: str
    melodyId: NotRequired[str]
    n: NotRequired[int]
    prompt: NotRequired[str]
    referenceId: NotRequired[str]
    stream: NotRequired[bool]
    vocalId: NotRequired[str]
    webhookUrl: NotRequired[str]


class MurekaAiMurekaV9GenerateBgmRequest(TypedDict):
    instrumentalId: NotRequired[str]
    n: NotRequired[int]
    prompt: NotRequired[str]
    stream: NotRequired[bool]
    webhookUrl: NotRequired[str]


class MurekaAiMurekaV9GenerateSongRequest(TypedDict):
    lyrics: str
    melodyId: NotRequired[str]
    n: NotRequired[int]
    prompt: NotRequired[str]
    referenceId: NotRequired[str]
    stream: NotRequired[bool]
    vocalId: NotRequired[str]
    webhookUrl: NotRequired[str]


class MurekaAiRecognizeSongRequest(TypedDict):
    uploadAudioId: str
    webhookUrl: NotRequired[str]


class MurekaAiStemSongRequest(TypedDict):
    model: NotRequired[Literal["audio-separation-1", "audio-separation-2"]]
    url: str
    webhookUrl: NotRequired[str]


class MurekaAiVocalCloneRequest(TypedDict):
    fileUrl: str
    webhookUrl: NotRequired[str]


class MurekaO2InstrumentalGenerateRequest(TypedDict):
    instrumentalId: NotRequired[str]
    n: NotRequired[int]
    prompt: NotRequired[str]
    stream: NotRequired[bool]
    webhookUrl: NotRequired[str]


class PixverseC1ImageToVideoRequest(TypedDict):
    duration: NotRequired[int]
    generateAudioSwitch: NotRequired[bool]
    imageUrl: str
    prompt: NotRequired[str]
    resolution: NotRequired[Literal["360p", "540p", "720p", "1080p"]]
    webhookUrl: NotRequired[str]


class PixverseC1ReferenceToVideoRequest(TypedDict):
    aspectRatio: NotRequired[
        Literal["16:9", "4:3", "1:1", "3:4", "9:16", "2:3", "3:2", "21:9"]
    ]
    duration: NotRequired[int]
    generateAudioSwitch: NotRequired[bool]
    prompt: str
    resolution: NotRequired[Literal["360p", "540p", "720p", "1080p"]]
    seed: NotRequired[int]
    webhookUrl: NotRequired[str]


class PixverseC1TextToVideoRequest(TypedDict):
    aspectRatio: NotRequired[
        Literal["16:9", "4:3", "1:1", "3:4", "9:16", "2:3", "3:2", "21:9"]
    ]
    duration: NotRequired[int]
    generateAudioSwitch: NotRequired[bool]
    prompt: str
    resolution: NotRequired[Literal["360p", "540p", "720p", "1080p"]]
    webhookUrl: NotRequired[str]


class PixverseC1TransitionRequest(TypedDict):
    aspectRatio: NotRequired[
        Literal["16:9", "4:3", "1:1", "3:4", "9:16", "2:3", "3:2", "21:9"]
    ]
    duration: NotRequired[int]
    endImageUrl: NotRequired[str]
    firstImageUrl: str
    generateAudioSwitch: NotRequired[bool]
    prompt: str
    resolution: NotRequired[Literal["360p", "540p", "720p", "1080p"]]
    webhookUrl: NotRequired[str]


class PixverseV55EffectsRequest(TypedDict):
    duration: NotRequired[Literal["5", "8", "10"]]
    effect: NotRequired[
        Literal[
            "Kiss Me AI",
            "Muscle Surge",
            "Anything",
            "Robot",
            "The Tiger Touch",
            "Holy Wings",
            "Hulk",
            "Venom",
            "Microwave",
            "Hug",
            "Kiss",
            "3D Figurine Factor",
            "Baby Face",
            "Bald Swipe",
            "Black Myth: Wukong",
            "BOOM DROP",
            "Squid Game",
            "Zombie Mode",
        ]
    ]
    imageUrl: str
    negativePrompt: NotRequired[str]
    resolution: NotRequired[Literal["360p", "540p", "720p", "1080p"]]
    thinkingType: NotRequired[Literal["auto", "enabled", "disabled"]]
    webhookUrl: NotRequired[str]


class PixverseV55ImageToVideoRequest(TypedDict):
    duration: NotRequired[Literal["5", "8", "10"]]
    generateAudioSwitch: NotRequired[Literal["true", "false"]]
    generateMultiClipSwitch: NotRequired[Literal["true", "false"]]
    imageUrl: str
    negativePrompt: NotRequired[str]
    prompt: str
    resolution: NotRequired[Literal["360p", "540p", "720p", "1080p"]]
    thinkingType: NotRequired[Literal["auto", "enabled", "disabled"]]
    webhookUrl: NotRequired[str]


class PixverseV55TextToVideoRequest(TypedDict):
    aspectRatio: NotRequired[Literal["16:9", "4:3", "1:1", "3:4", "9:16"]]
    duration: NotRequired[Literal["5", "8", "10"]]
    generateAudioSwitch: NotRequired[Literal["true", "false"]]
    generateMultiClipSwitch: NotRequired[Literal["true", "false"]]
    negativePrompt: NotRequired[str]
    prompt: str
    resolution: NotRequired[Literal["360p", "540p", "720p", "1080p"]]
    thinkingType: NotRequired[Literal["auto", "enabled", "disabled"]]
    webhookUrl: NotRequired[str]


class PixverseV55TransitionRequest(TypedDict):
    aspectRatio: NotRequired[Literal["16:9", "1:1", "4:3", "3:4", "9:16"]]
    duration: NotRequired[Literal["5", "8", "10"]]
    endImageUrl: str
    imageUrl: str
    negativePrompt: NotRequired[str]
    prompt: str
    resolution: NotRequired[Literal["360p", "540p", "720p", "1080p"]]
    thinkingType: NotRequired[Literal["auto", "enabled", "disabled"]]
    webhookUrl: NotRequired[str]


class PixverseV56ImageToVideoRequest(TypedDict):
    duration: NotRequired[Literal["5", "8", "10"]]
    generateAudioSwitch: NotRequired[Literal["true", "false"]]
    imageUrl: str
    negativePrompt: NotRequired[str]
    prompt: str
    resolution: NotRequired[Literal["360p", "540p", "720p", "1080p"]]
    thinkingType: NotRequired[Literal["auto", "enabled", "disabled"]]
    webhookUrl: NotRequired[str]


class PixverseV56TextToVideoRequest(TypedDict):
    aspectRatio: NotRequired[Literal["16:9", "4:3", "1:1", "3:4", "9:16"]]
    duration: NotRequired[Literal["5", "8", "10"]]
    generateAudioSwitch: NotRequired[Literal["true", "false"]]
    negativePrompt: NotRequired[str]
    prompt: str
    resolution: NotRequired[Literal["360p", "540p", "720p", "1080p"]]
    thinkingType: NotRequired[Literal["auto", "enabled", "disabled"]]
    webhookUrl: NotRequired[str]


class PixverseV6EffectsRequest(TypedDict):
    duration: NotRequired[int]
    generateAudioSwitch: NotRequired[bool]
    imageUrls: list[str]
    motionMode: NotRequired[Literal["normal", "fast"]]
    negativePrompt: NotRequired[str]
    prompt: NotRequired[str]
    quality: NotRequired[Literal["360p", "540p", "720p", "1080p"]]
    seed: NotRequired[int]
    templateId: str
    thinkingType: NotRequired[Literal["auto", "enabled", "disabled"]]
    webhookUrl: NotRequired[str]


class PixverseV6ExtendRequest(TypedDict):
    duration: NotRequired[int]
    generateAudioSwitch: NotRequired[bool]
    negativePrompt: NotRequired[str]
    prompt: str
    resolution: NotRequired[Literal["360p", "540p", "720p", "1080p"]]
    seed: NotRequired[int]
    style: NotRequired[Literal["anime", "3d_animation", "clay", "comic", "cyberpunk"]]
    videoUrl: str
    webhookUrl: NotRequired[str]


class PixverseV6ImageToVideoRequest(TypedDict):
    duration: NotRequired[int]
    generateAudioSwitch: NotRequired[bool]
    imageUrl: str
    prompt: str
    resolution: NotRequired[Literal["360p", "540p", "720p", "1080p"]]
    webhookUrl: NotRequired[str]


class PixverseV6TextToVideoRequest(TypedDict):
    aspectRatio: NotRequired[
        Literal["16:9", "4:3", "1:1", "3:4", "9:16", "2:3", "3:2", "21:9"]
    ]
    duration: NotRequired[int]
    generateAudioSwitch: NotRequired[bool]
    prompt: str
    resolution: NotRequired[Literal["360p", "540p", "720p", "1080p"]]
    webhookUrl: NotRequired[str]


class PixverseV6TransitionRequest(TypedDict):
    aspectRatio: NotRequired[
        Literal["16:9", "4:3", "1:1", "3:4", "9:16", "2:3", "3:2", "21:9"]
    ]
    duration: NotRequired[int]
    endImageUrl: str
    firstImageUrl: str
    generateAudioSwitch: NotRequired[bool]
    generateMultiClipSwitch: NotRequired[bool]
    negativePrompt: NotRequired[str]
    prompt: str
    resolution: NotRequired[Literal["360p", "540p", "720p", "1080p"]]
    seed: NotRequired[int]
    style: NotRequired[Literal["anime", "3d_animation", "clay", "comic", "cyberpunk"]]
    thinkingType: NotRequired[bool]
    webhookUrl: NotRequired[str]


class RhartAudioSunoLyricsRequest(TypedDict):
    prompt: str
    webhookUrl: NotRequired[str]


class RhartAudioSunoV45CustomRequest(TypedDict):
    prompt: str
    tags: str
    title: str
    webhookUrl: NotRequired[str]


class RhartAudioSunoV45SingleRequest(TypedDict):
    description: str
    make_instrumental: NotRequired[Literal["false", "true"]]
    title: NotRequired[str]
    webhookUrl: NotRequired[str]


class RhartAudioSunoV55CustomRequest(TypedDict):
    prompt: str
    tags: str
    title: str
    webhookUrl: NotRequired[str]


class RhartAudioSunoV55SingleRequest(TypedDict):
    description: str
    make_instrumental: NotRequired[Literal["false", "true"]]
    title: NotRequired[str]
    webhookUrl: NotRequired[str]


class RhartAudioSunoV5CustomRequest(TypedDict):
    prompt: str
    tags: str
    title: str
    webhookUrl: NotRequired[str]


class RhartAudioSunoV5SingleRequest(TypedDict):
    description: str
    make_instrumental: NotRequired[Literal["false", "true"]]
    title: NotRequired[str]
    webhookUrl: NotRequired[str]


class RhartAudioTextToAudioMusic25Request(TypedDict):
    bitrate: NotRequired[Literal["32000", "60000", "64000", "128000", "256000"]]
    lyrics: str
    prompt: str
    sampleRate: NotRequired[Literal["16000", "24000", "32000", "44100"]]
    webhookUrl: NotRequired[str]


class RhartAudioTextToAudioSpeech02HdRequest(TypedDict):
    emotion: NotRequired[
        Literal["happy", "sad", "angry", "fearful", "disgusted", "surprised", "neutral"]
    ]
    enable_base64_output: NotRequired[bool]
    english_normalization: NotRequired[bool]
    pitch: NotRequired[int]
    pronunciation_dict: NotRequired[list[str]]
    speed: NotRequired[float]
    text: str
    voice_id: str
    volume: NotRequired[float]
    webhookUrl: NotRequired[str]


class RhartAudioTextToAudioSpeech02TurboRequest(TypedDict):
    emotion: NotRequired[
        Literal["happy", "sad", "angry", "fearful", "disgusted", "surprised", "neutral"]
    ]
    enable_base64_output: NotRequired[bool]
    english_normalization: NotRequired[bool]
    pitch: NotRequired[int]
    pronunciation_dict: NotRequired[list[str]]
    speed: NotRequired[float]
    text: str
    voice_id: str
    volume: NotRequired[float]
    webhookUrl: NotRequired[str]


class RhartAudioTextToAudioSpeech26HdRequest(TypedDict):
    emotion: NotRequired[
        Literal["happy", "sad", "angry", "fearful", "disgusted", "surprised", "neutral"]
    ]
    enable_base64_output: NotRequired[bool]
    english_normalization: NotRequired[bool]
    pitch: NotRequired[int]
    pronunciation_dict: NotRequired[list[str]]
    speed: NotRequired[float]
    text: str
    voice_id: str
    volume: NotRequired[float]
    webhookUrl: NotRequired[str]


class RhartAudioTextToAudioSpeech26TurboRequest(TypedDict):
    emotion: NotRequired[
        Literal["happy", "sad", "angry", "fearful", "disgusted", "surprised", "neutral"]
    ]
    enable_base64_output: NotRequired[bool]
    english_normalization: NotRequired[bool]
    pitch: NotRequired[int]
    pronunciation_dict: NotRequired[list[str]]
    speed: NotRequired[float]
    text: str
    voice_id: str
    volume: NotRequired[float]
    webhookUrl: NotRequired[str]


class RhartAudioTextToAudioSpeech28HdRequest(TypedDict):
    emotion: NotRequired[
        Literal["happy", "sad", "angry", "fearful", "disgusted", "surprised", "neutral"]
    ]
    enable_base64_output: NotRequired[bool]
    english_normalization: NotRequired[bool]
    pitch: NotRequired[int]
    pronunciation_dict: NotRequired[list[str]]
    speed: NotRequired[float]
    text: str
    voice_id: str
    volume: NotRequired[float]
    webhookUrl: NotRequired[str]


class RhartAudioTextToAudioSpeech28TurboRequest(TypedDict):
    emotion: NotRequired[
        Literal["happy", "sad", "angry", "fearful", "disgusted", "surprised", "neutral"]
    ]
    enable_base64_output: NotRequired[bool]
    english_normalization: NotRequired[bool]
    pitch: NotRequired[int]
    pronunciation_dict: NotRequired[list[str]]
    speed: NotRequired[float]
    text: str
    voice_id: str
    volume: NotRequired[float]
    webhookUrl: NotRequired[str]


class RhartAudioTextToAudioVoiceCloneRequest(TypedDict):
    accuracy: NotRequired[float]
    audio: str
    custom_voice_id: str
    language_boost: NotRequired[
        Literal[
            "Chinese",
            "Chinese,Yue",
            "English",
            "Arabic",
            "Russian",
            "Spanish",
            "French",
            "Portuguese",
            "German",
            "Turkish",
            "Dutch",
            "Ukrainian",
            "Vietnamese",
            "Indonesian",
            "Japanese",
            "Italian",
            "Korean",
            "Thai",
            "Polish",
            "Romanian",
            "Greek",
            "Czech",
            "Finnish",
            "Hindi",
            "auto",
        ]
    ]
    model: NotRequired[
        Literal[
            "speech-02-hd",
            "speech-02-turbo",
            "speech-2.5-hd-preview",
            "speech-2.5-turbo-preview",
            "speech-2.6-hd",
            "speech-2.6-turbo",
            "speech-2.8-turbo",
            "speech-2.8-hd",
        ]
    ]
    need_noise_reduction: NotRequired[bool]
    need_volume_normalization: NotRequired[bool]
    text: str
    webhookUrl: NotRequired[str]


RhartImageF2DevEditLoraRequest = TypedDict(
    "RhartImageF2DevEditLoraRequest",
    {
        "16##text": str,
        "18##lora_name": NotRequired[str],
        "18##strength_model": NotRequired[float],
        "47##select": NotRequired[
            Literal["auto", "custom", "3:2", "2:3", "16:9", "9:16", "4:3", "3:4", "1:1"]
        ],
        "48##value": NotRequired[int],
        "49##value": NotRequired[int],
        "51##image": str,
        "52##file_type": NotRequired[
            Literal["png", "jpeg", "webp(lossless)", "webp(lossy)"]
        ],
        "webhookUrl": NotRequired[str],
    },
)


RhartImageF2DevEditRequest = TypedDict(
    "RhartImageF2DevEditRequest",
    {
        "17##text": str,
        "20##image": str,
        "34##value": NotRequired[int],
        "35##value": NotRequired[int],
        "46##select": NotRequired[
            Literal["1:1", "3:4", "4:3", "9:16", "16:9", "2:3", "3:2", "custom", "auto"]
        ],
        "51##file_type": NotRequired[
            Literal["png", "jpeg", "webp(lossless)", "webp(lossy)"]
        ],
        "webhookUrl": NotRequired[str],
    },
)


RhartImageF2DevTextToImageLoraRequest = TypedDict(
    "RhartImageF2DevTextToImageLoraRequest",
    {
        "12##text": str,
        "16##lora_name": NotRequired[str],
        "16##strength_model": NotRequired[float],
        "30##value": NotRequired[int],
        "42##select": NotRequired[
            Literal["custom", "3:2", "2:3", "16:9", "9:16", "4:3", "3:4", "1:1"]
        ],
        "43##value": NotRequired[int],
        "44##file_type": NotRequired[
            Literal["png", "jpeg", "webp(lossless)", "webp(lossy)"]
        ],
        "webhookUrl": NotRequired[str],
    },
)


RhartImageF2DevTextToImageRequest = TypedDict(
    "RhartImageF2DevTextToImageRequest",
    {
        "12##text": str,
        "29##value": NotRequired[int],
        "30##value": NotRequired[int],
        "41##select": NotRequired[
            Literal["1:1", "3:4", "4:3", "9:16", "16:9", "2:3", "3:2", "custom"]
        ],
        "43##file_type": NotRequired[
            Literal["png", "jpeg", "webp(lossless)", "webp(lossy)"]
        ],
        "webhookUrl": NotRequired[str],
    },
)


RhartImageF2Klein4bEditLoraRequest = TypedDict(
    "RhartImageF2Klein4bEditLoraRequest",
    {
        "16##text": str,
        "18##lora_name": NotRequired[str],
        "18##strength_model": NotRequired[float],
        "37##select": NotRequired[
            Literal["3:2", "2:3", "16:9", "9:16", "4:3", "3:4", "1:1"]
        ],
        "40##file_type": NotRequired[
            Literal["png", "jpeg", "webp(lossless)", "webp(lossy)"]
        ],
        "41##image": str,
        "webhookUrl": NotRequired[str],
    },
)


RhartImageF2Klein4bEditRequest = TypedDict(
    "RhartImageF2Klein4bEditRequest",
    {
        "17##text": str,
        "19##image": str,
        "47##select": NotRequired[
            Literal["1:1", "3:4", "4:3", "9:16", "16:9", "2:3", "3:2"]
        ],
        "51##file_type": NotRequired[
            Literal["png", "jpeg", "webp(lossless)", "webp(lossy)"]
        ],
        "webhookUrl": NotRequired[str],
    },
)


RhartImageF2Klein4bTextToImageLoraRequest = TypedDict(
    "RhartImageF2Klein4bTextToImageLoraRequest",
    {
        "15##lora_name": NotRequired[str],
        "15##strength_model": NotRequired[float],
        "33##select": NotRequired[
            Literal["3:2", "2:3", "16:9", "9:16", "4:3", "3:4", "1:1"]
        ],
        "9##text": str,
        "webhookUrl": NotRequired[str],
    },
)


RhartImageF2Klein4bTextToImageRequest = TypedDict(
    "RhartImageF2Klein4bTextToImageRequest",
    {
        "103##file_type": NotRequired[
            Literal["png", "jpeg", "webp(lossless)", "webp(lossy)"]
        ],
        "25##value": NotRequired[int],
        "26##value": NotRequired[int],
        "9##text": str,
        "94##select": NotRequired[
            Literal["custom", "3:2", "2:3", "16:9", "9:16", "4:3", "3:4", "1:1"]
        ],
        "webhookUrl": NotRequired[str],
    },
)


RhartImageF2Klein9bEditRequest = TypedDict(
    "RhartImageF2Klein9bEditRequest",
    {
        "53##image": str,
        "54##text": str,
        "55##file_type": NotRequired[
            Literal["png", "jpeg", "webp(lossless)", "webp(lossy)"]
        ],
        "69##value": NotRequired[int],
        "70##value": NotRequired[int],
        "81##select": NotRequired[
            Literal["1:1", "3:4", "4:3", "9:16", "16:9", "2:3", "3:2", "custom", "auto"]
        ],
        "webhookUrl": NotRequired[str],
    },
)


RhartImageF2Klein9bTextToImageLoraRequest = TypedDict(
    "RhartImageF2Klein9bTextToImageLoraRequest",
    {
        "35##value": NotRequired[int],
        "36##value": NotRequired[int],
        "37##text": str,
        "52##select": NotRequired[
            Literal["1:1", "3:4", "4:3", "9:16", "16:9", "2:3", "3:2", "custom"]
        ],
        "55##file_type": NotRequired[
            Literal["png", "jpeg", "webp(lossless)", "webp(lossy)"]
        ],
        "59##lora_name": NotRequired[str],
        "59##strength_model": NotRequired[float],
        "webhookUrl": NotRequired[str],
    },
)


RhartImageF2Klein9bTextToImageRequest = TypedDict(
    "RhartImageF2Klein9bTextToImageRequest",
    {
        "34##value": NotRequired[int],
        "35##value": NotRequired[int],
        "36##text": str,
        "51##select": NotRequired[
            Literal["1:1", "3:4", "4:3", "9:16", "16:9", "2:3", "3:2", "custom"]
        ],
        "54##file_type": NotRequired[
            Literal["png", "jpeg", "webp(lossless)", "webp(lossy)"]
        ],
        "webhookUrl": NotRequired[str],
    },
)


RhartImageFDevLoraRequest = TypedDict(
    "RhartImageFDevLoraRequest",
    {
        "104##select": NotRequired[
            Literal["1:1", "3:4", "4:3", "9:16", "16:9", "2:3", "3:2"]
        ],
        "105##text": str,
        "106##file_type": NotRequired[
            Literal["png", "jpeg", "webp(lossless)", "webp(lossy)"]
        ],
        "107##lora_name": NotRequired[str],
        "107##strength_model": NotRequired[float],
        "webhookUrl": NotRequired[str],
    },
)


RhartImageFDevRequest = TypedDict(
    "RhartImageFDevRequest",
    {
        "23##text": str,
        "43##select": NotRequired[
            Literal["1:1", "3:4", "4:3", "9:16", "16:9", "2:3", "3:2"]
        ],
        "48##file_type": NotRequired[
            Literal["png", "jpeg", "webp(lossless)", "webp(lossy)"]
        ],
        "webhookUrl": NotRequired[str],
    },
)


RhartImageFKreaDevLoraRequest = TypedDict(
    "RhartImageFKreaDevLoraRequest",
    {
        "115##lora_name": NotRequired[str],
        "115##strength_model": NotRequired[float],
        "133##select": NotRequired[
            Literal["1:1", "3:4", "4:3", "9:16", "16:9", "2:3", "3:2"]
        ],
        "135##file_type": NotRequired[
            Literal["png", "jpeg", "webp(lossless)", "webp(lossy)"]
        ],
        "45##text": str,
        "webhookUrl": NotRequired[str],
    },
)


class RhartImageG15EditRequest(TypedDict):
    aspectRatio: NotRequired[Literal["auto", "1:1", "3:2", "2:3"]]
    imageUrls: list[str]
    prompt: str
    webhookUrl: NotRequired[str]


class RhartImageG15OfficialImageToImageRequest(TypedDict):
    background: NotRequired[Literal["auto", "transparent", "opaque"]]
    imageUrls: list[str]
    inputFidelity: NotRequired[Literal["low", "high"]]
    prompt: str
    quality: NotRequired[Literal["low", "medium", "high"]]
    size: NotRequired[Literal["1024*1024", "1024*1536", "1536*1024"]]
    webhookUrl: NotRequired[str]


class RhartImageG15OfficialTextToImageRequest(TypedDict):
    background: NotRequired[Literal["auto", "transparent", "opaque"]]
    prompt: str
    quality: NotRequired[Literal["low", "medium", "high"]]
    size: NotRequired[Literal["1024*1024", "1024*1536", "1536*1024"]]
    webhookUrl: NotRequired[str]


class RhartImageG15TextToImageRequest(TypedDict):
    aspectRatio: NotRequired[Literal["auto", "1:1", "3:2", "2:3"]]
    prompt: str
    webhookUrl: NotRequired[str]


class RhartImageG2ImageToImageRequest(TypedDict):
    aspectRatio: NotRequired[
        Literal[
            "3:2",
            "1:1",
            "2:3",
            "5:4",
            "4:5",
            "16:9",
            "9:16",
            "21:9",
            "3:4",
            "4:3",
            "9:21",
            "1:2",
            "2:1",
            "1:3",
            "3:1",
        ]
    ]
    imageUrls: list[str]
    prompt: str
    resolution: NotRequired[Literal["1k", "2k", "4k"]]
    webhookUrl: NotRequired[str]


class RhartImageG2OfficialImageToImageRequest(TypedDict):
    aspectRatio: NotRequired[
        Literal[
            "1:1",
            "1:2",
            "2:1",
            "1:3",
            "3:1",
            "2:3",
            "3:2",
            "3:4",
            "4:3",
            "4:5",
            "5:4",
            "9:16",
            "21:9",
            "9:21",
            "16:9",
        ]
    ]
    imageUrls: list[str]
    prompt: str
    quality: NotRequired[Literal["low", "medium", "high"]]
    resolution: NotRequired[Literal["1k", "2k", "4k"]]
    webhookUrl: NotRequired[str]


class RhartImageG2OfficialTextToImageRequest(TypedDict):
    aspectRatio: NotRequired[
        Literal[
            "1:1",
            "1:2",
            "2:1",
            "1:3",
            "3:1",
            "2:3",
            "3:2",
            "3:4",
            "4:3",
            "4:5",
            "5:4",
            "9:16",
            "21:9",
            "9:21",
            "16:9",
        ]
    ]
    prompt: str
    quality: NotRequired[Literal["low", "medium", "high"]]
    resolution: NotRequired[Literal["1k", "2k", "4k"]]
    webhookUrl: NotRequired[str]


class RhartImageG2TextToImageRequest(TypedDict):
    aspectRatio: NotRequired[
        Literal[
            "3:2",
            "1:1",
            "2:3",
            "5:4",
            "4:5",
            "16:9",
            "9:16",
            "21:9",
            "3:4",
            "4:3",
            "9:21",
            "1:2",
            "2:1",
            "1:3",
            "3:1",
        ]
    ]
    prompt: str
    resolution: NotRequired[Literal["1k", "2k", "4k"]]
    webhookUrl: NotRequired[str]


class RhartImageG3ImageToImageRequest(TypedDict):
    imageUrls: str
    prompt: str
    webhookUrl: NotRequired[str]


class RhartImageG3TextToImageRequest(TypedDict):
    prompt: str
    webhookUrl: NotRequired[str]


class RhartImageG4ImageToImageRequest(TypedDict):
    imageUrls: NotRequired[str]
    prompt: str
    webhookUrl: NotRequired[str]


class RhartImageG4TextToImageRequest(TypedDict):
    prompt: str
    webhookUrl: NotRequired[str]


class RhartImageGImageToImageRequest(TypedDict):
    imageUrl: NotRequired[str]
    model: NotRequired[Literal["g-3", "g-4", "g-4.1", "g-4.2"]]
    prompt: str
    webhookUrl: NotRequired[str]


class RhartImageGTextToImageRequest(TypedDict):
    aspectRatio: NotRequired[
        Literal["960x960", "720x1280", "1280x720", "1168x784", "784x1168"]
    ]
    model: NotRequired[Literal["g-3", "g-4", "g-4.1", "g-4.2"]]
    prompt: str
    webhookUrl: NotRequired[str]


class RhartImageNG31FlashImageToImageRequest(TypedDict):
    aspectRatio: NotRequired[
        Literal[
            "1:1",
            "16:9",
            "9:16",
            "4:3",
            "3:4",
            "3:2",
            "2:3",
            "5:4",
            "4:5",
            "21:9",
            "1:4",
            "4:1",
            "1:8",
            "8:1",
        ]
    ]
    imageUrls: list[str]
    prompt: str
    resolution: NotRequired[Literal["1k", "2k", "4k"]]
    webhookUrl: NotRequired[str]


class RhartImageNG31FlashLiteImageToImageRequest(TypedDict):
    aspectRatio: NotRequired[
        Literal[
            "1:1",
            "16:9",
            "9:16",
            "4:3",
            "3:4",
            "3:2",
            "2:3",
            "5:4",
            "4:5",
            "21:9",
            "1:4",
            "4:1",
            "1:8",
            "8:1",
        ]
    ]
    imageUrls: list[str]
    prompt: str
    webhookUrl: NotRequired[str]


class RhartImageNG31FlashLiteOfficialImageToImageRequest(TypedDict):
    aspectRatio: NotRequired[
        Literal[
            "auto",
            "1:1",
            "16:9",
            "9:16",
            "4:3",
            "3:4",
            "3:2",
            "2:3",
            "5:4",
            "4:5",
            "21:9",
            "4:1",
            "1:4",
            "8:1",
            "1:8",
        ]
    ]
    imageUrls: list[str]
    prompt: str
    webhookUrl: NotRequired[str]


class RhartImageNG31FlashLiteOfficialTextToImageRequest(TypedDict):
    aspectRatio: NotRequired[
        Literal[
            "1:1",
            "16:9",
            "9:16",
            "4:3",
            "3:4",
            "3:2",
            "2:3",
            "5:4",
            "4:5",
            "21:9",
            "4:1",
            "1:4",
            "8:1",
            "1:8",
        ]
    ]
    prompt: str
    webhookUrl: NotRequired[str]


class RhartImageNG31FlashLiteTextToImageRequest(TypedDict):
    aspectRatio: NotRequired[
        Literal[
            "1:1",
            "16:9",
            "9:16",
            "4:3",
            "3:4",
            "3:2",
            "2:3",
            "5:4",
            "4:5",
            "21:9",
            "1:4",
            "4:1",
            "1:8",
            "8:1",
        ]
    ]
    prompt: str
    webhookUrl: NotRequired[str]


class RhartImageNG31FlashOfficialImageToImageRequest(TypedDict):
    aspectRatio: NotRequired[
        Literal[
            "1:1",
            "16:9",
            "9:16",
            "4:3",
            "3:4",
            "3:2",
            "2:3",
            "5:4",
            "4:5",
            "21:9",
            "1:4",
            "4:1",
            "1:8",
            "8:1",
        ]
    ]
    imageUrls: list[str]
    prompt: str
    resolution: NotRequired[Literal["1k", "2k", "4k"]]
    webhookUrl: NotRequired[str]


class RhartImageNG31FlashOfficialTextToImageRequest(TypedDict):
    aspectRatio: NotRequired[
        Literal[
            "1:1",
            "16:9",
            "9:16",
            "4:3",
            "3:4",
            "3:2",
            "2:3",
            "5:4",
            "4:5",
            "21:9",
            "1:4",
            "4:1",
            "1:8",
            "8:1",
        ]
    ]
    prompt: str
    resolution: NotRequired[Literal["1k", "2k", "4k"]]
    webhookUrl: NotRequired[str]


class RhartImageNG31FlashTextToImageRequest(TypedDict):
    aspectRatio: NotRequired[
        Literal[
            "1:1",
            "16:9",
            "9:16",
            "4:3",
            "3:4",
            "3:2",
            "2:3",
            "5:4",
            "4:5",
            "21:9",
            "1:4",
            "4:1",
            "1:8",
            "8:1",
        ]
    ]
    prompt: str
    resolution: NotRequired[Literal["1k", "2k", "4k"]]
    webhookUrl: NotRequired[str]


class RhartImageNProEditRequest(TypedDict):
    aspectRatio: NotRequired[
        Literal["1:1", "16:9", "9:16", "4:3", "3:4", "3:2", "2:3", "5:4", "4:5", "21:9"]
    ]
    imageUrls: list[str]
    prompt: str
    resolution: NotRequired[Literal["1k", "2k", "4k"]]
    webhookUrl: NotRequired[str]


class RhartImageNProOfficialEditRequest(TypedDict):
    aspectRatio: NotRequired[
        Literal["1:1", "3:2", "2:3", "3:4", "4:3", "4:5", "5:4", "9:16", "16:9", "21:9"]
    ]
    imageUrls: list[str]
    prompt: str
    resolution: NotRequired[Literal["1k", "2k", "4k"]]
    webhookUrl: NotRequired[str]


class RhartImageNProOfficialEditUltraRequest(TypedDict):
    aspectRatio: NotRequired[
        Literal["1:1", "3:2", "2:3", "3:4", "4:3", "4:5", "5:4", "9:16", "16:9", "21:9"]
    ]
    imageUrls: list[str]
    prompt: str
    resolution: NotRequired[Literal["4k", "8k"]]
    webhookUrl: NotRequired[str]


class RhartImageNProOfficialTextToImageRequest(TypedDict):
    aspectRatio: NotRequired[
        Literal["1:1", "3:2", "2:3", "3:4", "4:3", "4:5", "5:4", "9:16", "16:9", "21:9"]
    ]
    prompt: str
    resolution: NotRequired[Literal["1k", "2k", "4k"]]
    webhookUrl: NotRequired[str]


class RhartImageNProOfficialTextToImageUltraRequest(TypedDict):
    aspectRatio: NotRequired[
        Literal["1:1", "3:2", "2:3", "3:4", "4:3", "4:5", "5:4", "9:16", "16:9", "21:9"]
    ]
    prompt: str
    resolution: NotRequired[Literal["4k", "8k"]]
    webhookUrl: NotRequired[str]


class RhartImageNProTextToImageRequest(TypedDict):
    aspectRatio: NotRequired[
        Literal["1:1", "16:9", "9:16", "4:3", "3:4", "3:2", "2:3", "5:4", "4:5", "21:9"]
    ]
    prompt: str
    resolution: NotRequired[Literal["1k", "2k", "4k"]]
    webhookUrl: NotRequired[str]


RhartImageQwenImageEdit2511LoraRequest = TypedDict(
    "RhartImageQwenImageEdit2511LoraRequest",
    {
        "16##lora_name": NotRequired[str],
        "16##strength_model": NotRequired[float],
        "32##select": Literal["3:2", "2:3", "16:9", "9:16", "4:3", "3:4", "1:1"],
        "38##text": str,
        "40##file_type": NotRequired[
            Literal["png", "jpeg", "webp(lossless)", "webp(lossy)"]
        ],
        "44##image": str,
        "webhookUrl": NotRequired[str],
    },
)


RhartImageQwenImageEdit2511Request = TypedDict(
    "RhartImageQwenImageEdit2511Request",
    {
        "28##select": NotRequired[
            Literal["3:2", "2:3", "16:9", "9:16", "4:3", "3:4", "1:1"]
        ],
        "52##file_type": NotRequired[
            Literal["png", "jpeg", "webp(lossless)", "webp(lossy)"]
        ],
        "53##text": str,
        "57##image": str,
        "58##image": NotRequired[str],
        "59##image": NotRequired[str],
        "webhookUrl": NotRequired[str],
    },
)


RhartImageQwenImageTextToImage2512LoraRequest = TypedDict(
    "RhartImageQwenImageTextToImage2512LoraRequest",
    {
        "10##lora_name": NotRequired[str],
        "10##strength_model": NotRequired[float],
        "24##select": NotRequired[
            Literal["3:2", "2:3", "16:9", "9:16", "4:3", "3:4", "1:1"]
        ],
        "30##file_type": NotRequired[
            Literal["png", "jpeg", "webp (lossless)", "webp (lossy)"]
        ],
        "6##text": str,
        "webhookUrl": NotRequired[str],
    },
)


RhartImageQwenImageTextToImage2512Request = TypedDict(
    "RhartImageQwenImageTextToImage2512Request",
    {
        "23##value": NotRequired[int],
        "24##value": NotRequired[int],
        "25##select": NotRequired[
            Literal["custom", "3:2", "2:3", "16:9", "9:16", "4:3", "3:4", "1:1"]
        ],
        "3##text": str,
        "31##file_type": NotRequired[
            Literal["png", "jpeg", "webp(lossless)", "webp(lossy)"]
        ],
        "webhookUrl": NotRequired[str],
    },
)


class RhartImageV1EditRequest(TypedDict):
    aspectRatio: NotRequired[
        Literal[
            "auto",
            "1:1",
            "16:9",
            "9:16",
            "4:3",
            "3:4",
            "3:2",
            "2:3",
            "5:4",
            "4:5",
            "21:9",
        ]
    ]
    imageUrls: list[str]
    prompt: str
    webhookUrl: NotRequired[str]


class RhartImageV1OfficialEditRequest(TypedDict):
    aspectRatio: NotRequired[
        Literal[
            "auto",
            "1:1",
            "16:9",
            "9:16",
            "4:3",
            "3:4",
            "3:2",
            "2:3",
            "5:4",
            "4:5",
            "21:9",
        ]
    ]
    imageUrls: list[str]
    prompt: str
    webhookUrl: NotRequired[str]


class RhartImageV1OfficialTextToImageRequest(TypedDict):
    aspectRatio: NotRequired[
        Literal[
            "auto",
            "1:1",
            "16:9",
            "9:16",
            "4:3",
            "3:4",
            "3:2",
            "2:3",
            "5:4",
            "4:5",
            "21:9",
        ]
    ]
    prompt: str
    webhookUrl: NotRequired[str]


class RhartImageV1TextToImageRequest(TypedDict):
    aspectRatio: NotRequired[
        Literal[
            "auto",
            "1:1",
            "16:9",
            "9:16",
            "4:3",
            "3:4",
            "3:2",
            "2:3",
            "5:4",
            "4:5",
            "21:9",
        ]
    ]
    prompt: str
    webhookUrl: NotRequired[str]


class RhartImageXOfficialEditRequest(TypedDict):
    image: str
    prompt: str
    webhookUrl: NotRequired[str]


class RhartImageXOfficialTextToImageRequest(TypedDict):
    aspectRatio: NotRequired[
        Literal[
            "2:1",
            "20:9",
            "16:9",
            "4:3",
            "3:2",
            "1:1",
            "2:3",
            "3:4",
            "9:16",
            "9:20",
            "1:2",
        ]
    ]
    outputFormat: NotRequired[Literal["jpeg", "png"]]
    prompt: str
    webhookUrl: NotRequired[str]


RhartImageZImageTurboImageToImageLoraRequest = TypedDict(
    "RhartImageZImageTurboImageToImageLoraRequest",
    {
        "18##text": str,
        "41##select": NotRequired[
            Literal["3:2", "2:3", "16:9", "9:16", "4:3", "3:4", "1:1"]
        ],
        "42##file_type": NotRequired[
            Literal["png", "jpeg", "webp(lossless)", "webp(lossy)"]
        ],
        "43##lora_name": NotRequired[str],
        "43##strength_model": NotRequired[float],
        "44##image": str,
        "webhookUrl": NotRequired[str],
    },
)


RhartImageZImageTurboImageToImageRequest = TypedDict(
    "RhartImageZImageTurboImageToImageRequest",
    {
        "41##text": str,
        "64##select": NotRequired[
            Literal["3:2", "2:3", "16:9", "9:16", "4:3", "3:4", "1:1"]
        ],
        "65##file_type": NotRequired[
            Literal["png", "jpeg", "webp(lossless)", "webp(lossy)"]
        ],
        "66##image": str,
        "webhookUrl": NotRequired[str],
    },
)


RhartImageZImageTurboLoraRequest = TypedDict(
    "RhartImageZImageTurboLoraRequest",
    {
        "30##select": NotRequired[
            Literal["1:1", "3:4", "4:3", "9:16", "16:9", "2:3", "3:2"]
        ],
        "34##file_type": NotRequired[
            Literal["png", "jpeg", "webp(lossless)", "webp(lossy)"]
        ],
        "38##lora_name": NotRequired[str],
        "38##strength_model": NotRequired[float],
        "6##text": str,
        "webhookUrl": NotRequired[str],
    },
)


RhartImageZImageTurboRequest = TypedDict(
    "RhartImageZImageTurboRequest",
    {
        "10##text": str,
        "28##select": NotRequired[
            Literal["1:1", "3:4", "4:3", "9:16", "16:9", "2:3", "3:2"]
        ],
        "29##file_type": NotRequired[
            Literal["png", "jpeg", "webp(lossless)", "webp(lossy)"]
        ],
        "webhookUrl": NotRequired[str],
    },
)


class RhartImagineImageQualityEditRequest(TypedDict):
    aspectRatio: NotRequired[
        Literal["auto", "1:1", "16:9", "9:16", "4:3", "3:4", "3:2", "2:3"]
    ]
    imageUrl: str
    numImages: NotRequired[Literal["1", "2", "3", "4"]]
    outputFormat: NotRequired[Literal["jpeg", "png", "webp"]]
    prompt: str
    resolution: NotRequired[Literal["1k", "2k"]]
    webhookUrl: NotRequired[str]


class RhartImagineImageQualityTextToImageRequest(TypedDict):
    aspectRatio: NotRequired[Literal["1:1", "16:9", "9:16", "4:3", "3:4", "3:2", "2:3"]]
    numImages: NotRequired[Literal["1", "2", "3", "4"]]
    outputFormat: NotRequired[Literal["jpeg", "png", "webp"]]
    prompt: str
    resolution: NotRequired[Literal["1k", "2k"]]
    webhookUrl: NotRequired[str]


class RhartTextG25FlashCvImageToTextRequest(TypedDict):
    imageUrl: str
    prompt: str
    webhookUrl: NotRequired[str]


class RhartTextG25FlashImageToTextRequest(TypedDict):
    imageUrl: str
    prompt: str
    webhookUrl: NotRequired[str]


class RhartTextG25FlashTextToTextRequest(TypedDict):
    prompt: str
    webhookUrl: NotRequired[str]


class RhartTextG25FlashVideoToTextRequest(TypedDict):
    prompt: str
    videoUrl: str
    webhookUrl: NotRequired[str]


class RhartTextG25ProCvImageToTextRequest(TypedDict):
    imageUrl: str
    prompt: str
    webhookUrl: NotRequired[str]


class RhartTextG25ProImageToTextRequest(TypedDict):
    imageUrl: str
    prompt: str
    webhookUrl: NotRequired[str]


class RhartTextG25ProTextToTextRequest(TypedDict):
    prompt: str
    webhookUrl: NotRequired[str]


class RhartTextG25ProVideoToTextRequest(TypedDict):
    prompt: str
    videoUrl: str
    webhookUrl: NotRequired[str]


class RhartTextG3FlashPreviewCvImageToTextRequest(TypedDict):
    imageUrl: str
    prompt: str
    webhookUrl: NotRequired[str]


class RhartTextG3FlashPreviewImageToTextRequest(TypedDict):
    imageUrl: str
    prompt: str
    webhookUrl: NotRequired[str]


class RhartTextG3FlashPreviewTextToTextRequest(TypedDict):
    prompt: str
    webhookUrl: NotRequired[str]


class RhartTextG3FlashPreviewVideoToTextRequest(TypedDict):
    prompt: str
    videoUrl: str
    webhookUrl: NotRequired[str]


class RhartTextG3ProPreviewCvImageToTextRequest(TypedDict):
    imageUrl: str
    prompt: str
    webhookUrl: NotRequired[str]


class RhartTextG3ProPreviewImageToTextRequest(TypedDict):
    imageUrl: str
    prompt: str
    webhookUrl: NotRequired[str]


class RhartTextG3ProPreviewTextToTextRequest(TypedDict):
    prompt: str
    webhookUrl: NotRequired[str]


class RhartTextG3ProPreviewVideoToTextRequest(TypedDict):
    prompt: str
    videoUrl: str
    webhookUrl: NotRequired[str]


class RhartTextQwen27bChatRequest(TypedDict):
    imageUrls: NotRequired[list[str]]
    prompt: str
    videoUrl: NotRequired[str]
    webhookUrl: NotRequired[str]


RhartVideoFKontextDevLoraRequest = TypedDict(
    "RhartVideoFKontextDevLoraRequest",
    {
        "13##lora_name": NotRequired[str],
        "13##strength_model": NotRequired[float],
        "15##image": str,
        "16##file_type": NotRequired[
            Literal["png", "jpeg", "webp(lossless)", "webp(lossy)"]
        ],
        "4##text": str,
        "41##select": NotRequired[
            Literal["1:1", "3:4", "4:3", "9:16", "16:9", "2:3", "3:2", "custom", "auto"]
        ],
        "44##value": NotRequired[int],
        "45##value": NotRequired[int],
        "webhookUrl": NotRequired[str],
    },
)


class RhartVideoGImageToVideoRequest(TypedDict):
    aspectRatio: NotRequired[Literal["2:3", "3:2", "1:1", "16:9", "9:16"]]
    duration: NotRequired[int]
    imageUrls: NotRequired[list[str]]
    prompt: str
    resolution: NotRequired[Literal["720p", "480p"]]
    webhookUrl: NotRequired[str]


class RhartVideoGOfficialEditVideoRequest(TypedDict):
    prompt: str
    resolution: NotRequired[Literal["720p", "480p"]]
    videoUrl: str
    webhookUrl: NotRequired[str]


class RhartVideoGOfficialImageToVideoRequest(TypedDict):
    duration: NotRequired[Literal["6", "10"]]
    imageUrl: str
    prompt: str
    resolution: NotRequired[Literal["720p", "480p"]]
    webhookUrl: NotRequired[str]


class RhartVideoGOfficialImageToVideoV15Request(TypedDict):
    duration: NotRequired[int]
    imageUrl: str
    prompt: str
    resolution: NotRequired[Literal["480p", "720p"]]
    webhookUrl: NotRequired[str]


class RhartVideoGOfficialReferenceToVideoRequest(TypedDict):
    duration: NotRequired[Literal["6", "10"]]
    imageUrls: list[str]
    prompt: str
    resolution: NotRequired[Literal["720p", "480p"]]
    webhookUrl: NotRequired[str]


class RhartVideoGOfficialTextToVideoRequest(TypedDict):
    aspectRatio: NotRequired[Literal["16:9", "9:16", "1:1"]]
    duration: NotRequired[Literal["6", "10"]]
    prompt: str
    resolution: NotRequired[Literal["720p", "480p"]]
    webhookUrl: NotRequired[str]


class RhartVideoGOfficialVideoExtendRequest(TypedDict):
    duration: NotRequired[Literal["6", "10"]]
    prompt: str
    videoUrl: str
    webhookUrl: NotRequired[str]


class RhartVideoGTextToVideoRequest(TypedDict):
    aspectRatio: NotRequired[Literal["2:3", "3:2", "1:1", "16:9", "9:16"]]
    duration: NotRequired[int]
    prompt: str
    resolution: NotRequired[Literal["720p", "480p"]]
    webhookUrl: NotRequired[str]


RhartVideoLtx23ImageToVideoLoraRequest = TypedDict(
    "RhartVideoLtx23ImageToVideoLoraRequest",
    {
        "222##value": NotRequired[int],
        "240##select": NotRequired[Literal["16:9", "9:16"]],
        "245##select": NotRequired[Literal["1080p", "720p", "480p"]],
        "254##lora_name": NotRequired[str],
        "254##strength_model": NotRequired[float],
        "257##lora_name": NotRequired[str],
        "257##strength_model": NotRequired[float],
        "258##lora_name": NotRequired[str],
        "258##strength_model": NotRequired[float],
        "269##prompt": str,
        "98##image": str,
        "webhookUrl": NotRequired[str],
    },
)


RhartVideoLtx23ImageToVideoRequest = TypedDict(
    "RhartVideoLtx23ImageToVideoRequest",
    {
        "200##prompt": str,
        "222##value": NotRequired[int],
        "240##select": NotRequired[Literal["9:16", "16:9"]],
        "245##select": NotRequired[Literal["480p", "720p", "1080p"]],
        "98##image": str,
        "webhookUrl": NotRequired[str],
    },
)


RhartVideoLtx23TextToVideoLoraRequest = TypedDict(
    "RhartVideoLtx23TextToVideoLoraRequest",
    {
        "188##prompt": str,
        "227##value": NotRequired[int],
        "247##select": NotRequired[Literal["480p", "720p", "1080p"]],
        "248##select": NotRequired[Literal["9:16", "16:9"]],
        "254##lora_name": NotRequired[str],
        "254##strength_model": NotRequired[float],
        "257##lora_name": NotRequired[str],
        "257##strength_model": NotRequired[float],
        "258##lora_name": NotRequired[str],
        "258##strength_model": NotRequired[float],
        "webhookUrl": NotRequired[str],
    },
)


RhartVideoLtx23TextToVideoRequest = TypedDict(
    "RhartVideoLtx23TextToVideoRequest",
    {
        "188##prompt": str,
        "227##value": NotRequired[int],
        "247##select": NotRequired[Literal["1080p", "720p", "480p"]],
        "248##select": NotRequired[Literal["16:9", "9:16"]],
        "webhookUrl": NotRequired[str],
    },
)


class RhartVideoLtx2TextToVideoLoraRequest(TypedDict):
    webhookUrl: NotRequired[str]


class RhartVideoRGen4AlephOfficialVideoToVideoRequest(TypedDict):
    aspectRatio: NotRequired[Literal["16:9", "9:16", "1:1", "4:3", "3:4"]]
    prompt: str
    referenceImageUrl: NotRequired[str]
    videoUrl: str
    webhookUrl: NotRequired[str]


class RhartVideoRGen4TurboImageToVideoRequest(TypedDict):
    aspectRatio: NotRequired[Literal["16:9", "9:16", "1:1", "4:3", "3:4", "21:9"]]
    duration: NotRequired[Literal["5", "10"]]
    imageUrl: str
    prompt: NotRequired[str]
    webhookUrl: NotRequired[str]


class RhartVideoRGen4TurboOfficialImageToVideoRequest(TypedDict):
    aspectRatio: NotRequired[Literal["16:9", "9:16", "1:1", "4:3", "3:4"]]
    duration: NotRequired[Literal["5", "10"]]
    imageUrl: str
    prompt: str
    webhookUrl: NotRequired[str]


class RhartVideoSImageToVideoAsynRequest(TypedDict):
    aspectRatio: NotRequired[Literal["9:16", "16:9"]]
    duration: NotRequired[Literal["10", "15"]]
    imageUrl: str
    prompt: NotRequired[str]
    webhookUrl: NotRequired[str]


class RhartVideoSImageToVideoProDeprecatedRequest(TypedDict):
    aspectRatio: NotRequired[Literal["9:16", "16:9"]]
    duration: NotRequired[Literal["15", "25"]]
    imageUrl: str
    prompt: str
    storyboard: NotRequired[bool]
    webhookUrl: NotRequired[str]


class RhartVideoSImageToVideoRequest(TypedDict):
    aspectRatio: NotRequired[Literal["9:16", "16:9"]]
    duration: NotRequired[Literal["10", "15"]]
    imageUrl: str
    prompt: str
    storyboard: NotRequired[bool]
    webhookUrl: NotRequired[str]


class RhartVideoSOfficialImageToVideoProRequest(TypedDict):
    duration: NotRequired[Literal["4", "8", "12", "16", "20"]]
    imageUrl: str
    prompt: str
    resolution: NotRequired[Literal["720p", "1080p"]]
    webhookUrl: NotRequired[str]


class RhartVideoSOfficialImageToVideoRealisticRequest(TypedDict):
    duration: NotRequired[Literal["4", "8", "12"]]
    imageUrl: str
    prompt: str
    webhookUrl: NotRequired[str]


class RhartVideoSOfficialImageToVideoRequest(TypedDict):
    duration: NotRequired[Literal["4", "8", "12"]]
    imageUrl: str
    prompt: str
    webhookUrl: NotRequired[str]


class RhartVideoSOfficialSoraUploadCharacterRequest(TypedDict):
    name: str
    videoUrl: str
    webhookUrl: NotRequired[str]


class RhartVideoSOfficialTextToVideoProRequest(TypedDict):
    duration: NotRequired[Literal["4", "8", "12", "16", "20"]]
    prompt: str
    size: NotRequired[
        Literal[
            "720x1280", "1280x720", "1024x1792", "1792x1024", "1080x1920", "1920x1080"
        ]
    ]
    webhookUrl: NotRequired[str]


class RhartVideoSOfficialTextToVideoRequest(TypedDict):
    duration: NotRequired[Literal["4", "8", "12"]]
    prompt: str
    size: NotRequired[Literal["720x1280", "1280x720"]]
    webhookUrl: NotRequired[str]


class RhartVideoSSoraUploadCharacterRequest(TypedDict):
    videoUrl: str
    webhookUrl: NotRequired[str]


class RhartVideoSTextToVideoProDeprecatedRequest(TypedDict):
    aspectRatio: NotRequired[Literal["9:16", "16:9"]]
    duration: NotRequired[Literal["15", "25"]]
    prompt: str
    storyboard: NotRequired[bool]
    webhookUrl: NotRequired[str]


class RhartVideoSTextToVideoRequest(TypedDict):
    aspectRatio: NotRequired[Literal["9:16", "16:9"]]
    duration: NotRequired[Literal["10", "15"]]
    prompt: str
    storyboard: NotRequired[bool]
    webhookUrl: NotRequired[str]


class RhartVideoSparkvideo20FastImageToVideoRequest(TypedDict):
    duration: NotRequired[
        Literal["4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15"]
    ]
    firstFrameUrl: str
    generateAudio: NotRequired[bool]
    lastFrameUrl: NotRequired[str]
    prompt: NotRequired[str]
    ratio: NotRequired[Literal["adaptive", "16:9", "4:3", "1:1", "3:4", "9:16", "21:9"]]
    resolution: NotRequired[Literal["480p", "720p", "native1080p", "1080p", "2k", "4k"]]
    returnLastFrame: NotRequired[bool]
    webhookUrl: NotRequired[str]


class RhartVideoSparkvideo20FastMultimodalVideoRequest(TypedDict):
    audioUrls: NotRequired[list[str]]
    duration: NotRequired[
        Literal["4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15"]
    ]
    generateAudio: NotRequired[bool]
    imageUrls: NotRequired[list[str]]
    prompt: str
    ratio: NotRequired[Literal["adaptive", "16:9", "4:3", "1:1", "3:4", "9:16", "21:9"]]
    resolution: NotRequired[Literal["480p", "720p", "native1080p", "1080p", "2k", "4k"]]
    returnLastFrame: NotRequired[bool]
    videoUrls: NotRequired[list[str]]
    webhookUrl: NotRequired[str]


class RhartVideoSparkvideo20FastTextToVideoRequest(TypedDict):
    duration: NotRequired[
        Literal["4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15"]
    ]
    generateAudio: NotRequired[bool]
    prompt: str
    ratio: NotRequired[Literal["adaptive", "16:9", "4:3", "1:1", "3:4", "9:16", "21:9"]]
    resolution: NotRequired[Literal["480p", "720p", "native1080p", "1080p", "2k", "4k"]]
    returnLastFrame: NotRequired[bool]
    webSearch: NotRequired[bool]
    webhookUrl: NotRequired[str]


class RhartVideoSparkvideo20ImageToVideoRequest(TypedDict):
    duration: NotRequired[
        Literal["4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15"]
    ]
    firstFrameUrl: str
    generateAudio: NotRequired[bool]
    lastFrameUrl: NotRequired[str]
    prompt: NotRequired[str]
    ratio: NotRequired[Literal["adaptive", "16:9", "4:3", "1:1", "3:4", "9:16", "21:9"]]
    resolution: NotRequired[
        Literal["480p", "720p", "native1080p", "native4k", "1080p", "2k", "4k"]
    ]
    returnLastFrame: NotRequired[bool]
    webhookUrl: NotRequired[str]


class RhartVideoSparkvideo20MiniImageToVideoRequest(TypedDict):
    conversionSlots: NotRequired[Literal["all", "firstFrameUrl", "lastFrameUrl"]]
    duration: NotRequired[
        Literal["-1", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15"]
    ]
    firstFrameUrl: str
    generateAudio: NotRequired[bool]
    lastFrameUrl: NotRequired[str]
    prompt: NotRequired[str]
    ratio: NotRequired[Literal["adaptive", "16:9", "4:3", "1:1", "3:4", "9:16", "21:9"]]
    realPersonMode: NotRequired[bool]
    resolution: NotRequired[Literal["480p", "720p", "1080p", "2k", "4k"]]
    returnLastFrame: NotRequired[bool]
    seed: NotRequired[int]
    webhookUrl: NotRequired[str]


class RhartVideoSparkvideo20MiniMultimodalVideoRequest(TypedDict):
    audioUrls: NotRequired[list[str]]
    conversionSlots: NotRequired[
        Literal[
            "all",
            "image1",
            "image2",
            "image3",
            "image4",
            "image5",
            "image6",
            "image7",
            "image8",
            "image9",
            "video1",
            "video2",
            "video3",
        ]
    ]
    duration: NotRequired[
        Literal["-1", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15"]
    ]
    generateAudio: NotRequired[bool]
    imageUrls: NotRequired[list[str]]
    prompt: str
    ratio: NotRequired[Literal["adaptive", "16:9", "4:3", "1:1", "3:4", "9:16", "21:9"]]
    realPersonMode: NotRequired[bool]
    resolution: NotRequired[Literal["480p", "720p", "1080p", "2k", "4k"]]
    returnLastFrame: NotRequired[bool]
    seed: NotRequired[int]
    videoUrls: NotRequired[list[str]]
    webhookUrl: NotRequired[str]


class RhartVideoSparkvideo20MiniTextToVideoRequest(TypedDict):
    duration: NotRequired[
        Literal["-1", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15"]
    ]
    generateAudio: NotRequired[bool]
    prompt: str
    ratio: NotRequired[Literal["adaptive", "16:9", "4:3", "1:1", "3:4", "9:16", "21:9"]]
    resolution: NotRequired[Literal["480p", "720p", "1080p", "2k", "4k"]]
    returnLastFrame: NotRequired[bool]
    seed: NotRequired[int]
    webSearch: NotRequired[bool]
    webhookUrl: NotRequired[str]


class RhartVideoSparkvideo20MultimodalVideoRequest(TypedDict):
    audioUrls: NotRequired[list[str]]
    duration: NotRequired[
        Literal["4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15"]
    ]
    generateAudio: NotRequired[bool]
    imageUrls: NotRequired[list[str]]
    prompt: str
    ratio: NotRequired[Literal["adaptive", "16:9", "4:3", "1:1", "3:4", "9:16", "21:9"]]
    resolution: NotRequired[
        Literal["480p", "720p", "native1080p", "native4k", "1080p", "2k", "4k"]
    ]
    returnLastFrame: NotRequired[bool]
    videoUrls: NotRequired[list[str]]
    webhookUrl: NotRequired[str]


class RhartVideoSparkvideo20MultimodalVideoStarFastRequest(TypedDict):
    duration: NotRequired[
        Literal["-1", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15"]
    ]
    imageUrl: NotRequired[str]
    ratio: NotRequired[Literal["adaptive", "16:9", "4:3", "1:1", "3:4", "9:16", "21:9"]]
    resolution: NotRequired[Literal["480p", "720p", "1080p", "2k", "4k"]]
    templateId: NotRequired[
        Literal[
            "ca4e2a5b6ba3429aa32f1b6ce8095e49",
            "3939807298934776bcaab866e5411234",
            "ffe89289a144441c8151b119d7a69912",
            "806e1cb898e343bd817cf601d73bdb05",
            "98dc545610564969ac7ff547f40c98d2",
            "0aa9c61ef52a42b58e554bcac588b80c",
        ]
    ]
    webhookUrl: NotRequired[str]


class RhartVideoSparkvideo20MultimodalVideoStarRequest(TypedDict):
    duration: NotRequired[
        Literal["-1", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15"]
    ]
    imageUrl: NotRequired[str]
    ratio: NotRequired[Literal["adaptive", "16:9", "4:3", "1:1", "3:4", "9:16", "21:9"]]
    resolution: NotRequired[Literal["480p", "720p", "1080p", "native1080p", "2k", "4k"]]
    templateId: NotRequired[
        Literal[
            "ca4e2a5b6ba3429aa32f1b6ce8095e49",
            "3939807298934776bcaab866e5411234",
            "ffe89289a144441c8151b119d7a69912",
            "806e1cb898e343bd817cf601d73bdb05",
            "98dc545610564969ac7ff547f40c98d2",
            "0aa9c61ef52a42b58e554bcac588b80c",
        ]
    ]
    webhookUrl: NotRequired[str]


class RhartVideoSparkvideo20TextToVideoRequest(TypedDict):
    duration: NotRequired[
        Literal["4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15"]
    ]
    generateAudio: NotRequired[bool]
    prompt: str
    ratio: NotRequired[Literal["adaptive", "16:9", "4:3", "1:1", "3:4", "9:16", "21:9"]]
    resolution: NotRequired[
        Literal["480p", "720p", "native1080p", "native4k", "1080p", "2k", "4k"]
    ]
    returnLastFrame: NotRequired[bool]
    webSearch: NotRequired[bool]
    webhookUrl: NotRequired[str]


class RhartVideoV31FastImageToVideoRequest(TypedDict):
    aspectRatio: NotRequired[Literal["16:9", "9:16"]]
    duration: NotRequired[Literal["8"]]
    imageUrls: list[str]
    prompt: str
    resolution: NotRequired[Literal["720p", "1080p", "4k"]]
    webhookUrl: NotRequired[str]


class RhartVideoV31FastOfficialImageToVideoRequest(TypedDict):
    aspectRatio: NotRequired[Literal["16:9", "9:16"]]
    duration: NotRequired[Literal["4", "6", "8"]]
    generateAudio: NotRequired[bool]
    imageUrl: str
    lastImageUrl: NotRequired[str]
    negativePrompt: NotRequired[str]
    prompt: str
    resolution: NotRequired[Literal["720p", "1080p", "4k"]]
    seed: NotRequired[int]
    webhookUrl: NotRequired[str]


class RhartVideoV31FastOfficialReferenceToVideoRequest(TypedDict):
    aspectRatio: NotRequired[Literal["16:9", "9:16"]]
    generateAudio: NotRequired[bool]
    imageUrls: list[str]
    negativePrompt: NotRequired[str]
    prompt: str
    resolution: NotRequired[Literal["720p", "1080p"]]
    seed: NotRequired[int]
    webhookUrl: NotRequired[str]


class RhartVideoV31FastOfficialTextToVideoRequest(TypedDict):
    aspectRatio: NotRequired[Literal["16:9", "9:16"]]
    duration: NotRequired[Literal["4", "6", "8"]]
    generateAudio: NotRequired[bool]
    negativePrompt: NotRequired[str]
    prompt: str
    resolution: NotRequired[Literal["720p", "1080p", "4k"]]
    seed: NotRequired[int]
    webhookUrl: NotRequired[str]


class RhartVideoV31FastOfficialVideoExtendRequest(TypedDict):
    negativePrompt: NotRequired[str]
    prompt: NotRequired[str]
    resolution: NotRequired[Literal["720p", "1080p"]]
    seed: NotRequired[int]
    video: str
    webhookUrl: NotRequired[str]


class RhartVideoV31FastStartEndToVideoRequest(TypedDict):
    aspectRatio: NotRequired[Literal["16:9", "9:16"]]
    duration: NotRequired[Literal["8"]]
    firstFrameUrl: str
    lastFrameUrl: NotRequired[str]
    prompt: str
    resolution: NotRequired[Literal["720p", "1080p", "4k"]]
    webhookUrl: NotRequired[str]


class RhartVideoV31FastTextToVideoRequest(TypedDict):
    aspectRatio: NotRequired[Literal["16:9", "9:16"]]
    duration: NotRequired[Literal["8"]]
    prompt: str
    resolution: NotRequired[Literal["720p", "1080p", "4k"]]
    webhookUrl: NotRequired[str]


class RhartVideoV31LiteImageToVideoRequest(TypedDict):
    aspectRatio: NotRequired[Literal["16:9", "9:16"]]
    duration: NotRequired[Literal["8"]]
    imageUrls: list[str]
    prompt: str
    resolution: NotRequired[Literal["720p", "4k"]]
    webhookUrl: NotRequired[str]


class RhartVideoV31LiteOfficialImageToVideoRequest(TypedDict):
    aspectRatio: NotRequired[Literal["16:9", "9:16"]]
    duration: NotRequired[Literal["4", "6", "8"]]
    imageUrl: str
    negativePrompt: NotRequired[str]
    prompt: str
    resolution: NotRequired[Literal["720p", "1080p"]]
    seed: NotRequired[int]
    webhookUrl: NotRequired[str]


class RhartVideoV31LiteOfficialStartEndToVideoRequest(TypedDict):
    aspectRatio: NotRequired[Literal["16:9", "9:16"]]
    firstImageUrl: str
    lastImageUrl: str
    negativePrompt: NotRequired[str]
    prompt: str
    resolution: NotRequired[Literal["720p", "1080p"]]
    seed: NotRequired[int]
    webhookUrl: NotRequired[str]


class RhartVideoV31LiteOfficialTextToVideoRequest(TypedDict):
    aspectRatio: NotRequired[Literal["16:9", "9:16"]]
    duration: NotRequired[Literal["4", "6", "8"]]
    negativePrompt: NotRequired[str]
    prompt: str
    resolution: NotRequired[Literal["720p", "1080p"]]
    seed: NotRequired[int]
    webhookUrl: NotRequired[str]


class RhartVideoV31LiteTextToVideoRequest(TypedDict):
    aspectRatio: NotRequired[Literal["16:9", "9:16"]]
    duration: NotRequired[Literal["8"]]
    prompt: str
    resolution: NotRequired[Literal["720p", "1080p", "4k"]]
    webhookUrl: NotRequired[str]


class RhartVideoV31ProImageToVideoRequest(TypedDict):
    aspectRatio: NotRequired[Literal["16:9", "9:16"]]
    duration: NotRequired[Literal["8"]]
    imageUrl: str
    prompt: str
    resolution: NotRequired[Literal["720p", "1080p", "4k"]]
    webhookUrl: NotRequired[str]


class RhartVideoV31ProOfficialImageToVideoRequest(TypedDict):
    aspectRatio: NotRequired[Literal["16:9", "9:16"]]
    duration: NotRequired[Literal["4", "6", "8"]]
    generateAudio: NotRequired[bool]
    imageUrl: str
    lastImageUrl: NotRequired[str]
    negativePrompt: NotRequired[str]
    prompt: str
    resolution: NotRequired[Literal["720p", "1080p", "4k"]]
    seed: NotRequired[int]
    webhookUrl: NotRequired[str]


class RhartVideoV31ProOfficialReferenceToVideoRequest(TypedDict):
    generateAudio: NotRequired[bool]
    imageUrls: list[str]
    negativePrompt: NotRequired[str]
    prompt: str
    resolution: NotRequired[Literal["720p", "1080p", "4k"]]
    seed: NotRequired[int]
    webhookUrl: NotRequired[str]


class RhartVideoV31ProOfficialTextToVideoRequest(TypedDict):
    aspectRatio: NotRequired[Literal["16:9", "9:16"]]
    duration: NotRequired[Literal["4", "6", "8"]]
    generateAudio: NotRequired[bool]
    negativePrompt: NotRequired[str]
    prompt: str
    resolution: NotRequired[Literal["720p", "1080p", "4k"]]
    seed: NotRequired[int]
    webhookUrl: NotRequired[str]


class RhartVideoV31ProOfficialVideoExtendRequest(TypedDict):
    negativePrompt: NotRequired[str]
    prompt: NotRequired[str]
    resolution: NotRequired[Literal["720p", "1080p"]]
    seed: NotRequired[int]
    video: str
    webhookUrl: NotRequired[str]


class RhartVideoV31ProStartEndToVideoRequest(TypedDict):
    aspectRatio: NotRequired[Literal["16:9", "9:16"]]
    duration: NotRequired[Literal["8"]]
    firstFrameUrl: str
    lastFrameUrl: NotRequired[str]
    prompt: str
    resolution: NotRequired[Literal["720p", "1080p", "4k"]]
    webhookUrl: NotRequired[str]


class RhartVideoV31ProTextToVideoRequest(TypedDict):
    aspectRatio: NotRequired[Literal["16:9", "9:16"]]
    duration: NotRequired[Literal["8"]]
    prompt: str
    resolution: NotRequired[Literal["720p", "1080p", "4k"]]
    webhookUrl: NotRequired[str]


class RhartVideoVideoFpsIncreaserRequest(TypedDict):
    videoUrl: str
    webhookUrl: NotRequired[str]


class RhartVideoVideoUpscalerRequest(TypedDict):
    targetResolution: NotRequired[Literal["720p", "1080p", "2k", "4k"]]
    videoUrl: str
    webhookUrl: NotRequired[str]


RhartVideoWan22ImageToImageRequest = TypedDict(
    "RhartVideoWan22ImageToImageRequest",
    {
        "242##file_type": NotRequired[
            Literal["png", "jpeg", "webp(lossless)", "webp(lossy)"]
        ],
        "267##select": NotRequired[
            Literal["1:1", "3:4", "4:3", "9:16", "16:9", "2:3", "3:2", "custom", "auto"]
        ],
        "270##value": NotRequired[int],
        "271##value": NotRequired[int],
        "272##image": str,
        "79##text": str,
        "webhookUrl": NotRequired[str],
    },
)


RhartVideoWan22ImageToVideoRequest = TypedDict(
    "RhartVideoWan22ImageToVideoRequest",
    {
        "16##negative_prompt": NotRequired[str],
        "183##text": str,
        "202##select": NotRequired[Literal["8", "5"]],
        "218##select": NotRequired[
            Literal[
                "auto",
                "1024×1920",
                "1920×1024",
                "720×1280",
                "1280×720",
                "480×832",
                "832×480",
            ]
        ],
        "219##image": str,
        "webhookUrl": NotRequired[str],
    },
)


RhartVideoWan22StartToEndRequest = TypedDict(
    "RhartVideoWan22StartToEndRequest",
    {
        "16##negative_prompt": NotRequired[str],
        "183##text": str,
        "202##select": NotRequired[Literal["8", "5"]],
        "218##select": NotRequired[
            Literal[
                "auto",
                "1024×1920",
                "1920×1024",
                "720×1280",
                "1280×720",
                "480×832",
                "832×480",
            ]
        ],
        "219##image": str,
        "222##image": str,
        "webhookUrl": NotRequired[str],
    },
)


RhartVideoWan22TextToImageLoraRequest = TypedDict(
    "RhartVideoWan22TextToImageLoraRequest",
    {
        "201##file_type": NotRequired[
            Literal["png", "jpeg", "webp(lossless)", "webp(lossy)"]
        ],
        "215##value": NotRequired[int],
        "216##value": NotRequired[int],
        "225##select": NotRequired[
            Literal["1:1", "3:4", "4:3", "9:16", "16:9", "2:3", "3:2", "custom"]
        ],
        "229##lora_name": NotRequired[str],
        "229##strength_model": NotRequired[float],
        "79##text": str,
        "webhookUrl": NotRequired[str],
    },
)


RhartVideoWan22TextToVideoRequest = TypedDict(
    "RhartVideoWan22TextToVideoRequest",
    {
        "130##select": NotRequired[Literal["8", "5"]],
        "133##select": NotRequired[
            Literal[
                "832×480", "480×832", "1280×720", "720×1280", "1920×1024", "1024×1920"
            ]
        ],
        "14##negative_prompt": NotRequired[str],
        "14##positive_prompt": str,
        "webhookUrl": NotRequired[str],
    },
)


class SeedanceV15ProImageToVideoFastRequest(TypedDict):
    aspectRatio: NotRequired[
        Literal["16:9", "9:16", "1:1", "4:3", "3:4", "21:9", "adaptive"]
    ]
    cameraFixed: NotRequired[Literal["false", "true"]]
    duration: NotRequired[Literal["4", "5", "6", "7", "8", "9", "10", "11", "12"]]
    firstImageUrl: str
    generateAudio: NotRequired[Literal["true", "false"]]
    lastImageUrl: NotRequired[str]
    prompt: str
    resolution: NotRequired[Literal["720p", "1080p"]]
    webhookUrl: NotRequired[str]


class SeedanceV15ProImageToVideoRequest(TypedDict):
    aspectRatio: NotRequired[
        Literal["16:9", "9:16", "1:1", "4:3", "3:4", "21:9", "adaptive"]
    ]
    cameraFixed: NotRequired[Literal["false", "true"]]
    duration: NotRequired[Literal["4", "5", "6", "7", "8", "9", "10", "11", "12"]]
    firstImageUrl: str
    generateAudio: NotRequired[Literal["true", "false"]]
    lastImageUrl: NotRequired[str]
    prompt: str
    resolution: NotRequired[Literal["480p", "720p", "1080p"]]
    webhookUrl: NotRequired[str]


class SeedanceV15ProTextToVideoFastRequest(TypedDict):
    aspectRatio: NotRequired[Literal["16:9", "9:16", "4:3", "3:4", "1:1", "21:9"]]
    cameraFixed: NotRequired[Literal["false", "true"]]
    duration: NotRequired[Literal["4", "5", "6", "7", "8", "9", "10", "11", "12"]]
    generateAudio: NotRequired[Literal["true", "false"]]
    prompt: str
    resolution: NotRequired[Literal["720p", "1080p"]]
    webhookUrl: NotRequired[str]


class SeedanceV15ProTextToVideoRequest(TypedDict):
    aspectRatio: NotRequired[Literal["16:9", "9:16", "4:3", "3:4", "1:1", "21:9"]]
    cameraFixed: NotRequired[Literal["false", "true"]]
    duration: NotRequired[Literal["4", "5", "6", "7", "8", "9", "10", "11", "12"]]
    generateAudio: NotRequired[Literal["true", "false"]]
    prompt: str
    resolution: NotRequired[Literal["480p", "720p", "1080p"]]
    webhookUrl: NotRequired[str]


class SeedanceV1LiteReferenceToVideoRequest(TypedDict):
    aspectRatio: NotRequired[Literal["16:9", "9:16", "4:3", "3:4", "21:9", "1:1"]]
    cameraFixed: NotRequired[Literal["false", "true"]]
    duration: NotRequired[
        Literal["2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12"]
    ]
    imageUrls: list[str]
    prompt: str
    resolution: NotRequired[Literal["720p", "480p"]]
    webhookUrl: NotRequired[str]


class SeedreamV45ImageToImageRequest(TypedDict):
    height: NotRequired[int]
    imageUrls: list[str]
    maxImages: NotRequired[int]
    prompt: str
    resolution: NotRequired[Literal["2k", "4k"]]
    sequentialImageGeneration: NotRequired[Literal["disabled", "auto"]]
    webhookUrl: NotRequired[str]
    width: NotRequired[int]


class SeedreamV45TextToImageRequest(TypedDict):
    height: NotRequired[int]
    maxImages: NotRequired[int]
    prompt: str
    resolution: NotRequired[Literal["2k", "4k"]]
    sequentialImageGeneration: NotRequired[Literal["disabled", "auto"]]
    webhookUrl: NotRequired[str]
    width: NotRequired[int]


class SeedreamV4ImageToImageRequest(TypedDict):
    height: NotRequired[int]
    imageUrls: list[str]
    maxImages: NotRequired[int]
    prompt: str
    resolution: NotRequired[Literal["1k", "2k", "4k"]]
    sequentialImageGeneration: NotRequired[Literal["disabled", "auto"]]
    webhookUrl: NotRequired[str]
    width: NotRequired[int]


class SeedreamV4TextToImageRequest(TypedDict):
    height: NotRequired[int]
    maxImages: NotRequired[int]
    prompt: str
    resolution: NotRequired[Literal["1k", "2k", "4k"]]
    sequentialImageGeneration: NotRequired[Literal["disabled", "auto"]]
    webhookUrl: NotRequired[str]
    width: NotRequired[int]


class SeedreamV5LiteImageToImageRequest(TypedDict):
    height: NotRequired[int]
    imageUrls: list[str]
    maxImages: NotRequired[int]
    prompt: str
    resolution: NotRequired[Literal["2k", "3k"]]
    sequentialImageGeneration: NotRequired[Literal["disabled", "auto"]]
    webhookUrl: NotRequired[str]
    width: NotRequired[int]


class SeedreamV5LiteTextToImageRequest(TypedDict):
    height: NotRequired[int]
    maxImages: NotRequired[int]
    prompt: str
    resolution: NotRequired[Literal["2k", "3k"]]
    sequentialImageGeneration: NotRequired[Literal["disabled", "auto"]]
    toolsType: NotRequired[Literal["web_search"]]
    webhookUrl: NotRequired[str]
    width: NotRequired[int]


class SeedreamV5ProImageToImageRequest(TypedDict):
    height: NotRequired[int]
    imageUrls: list[str]
    outputFormat: NotRequired[Literal["jpeg", "png"]]
    prompt: str
    resolution: NotRequired[Literal["1k", "2k"]]
    webhookUrl: NotRequired[str]
    width: NotRequired[int]


class SeedreamV5ProTextToImageRequest(TypedDict):
    height: NotRequired[int]
    outputFormat: NotRequired[Literal["jpeg", "png"]]
    prompt: str
    resolution: NotRequired[Literal["1k", "2k"]]
    webhookUrl: NotRequired[str]
    width: NotRequired[int]


class SkyreelsV3ReferenceToVideoRequest(TypedDict):
    aspectRatio: NotRequired[Literal["16:9", "9:16", "1:1", "4:3", "3:4"]]
    duration: NotRequired[int]
    imageUrls: list[str]
    prompt: str
    webhookUrl: NotRequired[str]


class SkyreelsV3ShotSwitchingVideoExtensionRequest(TypedDict):
    cutType: NotRequired[
        Literal[
            "Auto", "Cut-In", "Cut-Out", "Shot/Reverse Shot", "Multi-Angle", "Cut Away"
        ]
    ]
    duration: NotRequired[int]
    prompt: str
    videoUrl: str
    webhookUrl: NotRequired[str]


class SkyreelsV3SingleShotVideoExtensionRequest(TypedDict):
    duration: NotRequired[int]
    prompt: str
    videoUrl: str
    webhookUrl: NotRequired[str]


class SkyreelsV3VideoRestylingRequest(TypedDict):
    styleName: Literal[
        "simpsons",
        "lego",
        "paper_cutting",
        "amigurumi",
        "animal_crossing",
        "van_gogh",
        "pixel_art",
    ]
    videoUrl: str
    webhookUrl: NotRequired[str]


class SkyreelsV4ImageToVideoFastRequest(TypedDict):
    duration: NotRequired[int]
    firstImageUrl: str
    prompt: str
    promptOptimizer: NotRequired[bool]
    resolution: NotRequired[Literal["480p", "720p", "1080p"]]
    webhookUrl: NotRequired[str]


class SkyreelsV4ImageToVideoRequest(TypedDict):
    duration: NotRequired[int]
    firstFrameImageUrl: str
    mode: NotRequired[Literal["std"]]
    prompt: str
    sound: NotRequired[bool]
    webhookUrl: NotRequired[str]


class SkyreelsV4ImageToVideoStdRequest(TypedDict):
    duration: NotRequired[int]
    firstImageUrl: str
    prompt: str
    promptOptimizer: NotRequired[bool]
    resolution: NotRequired[Literal["480p", "720p", "1080p"]]
    sound: NotRequired[bool]
    webhookUrl: NotRequired[str]


class SkyreelsV4OmniReferenceFastRequest(TypedDict):
    aspectRatio: NotRequired[Literal["16:9", "9:16", "1:1", "4:3", "3:4"]]
    duration: NotRequired[int]
    prompt: str
    promptOptimizer: NotRequired[bool]
    resolution: NotRequired[Literal["480p", "720p", "1080p"]]
    webhookUrl: NotRequired[str]


class SkyreelsV4OmniReferenceRequest(TypedDict):
    aspectRatio: NotRequired[Literal["16:9", "9:16", "1:1", "4:3", "3:4"]]
    duration: NotRequired[int]
    prompt: str
    promptOptimizer: NotRequired[bool]
    resolution: NotRequired[Literal["480p", "720p", "1080p"]]
    sound: NotRequired[bool]
    webhookUrl: NotRequired[str]


class SkyreelsV4OmniReferenceStdRequest(TypedDict):
    aspectRatio: NotRequired[Literal["16:9", "9:16", "1:1", "4:3", "3:4"]]
    duration: NotRequired[int]
    prompt: str
    promptOptimizer: NotRequired[bool]
    resolution: NotRequired[Literal["480p", "720p", "1080p"]]
    sound: NotRequired[bool]
    webhookUrl: NotRequired[str]


class SkyreelsV4TextToVideoFastRequest(TypedDict):
    aspectRatio: NotRequired[Literal["16:9", "9:16", "1:1", "4:3", "3:4"]]
    duration: NotRequired[int]
    prompt: str
    promptOptimizer: NotRequired[bool]
    resolution: NotRequired[Literal["480p", "720p", "1080p"]]
    webhookUrl: NotRequired[str]


class SkyreelsV4TextToVideoRequest(TypedDict):
    aspectRatio: NotRequired[Literal["16:9", "9:16", "1:1", "4:3", "3:4"]]
    duration: NotRequired[int]
    mode: NotRequired[Literal["std"]]
    prompt: str
    sound: NotRequired[bool]
    webhookUrl: NotRequired[str]


class SkyreelsV4TextToVideoStdRequest(TypedDict):
    aspectRatio: NotRequired[Literal["16:9", "9:16", "1:1", "4:3", "3:4"]]
    duration: NotRequired[int]
    prompt: str
    promptOptimizer: NotRequired[bool]
    resolution: NotRequired[Literal["480p", "720p", "1080p"]]
    sound: NotRequired[bool]
    webhookUrl: NotRequired[str]


class TopazlabsImageGigapixelArtAndCgiRequest(TypedDict):
    cropToFill: NotRequired[bool]
    deblurStrength: NotRequired[float]
    denoise: NotRequired[float]
    faceEnhancement: NotRequired[bool]
    faceEnhancementCreativity: NotRequired[float]
    faceEnhancementStrength: NotRequired[float]
    fixCompression: NotRequired[float]
    imageUrl: str
    outputFormat: NotRequired[Literal["jpeg", "jpg", "png", "tiff", "tif"]]
    outputHeight: NotRequired[int]
    outputWidth: NotRequired[int]
    sharpen: NotRequired[float]
    strength: NotRequired[float]
    subjectDetection: NotRequired[Literal["All", "Foreground", "Background"]]
    webhookUrl: NotRequired[str]


class TopazlabsImageGigapixelHighFidelity2Request(TypedDict):
    cropToFill: NotRequired[bool]
    denoise: NotRequired[float]
    faceEnhancement: NotRequired[bool]
    faceEnhancementCreativity: NotRequired[float]
    faceEnhancementStrength: NotRequired[float]
    fixCompression: NotRequired[float]
    imageUrl: str
    outputFormat: NotRequired[Literal["jpeg", "jpg", "png"]]
    outputHeight: NotRequired[int]
    outputWidth: NotRequired[int]
    sharpen: NotRequired[float]
    strength: NotRequired[float]
    subjectDetection: NotRequired[Literal["All", "Foreground", "Background"]]
    webhookUrl: NotRequired[str]


class TopazlabsImageGigapixelLowResolution2Request(TypedDict):
    cropToFill: NotRequired[bool]
    denoise: NotRequired[float]
    faceEnhancement: NotRequired[bool]
    faceEnhancementCreativity: NotRequired[float]
    faceEnhancementStrength: NotRequired[float]
    fixCompression: NotRequired[float]
    imageUrl: str
    outputFormat: NotRequired[Literal["jpeg", "jpg", "png", "tiff", "tif"]]
    outputHeight: NotRequired[int]
    outputWidth: NotRequired[int]
    sharpen: NotRequired[float]
    strength: NotRequired[float]
    subjectDetection: NotRequired[Literal["All", "Foreground", "Background"]]
    webhookUrl: NotRequired[str]


class TopazlabsImageGigapixelStandard2Request(TypedDict):
    cropToFill: NotRequired[bool]
    denoise: NotRequired[float]
    faceEnhancement: NotRequired[bool]
    faceEnhancementCreativity: NotRequired[float]
    faceEnhancementStrength: NotRequired[float]
    fixCompression: NotRequired[float]
    imageUrl: str
    outputFormat: NotRequired[Literal["jpeg", "jpg", "png", "tiff", "tif"]]
    outputHeight: NotRequired[int]
    outputWidth: NotRequired[int]
    sharpen: NotRequired[float]
    strength: NotRequired[float]
    subjectDetection: NotRequired[Literal["All", "Foreground", "Background"]]
    webhookUrl: NotRequired[str]


class TopazlabsImageGigapixelTextAndShapesRequest(TypedDict):
    cropToFill: NotRequired[bool]
    deblurStrength: NotRequired[float]
    decompressionStrength: NotRequired[float]
    denoise: NotRequired[float]
    denoiseStrength: NotRequired[float]
    faceEnhancement: NotRequired[bool]
    faceEnhancementCreativity: NotRequired[float]
    faceEnhancementStrength: NotRequired[float]
    fixCompression: NotRequired[float]
    imageUrl: str
    opacity: NotRequired[float]
    outputFormat: NotRequired[Literal["jpeg", "jpg", "png", "tiff", "tif"]]
    outputHeight: NotRequired[int]
    outputWidth: NotRequired[int]
    sharpen: NotRequired[float]
    strength: NotRequired[float]
    subjectDetection: NotRequired[Literal["All", "Foreground", "Background"]]
    webhookUrl: NotRequired[str]


class TopazlabsImageUpscaleCgiRequest(TypedDict):
    faceEnhancement: NotRequired[bool]
    faceEnhancementCreativity: NotRequired[float]
    faceEnhancementStrength: NotRequired[float]
    imageUrl: str
    scale: NotRequired[Literal["2x", "4x", "6x"]]
    subjectDetection: NotRequired[Literal["All", "Foreground", "Background"]]
    webhookUrl: NotRequired[str]


class TopazlabsImageUpscaleDetailFacesRequest(TypedDict):
    cropToFill: NotRequired[bool]
    detailStrength: NotRequired[float]
    imageUrl: str
    outputFormat: NotRequired[Literal["jpeg", "jpg", "png"]]
    outputHeight: NotRequired[int]
    outputWidth: NotRequired[int]
    webhookUrl: NotRequired[str]


class TopazlabsImageUpscaleHighFidelityV2Request(TypedDict):
    faceEnhancement: NotRequired[bool]
    faceEnhancementCreativity: NotRequired[float]
    faceEnhancementStrength: NotRequired[float]
    imageUrl: str
    scale: NotRequired[Literal["2x", "4x", "6x"]]
    subjectDetection: NotRequired[Literal["All", "Foreground", "Background"]]
    webhookUrl: NotRequired[str]


class TopazlabsImageUpscaleHighFidelityV3Request(TypedDict):
    cropToFill: NotRequired[bool]
    denoise: NotRequired[float]
    faceEnhancement: NotRequired[bool]
    faceEnhancementCreativity: NotRequired[float]
    faceEnhancementStrength: NotRequired[float]
    fixCompression: NotRequired[float]
    imageUrl: str
    opacity: NotRequired[float]
    outputFormat: NotRequired[Literal["jpeg", "jpg", "png"]]
    outputHeight: NotRequired[int]
    outputWidth: NotRequired[int]
    recoveryStrength: NotRequired[float]
    sharpen: NotRequired[float]
    strength: NotRequired[float]
    subjectDetection: NotRequired[Literal["All", "Foreground", "Background"]]
    webhookUrl: NotRequired[str]


class TopazlabsImageUpscaleLowResolutionV2Request(TypedDict):
    faceEnhancement: NotRequired[bool]
    faceEnhancementCreativity: NotRequired[float]
    faceEnhancementStrength: NotRequired[float]
    imageUrl: str
    scale: NotRequired[Literal["2x", "4x", "6x"]]
    subjectDetection: NotRequired[Literal["All", "Foreground", "Background"]]
    webhookUrl: NotRequired[str]


class TopazlabsImageUpscaleStandardV2Request(TypedDict):
    faceEnhancement: NotRequired[bool]
    faceEnhancementCreativity: NotRequired[float]
    faceEnhancementStrength: NotRequired[float]
    imageUrl: str
    scale: NotRequired[Literal["2x", "4x", "6x"]]
    subjectDetection: NotRequired[Literal["All", "Foreground", "Background"]]
    webhookUrl: NotRequired[str]


class TopazlabsImageUpscaleTextRefineRequest(TypedDict):
    faceEnhancement: NotRequired[bool]
    faceEnhancementCreativity: NotRequired[float]
    faceEnhancementStrength: NotRequired[float]
    imageUrl: str
    scale: NotRequired[Literal["2x", "4x", "6x"]]
    subjectDetection: NotRequired[Literal["All", "Foreground", "Background"]]
    webhookUrl: NotRequired[str]


class TopazlabsImageUpscaleTransparentRequest(TypedDict):
    cropToFill: NotRequired[bool]
    imageUrl: str
    outputFormat: NotRequired[Literal["png"]]
    outputHeight: NotRequired[int]
    outputWidth: NotRequired[int]
    webhookUrl: NotRequired[str]


class TopazlabsVideoAstraRequest(TypedDict):
    model: NotRequired[Literal["ast-2"]]
    outputHeight: NotRequired[int]
    outputWidth: NotRequired[int]
    videoUrl: str
    webhookUrl: NotRequired[str]


class TopazlabsVideoDenoiseRequest(TypedDict):
    model: NotRequired[Literal["nyx-3", "nxhf-1", "nxl-1", "nxf-1"]]
    outputHeight: NotRequired[int]
    outputWidth: NotRequired[int]
    videoUrl: str
    webhookUrl: NotRequired[str]


class TopazlabsVideoFrameInterpolationRequest(TypedDict):
    model: NotRequired[Literal["apo-8", "apf-2", "aion-1", "chr-2", "chf-3"]]
    outputFrameRate: NotRequired[int]
    outputHeight: NotRequired[int]
    outputWidth: NotRequired[int]
    videoUrl: str
    webhookUrl: NotRequired[str]


class TopazlabsVideoProteusRequest(TypedDict):
    model: NotRequired[
        Literal[
            "prob-4",
            "pnat-1",
            "rhea-1",
            "thd-3",
            "thf-4",
            "ahq-12",
            "alqs-2",
            "alq-13",
            "amqs-2",
            "amq-13",
            "ddv-3",
            "dtv-4",
            "dtd-4",
            "dtvs-2",
            "dtds-2",
            "gcg-5",
            "ghq-5",
            "ganim-1",
            "iris-3",
            "iris-2",
        ]
    ]
    outputHeight: NotRequired[int]
    outputWidth: NotRequired[int]
    videoUrl: str
    webhookUrl: NotRequired[str]


class TopazlabsVideoStarlightRequest(TypedDict):
    model: NotRequired[Literal["slp-2.5", "slhq-1", "slm-1", "wonder-1", "slf-2"]]
    outputHeight: NotRequired[int]
    outputWidth: NotRequired[int]
    videoUrl: str
    webhookUrl: NotRequired[str]


class TopazlabsVideoUpscaleRequest(TypedDict):
    targetFps: NotRequired[Literal["30", "60"]]
    targetResolution: NotRequired[Literal["720p", "1080p", "4k"]]
    videoUrl: str
    webhookUrl: NotRequired[str]


class ViduImageToVideoQ2ProFastRequest(TypedDict):
    bgm: NotRequired[bool]
    duration: NotRequired[Literal["1", "2", "3", "4", "5", "6", "7", "8", "9", "10"]]
    imageUrl: str
    movementAmplitude: NotRequired[Literal["auto", "small", "medium", "large"]]
    prompt: str
    resolution: NotRequired[Literal["720p", "1080p"]]
    webhookUrl: NotRequired[str]


class ViduImageToVideoQ2ProRequest(TypedDict):
    bgm: NotRequired[bool]
    duration: NotRequired[Literal["1", "2", "3", "4", "5", "6", "7", "8", "9", "10"]]
    imageUrl: str
    movementAmplitude: NotRequired[Literal["auto", "small", "medium", "large"]]
    prompt: str
    resolution: NotRequired[Literal["540p", "720p", "1080p"]]
    webhookUrl: NotRequired[str]


class ViduImageToVideoQ2TurboRequest(TypedDict):
    bgm: NotRequired[bool]
    duration: NotRequired[Literal["1", "2", "3", "4", "5", "6", "7", "8", "9", "10"]]
    imageUrl: str
    movementAmplitude: NotRequired[Literal["auto", "small", "medium", "large"]]
    prompt: str
    resolution: NotRequired[Literal["540p", "720p", "1080p"]]
    webhookUrl: NotRequired[str]


class ViduImageToVideoQ3ProFastRequest(TypedDict):
    audio: NotRequired[bool]
    duration: NotRequired[
        Literal[
            "1",
            "2",
            "3",
            "4",
            "5",
            "6",
            "7",
            "8",
            "9",
            "10",
            "11",
            "12",
            "13",
            "14",
            "15",
            "16",
        ]
    ]
    imageUrl: str
    prompt: NotRequired[str]
    resolution: NotRequired[Literal["720p", "1080p"]]
    webhookUrl: NotRequired[str]


class ViduImageToVideoQ3ProRequest(TypedDict):
    audio: NotRequired[bool]
    duration: NotRequired[
        Literal[
            "1",
            "2",
            "3",
            "4",
            "5",
            "6",
            "7",
            "8",
            "9",
            "10",
            "11",
            "12",
            "13",
            "14",
            "15",
            "16",
        ]
    ]
    imageUrl: str
    prompt: str
    resolution: NotRequired[Literal["360p", "540p", "720p", "1080p", "2k"]]
    webhookUrl: NotRequired[str]


class ViduImageToVideoQ3TurboRequest(TypedDict):
    audio: NotRequired[bool]
    duration: NotRequired[
        Literal[
            "1",
            "2",
            "3",
            "4",
            "5",
            "6",
            "7",
            "8",
            "9",
            "10",
            "11",
            "12",
            "13",
            "14",
            "15",
            "16",
        ]
    ]
    imageUrl: str
    prompt: str
    resolution: NotRequired[Literal["540p", "720p", "1080p"]]
    webhookUrl: NotRequired[str]


class ViduReferenceToVideoQ2ProRequest(TypedDict):
    aspectRatio: NotRequired[Literal["16:9", "9:16", "4:3", "3:4", "1:1"]]
    duration: NotRequired[Literal["1", "2", "3", "4", "5", "6", "7", "8", "9", "10"]]
    imageUrls: NotRequired[list[str]]
    movementAmplitude: NotRequired[Literal["auto", "small", "medium", "large"]]
    prompt: str
    resolution: NotRequired[Literal["540p", "720p", "1080p"]]
    videos: NotRequired[list[str]]
    webhookUrl: NotRequired[str]


class ViduReferenceToVideoQ2Request(TypedDict):
    aspectRatio: NotRequired[Literal["16:9", "9:16", "4:3", "3:4", "1:1"]]
    duration: NotRequired[Literal["1", "2", "3", "4", "5", "6", "7", "8", "9", "10"]]
    imageUrls: list[str]
    movementAmplitude: NotRequired[Literal["auto", "small", "medium", "large"]]
    prompt: str
    resolution: NotRequired[Literal["540p", "720p", "1080p"]]
    webhookUrl: NotRequired[str]


class ViduReferenceToVideoQ3AdRequest(TypedDict):
    aspectRatio: NotRequired[Literal["16:9", "9:16", "4:3", "3:4", "1:1", "auto"]]
    audio: NotRequired[Literal["true", "false"]]
    duration: NotRequired[int]
    imageUrls: list[str]
    prompt: str
    resolution: NotRequired[Literal["720p", "1080p"]]
    webhookUrl: NotRequired[str]


class ViduReferenceToVideoQ3DramaRequest(TypedDict):
    aspectRatio: NotRequired[Literal["16:9", "9:16", "4:3", "3:4", "1:1", "auto"]]
    audio: NotRequired[Literal["true", "false"]]
    duration: NotRequired[int]
    imageUrls: list[str]
    prompt: str
    resolution: NotRequired[Literal["1080p"]]
    webhookUrl: NotRequired[str]


class ViduReferenceToVideoQ3MixRequest(TypedDict):
    aspectRatio: NotRequired[Literal["16:9", "9:16", "4:3", "3:4", "1:1", "auto"]]
    audio: NotRequired[Literal["true", "false"]]
    duration: NotRequired[int]
    imageUrls: list[str]
    prompt: str
    resolution: NotRequired[Literal["720p", "1080p"]]
    webhookUrl: NotRequired[str]


class ViduReferenceToVideoQ3Request(TypedDict):
    aspectRatio: NotRequired[Literal["16:9", "9:16", "4:3", "3:4", "1:1", "auto"]]
    audio: NotRequired[Literal["true", "false"]]
    duration: NotRequired[int]
    imageUrls: list[str]
    prompt: str
    resolution: NotRequired[Literal["540p", "720p", "1080p"]]
    webhookUrl: NotRequired[str]


class ViduShortPlayQ3AdRequest(TypedDict):
    aspectRatio: NotRequired[Literal["9:16", "16:9"]]
    resolution: NotRequired[Literal["1080p"]]
    scriptContent: str
    scriptName: str
    webhookUrl: NotRequired[str]


class ViduShortPlayQ3DramaRequest(TypedDict):
    aspectRatio: NotRequired[Literal["9:16", "16:9"]]
    duration: NotRequired[
        Literal[
            "0",
            "2",
            "3",
            "4",
            "5",
            "6",
            "7",
            "8",
            "9",
            "10",
            "11",
            "12",
            "13",
            "14",
            "15",
            "16",
            "17",
            "18",
            "19",
            "20",
            "21",
            "22",
            "23",
            "24",
            "25",
            "26",
            "27",
            "28",
            "29",
            "30",
        ]
    ]
    placement: NotRequired[Literal["upload", "panorama", "step"]]
    resolution: NotRequired[Literal["1080p"]]
    scriptContent: str
    scriptName: str
    style: NotRequired[str]
    uploadImageUrl: NotRequired[str]
    webhookUrl: NotRequired[str]


class ViduStartEndToVideoQ2ProFastRequest(TypedDict):
    bgm: NotRequired[bool]
    duration: NotRequired[Literal["1", "2", "3", "4", "5", "6", "7", "8"]]
    firstImageUrl: str
    lastImageUrl: str
    movementAmplitude: NotRequired[Literal["auto", "small", "medium", "large"]]
    prompt: str
    resolution: NotRequired[Literal["720p", "1080p"]]
    webhookUrl: NotRequired[str]


class ViduStartEndToVideoQ2ProRequest(TypedDict):
    bgm: NotRequired[bool]
    duration: NotRequired[Literal["1", "2", "3", "4", "5", "6", "7", "8"]]
    firstImageUrl: str
    lastImageUrl: str
    movementAmplitude: NotRequired[Literal["auto", "small", "medium", "large"]]
    prompt: str
    resolution: NotRequired[Literal["540p", "720p", "1080p"]]
    webhookUrl: NotRequired[str]


class ViduStartEndToVideoQ2TurboRequest(TypedDict):
    bgm: NotRequired[bool]
    duration: NotRequired[Literal["1", "2", "3", "4", "5", "6", "7", "8"]]
    firstImageUrl: str
    lastImageUrl: str
    movementAmplitude: NotRequired[Literal["auto", "small", "medium", "large"]]
    prompt: str
    resolution: NotRequired[Literal["540p", "720p", "1080p"]]
    webhookUrl: NotRequired[str]


class ViduStartEndToVideoQ3ProFastRequest(TypedDict):
    audio: NotRequired[bool]
    duration: NotRequired[
        Literal[
            "1",
            "2",
            "3",
            "4",
            "5",
            "6",
            "7",
            "8",
            "9",
            "10",
            "11",
            "12",
            "13",
            "14",
            "15",
            "16",
        ]
    ]
    firstImageUrl: str
    lastImageUrl: str
    prompt: NotRequired[str]
    resolution: NotRequired[Literal["720p", "1080p"]]
    webhookUrl: NotRequired[str]


class ViduStartEndToVideoQ3ProRequest(TypedDict):
    audio: NotRequired[bool]
    duration: NotRequired[
        Literal[
            "1",
            "2",
            "3",
            "4",
            "5",
            "6",
            "7",
            "8",
            "9",
            "10",
            "11",
            "12",
            "13",
            "14",
            "15",
            "16",
        ]
    ]
    firstImageUrl: str
    lastImageUrl: str
    movementAmplitude: NotRequired[Literal["auto", "small", "medium", "large"]]
    prompt: str
    resolution: NotRequired[Literal["540p", "720p", "1080p"]]
    webhookUrl: NotRequired[str]


class ViduStartEndToVideoQ3TurboRequest(TypedDict):
    audio: NotRequired[bool]
    duration: NotRequired[
        Literal[
            "1",
            "2",
            "3",
            "4",
            "5",
            "6",
            "7",
            "8",
            "9",
            "10",
            "11",
            "12",
            "13",
            "14",
            "15",
            "16",
        ]
    ]
    firstImageUrl: str
    lastImageUrl: str
    movementAmplitude: NotRequired[Literal["auto", "small", "medium", "large"]]
    prompt: str
    resolution: NotRequired[Literal["540p", "720p", "1080p"]]
    webhookUrl: NotRequired[str]


class ViduTextToVideoQ3ProFastRequest(TypedDict):
    aspectRatio: NotRequired[Literal["16:9", "9:16", "4:3", "3:4", "1:1"]]
    audio: NotRequired[bool]
    duration: NotRequired[
        Literal[
            "1",
            "2",
            "3",
            "4",
            "5",
            "6",
            "7",
            "8",
            "9",
            "10",
            "11",
            "12",
            "13",
            "14",
            "15",
            "16",
        ]
    ]
    prompt: str
    resolution: NotRequired[Literal["720p", "1080p"]]
    webhookUrl: NotRequired[str]


class ViduTextToVideoQ3ProRequest(TypedDict):
    aspectRatio: NotRequired[Literal["4:3", "3:4", "16:9", "9:16", "1:1"]]
    audio: NotRequired[bool]
    duration: NotRequired[
        Literal[
            "1",
            "2",
            "3",
            "4",
            "5",
            "6",
            "7",
            "8",
            "9",
            "10",
            "11",
            "12",
            "13",
            "14",
            "15",
            "16",
        ]
    ]
    prompt: str
    resolution: NotRequired[Literal["360p", "540p", "720p", "1080p"]]
    style: NotRequired[Literal["general", "anime"]]
    webhookUrl: NotRequired[str]


class ViduTextToVideoQ3TurboRequest(TypedDict):
    aspectRatio: NotRequired[Literal["4:3", "3:4", "16:9", "9:16", "1:1"]]
    audio: NotRequired[bool]
    duration: NotRequired[
        Literal[
            "1",
            "2",
            "3",
            "4",
            "5",
            "6",
            "7",
            "8",
            "9",
            "10",
            "11",
            "12",
            "13",
            "14",
            "15",
            "16",
        ]
    ]
    prompt: str
    resolution: NotRequired[Literal["540p", "720p", "1080p"]]
    style: NotRequired[Literal["general", "anime"]]
    webhookUrl: NotRequired[str]


class ViduTextToVideoRequest(TypedDict):
    aspectRatio: NotRequired[Literal["4:3", "3:4", "16:9", "9:16", "1:1"]]
    duration: NotRequired[Literal["1", "2", "3", "4", "5", "6", "7", "8", "9", "10"]]
    movementAmplitude: NotRequired[Literal["auto", "small", "medium", "large"]]
    prompt: str
    resolution: NotRequired[Literal["540p", "720p", "1080p"]]
    style: NotRequired[Literal["general", "anime"]]
    webhookUrl: NotRequired[str]


class VolcDramaSerialVideoTranslateRequest(TypedDict):
    aiRemoveType: NotRequired[Literal["0", "1", "2"]]
    dubVoiceMode: NotRequired[Literal["0", "1"]]
    isDub: NotRequired[bool]
    needVideoSpeed: NotRequired[bool]
    projectName: str
    sourceLang: NotRequired[
        Literal["zh", "en", "ja", "ko", "es", "pt", "id", "th", "vi"]
    ]
    targetLangs: NotRequired[
        Literal["zh", "en", "ja", "ko", "es", "pt", "id", "th", "vi"]
    ]
    targetStyleMap: NotRequired[str]
    translationModel: NotRequired[Literal["basic", "advanced"]]
    webhookUrl: NotRequired[str]


class VolcDramaVideoTranslateRequest(TypedDict):
    aiRemoveType: NotRequired[Literal["0", "1", "2"]]
    dubVoiceMode: NotRequired[Literal["0", "1"]]
    isDub: NotRequired[bool]
    projectName: str
    sourceLang: NotRequired[
        Literal["zh", "en", "ja", "ko", "es", "pt", "id", "th", "vi"]
    ]
    targetLangs: NotRequired[
        Literal["zh", "en", "ja", "ko", "es", "pt", "id", "th", "vi"]
    ]
    videoUrl: str
    webhookUrl: NotRequired[str]


class VolcSubtitleEraseProVideoRequest(TypedDict):
    clientToken: NotRequired[str]
    encodeMode: NotRequired[Literal["size", "quality"]]
    eraseType: NotRequired[Literal["subtitle", "text"]]
    videoUrl: str
    webhookUrl: NotRequired[str]


class VolcSubtitleEraseVideoRequest(TypedDict):
    clientToken: NotRequired[str]
    videoUrl: str
    webhookUrl: NotRequired[str]
