"""Typed signatures of RunningHub.submit and .run, one pair of overloads per model (generated).

The wrapper declares `submit: SubmitFn[Task, Model]` and `run: RunFn[Result, Model]` for type
checkers, so a wrong field name or enum value is flagged. Models are matched by name, alias or
endpoint path (a literal or a `Final` constant); a `Model` object is accepted with any fields.
A call that matches none is reported in one line naming `LiteralOrFinalModelName`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from decimal import Decimal
from typing import Any, Literal, Never, Protocol, TypeVar, Unpack, overload

from . import params as p

T_co = TypeVar("T_co", covariant=True)
M_contra = TypeVar("M_contra", contravariant=True)
W_co = TypeVar("W_co", covariant=True)
N_co = TypeVar("N_co", covariant=True)


class WithThatModelsFieldsAndValues:
    """Never created: it only completes the sentence in mypy's message for a call that
    matches no model."""


class LiteralOrFinalModelName(Protocol[W_co, N_co]):
    """The model type of the last overload: after erasure any `str` fits it, unerased none
    does (str.casefold returns a str, not Never), so mypy reports that overload in one
    line (it adds no notes on members when an argument is Never). W_co only names it."""

    def casefold(self) -> N_co: ...


class ModelObject(Protocol[N_co]):
    """The same for a `Model` with a wrong option: erased, any Model fits (it has an
    `endpoint`), unerased none does."""

    @property
    def endpoint(self) -> N_co: ...


class SubmitFn(Protocol[T_co, M_contra]):
    @overload
    def __call__(
        self,
        model: Literal[
            "happyhorse-1.0/image-to-video", "alibaba/happyhorse-1.0/image-to-video"
        ],
        params: p.AlibabaHappyhorse10ImageToVideoRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "happyhorse-1.0/image-to-video", "alibaba/happyhorse-1.0/image-to-video"
        ],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.AlibabaHappyhorse10ImageToVideoRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "happyhorse-1.0/reference-to-video",
            "alibaba/happyhorse-1.0/reference-to-video",
        ],
        params: p.AlibabaHappyhorse10ReferenceToVideoRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "happyhorse-1.0/reference-to-video",
            "alibaba/happyhorse-1.0/reference-to-video",
        ],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.AlibabaHappyhorse10ReferenceToVideoRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "happyhorse-1.0/text-to-video", "alibaba/happyhorse-1.0/text-to-video"
        ],
        params: p.AlibabaHappyhorse10TextToVideoRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "happyhorse-1.0/text-to-video", "alibaba/happyhorse-1.0/text-to-video"
        ],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.AlibabaHappyhorse10TextToVideoRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "happyhorse-1.0/video-edit", "alibaba/happyhorse-1.0/video-edit"
        ],
        params: p.AlibabaHappyhorse10VideoEditRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "happyhorse-1.0/video-edit", "alibaba/happyhorse-1.0/video-edit"
        ],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.AlibabaHappyhorse10VideoEditRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "happyhorse-1.1/image-to-video", "alibaba/happyhorse-1.1/image-to-video"
        ],
        params: p.AlibabaHappyhorse11ImageToVideoRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "happyhorse-1.1/image-to-video", "alibaba/happyhorse-1.1/image-to-video"
        ],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.AlibabaHappyhorse11ImageToVideoRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "happyhorse-1.1/reference-to-video",
            "alibaba/happyhorse-1.1/reference-to-video",
        ],
        params: p.AlibabaHappyhorse11ReferenceToVideoRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "happyhorse-1.1/reference-to-video",
            "alibaba/happyhorse-1.1/reference-to-video",
        ],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.AlibabaHappyhorse11ReferenceToVideoRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "happyhorse-1.1/text-to-video", "alibaba/happyhorse-1.1/text-to-video"
        ],
        params: p.AlibabaHappyhorse11TextToVideoRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "happyhorse-1.1/text-to-video", "alibaba/happyhorse-1.1/text-to-video"
        ],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.AlibabaHappyhorse11TextToVideoRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["qwen3-tts-flash", "alibaba/qwen3-tts-flash"],
        params: p.AlibabaQwen3TtsFlashRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["qwen3-tts-flash", "alibaba/qwen3-tts-flash"],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.AlibabaQwen3TtsFlashRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["qwen3-tts-instruct-flash", "alibaba/qwen3-tts-instruct-flash"],
        params: p.AlibabaQwen3TtsInstructFlashRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["qwen3-tts-instruct-flash", "alibaba/qwen3-tts-instruct-flash"],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.AlibabaQwen3TtsInstructFlashRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "qwen-image-2.0/image-edit", "alibaba/qwen-image-2.0/image-edit"
        ],
        params: p.AlibabaQwenImage20ImageEditRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "qwen-image-2.0/image-edit", "alibaba/qwen-image-2.0/image-edit"
        ],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.AlibabaQwenImage20ImageEditRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "qwen-image-2.0-pro/image-edit", "alibaba/qwen-image-2.0-pro/image-edit"
        ],
        params: p.AlibabaQwenImage20ProImageEditRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "qwen-image-2.0-pro/image-edit", "alibaba/qwen-image-2.0-pro/image-edit"
        ],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.AlibabaQwenImage20ProImageEditRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "qwen-image-2.0-pro/text-to-image",
            "alibaba/qwen-image-2.0-pro/text-to-image",
        ],
        params: p.AlibabaQwenImage20ProTextToImageRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "qwen-image-2.0-pro/text-to-image",
            "alibaba/qwen-image-2.0-pro/text-to-image",
        ],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.AlibabaQwenImage20ProTextToImageRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "qwen-image-2.0/text-to-image", "alibaba/qwen-image-2.0/text-to-image"
        ],
        params: p.AlibabaQwenImage20TextToImageRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "qwen-image-2.0/text-to-image", "alibaba/qwen-image-2.0/text-to-image"
        ],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.AlibabaQwenImage20TextToImageRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "qwen-image-3.0-pro/image-edit", "alibaba/qwen-image-3.0-pro/image-edit"
        ],
        params: p.AlibabaQwenImage30ProImageEditRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "qwen-image-3.0-pro/image-edit", "alibaba/qwen-image-3.0-pro/image-edit"
        ],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.AlibabaQwenImage30ProImageEditRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "qwen-image-3.0-pro/text-to-image",
            "alibaba/qwen-image-3.0-pro/text-to-image",
        ],
        params: p.AlibabaQwenImage30ProTextToImageRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "qwen-image-3.0-pro/text-to-image",
            "alibaba/qwen-image-3.0-pro/text-to-image",
        ],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.AlibabaQwenImage30ProTextToImageRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "wan-2.5-preview/image-to-image", "alibaba/wan-2.5-preview/image-to-image"
        ],
        params: p.AlibabaWan25PreviewImageToImageRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "wan-2.5-preview/image-to-image", "alibaba/wan-2.5-preview/image-to-image"
        ],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.AlibabaWan25PreviewImageToImageRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "wan-2.5-preview/image-to-video", "alibaba/wan-2.5-preview/image-to-video"
        ],
        params: p.AlibabaWan25PreviewImageToVideoRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "wan-2.5-preview/image-to-video", "alibaba/wan-2.5-preview/image-to-video"
        ],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.AlibabaWan25PreviewImageToVideoRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "wan-2.5-preview/text-to-image", "alibaba/wan-2.5-preview/text-to-image"
        ],
        params: p.AlibabaWan25PreviewTextToImageRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "wan-2.5-preview/text-to-image", "alibaba/wan-2.5-preview/text-to-image"
        ],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.AlibabaWan25PreviewTextToImageRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "wan-2.5-preview/text-to-video", "alibaba/wan-2.5-preview/text-to-video"
        ],
        params: p.AlibabaWan25PreviewTextToVideoRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "wan-2.5-preview/text-to-video", "alibaba/wan-2.5-preview/text-to-video"
        ],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.AlibabaWan25PreviewTextToVideoRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "wan-2.6-image-to-video-flash", "alibaba/wan-2.6/image-to-video-flash"
        ],
        params: p.AlibabaWan26ImageToVideoFlashRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "wan-2.6-image-to-video-flash", "alibaba/wan-2.6/image-to-video-flash"
        ],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.AlibabaWan26ImageToVideoFlashRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["alibaba/wan-2.6/image-to-video"],
        params: p.AlibabaWan26ImageToVideoRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["alibaba/wan-2.6/image-to-video"],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.AlibabaWan26ImageToVideoRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "wan-2.6-reference-to-video-flash",
            "alibaba/wan-2.6/reference-to-video-flash",
        ],
        params: p.AlibabaWan26ReferenceToVideoFlashRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "wan-2.6-reference-to-video-flash",
            "alibaba/wan-2.6/reference-to-video-flash",
        ],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.AlibabaWan26ReferenceToVideoFlashRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "wan-2.6-reference-to-video", "alibaba/wan-2.6/reference-to-video"
        ],
        params: p.AlibabaWan26ReferenceToVideoRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "wan-2.6-reference-to-video", "alibaba/wan-2.6/reference-to-video"
        ],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.AlibabaWan26ReferenceToVideoRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["alibaba/wan-2.6/text-to-video"],
        params: p.AlibabaWan26TextToVideoRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["alibaba/wan-2.6/text-to-video"],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.AlibabaWan26TextToVideoRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["wan-2.7/image-edit-pro", "alibaba/wan-2.7/image-edit-pro"],
        params: p.AlibabaWan27ImageEditProRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["wan-2.7/image-edit-pro", "alibaba/wan-2.7/image-edit-pro"],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.AlibabaWan27ImageEditProRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["wan-2.7/image-edit", "alibaba/wan-2.7/image-edit"],
        params: p.AlibabaWan27ImageEditRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["wan-2.7/image-edit", "alibaba/wan-2.7/image-edit"],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.AlibabaWan27ImageEditRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["wan-2.7/image-to-video", "alibaba/wan-2.7/image-to-video"],
        params: p.AlibabaWan27ImageToVideoRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["wan-2.7/image-to-video", "alibaba/wan-2.7/image-to-video"],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.AlibabaWan27ImageToVideoRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "wan-2.7-reference-to-video", "alibaba/wan-2.7/reference-to-video"
        ],
        params: p.AlibabaWan27ReferenceToVideoRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "wan-2.7-reference-to-video", "alibaba/wan-2.7/reference-to-video"
        ],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.AlibabaWan27ReferenceToVideoRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "wan-2.7-spicy/image-to-video", "alibaba/wan-2.7-spicy/image-to-video"
        ],
        params: p.AlibabaWan27SpicyImageToVideoRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "wan-2.7-spicy/image-to-video", "alibaba/wan-2.7-spicy/image-to-video"
        ],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.AlibabaWan27SpicyImageToVideoRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "wan-2.7/text-to-image-pro", "alibaba/wan-2.7/text-to-image-pro"
        ],
        params: p.AlibabaWan27TextToImageProRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "wan-2.7/text-to-image-pro", "alibaba/wan-2.7/text-to-image-pro"
        ],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.AlibabaWan27TextToImageProRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["wan-2.7/text-to-image", "alibaba/wan-2.7/text-to-image"],
        params: p.AlibabaWan27TextToImageRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["wan-2.7/text-to-image", "alibaba/wan-2.7/text-to-image"],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.AlibabaWan27TextToImageRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["wan-2.7/text-to-video", "alibaba/wan-2.7/text-to-video"],
        params: p.AlibabaWan27TextToVideoRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["wan-2.7/text-to-video", "alibaba/wan-2.7/text-to-video"],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.AlibabaWan27TextToVideoRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["wan-2.7/video-edit", "alibaba/wan-2.7/video-edit"],
        params: p.AlibabaWan27VideoEditRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["wan-2.7/video-edit", "alibaba/wan-2.7/video-edit"],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.AlibabaWan27VideoEditRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["wan-2.7/video-extend", "alibaba/wan-2.7/video-extend"],
        params: p.AlibabaWan27VideoExtendRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["wan-2.7/video-extend", "alibaba/wan-2.7/video-extend"],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.AlibabaWan27VideoExtendRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["doubao-seed-audio-1.0", "bytedance/doubao-seed-audio-1.0"],
        params: p.BytedanceDoubaoSeedAudio10Request,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["doubao-seed-audio-1.0", "bytedance/doubao-seed-audio-1.0"],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.BytedanceDoubaoSeedAudio10Request],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["doubao-seed-tts-2.0", "bytedance/doubao-seed-tts-2.0"],
        params: p.BytedanceDoubaoSeedTts20Request,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["doubao-seed-tts-2.0", "bytedance/doubao-seed-tts-2.0"],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.BytedanceDoubaoSeedTts20Request],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["bytedance/dreamactor-v2", "sd2.0/video-ref-to-video-trial"],
        params: p.BytedanceDreamactorV2Request,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["bytedance/dreamactor-v2", "sd2.0/video-ref-to-video-trial"],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.BytedanceDreamactorV2Request],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["bytedance/jimeng-4.6/image-to-image"],
        params: p.BytedanceJimeng46ImageToImageRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["bytedance/jimeng-4.6/image-to-image"],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.BytedanceJimeng46ImageToImageRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["bytedance/jimeng-4.6/text-to-image"],
        params: p.BytedanceJimeng46TextToImageRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["bytedance/jimeng-4.6/text-to-image"],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.BytedanceJimeng46TextToImageRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "seedance-2.0-global-fast/image-to-video",
            "bytedance/seedance-2.0-global-fast/image-to-video",
        ],
        params: p.BytedanceSeedance20GlobalFastImageToVideoRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "seedance-2.0-global-fast/image-to-video",
            "bytedance/seedance-2.0-global-fast/image-to-video",
        ],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.BytedanceSeedance20GlobalFastImageToVideoRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "seedance-2.0-global-fast/multimodal-video",
            "bytedance/seedance-2.0-global-fast/multimodal-video",
        ],
        params: p.BytedanceSeedance20GlobalFastMultimodalVideoRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "seedance-2.0-global-fast/multimodal-video",
            "bytedance/seedance-2.0-global-fast/multimodal-video",
        ],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.BytedanceSeedance20GlobalFastMultimodalVideoRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "seedance-2.0-global-fast/text-to-video",
            "bytedance/seedance-2.0-global-fast/text-to-video",
        ],
        params: p.BytedanceSeedance20GlobalFastTextToVideoRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "seedance-2.0-global-fast/text-to-video",
            "bytedance/seedance-2.0-global-fast/text-to-video",
        ],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.BytedanceSeedance20GlobalFastTextToVideoRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "seedance-2.0-global/image-to-video",
            "bytedance/seedance-2.0-global/image-to-video",
        ],
        params: p.BytedanceSeedance20GlobalImageToVideoRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "seedance-2.0-global/image-to-video",
            "bytedance/seedance-2.0-global/image-to-video",
        ],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.BytedanceSeedance20GlobalImageToVideoRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "seedance-2.0-global/multimodal-video",
            "bytedance/seedance-2.0-global/multimodal-video",
        ],
        params: p.BytedanceSeedance20GlobalMultimodalVideoRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "seedance-2.0-global/multimodal-video",
            "bytedance/seedance-2.0-global/multimodal-video",
        ],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.BytedanceSeedance20GlobalMultimodalVideoRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "seedance-2.0-global/text-to-video",
            "bytedance/seedance-2.0-global/text-to-video",
        ],
        params: p.BytedanceSeedance20GlobalTextToVideoRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "seedance-2.0-global/text-to-video",
            "bytedance/seedance-2.0-global/text-to-video",
        ],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.BytedanceSeedance20GlobalTextToVideoRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["cinematic-video-generator", "sd2.0/video-generator-trial"],
        params: p.CinematicVideoGeneratorRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["cinematic-video-generator", "sd2.0/video-generator-trial"],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.CinematicVideoGeneratorRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "gemini-omni-flash/image-to-video/channel-low-price",
            "gemini-omni-flash/image-to-video",
        ],
        params: p.GeminiOmniFlashImageToVideoRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "gemini-omni-flash/image-to-video/channel-low-price",
            "gemini-omni-flash/image-to-video",
        ],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.GeminiOmniFlashImageToVideoRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "gemini-omni-flash/text-to-video/channel-low-price",
            "gemini-omni-flash/text-to-video",
        ],
        params: p.GeminiOmniFlashTextToVideoRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "gemini-omni-flash/text-to-video/channel-low-price",
            "gemini-omni-flash/text-to-video",
        ],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.GeminiOmniFlashTextToVideoRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "gemini-omni-flash/video-edit/channel-low-price",
            "gemini-omni-flash/video-edit",
        ],
        params: p.GeminiOmniFlashVideoEditRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "gemini-omni-flash/video-edit/channel-low-price",
            "gemini-omni-flash/video-edit",
        ],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.GeminiOmniFlashVideoEditRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["higgsfield/dop/image-to-video"],
        params: p.HiggsfieldDopImageToVideoRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["higgsfield/dop/image-to-video"],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.HiggsfieldDopImageToVideoRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["higgsfield/soul/image-to-image"],
        params: p.HiggsfieldSoulImageToImageRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["higgsfield/soul/image-to-image"],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.HiggsfieldSoulImageToImageRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["hitem3d-portrait-v15/image-to-3d"],
        params: p.Hitem3dPortraitV15ImageTo3dRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["hitem3d-portrait-v15/image-to-3d"],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.Hitem3dPortraitV15ImageTo3dRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["hitem3d-portrait-v15/multi-image-to-3d"],
        params: p.Hitem3dPortraitV15MultiImageTo3dRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["hitem3d-portrait-v15/multi-image-to-3d"],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.Hitem3dPortraitV15MultiImageTo3dRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["hitem3d-portrait-v20/image-to-3d"],
        params: p.Hitem3dPortraitV20ImageTo3dRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["hitem3d-portrait-v20/image-to-3d"],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.Hitem3dPortraitV20ImageTo3dRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["hitem3d-portrait-v20/multi-image-to-3d"],
        params: p.Hitem3dPortraitV20MultiImageTo3dRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["hitem3d-portrait-v20/multi-image-to-3d"],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.Hitem3dPortraitV20MultiImageTo3dRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["hitem3d-portrait-v21/image-to-3d"],
        params: p.Hitem3dPortraitV21ImageTo3dRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["hitem3d-portrait-v21/image-to-3d"],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.Hitem3dPortraitV21ImageTo3dRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["hitem3d-portrait-v21/multi-image-to-3d"],
        params: p.Hitem3dPortraitV21MultiImageTo3dRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["hitem3d-portrait-v21/multi-image-to-3d"],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.Hitem3dPortraitV21MultiImageTo3dRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["hitem3d-v15/image-to-3d"],
        params: p.Hitem3dV15ImageTo3dRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["hitem3d-v15/image-to-3d"],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.Hitem3dV15ImageTo3dRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["hitem3d-v15/multi-image-to-3d"],
        params: p.Hitem3dV15MultiImageTo3dRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["hitem3d-v15/multi-image-to-3d"],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.Hitem3dV15MultiImageTo3dRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["hitem3d-v21/image-to-3d"],
        params: p.Hitem3dV21ImageTo3dRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["hitem3d-v21/image-to-3d"],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.Hitem3dV21ImageTo3dRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["hitem3d-v21/multi-image-to-3d"],
        params: p.Hitem3dV21MultiImageTo3dRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["hitem3d-v21/multi-image-to-3d"],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.Hitem3dV21MultiImageTo3dRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["hitem3d-v2/image-to-3d"],
        params: p.Hitem3dV2ImageTo3dRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["hitem3d-v2/image-to-3d"],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.Hitem3dV2ImageTo3dRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["hitem3d-v2/multi-image-to-3d"],
        params: p.Hitem3dV2MultiImageTo3dRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["hitem3d-v2/multi-image-to-3d"],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.Hitem3dV2MultiImageTo3dRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["hunyuan3d-v3.1/image-to-3d"],
        params: p.Hunyuan3dV31ImageTo3dRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["hunyuan3d-v3.1/image-to-3d"],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.Hunyuan3dV31ImageTo3dRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["hunyuan3d-v3.1/text-to-3d"],
        params: p.Hunyuan3dV31TextTo3dRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["hunyuan3d-v3.1/text-to-3d"],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.Hunyuan3dV31TextTo3dRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["hypir-balance", "image-enhance/hypir-balance"],
        params: p.ImageEnhanceHypirBalanceRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["hypir-balance", "image-enhance/hypir-balance"],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.ImageEnhanceHypirBalanceRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["hypir-ultra", "image-enhance/hypir-ultra"],
        params: p.ImageEnhanceHypirUltraRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["hypir-ultra", "image-enhance/hypir-ultra"],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.ImageEnhanceHypirUltraRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["kling-o3/element", "kling-elements-advanced"],
        params: p.KlingElementsAdvancedRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["kling-o3/element", "kling-elements-advanced"],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.KlingElementsAdvancedRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["kling-elements"],
        params: p.KlingElementsRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["kling-elements"],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.KlingElementsRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["kling-lip-sync/identify-face"],
        params: p.KlingLipSyncIdentifyFaceRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["kling-lip-sync/identify-face"],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.KlingLipSyncIdentifyFaceRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["kling-lip-sync/lip-sync-video"],
        params: p.KlingLipSyncLipSyncVideoRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["kling-lip-sync/lip-sync-video"],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.KlingLipSyncLipSyncVideoRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["kling-lip-sync/tts"],
        params: p.KlingLipSyncTtsRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["kling-lip-sync/tts"],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.KlingLipSyncTtsRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["kling-v2.5-turbo-pro/image-to-video"],
        params: p.KlingV25TurboProImageToVideoRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["kling-v2.5-turbo-pro/image-to-video"],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.KlingV25TurboProImageToVideoRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["kling-v2.5-turbo-pro/text-to-video"],
        params: p.KlingV25TurboProTextToVideoRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["kling-v2.5-turbo-pro/text-to-video"],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.KlingV25TurboProTextToVideoRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["kling-v2.5-turbo-std/image-to-video"],
        params: p.KlingV25TurboStdImageToVideoRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["kling-v2.5-turbo-std/image-to-video"],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.KlingV25TurboStdImageToVideoRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["kling-v2.5-turbo-std/text-to-video"],
        params: p.KlingV25TurboStdTextToVideoRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["kling-v2.5-turbo-std/text-to-video"],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.KlingV25TurboStdTextToVideoRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "kling-v2.6-pro-image-to-video", "kling-v2.6-pro/image-to-video"
        ],
        params: p.KlingV26ProImageToVideoRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "kling-v2.6-pro-image-to-video", "kling-v2.6-pro/image-to-video"
        ],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.KlingV26ProImageToVideoRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "kling-v2.6-pro-motion-control", "kling-v2.6-pro/motion-control"
        ],
        params: p.KlingV26ProMotionControlRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "kling-v2.6-pro-motion-control", "kling-v2.6-pro/motion-control"
        ],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.KlingV26ProMotionControlRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["kling-v2.6-pro-text-to-video", "kling-v2.6-pro/text-to-video"],
        params: p.KlingV26ProTextToVideoRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["kling-v2.6-pro-text-to-video", "kling-v2.6-pro/text-to-video"],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.KlingV26ProTextToVideoRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "kling-v2.6-std-image-to-video", "kling-v2.6-std/image-to-video"
        ],
        params: p.KlingV26StdImageToVideoRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "kling-v2.6-std-image-to-video", "kling-v2.6-std/image-to-video"
        ],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.KlingV26StdImageToVideoRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "kling-v2.6-std-motion-control", "kling-v2.6-std/motion-control"
        ],
        params: p.KlingV26StdMotionControlRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "kling-v2.6-std-motion-control", "kling-v2.6-std/motion-control"
        ],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.KlingV26StdMotionControlRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["kling-v2.6-std-text-to-video", "kling-v2.6-std/text-to-video"],
        params: p.KlingV26StdTextToVideoRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["kling-v2.6-std-text-to-video", "kling-v2.6-std/text-to-video"],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.KlingV26StdTextToVideoRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["kling-v2-ai-avatar-pro/image-audio-to-video"],
        params: p.KlingV2AiAvatarProImageAudioToVideoRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["kling-v2-ai-avatar-pro/image-audio-to-video"],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.KlingV2AiAvatarProImageAudioToVideoRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["kling-v2-ai-avatar-standard/image-audio-to-video"],
        params: p.KlingV2AiAvatarStandardImageAudioToVideoRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["kling-v2-ai-avatar-standard/image-audio-to-video"],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.KlingV2AiAvatarStandardImageAudioToVideoRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["kling-v3.0-4k-motion-control", "kling-v3.0-4k/motion-control"],
        params: p.KlingV304kMotionControlRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["kling-v3.0-4k-motion-control", "kling-v3.0-4k/motion-control"],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.KlingV304kMotionControlRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "kling-v3.0-pro-image-to-video", "kling-v3.0-pro/image-to-video"
        ],
        params: p.KlingV30ProImageToVideoRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "kling-v3.0-pro-image-to-video", "kling-v3.0-pro/image-to-video"
        ],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.KlingV30ProImageToVideoRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "kling-v3.0-pro-motion-control", "kling-v3.0-pro/motion-control"
        ],
        params: p.KlingV30ProMotionControlRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "kling-v3.0-pro-motion-control", "kling-v3.0-pro/motion-control"
        ],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.KlingV30ProMotionControlRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["kling-v3.0-pro-text-to-video", "kling-v3.0-pro/text-to-video"],
        params: p.KlingV30ProTextToVideoRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["kling-v3.0-pro-text-to-video", "kling-v3.0-pro/text-to-video"],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.KlingV30ProTextToVideoRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "kling-v3.0-std-image-to-video", "kling-v3.0-std/image-to-video"
        ],
        params: p.KlingV30StdImageToVideoRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "kling-v3.0-std-image-to-video", "kling-v3.0-std/image-to-video"
        ],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.KlingV30StdImageToVideoRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "kling-v3.0-std-motion-control", "kling-v3.0-std/motion-control"
        ],
        params: p.KlingV30StdMotionControlRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "kling-v3.0-std-motion-control", "kling-v3.0-std/motion-control"
        ],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.KlingV30StdMotionControlRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["kling-v3.0-std-text-to-video", "kling-v3.0-std/text-to-video"],
        params: p.KlingV30StdTextToVideoRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["kling-v3.0-std-text-to-video", "kling-v3.0-std/text-to-video"],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.KlingV30StdTextToVideoRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["kling-v3.0-4k-image-to-video", "kling-v3-4k/image-to-video"],
        params: p.KlingV34kImageToVideoRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["kling-v3.0-4k-image-to-video", "kling-v3-4k/image-to-video"],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.KlingV34kImageToVideoRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["kling-v3-4k-text-to-video", "kling-v3-4k/text-to-video"],
        params: p.KlingV34kTextToVideoRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["kling-v3-4k-text-to-video", "kling-v3-4k/text-to-video"],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.KlingV34kTextToVideoRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "kling-v3-turbo-pro-image-to-video", "kling-v3-turbo-pro/image-to-video"
        ],
        params: p.KlingV3TurboProImageToVideoRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "kling-v3-turbo-pro-image-to-video", "kling-v3-turbo-pro/image-to-video"
        ],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.KlingV3TurboProImageToVideoRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "kling-v3-turbo-pro-text-to-video", "kling-v3-turbo-pro/text-to-video"
        ],
        params: p.KlingV3TurboProTextToVideoRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "kling-v3-turbo-pro-text-to-video", "kling-v3-turbo-pro/text-to-video"
        ],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.KlingV3TurboProTextToVideoRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "kling-v3-turbo-std-image-to-video", "kling-v3-turbo-std/image-to-video"
        ],
        params: p.KlingV3TurboStdImageToVideoRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "kling-v3-turbo-std-image-to-video", "kling-v3-turbo-std/image-to-video"
        ],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.KlingV3TurboStdImageToVideoRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "kling-v3-turbo-std-text-to-video", "kling-v3-turbo-std/text-to-video"
        ],
        params: p.KlingV3TurboStdTextToVideoRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "kling-v3-turbo-std-text-to-video", "kling-v3-turbo-std/text-to-video"
        ],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.KlingV3TurboStdTextToVideoRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["kling-video-o1/image-to-video"],
        params: p.KlingVideoO1ImageToVideoRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["kling-video-o1/image-to-video"],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.KlingVideoO1ImageToVideoRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["kling-video-o1/start-to-end"],
        params: p.KlingVideoO1StartToEndRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["kling-video-o1/start-to-end"],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.KlingVideoO1StartToEndRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["kling-video-o1-std/edit-video"],
        params: p.KlingVideoO1StdEditVideoRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["kling-video-o1-std/edit-video"],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.KlingVideoO1StdEditVideoRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["kling-video-o1-std/refrence-to-video"],
        params: p.KlingVideoO1StdRefrenceToVideoRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["kling-video-o1-std/refrence-to-video"],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.KlingVideoO1StdRefrenceToVideoRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["kling-video-o1/text-to-video"],
        params: p.KlingVideoO1TextToVideoRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["kling-video-o1/text-to-video"],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.KlingVideoO1TextToVideoRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "kling-video-o3-4k-image-to-video", "kling-video-o3-4k/image-to-video"
        ],
        params: p.KlingVideoO34kImageToVideoRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "kling-video-o3-4k-image-to-video", "kling-video-o3-4k/image-to-video"
        ],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.KlingVideoO34kImageToVideoRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "kling-video-o3-4k-reference-to-video",
            "kling-video-o3-4k/reference-to-video",
        ],
        params: p.KlingVideoO34kReferenceToVideoRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "kling-video-o3-4k-reference-to-video",
            "kling-video-o3-4k/reference-to-video",
        ],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.KlingVideoO34kReferenceToVideoRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "kling-video-o3-4k-text-to-video", "kling-video-o3-4k/text-to-video"
        ],
        params: p.KlingVideoO34kTextToVideoRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "kling-video-o3-4k-text-to-video", "kling-video-o3-4k/text-to-video"
        ],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.KlingVideoO34kTextToVideoRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "kling-video-o3-pro-image-to-video", "kling-video-o3-pro/image-to-video"
        ],
        params: p.KlingVideoO3ProImageToVideoRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "kling-video-o3-pro-image-to-video", "kling-video-o3-pro/image-to-video"
        ],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.KlingVideoO3ProImageToVideoRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["kling-video-o3-pro/reference-to-video"],
        params: p.KlingVideoO3ProReferenceToVideoRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["kling-video-o3-pro/reference-to-video"],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.KlingVideoO3ProReferenceToVideoRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "kling-video-o3-pro-text-to-video", "kling-video-o3-pro/text-to-video"
        ],
        params: p.KlingVideoO3ProTextToVideoRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "kling-video-o3-pro-text-to-video", "kling-video-o3-pro/text-to-video"
        ],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.KlingVideoO3ProTextToVideoRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["kling-video-o3-pro/video-edit"],
        params: p.KlingVideoO3ProVideoEditRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["kling-video-o3-pro/video-edit"],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.KlingVideoO3ProVideoEditRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "kling-video-o3-std-image-to-video", "kling-video-o3-std/image-to-video"
        ],
        params: p.KlingVideoO3StdImageToVideoRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "kling-video-o3-std-image-to-video", "kling-video-o3-std/image-to-video"
        ],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.KlingVideoO3StdImageToVideoRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["kling-video-o3-std/reference-to-video"],
        params: p.KlingVideoO3StdReferenceToVideoRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["kling-video-o3-std/reference-to-video"],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.KlingVideoO3StdReferenceToVideoRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "kling-video-o3-std-text-to-video", "kling-video-o3-std/text-to-video"
        ],
        params: p.KlingVideoO3StdTextToVideoRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "kling-video-o3-std-text-to-video", "kling-video-o3-std/text-to-video"
        ],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.KlingVideoO3StdTextToVideoRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["kling-video-o3-std/video-edit"],
        params: p.KlingVideoO3StdVideoEditRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["kling-video-o3-std/video-edit"],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.KlingVideoO3StdVideoEditRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["luma/uni-1/image-edit", "Luma uni-1 Image Edit"],
        params: p.LumaUni1ImageEditRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["luma/uni-1/image-edit", "Luma uni-1 Image Edit"],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.LumaUni1ImageEditRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["luma/uni-1/image-to-image", "Luma uni-1 Image to Image"],
        params: p.LumaUni1ImageToImageRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["luma/uni-1/image-to-image", "Luma uni-1 Image to Image"],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.LumaUni1ImageToImageRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["luma/uni-1-max/image-edit", "Luma uni-1-max Image Edit"],
        params: p.LumaUni1MaxImageEditRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["luma/uni-1-max/image-edit", "Luma uni-1-max Image Edit"],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.LumaUni1MaxImageEditRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "luma/uni-1-max/image-to-image", "Luma uni-1-max Image to Image"
        ],
        params: p.LumaUni1MaxImageToImageRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "luma/uni-1-max/image-to-image", "Luma uni-1-max Image to Image"
        ],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.LumaUni1MaxImageToImageRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["luma/uni-1-max/text-to-image", "Luma uni-1-max Text to Image"],
        params: p.LumaUni1MaxTextToImageRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["luma/uni-1-max/text-to-image", "Luma uni-1-max Text to Image"],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.LumaUni1MaxTextToImageRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["luma/uni-1/text-to-image", "Luma uni-1 Text to Image"],
        params: p.LumaUni1TextToImageRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["luma/uni-1/text-to-image", "Luma uni-1 Text to Image"],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.LumaUni1TextToImageRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["marble-1.0/image-to-world"],
        params: p.Marble10ImageToWorldRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["marble-1.0/image-to-world"],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.Marble10ImageToWorldRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["marble-1.0/multi-image-to-world"],
        params: p.Marble10MultiImageToWorldRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["marble-1.0/multi-image-to-world"],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.Marble10MultiImageToWorldRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["marble-1.0/text-to-world"],
        params: p.Marble10TextToWorldRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["marble-1.0/text-to-world"],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.Marble10TextToWorldRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["marble-1.0/video-to-world"],
        params: p.Marble10VideoToWorldRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["marble-1.0/video-to-world"],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.Marble10VideoToWorldRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["marble-1.1/image-to-world"],
        params: p.Marble11ImageToWorldRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["marble-1.1/image-to-world"],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.Marble11ImageToWorldRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["marble-1.1/multi-image-to-world"],
        params: p.Marble11MultiImageToWorldRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["marble-1.1/multi-image-to-world"],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.Marble11MultiImageToWorldRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["marble-1.1-plus/image-to-world"],
        params: p.Marble11PlusImageToWorldRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["marble-1.1-plus/image-to-world"],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.Marble11PlusImageToWorldRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["marble-1.1-plus/multi-image-to-world"],
        params: p.Marble11PlusMultiImageToWorldRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["marble-1.1-plus/multi-image-to-world"],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.Marble11PlusMultiImageToWorldRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["marble-1.1-plus/text-to-world"],
        params: p.Marble11PlusTextToWorldRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["marble-1.1-plus/text-to-world"],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.Marble11PlusTextToWorldRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["marble-1.1-plus/video-to-world"],
        params: p.Marble11PlusVideoToWorldRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["marble-1.1-plus/video-to-world"],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.Marble11PlusVideoToWorldRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["marble-1.1/text-to-world"],
        params: p.Marble11TextToWorldRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["marble-1.1/text-to-world"],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.Marble11TextToWorldRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["marble-1.1/video-to-world"],
        params: p.Marble11VideoToWorldRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["marble-1.1/video-to-world"],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.Marble11VideoToWorldRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["marble/upload-media-asset"],
        params: p.MarbleUploadMediaAssetRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["marble/upload-media-asset"],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.MarbleUploadMediaAssetRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["meshy6/image-to-3d"],
        params: p.Meshy6ImageTo3dRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["meshy6/image-to-3d"],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.Meshy6ImageTo3dRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["meshy6/text-to-3d"],
        params: p.Meshy6TextTo3dRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["meshy6/text-to-3d"],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.Meshy6TextTo3dRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["hailuo-02-fast", "minimax/hailuo-02/fast"],
        params: p.MinimaxHailuo02FastRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["hailuo-02-fast", "minimax/hailuo-02/fast"],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.MinimaxHailuo02FastRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["hailuo-02-i2v-pro", "minimax/hailuo-02/i2v-pro"],
        params: p.MinimaxHailuo02I2vProRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["hailuo-02-i2v-pro", "minimax/hailuo-02/i2v-pro"],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.MinimaxHailuo02I2vProRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["hailuo-02-i2v-standard", "minimax/hailuo-02/i2v-standard"],
        params: p.MinimaxHailuo02I2vStandardRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["hailuo-02-i2v-standard", "minimax/hailuo-02/i2v-standard"],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.MinimaxHailuo02I2vStandardRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["hailuo-02-pro", "minimax/hailuo-02/pro"],
        params: p.MinimaxHailuo02ProRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["hailuo-02-pro", "minimax/hailuo-02/pro"],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.MinimaxHailuo02ProRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["hailuo-02-standard", "minimax/hailuo-02/standard"],
        params: p.MinimaxHailuo02StandardRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["hailuo-02-standard", "minimax/hailuo-02/standard"],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.MinimaxHailuo02StandardRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["hailuo-02-t2v-pro", "minimax/hailuo-02/t2v-pro"],
        params: p.MinimaxHailuo02T2vProRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["hailuo-02-t2v-pro", "minimax/hailuo-02/t2v-pro"],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.MinimaxHailuo02T2vProRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["hailuo-02-t2v-standard", "minimax/hailuo-02/t2v-standard"],
        params: p.MinimaxHailuo02T2vStandardRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["hailuo-02-t2v-standard", "minimax/hailuo-02/t2v-standard"],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.MinimaxHailuo02T2vStandardRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "hailuo-2.3-fast/image-to-video", "minimax/hailuo-2.3-fast/image-to-video"
        ],
        params: p.MinimaxHailuo23FastImageToVideoRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "hailuo-2.3-fast/image-to-video", "minimax/hailuo-2.3-fast/image-to-video"
        ],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.MinimaxHailuo23FastImageToVideoRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "hailuo-2.3-fast-pro/image-to-video",
            "minimax/hailuo-2.3-fast-pro/image-to-video",
        ],
        params: p.MinimaxHailuo23FastProImageToVideoRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "hailuo-2.3-fast-pro/image-to-video",
            "minimax/hailuo-2.3-fast-pro/image-to-video",
        ],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.MinimaxHailuo23FastProImageToVideoRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["hailuo-2.3/i2v-standard", "minimax/hailuo-2.3/i2v-standard"],
        params: p.MinimaxHailuo23I2vStandardRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["hailuo-2.3/i2v-standard", "minimax/hailuo-2.3/i2v-standard"],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.MinimaxHailuo23I2vStandardRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["hailuo-2.3/i2v-pro", "minimax/hailuo-2.3/image-to-video-pro"],
        params: p.MinimaxHailuo23ImageToVideoProRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["hailuo-2.3/i2v-pro", "minimax/hailuo-2.3/image-to-video-pro"],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.MinimaxHailuo23ImageToVideoProRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["hailuo-2.3-t2v-pro", "minimax/hailuo-2.3/t2v-pro"],
        params: p.MinimaxHailuo23T2vProRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["hailuo-2.3-t2v-pro", "minimax/hailuo-2.3/t2v-pro"],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.MinimaxHailuo23T2vProRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["hailuo-2.3-t2v-standard", "minimax/hailuo-2.3/t2v-standard"],
        params: p.MinimaxHailuo23T2vStandardRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["hailuo-2.3-t2v-standard", "minimax/hailuo-2.3/t2v-standard"],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.MinimaxHailuo23T2vStandardRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "minimax/hailuo-h3/image-to-video",
            "MiniMax-H3 Image-to-Video (first/last frame)",
        ],
        params: p.MinimaxHailuoH3ImageToVideoRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "minimax/hailuo-h3/image-to-video",
            "MiniMax-H3 Image-to-Video (first/last frame)",
        ],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.MinimaxHailuoH3ImageToVideoRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "minimax/hailuo-h3/multimodal-to-video",
            "MiniMax-H3 Multimodal Reference-to-Video",
        ],
        params: p.MinimaxHailuoH3MultimodalToVideoRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "minimax/hailuo-h3/multimodal-to-video",
            "MiniMax-H3 Multimodal Reference-to-Video",
        ],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.MinimaxHailuoH3MultimodalToVideoRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["minimax/hailuo-h3/text-to-video", "MiniMax-H3 Text-to-Video"],
        params: p.MinimaxHailuoH3TextToVideoRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["minimax/hailuo-h3/text-to-video", "MiniMax-H3 Text-to-Video"],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.MinimaxHailuoH3TextToVideoRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["minimax/music-2.6"],
        params: p.MinimaxMusic26Request,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["minimax/music-2.6"],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.MinimaxMusic26Request],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["minimax/music-cover-preprocess"],
        params: p.MinimaxMusicCoverPreprocessRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["minimax/music-cover-preprocess"],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.MinimaxMusicCoverPreprocessRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["minimax/music-cover"],
        params: p.MinimaxMusicCoverRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["minimax/music-cover"],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.MinimaxMusicCoverRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["minimax/voice-design"],
        params: p.MinimaxVoiceDesignRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["minimax/voice-design"],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.MinimaxVoiceDesignRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["mureka-ai/describe-song"],
        params: p.MurekaAiDescribeSongRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["mureka-ai/describe-song"],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.MurekaAiDescribeSongRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["mureka-ai/extend-lyrics"],
        params: p.MurekaAiExtendLyricsRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["mureka-ai/extend-lyrics"],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.MurekaAiExtendLyricsRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["mureka-ai/files-upload"],
        params: p.MurekaAiFilesUploadRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["mureka-ai/files-upload"],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.MurekaAiFilesUploadRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["mureka-ai/generate-lyrics"],
        params: p.MurekaAiGenerateLyricsRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["mureka-ai/generate-lyrics"],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.MurekaAiGenerateLyricsRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["mureka-o2/generate-song", "mureka-ai/mureka-o2/generate-song"],
        params: p.MurekaAiMurekaO2GenerateSongRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["mureka-o2/generate-song", "mureka-ai/mureka-o2/generate-song"],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.MurekaAiMurekaO2GenerateSongRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["mureka-v7.6/extend-song", "mureka-ai/mureka-v7.6/extend-song"],
        params: p.MurekaAiMurekaV76ExtendSongRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["mureka-v7.6/extend-song", "mureka-ai/mureka-v7.6/extend-song"],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.MurekaAiMurekaV76ExtendSongRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "mureka-v7.6/generate-bgm", "mureka-ai/mureka-v7.6/generate-bgm"
        ],
        params: p.MurekaAiMurekaV76GenerateBgmRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "mureka-v7.6/generate-bgm", "mureka-ai/mureka-v7.6/generate-bgm"
        ],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.MurekaAiMurekaV76GenerateBgmRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "mureka-v7.6/generate-song", "mureka-ai/mureka-v7.6/generate-song"
        ],
        params: p.MurekaAiMurekaV76GenerateSongRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "mureka-v7.6/generate-song", "mureka-ai/mureka-v7.6/generate-song"
        ],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.MurekaAiMurekaV76GenerateSongRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["mureka-v8/extend-song", "mureka-ai/mureka-v8/extend-song"],
        params: p.MurekaAiMurekaV8ExtendSongRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["mureka-v8/extend-song", "mureka-ai/mureka-v8/extend-song"],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.MurekaAiMurekaV8ExtendSongRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["mureka-v8/generate-bgm", "mureka-ai/mureka-v8/generate-bgm"],
        params: p.MurekaAiMurekaV8GenerateBgmRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["mureka-v8/generate-bgm", "mureka-ai/mureka-v8/generate-bgm"],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.MurekaAiMurekaV8GenerateBgmRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["mureka-v8/generate-song", "mureka-ai/mureka-v8/generate-song"],
        params: p.MurekaAiMurekaV8GenerateSongRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["mureka-v8/generate-song", "mureka-ai/mureka-v8/generate-song"],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.MurekaAiMurekaV8GenerateSongRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["mureka-v9/generate-bgm", "mureka-ai/mureka-v9/generate-bgm"],
        params: p.MurekaAiMurekaV9GenerateBgmRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["mureka-v9/generate-bgm", "mureka-ai/mureka-v9/generate-bgm"],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.MurekaAiMurekaV9GenerateBgmRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["mureka-v9/generate-song", "mureka-ai/mureka-v9/generate-song"],
        params: p.MurekaAiMurekaV9GenerateSongRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["mureka-v9/generate-song", "mureka-ai/mureka-v9/generate-song"],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.MurekaAiMurekaV9GenerateSongRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["mureka-ai/recognize-song"],
        params: p.MurekaAiRecognizeSongRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["mureka-ai/recognize-song"],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.MurekaAiRecognizeSongRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["mureka-ai/stem-song"],
        params: p.MurekaAiStemSongRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["mureka-ai/stem-song"],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.MurekaAiStemSongRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["mureka-ai/vocal-clone"],
        params: p.MurekaAiVocalCloneRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["mureka-ai/vocal-clone"],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.MurekaAiVocalCloneRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["mureka-o2/instrumental-generate"],
        params: p.MurekaO2InstrumentalGenerateRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["mureka-o2/instrumental-generate"],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.MurekaO2InstrumentalGenerateRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["pixverse-c1/image-to-video"],
        params: p.PixverseC1ImageToVideoRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["pixverse-c1/image-to-video"],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.PixverseC1ImageToVideoRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["pixverse-c1/reference-to-video"],
        params: p.PixverseC1ReferenceToVideoRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["pixverse-c1/reference-to-video"],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.PixverseC1ReferenceToVideoRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["pixverse-c1/text-to-video"],
        params: p.PixverseC1TextToVideoRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["pixverse-c1/text-to-video"],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.PixverseC1TextToVideoRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["pixverse-c1/transition"],
        params: p.PixverseC1TransitionRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["pixverse-c1/transition"],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.PixverseC1TransitionRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["pixverse-v5.5-effects"],
        params: p.PixverseV55EffectsRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["pixverse-v5.5-effects"],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.PixverseV55EffectsRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["pixverse-v5.5/image-to-video"],
        params: p.PixverseV55ImageToVideoRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["pixverse-v5.5/image-to-video"],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.PixverseV55ImageToVideoRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["pixverse-v5.5/text-to-video"],
        params: p.PixverseV55TextToVideoRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["pixverse-v5.5/text-to-video"],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.PixverseV55TextToVideoRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["pixverse-v5.5-transition"],
        params: p.PixverseV55TransitionRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["pixverse-v5.5-transition"],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.PixverseV55TransitionRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["pixverse-v5.6/image-to-video"],
        params: p.PixverseV56ImageToVideoRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["pixverse-v5.6/image-to-video"],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.PixverseV56ImageToVideoRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["pixverse-v5.6/text-to-video"],
        params: p.PixverseV56TextToVideoRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["pixverse-v5.6/text-to-video"],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.PixverseV56TextToVideoRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["pixverse-v6/effects"],
        params: p.PixverseV6EffectsRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["pixverse-v6/effects"],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.PixverseV6EffectsRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["pixverse-v6/extend"],
        params: p.PixverseV6ExtendRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["pixverse-v6/extend"],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.PixverseV6ExtendRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["pixverse-v6/image-to-video"],
        params: p.PixverseV6ImageToVideoRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["pixverse-v6/image-to-video"],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.PixverseV6ImageToVideoRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["pixverse-v6/text-to-video"],
        params: p.PixverseV6TextToVideoRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["pixverse-v6/text-to-video"],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.PixverseV6TextToVideoRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["pixverse-v6/transition"],
        params: p.PixverseV6TransitionRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["pixverse-v6/transition"],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.PixverseV6TransitionRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["suno-lyrics", "rhart-audio/suno/lyrics"],
        params: p.RhartAudioSunoLyricsRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["suno-lyrics", "rhart-audio/suno/lyrics"],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartAudioSunoLyricsRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["suno-custom-v4.5", "rhart-audio/suno-v4.5/custom"],
        params: p.RhartAudioSunoV45CustomRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["suno-custom-v4.5", "rhart-audio/suno-v4.5/custom"],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartAudioSunoV45CustomRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["suno-single-v4.5", "rhart-audio/suno-v4.5/single"],
        params: p.RhartAudioSunoV45SingleRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["suno-single-v4.5", "rhart-audio/suno-v4.5/single"],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartAudioSunoV45SingleRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["suno-custom-v5.5", "rhart-audio/suno-v5.5/custom"],
        params: p.RhartAudioSunoV55CustomRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["suno-custom-v5.5", "rhart-audio/suno-v5.5/custom"],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartAudioSunoV55CustomRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["suno-single-v5.5", "rhart-audio/suno-v5.5/single"],
        params: p.RhartAudioSunoV55SingleRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["suno-single-v5.5", "rhart-audio/suno-v5.5/single"],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartAudioSunoV55SingleRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["suno-custom-v5", "rhart-audio/suno-v5/custom"],
        params: p.RhartAudioSunoV5CustomRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["suno-custom-v5", "rhart-audio/suno-v5/custom"],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartAudioSunoV5CustomRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["suno-single-v5", "rhart-audio/suno-v5/single"],
        params: p.RhartAudioSunoV5SingleRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["suno-single-v5", "rhart-audio/suno-v5/single"],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartAudioSunoV5SingleRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["minimax/music-2.5", "rhart-audio/text-to-audio/music-2.5"],
        params: p.RhartAudioTextToAudioMusic25Request,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["minimax/music-2.5", "rhart-audio/text-to-audio/music-2.5"],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartAudioTextToAudioMusic25Request],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "minimax/speech-02-hd", "rhart-audio/text-to-audio/speech-02-hd"
        ],
        params: p.RhartAudioTextToAudioSpeech02HdRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "minimax/speech-02-hd", "rhart-audio/text-to-audio/speech-02-hd"
        ],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartAudioTextToAudioSpeech02HdRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "minimax/speech-02-turbo", "rhart-audio/text-to-audio/speech-02-turbo"
        ],
        params: p.RhartAudioTextToAudioSpeech02TurboRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "minimax/speech-02-turbo", "rhart-audio/text-to-audio/speech-02-turbo"
        ],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartAudioTextToAudioSpeech02TurboRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "minimax/speech-2.6-hd", "rhart-audio/text-to-audio/speech-2.6-hd"
        ],
        params: p.RhartAudioTextToAudioSpeech26HdRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "minimax/speech-2.6-hd", "rhart-audio/text-to-audio/speech-2.6-hd"
        ],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartAudioTextToAudioSpeech26HdRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "minimax/speech-2.6-turbo", "rhart-audio/text-to-audio/speech-2.6-turbo"
        ],
        params: p.RhartAudioTextToAudioSpeech26TurboRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "minimax/speech-2.6-turbo", "rhart-audio/text-to-audio/speech-2.6-turbo"
        ],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartAudioTextToAudioSpeech26TurboRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "minimax/speech-2.8-hd", "rhart-audio/text-to-audio/speech-2.8-hd"
        ],
        params: p.RhartAudioTextToAudioSpeech28HdRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "minimax/speech-2.8-hd", "rhart-audio/text-to-audio/speech-2.8-hd"
        ],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartAudioTextToAudioSpeech28HdRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "minimax/speech-2.8-turbo", "rhart-audio/text-to-audio/speech-2.8-turbo"
        ],
        params: p.RhartAudioTextToAudioSpeech28TurboRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "minimax/speech-2.8-turbo", "rhart-audio/text-to-audio/speech-2.8-turbo"
        ],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartAudioTextToAudioSpeech28TurboRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["minimax/voice-clone", "rhart-audio/text-to-audio/voice-clone"],
        params: p.RhartAudioTextToAudioVoiceCloneRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["minimax/voice-clone", "rhart-audio/text-to-audio/voice-clone"],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartAudioTextToAudioVoiceCloneRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["f-2-dev/edit-lora", "rhart-image/f-2-dev/edit-lora"],
        params: p.RhartImageF2DevEditLoraRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["f-2-dev/edit-lora", "rhart-image/f-2-dev/edit-lora"],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartImageF2DevEditLoraRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["f-2-dev/edit", "rhart-image/f-2-dev/edit"],
        params: p.RhartImageF2DevEditRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["f-2-dev/edit", "rhart-image/f-2-dev/edit"],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartImageF2DevEditRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "f-2-dev/text-to-image-lora", "rhart-image/f-2-dev/text-to-image-lora"
        ],
        params: p.RhartImageF2DevTextToImageLoraRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "f-2-dev/text-to-image-lora", "rhart-image/f-2-dev/text-to-image-lora"
        ],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartImageF2DevTextToImageLoraRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["f-2-dev/text-to-image", "rhart-image/f-2-dev/text-to-image"],
        params: p.RhartImageF2DevTextToImageRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["f-2-dev/text-to-image", "rhart-image/f-2-dev/text-to-image"],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartImageF2DevTextToImageRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["f-2-klein-4b/edit-lora", "rhart-image/f-2-klein-4b/edit-lora"],
        params: p.RhartImageF2Klein4bEditLoraRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["f-2-klein-4b/edit-lora", "rhart-image/f-2-klein-4b/edit-lora"],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartImageF2Klein4bEditLoraRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["f-2-klein-4b/edit", "rhart-image/f-2-klein-4b/edit"],
        params: p.RhartImageF2Klein4bEditRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["f-2-klein-4b/edit", "rhart-image/f-2-klein-4b/edit"],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartImageF2Klein4bEditRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "f-2-klein-4b/text-to-image-lora",
            "rhart-image/f-2-klein-4b/text-to-image-lora",
        ],
        params: p.RhartImageF2Klein4bTextToImageLoraRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "f-2-klein-4b/text-to-image-lora",
            "rhart-image/f-2-klein-4b/text-to-image-lora",
        ],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartImageF2Klein4bTextToImageLoraRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "f-2-klein-4b/text-to-image", "rhart-image/f-2-klein-4b/text-to-image"
        ],
        params: p.RhartImageF2Klein4bTextToImageRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "f-2-klein-4b/text-to-image", "rhart-image/f-2-klein-4b/text-to-image"
        ],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartImageF2Klein4bTextToImageRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["f-2-klein-9b/edit", "rhart-image/f-2-klein-9b/edit"],
        params: p.RhartImageF2Klein9bEditRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["f-2-klein-9b/edit", "rhart-image/f-2-klein-9b/edit"],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartImageF2Klein9bEditRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "f-2-klein-9b/text-to-image-lora",
            "rhart-image/f-2-klein-9b/text-to-image-lora",
        ],
        params: p.RhartImageF2Klein9bTextToImageLoraRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "f-2-klein-9b/text-to-image-lora",
            "rhart-image/f-2-klein-9b/text-to-image-lora",
        ],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartImageF2Klein9bTextToImageLoraRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "f-2-klein-9b/text-to-image", "rhart-image/f-2-klein-9b/text-to-image"
        ],
        params: p.RhartImageF2Klein9bTextToImageRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "f-2-klein-9b/text-to-image", "rhart-image/f-2-klein-9b/text-to-image"
        ],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartImageF2Klein9bTextToImageRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["f-dev-lora", "rhart-image/f-dev-lora"],
        params: p.RhartImageFDevLoraRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["f-dev-lora", "rhart-image/f-dev-lora"],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartImageFDevLoraRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["f-dev", "rhart-image/f-dev"],
        params: p.RhartImageFDevRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["f-dev", "rhart-image/f-dev"],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartImageFDevRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["f-krea-dev-lora", "rhart-image/f-krea-dev-lora"],
        params: p.RhartImageFKreaDevLoraRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["f-krea-dev-lora", "rhart-image/f-krea-dev-lora"],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartImageFKreaDevLoraRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "gpt-image-1.5/edit-channel-low-price",
            "gpt-image-1.5/edit-channel-low-price-[Deprecated] Please use gpt-image-2 instead",
            "rhart-image-g-1.5/edit",
        ],
        params: p.RhartImageG15EditRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "gpt-image-1.5/edit-channel-low-price",
            "gpt-image-1.5/edit-channel-low-price-[Deprecated] Please use gpt-image-2 instead",
            "rhart-image-g-1.5/edit",
        ],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartImageG15EditRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "gpt-image-1.5/image-to-image-official-stable",
            "rhart-image-g-1.5-official/image-to-image",
        ],
        params: p.RhartImageG15OfficialImageToImageRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "gpt-image-1.5/image-to-image-official-stable",
            "rhart-image-g-1.5-official/image-to-image",
        ],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartImageG15OfficialImageToImageRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "gpt-image-1.5/text-to-image-official-stable",
            "rhart-image-g-1.5-official/text-to-image",
        ],
        params: p.RhartImageG15OfficialTextToImageRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "gpt-image-1.5/text-to-image-official-stable",
            "rhart-image-g-1.5-official/text-to-image",
        ],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartImageG15OfficialTextToImageRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "gpt-image-1.5/text-to-image-channel-low-price",
            "gpt-image-1.5/text-to-image-channel-low-price-[Deprecated] Please use gpt-image-2 instead",
            "rhart-image-g-1.5/text-to-image",
        ],
        params: p.RhartImageG15TextToImageRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "gpt-image-1.5/text-to-image-channel-low-price",
            "gpt-image-1.5/text-to-image-channel-low-price-[Deprecated] Please use gpt-image-2 instead",
            "rhart-image-g-1.5/text-to-image",
        ],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartImageG15TextToImageRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "gpt-image-2.0/edit-channel-low-price", "rhart-image-g-2/image-to-image"
        ],
        params: p.RhartImageG2ImageToImageRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "gpt-image-2.0/edit-channel-low-price", "rhart-image-g-2/image-to-image"
        ],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartImageG2ImageToImageRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "gpt-image-2/image-to-image-official-stable",
            "rhart-image-g-2-official/image-to-image",
        ],
        params: p.RhartImageG2OfficialImageToImageRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "gpt-image-2/image-to-image-official-stable",
            "rhart-image-g-2-official/image-to-image",
        ],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartImageG2OfficialImageToImageRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "gpt-image-2/text-to-image-official-stable",
            "rhart-image-g-2-official/text-to-image",
        ],
        params: p.RhartImageG2OfficialTextToImageRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "gpt-image-2/text-to-image-official-stable",
            "rhart-image-g-2-official/text-to-image",
        ],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartImageG2OfficialTextToImageRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "gpt-image-2.0/text-to-image-channel-low-price",
            "rhart-image-g-2/text-to-image",
        ],
        params: p.RhartImageG2TextToImageRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "gpt-image-2.0/text-to-image-channel-low-price",
            "rhart-image-g-2/text-to-image",
        ],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartImageG2TextToImageRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["grok-3-image-to-image", "rhart-image-g-3/image-to-image"],
        params: p.RhartImageG3ImageToImageRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["grok-3-image-to-image", "rhart-image-g-3/image-to-image"],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartImageG3ImageToImageRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["grok-3-image-text-to-image", "rhart-image-g-3/text-to-image"],
        params: p.RhartImageG3TextToImageRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["grok-3-image-text-to-image", "rhart-image-g-3/text-to-image"],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartImageG3TextToImageRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["grok-4-image-image-to-image", "rhart-image-g-4/image-to-image"],
        params: p.RhartImageG4ImageToImageRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["grok-4-image-image-to-image", "rhart-image-g-4/image-to-image"],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartImageG4ImageToImageRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["grok-4-image-text-to-image", "rhart-image-g-4/text-to-image"],
        params: p.RhartImageG4TextToImageRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["grok-4-image-text-to-image", "rhart-image-g-4/text-to-image"],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartImageG4TextToImageRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "grok-image/image-to-image/channel-low-price",
            "rhart-image-g/image-to-image",
        ],
        params: p.RhartImageGImageToImageRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "grok-image/image-to-image/channel-low-price",
            "rhart-image-g/image-to-image",
        ],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartImageGImageToImageRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "grok-image/text-to-image/channel-low-price", "rhart-image-g/text-to-image"
        ],
        params: p.RhartImageGTextToImageRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "grok-image/text-to-image/channel-low-price", "rhart-image-g/text-to-image"
        ],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartImageGTextToImageRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "nano-banana2-gemini31flash/image-to-image-channel-low-price",
            "rhart-image-n-g31-flash/image-to-image",
        ],
        params: p.RhartImageNG31FlashImageToImageRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "nano-banana2-gemini31flash/image-to-image-channel-low-price",
            "rhart-image-n-g31-flash/image-to-image",
        ],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartImageNG31FlashImageToImageRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "nano-banana2-gemini31flash-lite/image-to-image-channel-low-price",
            "rhart-image-n-g31-flash-lite/image-to-image",
        ],
        params: p.RhartImageNG31FlashLiteImageToImageRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "nano-banana2-gemini31flash-lite/image-to-image-channel-low-price",
            "rhart-image-n-g31-flash-lite/image-to-image",
        ],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartImageNG31FlashLiteImageToImageRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "nano-banana2-gemini31flash-lite/image-to-image-official-stable",
            "rhart-image-n-g31-flash-lite-official/image-to-image",
        ],
        params: p.RhartImageNG31FlashLiteOfficialImageToImageRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "nano-banana2-gemini31flash-lite/image-to-image-official-stable",
            "rhart-image-n-g31-flash-lite-official/image-to-image",
        ],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartImageNG31FlashLiteOfficialImageToImageRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "nano-banana2-gemini31flash-lite/text-to-image-official-stable",
            "rhart-image-n-g31-flash-lite-official/text-to-image",
        ],
        params: p.RhartImageNG31FlashLiteOfficialTextToImageRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "nano-banana2-gemini31flash-lite/text-to-image-official-stable",
            "rhart-image-n-g31-flash-lite-official/text-to-image",
        ],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartImageNG31FlashLiteOfficialTextToImageRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "nano-banana2-gemini31flash-lite/text-to-image-channel-low-price",
            "rhart-image-n-g31-flash-lite/text-to-image",
        ],
        params: p.RhartImageNG31FlashLiteTextToImageRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "nano-banana2-gemini31flash-lite/text-to-image-channel-low-price",
            "rhart-image-n-g31-flash-lite/text-to-image",
        ],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartImageNG31FlashLiteTextToImageRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "nano-banana2-gemini31flash/image-to-image-official-stable",
            "rhart-image-n-g31-flash-official/image-to-image",
        ],
        params: p.RhartImageNG31FlashOfficialImageToImageRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "nano-banana2-gemini31flash/image-to-image-official-stable",
            "rhart-image-n-g31-flash-official/image-to-image",
        ],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartImageNG31FlashOfficialImageToImageRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "nano-banana2-gemini31flash/text-to-image-official-stable",
            "rhart-image-n-g31-flash-official/text-to-image",
        ],
        params: p.RhartImageNG31FlashOfficialTextToImageRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "nano-banana2-gemini31flash/text-to-image-official-stable",
            "rhart-image-n-g31-flash-official/text-to-image",
        ],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartImageNG31FlashOfficialTextToImageRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "nano-banana2-gemini31flash/text-to-image-channel-low-price",
            "rhart-image-n-g31-flash/text-to-image",
        ],
        params: p.RhartImageNG31FlashTextToImageRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "nano-banana2-gemini31flash/text-to-image-channel-low-price",
            "rhart-image-n-g31-flash/text-to-image",
        ],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartImageNG31FlashTextToImageRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "nano-banana-pro/edit-channel-low-price", "rhart-image-n-pro/edit"
        ],
        params: p.RhartImageNProEditRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "nano-banana-pro/edit-channel-low-price", "rhart-image-n-pro/edit"
        ],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartImageNProEditRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "nano-banana-pro/edit-official-stable", "rhart-image-n-pro-official/edit"
        ],
        params: p.RhartImageNProOfficialEditRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "nano-banana-pro/edit-official-stable", "rhart-image-n-pro-official/edit"
        ],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartImageNProOfficialEditRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "nano-banana-pro/edit-ultra-official-stable",
            "rhart-image-n-pro-official/edit-ultra",
        ],
        params: p.RhartImageNProOfficialEditUltraRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "nano-banana-pro/edit-ultra-official-stable",
            "rhart-image-n-pro-official/edit-ultra",
        ],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartImageNProOfficialEditUltraRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "nano-banana-pro/text-to-image-official-stable",
            "rhart-image-n-pro-official/text-to-image",
        ],
        params: p.RhartImageNProOfficialTextToImageRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "nano-banana-pro/text-to-image-official-stable",
            "rhart-image-n-pro-official/text-to-image",
        ],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartImageNProOfficialTextToImageRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "nano-banana-pro/text-to-image-ultra-official-stable",
            "rhart-image-n-pro-official/text-to-image-ultra",
        ],
        params: p.RhartImageNProOfficialTextToImageUltraRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "nano-banana-pro/text-to-image-ultra-official-stable",
            "rhart-image-n-pro-official/text-to-image-ultra",
        ],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartImageNProOfficialTextToImageUltraRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "nano-banana-pro/text-to-image-channel-low-price",
            "rhart-image-n-pro/text-to-image",
        ],
        params: p.RhartImageNProTextToImageRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "nano-banana-pro/text-to-image-channel-low-price",
            "rhart-image-n-pro/text-to-image",
        ],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartImageNProTextToImageRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "qwen-image/edit-2511-lora", "rhart-image/qwen-image/edit-2511-lora"
        ],
        params: p.RhartImageQwenImageEdit2511LoraRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "qwen-image/edit-2511-lora", "rhart-image/qwen-image/edit-2511-lora"
        ],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartImageQwenImageEdit2511LoraRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["qwen-image/edit-2511", "rhart-image/qwen-image/edit-2511"],
        params: p.RhartImageQwenImageEdit2511Request,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["qwen-image/edit-2511", "rhart-image/qwen-image/edit-2511"],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartImageQwenImageEdit2511Request],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "qwen-image/text-to-image-2512-lora",
            "rhart-image/qwen-image/text-to-image-2512-lora",
        ],
        params: p.RhartImageQwenImageTextToImage2512LoraRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "qwen-image/text-to-image-2512-lora",
            "rhart-image/qwen-image/text-to-image-2512-lora",
        ],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartImageQwenImageTextToImage2512LoraRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "qwen-image/text-to-image-2512", "rhart-image/qwen-image/text-to-image-2512"
        ],
        params: p.RhartImageQwenImageTextToImage2512Request,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "qwen-image/text-to-image-2512", "rhart-image/qwen-image/text-to-image-2512"
        ],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartImageQwenImageTextToImage2512Request],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["nano-banana/edit-channel-low-price", "rhart-image-v1/edit"],
        params: p.RhartImageV1EditRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["nano-banana/edit-channel-low-price", "rhart-image-v1/edit"],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartImageV1EditRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "nano-banana/edit-official-stable", "rhart-image-v1-official/edit"
        ],
        params: p.RhartImageV1OfficialEditRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "nano-banana/edit-official-stable", "rhart-image-v1-official/edit"
        ],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartImageV1OfficialEditRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "nano-banana/text-to-image-official-stable",
            "rhart-image-v1-official/text-to-image",
        ],
        params: p.RhartImageV1OfficialTextToImageRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "nano-banana/text-to-image-official-stable",
            "rhart-image-v1-official/text-to-image",
        ],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartImageV1OfficialTextToImageRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "nano-banana/text-to-image-channel-low-price",
            "rhart-image-v1/text-to-image",
        ],
        params: p.RhartImageV1TextToImageRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "nano-banana/text-to-image-channel-low-price",
            "rhart-image-v1/text-to-image",
        ],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartImageV1TextToImageRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "xai/grok-imagine-image/edit-official-stable", "rhart-image-x-official/edit"
        ],
        params: p.RhartImageXOfficialEditRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "xai/grok-imagine-image/edit-official-stable", "rhart-image-x-official/edit"
        ],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartImageXOfficialEditRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "xai/grok-imagine-image/text-to-image-official-stable",
            "rhart-image-x-official/text-to-image",
        ],
        params: p.RhartImageXOfficialTextToImageRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "xai/grok-imagine-image/text-to-image-official-stable",
            "rhart-image-x-official/text-to-image",
        ],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartImageXOfficialTextToImageRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "z-image-turbo/image-to-image-lora",
            "rhart-image/z-image-turbo/image-to-image-lora",
        ],
        params: p.RhartImageZImageTurboImageToImageLoraRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "z-image-turbo/image-to-image-lora",
            "rhart-image/z-image-turbo/image-to-image-lora",
        ],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartImageZImageTurboImageToImageLoraRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "z-image-turbo/image-to-image", "rhart-image/z-image-turbo/image-to-image"
        ],
        params: p.RhartImageZImageTurboImageToImageRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "z-image-turbo/image-to-image", "rhart-image/z-image-turbo/image-to-image"
        ],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartImageZImageTurboImageToImageRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["z-image/turbo-lora", "rhart-image/z-image/turbo-lora"],
        params: p.RhartImageZImageTurboLoraRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["z-image/turbo-lora", "rhart-image/z-image/turbo-lora"],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartImageZImageTurboLoraRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["z-image/turbo", "rhart-image/z-image/turbo"],
        params: p.RhartImageZImageTurboRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["z-image/turbo", "rhart-image/z-image/turbo"],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartImageZImageTurboRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "xai/rhart-imagine-image-quality/edit-official-stable",
            "rhart-imagine-image-quality/edit",
        ],
        params: p.RhartImagineImageQualityEditRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "xai/rhart-imagine-image-quality/edit-official-stable",
            "rhart-imagine-image-quality/edit",
        ],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartImagineImageQualityEditRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "xai/rhart-imagine-image-quality/text-to-image-official-stable",
            "rhart-imagine-image-quality/text-to-image",
        ],
        params: p.RhartImagineImageQualityTextToImageRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "xai/rhart-imagine-image-quality/text-to-image-official-stable",
            "rhart-imagine-image-quality/text-to-image",
        ],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartImagineImageQualityTextToImageRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["rhart-text-g-25-flash-cv/image-to-text"],
        params: p.RhartTextG25FlashCvImageToTextRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["rhart-text-g-25-flash-cv/image-to-text"],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartTextG25FlashCvImageToTextRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["rhart-text-g-25-flash/image-to-text"],
        params: p.RhartTextG25FlashImageToTextRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["rhart-text-g-25-flash/image-to-text"],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartTextG25FlashImageToTextRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["rhart-text-g-25-flash/text-to-text"],
        params: p.RhartTextG25FlashTextToTextRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["rhart-text-g-25-flash/text-to-text"],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartTextG25FlashTextToTextRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["rhart-text-g-25-flash/video-to-text"],
        params: p.RhartTextG25FlashVideoToTextRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["rhart-text-g-25-flash/video-to-text"],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartTextG25FlashVideoToTextRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["rhart-text-g-25-pro-cv/image-to-text"],
        params: p.RhartTextG25ProCvImageToTextRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["rhart-text-g-25-pro-cv/image-to-text"],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartTextG25ProCvImageToTextRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["rhart-text-g-25-pro/image-to-text"],
        params: p.RhartTextG25ProImageToTextRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["rhart-text-g-25-pro/image-to-text"],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartTextG25ProImageToTextRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["rhart-text-g-25-pro/text-to-text"],
        params: p.RhartTextG25ProTextToTextRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["rhart-text-g-25-pro/text-to-text"],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartTextG25ProTextToTextRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["rhart-text-g-25-pro/video-to-text"],
        params: p.RhartTextG25ProVideoToTextRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["rhart-text-g-25-pro/video-to-text"],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartTextG25ProVideoToTextRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["rhart-text-g-3-flash-preview-cv/image-to-text"],
        params: p.RhartTextG3FlashPreviewCvImageToTextRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["rhart-text-g-3-flash-preview-cv/image-to-text"],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartTextG3FlashPreviewCvImageToTextRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["rhart-text-g-3-flash-preview/image-to-text"],
        params: p.RhartTextG3FlashPreviewImageToTextRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["rhart-text-g-3-flash-preview/image-to-text"],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartTextG3FlashPreviewImageToTextRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["rhart-text-g-3-flash-preview/text-to-text"],
        params: p.RhartTextG3FlashPreviewTextToTextRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["rhart-text-g-3-flash-preview/text-to-text"],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartTextG3FlashPreviewTextToTextRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["rhart-text-g-3-flash-preview/video-to-text"],
        params: p.RhartTextG3FlashPreviewVideoToTextRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["rhart-text-g-3-flash-preview/video-to-text"],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartTextG3FlashPreviewVideoToTextRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["rhart-text-g-3-pro-preview-cv/image-to-text"],
        params: p.RhartTextG3ProPreviewCvImageToTextRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["rhart-text-g-3-pro-preview-cv/image-to-text"],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartTextG3ProPreviewCvImageToTextRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["rhart-text-g-3-pro-preview/image-to-text"],
        params: p.RhartTextG3ProPreviewImageToTextRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["rhart-text-g-3-pro-preview/image-to-text"],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartTextG3ProPreviewImageToTextRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["rhart-text-g-3-pro-preview/text-to-text"],
        params: p.RhartTextG3ProPreviewTextToTextRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["rhart-text-g-3-pro-preview/text-to-text"],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartTextG3ProPreviewTextToTextRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["rhart-text-g-3-pro-preview/video-to-text"],
        params: p.RhartTextG3ProPreviewVideoToTextRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["rhart-text-g-3-pro-preview/video-to-text"],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartTextG3ProPreviewVideoToTextRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["rhart-text-qwen-27b/chat"],
        params: p.RhartTextQwen27bChatRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["rhart-text-qwen-27b/chat"],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartTextQwen27bChatRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["f-kontext-dev-lora", "rhart-video/f-kontext/dev-lora"],
        params: p.RhartVideoFKontextDevLoraRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["f-kontext-dev-lora", "rhart-video/f-kontext/dev-lora"],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartVideoFKontextDevLoraRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "xai/grok-imagine/image-to-video-channel-low-price",
            "xai/grok-imagine/image-to-video-channel-low-price-v1.5",
            "rhart-video-g/image-to-video",
        ],
        params: p.RhartVideoGImageToVideoRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "xai/grok-imagine/image-to-video-channel-low-price",
            "xai/grok-imagine/image-to-video-channel-low-price-v1.5",
            "rhart-video-g/image-to-video",
        ],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartVideoGImageToVideoRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "xai/grok-imagine/edit-video-official-stable",
            "rhart-video-g-official/edit-video",
        ],
        params: p.RhartVideoGOfficialEditVideoRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "xai/grok-imagine/edit-video-official-stable",
            "rhart-video-g-official/edit-video",
        ],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartVideoGOfficialEditVideoRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "xai/grok-imagine/image-to-video-official-stable",
            "rhart-video-g-official/image-to-video",
        ],
        params: p.RhartVideoGOfficialImageToVideoRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "xai/grok-imagine/image-to-video-official-stable",
            "rhart-video-g-official/image-to-video",
        ],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartVideoGOfficialImageToVideoRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "xai/grok-imagine-video-v1.5/image-to-video-official-stable",
            "rhart-video-g-official/image-to-video-v1.5",
        ],
        params: p.RhartVideoGOfficialImageToVideoV15Request,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "xai/grok-imagine-video-v1.5/image-to-video-official-stable",
            "rhart-video-g-official/image-to-video-v1.5",
        ],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartVideoGOfficialImageToVideoV15Request],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "xai/grok-imagine-video/reference-to-video-official-stable",
            "rhart-video-g-official/reference-to-video",
        ],
        params: p.RhartVideoGOfficialReferenceToVideoRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "xai/grok-imagine-video/reference-to-video-official-stable",
            "rhart-video-g-official/reference-to-video",
        ],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartVideoGOfficialReferenceToVideoRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "xai/grok-imagine/text-to-video-official-stable",
            "rhart-video-g-official/text-to-video",
        ],
        params: p.RhartVideoGOfficialTextToVideoRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "xai/grok-imagine/text-to-video-official-stable",
            "rhart-video-g-official/text-to-video",
        ],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartVideoGOfficialTextToVideoRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "xai/grok-imagine-video/video-extend-official-stable",
            "rhart-video-g-official/video-extend",
        ],
        params: p.RhartVideoGOfficialVideoExtendRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "xai/grok-imagine-video/video-extend-official-stable",
            "rhart-video-g-official/video-extend",
        ],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartVideoGOfficialVideoExtendRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "xai/grok-imagine/text-to-video-channel-low-price",
            "xai/grok-imagine/text-to-video-channel-low-price-v1.5",
            "rhart-video-g/text-to-video",
        ],
        params: p.RhartVideoGTextToVideoRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "xai/grok-imagine/text-to-video-channel-low-price",
            "xai/grok-imagine/text-to-video-channel-low-price-v1.5",
            "rhart-video-g/text-to-video",
        ],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartVideoGTextToVideoRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "ltx-2.3/image-to-video-lora", "rhart-video/ltx-2.3/image-to-video-lora"
        ],
        params: p.RhartVideoLtx23ImageToVideoLoraRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "ltx-2.3/image-to-video-lora", "rhart-video/ltx-2.3/image-to-video-lora"
        ],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartVideoLtx23ImageToVideoLoraRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["ltx-2.3/image-to-video", "rhart-video/ltx-2.3/image-to-video"],
        params: p.RhartVideoLtx23ImageToVideoRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["ltx-2.3/image-to-video", "rhart-video/ltx-2.3/image-to-video"],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartVideoLtx23ImageToVideoRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "ltx-2.3/text-to-video-lora", "rhart-video/ltx-2.3/text-to-video-lora"
        ],
        params: p.RhartVideoLtx23TextToVideoLoraRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "ltx-2.3/text-to-video-lora", "rhart-video/ltx-2.3/text-to-video-lora"
        ],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartVideoLtx23TextToVideoLoraRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["ltx-2.3/text-to-video", "rhart-video/ltx-2.3/text-to-video"],
        params: p.RhartVideoLtx23TextToVideoRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["ltx-2.3/text-to-video", "rhart-video/ltx-2.3/text-to-video"],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartVideoLtx23TextToVideoRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "ltx-2-19b/text-to-video-lora", "rhart-video/ltx-2/text-to-video-lora"
        ],
        params: p.RhartVideoLtx2TextToVideoLoraRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "ltx-2-19b/text-to-video-lora", "rhart-video/ltx-2/text-to-video-lora"
        ],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartVideoLtx2TextToVideoLoraRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "runwayml/gen4-aleph/video-to-video-official-stable",
            "rhart-video-r/gen4-aleph-official/video-to-video",
        ],
        params: p.RhartVideoRGen4AlephOfficialVideoToVideoRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "runwayml/gen4-aleph/video-to-video-official-stable",
            "rhart-video-r/gen4-aleph-official/video-to-video",
        ],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartVideoRGen4AlephOfficialVideoToVideoRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "runwayml/gen4-turbo/image-to-video-channel-low-price",
            "rhart-video-r/gen4-turbo/image-to-video",
        ],
        params: p.RhartVideoRGen4TurboImageToVideoRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "runwayml/gen4-turbo/image-to-video-channel-low-price",
            "rhart-video-r/gen4-turbo/image-to-video",
        ],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartVideoRGen4TurboImageToVideoRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "runwayml/gen4-turbo/image-to-video-official-stable",
            "rhart-video-r/gen4-turbo-official/image-to-video",
        ],
        params: p.RhartVideoRGen4TurboOfficialImageToVideoRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "runwayml/gen4-turbo/image-to-video-official-stable",
            "rhart-video-r/gen4-turbo-official/image-to-video",
        ],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartVideoRGen4TurboOfficialImageToVideoRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "sora-2/image-to-video-asyn-channel-low-price",
            "rhart-video-s/image-to-video-asyn",
        ],
        params: p.RhartVideoSImageToVideoAsynRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "sora-2/image-to-video-asyn-channel-low-price",
            "rhart-video-s/image-to-video-asyn",
        ],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartVideoSImageToVideoAsynRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "sora-2/image-to-video-pro-channel-low-price",
            "rhart-video-s/image-to-video-pro-deprecated",
        ],
        params: p.RhartVideoSImageToVideoProDeprecatedRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "sora-2/image-to-video-pro-channel-low-price",
            "rhart-video-s/image-to-video-pro-deprecated",
        ],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartVideoSImageToVideoProDeprecatedRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "sora-2/image-to-video-channel-low-price", "rhart-video-s/image-to-video"
        ],
        params: p.RhartVideoSImageToVideoRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "sora-2/image-to-video-channel-low-price", "rhart-video-s/image-to-video"
        ],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartVideoSImageToVideoRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "sora-2/image-to-video-pro-official-stable",
            "rhart-video-s-official/image-to-video-pro",
        ],
        params: p.RhartVideoSOfficialImageToVideoProRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "sora-2/image-to-video-pro-official-stable",
            "rhart-video-s-official/image-to-video-pro",
        ],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartVideoSOfficialImageToVideoProRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "sora-2/image-to-video-realistic-official-stable",
            "rhart-video-s-official/image-to-video-realistic",
        ],
        params: p.RhartVideoSOfficialImageToVideoRealisticRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "sora-2/image-to-video-realistic-official-stable",
            "rhart-video-s-official/image-to-video-realistic",
        ],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartVideoSOfficialImageToVideoRealisticRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "sora-2/image-to-video-official-stable",
            "rhart-video-s-official/image-to-video",
        ],
        params: p.RhartVideoSOfficialImageToVideoRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "sora-2/image-to-video-official-stable",
            "rhart-video-s-official/image-to-video",
        ],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartVideoSOfficialImageToVideoRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "sora-upload-character-official",
            "rhart-video-s-official/sora-upload-character",
        ],
        params: p.RhartVideoSOfficialSoraUploadCharacterRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "sora-upload-character-official",
            "rhart-video-s-official/sora-upload-character",
        ],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartVideoSOfficialSoraUploadCharacterRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "sora-2/text-to-video-pro-official-stable",
            "rhart-video-s-official/text-to-video-pro",
        ],
        params: p.RhartVideoSOfficialTextToVideoProRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "sora-2/text-to-video-pro-official-stable",
            "rhart-video-s-official/text-to-video-pro",
        ],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartVideoSOfficialTextToVideoProRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "sora-2/text-to-video-official-stable",
            "rhart-video-s-official/text-to-video",
        ],
        params: p.RhartVideoSOfficialTextToVideoRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "sora-2/text-to-video-official-stable",
            "rhart-video-s-official/text-to-video",
        ],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartVideoSOfficialTextToVideoRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "sora-upload-character-channel-low-price",
            "rhart-video-s/sora-upload-character",
        ],
        params: p.RhartVideoSSoraUploadCharacterRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "sora-upload-character-channel-low-price",
            "rhart-video-s/sora-upload-character",
        ],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartVideoSSoraUploadCharacterRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "sora-2/text-to-video-pro-channel-low-price",
            "rhart-video-s/text-to-video-pro-deprecated",
        ],
        params: p.RhartVideoSTextToVideoProDeprecatedRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "sora-2/text-to-video-pro-channel-low-price",
            "rhart-video-s/text-to-video-pro-deprecated",
        ],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartVideoSTextToVideoProDeprecatedRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "sora-2/text-to-video-channel-low-price", "rhart-video-s/text-to-video"
        ],
        params: p.RhartVideoSTextToVideoRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "sora-2/text-to-video-channel-low-price", "rhart-video-s/text-to-video"
        ],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartVideoSTextToVideoRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "seedance-2.0-fast/image-to-video",
            "Seedance2.0 Fast Image to Video",
            "rhart-video/sparkvideo-2.0-fast/image-to-video",
        ],
        params: p.RhartVideoSparkvideo20FastImageToVideoRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "seedance-2.0-fast/image-to-video",
            "Seedance2.0 Fast Image to Video",
            "rhart-video/sparkvideo-2.0-fast/image-to-video",
        ],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartVideoSparkvideo20FastImageToVideoRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "seedance-2.0-fast/multimodal-video",
            "Seedance2.0 Fast Multimodal Video",
            "rhart-video/sparkvideo-2.0-fast/multimodal-video",
        ],
        params: p.RhartVideoSparkvideo20FastMultimodalVideoRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "seedance-2.0-fast/multimodal-video",
            "Seedance2.0 Fast Multimodal Video",
            "rhart-video/sparkvideo-2.0-fast/multimodal-video",
        ],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartVideoSparkvideo20FastMultimodalVideoRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "seedance-2.0-fast/text-to-video",
            "Seedance2.0 Fast Text to Video",
            "rhart-video/sparkvideo-2.0-fast/text-to-video",
        ],
        params: p.RhartVideoSparkvideo20FastTextToVideoRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "seedance-2.0-fast/text-to-video",
            "Seedance2.0 Fast Text to Video",
            "rhart-video/sparkvideo-2.0-fast/text-to-video",
        ],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartVideoSparkvideo20FastTextToVideoRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "seedance-2.0/image-to-video",
            "Seedance2.0 Image to Video",
            "rhart-video/sparkvideo-2.0/image-to-video",
        ],
        params: p.RhartVideoSparkvideo20ImageToVideoRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "seedance-2.0/image-to-video",
            "Seedance2.0 Image to Video",
            "rhart-video/sparkvideo-2.0/image-to-video",
        ],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartVideoSparkvideo20ImageToVideoRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "seedance-2.0-mini/image-to-video",
            "rhart-video/sparkvideo-2.0-mini/image-to-video",
        ],
        params: p.RhartVideoSparkvideo20MiniImageToVideoRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "seedance-2.0-mini/image-to-video",
            "rhart-video/sparkvideo-2.0-mini/image-to-video",
        ],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartVideoSparkvideo20MiniImageToVideoRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "seedance-2.0-mini/multimodal-video",
            "rhart-video/sparkvideo-2.0-mini/multimodal-video",
        ],
        params: p.RhartVideoSparkvideo20MiniMultimodalVideoRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "seedance-2.0-mini/multimodal-video",
            "rhart-video/sparkvideo-2.0-mini/multimodal-video",
        ],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartVideoSparkvideo20MiniMultimodalVideoRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "seedance-2.0-mini/text-to-video",
            "rhart-video/sparkvideo-2.0-mini/text-to-video",
        ],
        params: p.RhartVideoSparkvideo20MiniTextToVideoRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "seedance-2.0-mini/text-to-video",
            "rhart-video/sparkvideo-2.0-mini/text-to-video",
        ],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartVideoSparkvideo20MiniTextToVideoRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "seedance-2.0/multimodal-video",
            "Seedance2.0 Multimodal Video",
            "rhart-video/sparkvideo-2.0/multimodal-video",
        ],
        params: p.RhartVideoSparkvideo20MultimodalVideoRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "seedance-2.0/multimodal-video",
            "Seedance2.0 Multimodal Video",
            "rhart-video/sparkvideo-2.0/multimodal-video",
        ],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartVideoSparkvideo20MultimodalVideoRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "rhart-video/sparkvideo-2.0/multimodal-video-star-fast",
            "Stephen Chow IP Video Gen-Fast (Seedance 2.0 Fast)",
        ],
        params: p.RhartVideoSparkvideo20MultimodalVideoStarFastRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "rhart-video/sparkvideo-2.0/multimodal-video-star-fast",
            "Stephen Chow IP Video Gen-Fast (Seedance 2.0 Fast)",
        ],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartVideoSparkvideo20MultimodalVideoStarFastRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "rhart-video/sparkvideo-2.0/multimodal-video-star",
            "Stephen Chow IP Video Gen(Seedance 2.0)",
        ],
        params: p.RhartVideoSparkvideo20MultimodalVideoStarRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "rhart-video/sparkvideo-2.0/multimodal-video-star",
            "Stephen Chow IP Video Gen(Seedance 2.0)",
        ],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartVideoSparkvideo20MultimodalVideoStarRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "seedance-2.0/text-to-video",
            "Seedance2.0 Text to Video",
            "rhart-video/sparkvideo-2.0/text-to-video",
        ],
        params: p.RhartVideoSparkvideo20TextToVideoRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "seedance-2.0/text-to-video",
            "Seedance2.0 Text to Video",
            "rhart-video/sparkvideo-2.0/text-to-video",
        ],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartVideoSparkvideo20TextToVideoRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "google/veo3.1-fast/image-to-video-channel-low-price",
            "rhart-video-v3.1-fast/image-to-video",
        ],
        params: p.RhartVideoV31FastImageToVideoRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "google/veo3.1-fast/image-to-video-channel-low-price",
            "rhart-video-v3.1-fast/image-to-video",
        ],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartVideoV31FastImageToVideoRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "google/veo3.1-fast/image-to-video-official-stable",
            "rhart-video-v3.1-fast-official/image-to-video",
        ],
        params: p.RhartVideoV31FastOfficialImageToVideoRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "google/veo3.1-fast/image-to-video-official-stable",
            "rhart-video-v3.1-fast-official/image-to-video",
        ],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartVideoV31FastOfficialImageToVideoRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "google/veo3.1-fast/reference-to-video-official-stable",
            "rhart-video-v3.1-fast-official/reference-to-video",
        ],
        params: p.RhartVideoV31FastOfficialReferenceToVideoRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "google/veo3.1-fast/reference-to-video-official-stable",
            "rhart-video-v3.1-fast-official/reference-to-video",
        ],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartVideoV31FastOfficialReferenceToVideoRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "google/veo3.1-fast/text-to-video-official-stable",
            "rhart-video-v3.1-fast-official/text-to-video",
        ],
        params: p.RhartVideoV31FastOfficialTextToVideoRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "google/veo3.1-fast/text-to-video-official-stable",
            "rhart-video-v3.1-fast-official/text-to-video",
        ],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartVideoV31FastOfficialTextToVideoRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "google/veo3.1-fast/video-extend-official-stable",
            "rhart-video-v3.1-fast-official/video-extend",
        ],
        params: p.RhartVideoV31FastOfficialVideoExtendRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "google/veo3.1-fast/video-extend-official-stable",
            "rhart-video-v3.1-fast-official/video-extend",
        ],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartVideoV31FastOfficialVideoExtendRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "google/veo3.1-fast/start-end-to-video-channel-low-price",
            "rhart-video-v3.1-fast/start-end-to-video",
        ],
        params: p.RhartVideoV31FastStartEndToVideoRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "google/veo3.1-fast/start-end-to-video-channel-low-price",
            "rhart-video-v3.1-fast/start-end-to-video",
        ],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartVideoV31FastStartEndToVideoRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "google/veo3.1-fast/text-to-video-channel-low-price",
            "rhart-video-v3.1-fast/text-to-video",
        ],
        params: p.RhartVideoV31FastTextToVideoRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "google/veo3.1-fast/text-to-video-channel-low-price",
            "rhart-video-v3.1-fast/text-to-video",
        ],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartVideoV31FastTextToVideoRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "google/veo3.1-lite/image-to-video-channel-low-price",
            "rhart-video-v3.1-lite/image-to-video",
        ],
        params: p.RhartVideoV31LiteImageToVideoRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "google/veo3.1-lite/image-to-video-channel-low-price",
            "rhart-video-v3.1-lite/image-to-video",
        ],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartVideoV31LiteImageToVideoRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "google/veo3.1-lite/image-to-video-official-stable",
            "rhart-video-v3.1-lite-official/image-to-video",
        ],
        params: p.RhartVideoV31LiteOfficialImageToVideoRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "google/veo3.1-lite/image-to-video-official-stable",
            "rhart-video-v3.1-lite-official/image-to-video",
        ],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartVideoV31LiteOfficialImageToVideoRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "google/veo3.1-lite/start-end-to-video-official-stable",
            "rhart-video-v3.1-lite-official/start-end-to-video",
        ],
        params: p.RhartVideoV31LiteOfficialStartEndToVideoRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "google/veo3.1-lite/start-end-to-video-official-stable",
            "rhart-video-v3.1-lite-official/start-end-to-video",
        ],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartVideoV31LiteOfficialStartEndToVideoRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "google/veo3.1-lite/text-to-video-official-stable",
            "rhart-video-v3.1-lite-official/text-to-video",
        ],
        params: p.RhartVideoV31LiteOfficialTextToVideoRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "google/veo3.1-lite/text-to-video-official-stable",
            "rhart-video-v3.1-lite-official/text-to-video",
        ],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartVideoV31LiteOfficialTextToVideoRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "google/veo3.1-lite/text-to-video-channel-low-price",
            "rhart-video-v3.1-lite/text-to-video",
        ],
        params: p.RhartVideoV31LiteTextToVideoRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "google/veo3.1-lite/text-to-video-channel-low-price",
            "rhart-video-v3.1-lite/text-to-video",
        ],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartVideoV31LiteTextToVideoRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "google/veo3.1-pro/image-to-video-channel-low-price",
            "rhart-video-v3.1-pro/image-to-video",
        ],
        params: p.RhartVideoV31ProImageToVideoRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "google/veo3.1-pro/image-to-video-channel-low-price",
            "rhart-video-v3.1-pro/image-to-video",
        ],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartVideoV31ProImageToVideoRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "google/veo3.1-pro/image-to-video-official-stable",
            "rhart-video-v3.1-pro-official/image-to-video",
        ],
        params: p.RhartVideoV31ProOfficialImageToVideoRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "google/veo3.1-pro/image-to-video-official-stable",
            "rhart-video-v3.1-pro-official/image-to-video",
        ],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartVideoV31ProOfficialImageToVideoRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "google/veo3.1-pro/reference-to-video-official-stable",
            "rhart-video-v3.1-pro-official/reference-to-video",
        ],
        params: p.RhartVideoV31ProOfficialReferenceToVideoRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "google/veo3.1-pro/reference-to-video-official-stable",
            "rhart-video-v3.1-pro-official/reference-to-video",
        ],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartVideoV31ProOfficialReferenceToVideoRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "google/veo3.1-pro/text-to-video-official-stable",
            "rhart-video-v3.1-pro-official/text-to-video",
        ],
        params: p.RhartVideoV31ProOfficialTextToVideoRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "google/veo3.1-pro/text-to-video-official-stable",
            "rhart-video-v3.1-pro-official/text-to-video",
        ],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartVideoV31ProOfficialTextToVideoRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "google/veo3.1-pro/video-extend-official-stable",
            "rhart-video-v3.1-pro-official/video-extend",
        ],
        params: p.RhartVideoV31ProOfficialVideoExtendRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "google/veo3.1-pro/video-extend-official-stable",
            "rhart-video-v3.1-pro-official/video-extend",
        ],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartVideoV31ProOfficialVideoExtendRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "google/veo3.1-pro/start-end-to-video-channel-low-price",
            "rhart-video-v3.1-pro/start-end-to-video",
        ],
        params: p.RhartVideoV31ProStartEndToVideoRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "google/veo3.1-pro/start-end-to-video-channel-low-price",
            "rhart-video-v3.1-pro/start-end-to-video",
        ],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartVideoV31ProStartEndToVideoRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "google/veo3.1-pro/text-to-video-channel-low-price",
            "rhart-video-v3.1-pro/text-to-video",
        ],
        params: p.RhartVideoV31ProTextToVideoRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "google/veo3.1-pro/text-to-video-channel-low-price",
            "rhart-video-v3.1-pro/text-to-video",
        ],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartVideoV31ProTextToVideoRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["rh-video-fps-increaser", "rhart-video/video-fps-increaser"],
        params: p.RhartVideoVideoFpsIncreaserRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["rh-video-fps-increaser", "rhart-video/video-fps-increaser"],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartVideoVideoFpsIncreaserRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["rh-video-upscaler", "rhart-video/video-upscaler"],
        params: p.RhartVideoVideoUpscalerRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["rh-video-upscaler", "rhart-video/video-upscaler"],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartVideoVideoUpscalerRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["wan-2.2/image-to-image", "rhart-video/wan-2.2/image-to-image"],
        params: p.RhartVideoWan22ImageToImageRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["wan-2.2/image-to-image", "rhart-video/wan-2.2/image-to-image"],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartVideoWan22ImageToImageRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["wan-2.2/image-to-video", "rhart-video/wan-2.2/image-to-video"],
        params: p.RhartVideoWan22ImageToVideoRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["wan-2.2/image-to-video", "rhart-video/wan-2.2/image-to-video"],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartVideoWan22ImageToVideoRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "wan-2.2-video/start-to-end", "rhart-video/wan-2.2/start-to-end"
        ],
        params: p.RhartVideoWan22StartToEndRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "wan-2.2-video/start-to-end", "rhart-video/wan-2.2/start-to-end"
        ],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartVideoWan22StartToEndRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "wan-2.2/text-to-image-lora", "rhart-video/wan-2.2/text-to-image-lora"
        ],
        params: p.RhartVideoWan22TextToImageLoraRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "wan-2.2/text-to-image-lora", "rhart-video/wan-2.2/text-to-image-lora"
        ],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartVideoWan22TextToImageLoraRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["wan-2.2/text-to-video", "rhart-video/wan-2.2/text-to-video"],
        params: p.RhartVideoWan22TextToVideoRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["wan-2.2/text-to-video", "rhart-video/wan-2.2/text-to-video"],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartVideoWan22TextToVideoRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "seedance-v1.5-pro-image-to-video-fast",
            "seedance-v1.5-pro/image-to-video-fast",
        ],
        params: p.SeedanceV15ProImageToVideoFastRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "seedance-v1.5-pro-image-to-video-fast",
            "seedance-v1.5-pro/image-to-video-fast",
        ],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.SeedanceV15ProImageToVideoFastRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "seedance-v1.5-pro-image-to-video", "seedance-v1.5-pro/image-to-video"
        ],
        params: p.SeedanceV15ProImageToVideoRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "seedance-v1.5-pro-image-to-video", "seedance-v1.5-pro/image-to-video"
        ],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.SeedanceV15ProImageToVideoRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "seedance-v1.5-pro-text-to-video-fast",
            "seedance-v1.5-pro/text-to-video-fast",
        ],
        params: p.SeedanceV15ProTextToVideoFastRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "seedance-v1.5-pro-text-to-video-fast",
            "seedance-v1.5-pro/text-to-video-fast",
        ],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.SeedanceV15ProTextToVideoFastRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "seedance-v1.5-pro-text-to-video", "seedance-v1.5-pro/text-to-video"
        ],
        params: p.SeedanceV15ProTextToVideoRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "seedance-v1.5-pro-text-to-video", "seedance-v1.5-pro/text-to-video"
        ],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.SeedanceV15ProTextToVideoRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "seedance-v1-lite-reference-to-video", "seedance-v1-lite/reference-to-video"
        ],
        params: p.SeedanceV1LiteReferenceToVideoRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "seedance-v1-lite-reference-to-video", "seedance-v1-lite/reference-to-video"
        ],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.SeedanceV1LiteReferenceToVideoRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["seedream-v4.5/image-to-image"],
        params: p.SeedreamV45ImageToImageRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["seedream-v4.5/image-to-image"],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.SeedreamV45ImageToImageRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["seedream-v4.5/text-to-image"],
        params: p.SeedreamV45TextToImageRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["seedream-v4.5/text-to-image"],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.SeedreamV45TextToImageRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["seedream-v4/image-to-image"],
        params: p.SeedreamV4ImageToImageRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["seedream-v4/image-to-image"],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.SeedreamV4ImageToImageRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["seedream-v4/text-to-image"],
        params: p.SeedreamV4TextToImageRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["seedream-v4/text-to-image"],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.SeedreamV4TextToImageRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["seedream-v5-lite/image-to-image"],
        params: p.SeedreamV5LiteImageToImageRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["seedream-v5-lite/image-to-image"],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.SeedreamV5LiteImageToImageRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["seedream-v5-lite/text-to-image"],
        params: p.SeedreamV5LiteTextToImageRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["seedream-v5-lite/text-to-image"],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.SeedreamV5LiteTextToImageRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["seedream-v5-pro/image-to-image"],
        params: p.SeedreamV5ProImageToImageRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["seedream-v5-pro/image-to-image"],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.SeedreamV5ProImageToImageRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["seedream-v5-pro/text-to-image"],
        params: p.SeedreamV5ProTextToImageRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["seedream-v5-pro/text-to-image"],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.SeedreamV5ProTextToImageRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["skyreels-v3/reference-to-video"],
        params: p.SkyreelsV3ReferenceToVideoRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["skyreels-v3/reference-to-video"],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.SkyreelsV3ReferenceToVideoRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["skyreels-v3/shot-switching-video-extension"],
        params: p.SkyreelsV3ShotSwitchingVideoExtensionRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["skyreels-v3/shot-switching-video-extension"],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.SkyreelsV3ShotSwitchingVideoExtensionRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["skyreels-v3/single-shot-video-extension"],
        params: p.SkyreelsV3SingleShotVideoExtensionRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["skyreels-v3/single-shot-video-extension"],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.SkyreelsV3SingleShotVideoExtensionRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["skyreels-v3/video-restyling"],
        params: p.SkyreelsV3VideoRestylingRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["skyreels-v3/video-restyling"],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.SkyreelsV3VideoRestylingRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["skyreels-v4/image-to-video-fast"],
        params: p.SkyreelsV4ImageToVideoFastRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["skyreels-v4/image-to-video-fast"],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.SkyreelsV4ImageToVideoFastRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["skyreels-v4/image-to-video"],
        params: p.SkyreelsV4ImageToVideoRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["skyreels-v4/image-to-video"],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.SkyreelsV4ImageToVideoRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["skyreels-v4/image-to-video-std"],
        params: p.SkyreelsV4ImageToVideoStdRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["skyreels-v4/image-to-video-std"],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.SkyreelsV4ImageToVideoStdRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["skyreels-v4/omni-reference-fast"],
        params: p.SkyreelsV4OmniReferenceFastRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["skyreels-v4/omni-reference-fast"],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.SkyreelsV4OmniReferenceFastRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["skyreels-v4/omni-reference"],
        params: p.SkyreelsV4OmniReferenceRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["skyreels-v4/omni-reference"],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.SkyreelsV4OmniReferenceRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["skyreels-v4/omni-reference-std"],
        params: p.SkyreelsV4OmniReferenceStdRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["skyreels-v4/omni-reference-std"],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.SkyreelsV4OmniReferenceStdRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["skyreels-v4/text-to-video-fast"],
        params: p.SkyreelsV4TextToVideoFastRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["skyreels-v4/text-to-video-fast"],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.SkyreelsV4TextToVideoFastRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["skyreels-v4/text-to-video"],
        params: p.SkyreelsV4TextToVideoRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["skyreels-v4/text-to-video"],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.SkyreelsV4TextToVideoRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["skyreels-v4/text-to-video-std"],
        params: p.SkyreelsV4TextToVideoStdRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["skyreels-v4/text-to-video-std"],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.SkyreelsV4TextToVideoStdRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "topazlabs-image-gigapixel-art-and-cgi",
            "topazlabs/image-gigapixel-art-and-cgi",
        ],
        params: p.TopazlabsImageGigapixelArtAndCgiRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "topazlabs-image-gigapixel-art-and-cgi",
            "topazlabs/image-gigapixel-art-and-cgi",
        ],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.TopazlabsImageGigapixelArtAndCgiRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "topazlabs-image-gigapixel-high-fidelity-2",
            "topazlabs/image-gigapixel-high-fidelity-2",
        ],
        params: p.TopazlabsImageGigapixelHighFidelity2Request,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "topazlabs-image-gigapixel-high-fidelity-2",
            "topazlabs/image-gigapixel-high-fidelity-2",
        ],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.TopazlabsImageGigapixelHighFidelity2Request],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "topazlabs-image-gigapixel-low-resolution-2",
            "topazlabs/image-gigapixel-low-resolution-2",
        ],
        params: p.TopazlabsImageGigapixelLowResolution2Request,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "topazlabs-image-gigapixel-low-resolution-2",
            "topazlabs/image-gigapixel-low-resolution-2",
        ],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.TopazlabsImageGigapixelLowResolution2Request],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "topazlabs-image-gigapixel-standard-2",
            "topazlabs/image-gigapixel-standard-2",
        ],
        params: p.TopazlabsImageGigapixelStandard2Request,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "topazlabs-image-gigapixel-standard-2",
            "topazlabs/image-gigapixel-standard-2",
        ],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.TopazlabsImageGigapixelStandard2Request],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "topazlabs-image-gigapixel-text-and-shapes",
            "topazlabs/image-gigapixel-text-and-shapes",
        ],
        params: p.TopazlabsImageGigapixelTextAndShapesRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "topazlabs-image-gigapixel-text-and-shapes",
            "topazlabs/image-gigapixel-text-and-shapes",
        ],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.TopazlabsImageGigapixelTextAndShapesRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["topazlabs-image-upscale-cgi", "topazlabs/image-upscale-cgi"],
        params: p.TopazlabsImageUpscaleCgiRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["topazlabs-image-upscale-cgi", "topazlabs/image-upscale-cgi"],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.TopazlabsImageUpscaleCgiRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "topazlabs-image-upscale-detail-faces",
            "topazlabs/image-upscale-detail-faces",
        ],
        params: p.TopazlabsImageUpscaleDetailFacesRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "topazlabs-image-upscale-detail-faces",
            "topazlabs/image-upscale-detail-faces",
        ],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.TopazlabsImageUpscaleDetailFacesRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "topazlabs-image-upscale-high fidelity v2",
            "topazlabs/image-upscale-high-fidelity-v2",
        ],
        params: p.TopazlabsImageUpscaleHighFidelityV2Request,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "topazlabs-image-upscale-high fidelity v2",
            "topazlabs/image-upscale-high-fidelity-v2",
        ],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.TopazlabsImageUpscaleHighFidelityV2Request],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "topazlabs-image-upscale-high-fidelity-v3",
            "topazlabs/image-upscale-high-fidelity-v3",
        ],
        params: p.TopazlabsImageUpscaleHighFidelityV3Request,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "topazlabs-image-upscale-high-fidelity-v3",
            "topazlabs/image-upscale-high-fidelity-v3",
        ],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.TopazlabsImageUpscaleHighFidelityV3Request],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "topazlabs-image-upscale low resolution v2",
            "topazlabs/image-upscale/low-resolution-v2",
        ],
        params: p.TopazlabsImageUpscaleLowResolutionV2Request,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "topazlabs-image-upscale low resolution v2",
            "topazlabs/image-upscale/low-resolution-v2",
        ],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.TopazlabsImageUpscaleLowResolutionV2Request],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "topazlabs-image-upscale-standard-v2", "topazlabs/image-upscale-standard-v2"
        ],
        params: p.TopazlabsImageUpscaleStandardV2Request,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "topazlabs-image-upscale-standard-v2", "topazlabs/image-upscale-standard-v2"
        ],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.TopazlabsImageUpscaleStandardV2Request],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "topazlabs-image-upscale-text refine", "topazlabs/image-upscale-text-refine"
        ],
        params: p.TopazlabsImageUpscaleTextRefineRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "topazlabs-image-upscale-text refine", "topazlabs/image-upscale-text-refine"
        ],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.TopazlabsImageUpscaleTextRefineRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "topazlabs-image-upscale-transparent", "topazlabs/image-upscale-transparent"
        ],
        params: p.TopazlabsImageUpscaleTransparentRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "topazlabs-image-upscale-transparent", "topazlabs/image-upscale-transparent"
        ],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.TopazlabsImageUpscaleTransparentRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["topazlabs-video-astra", "topazlabs/video-astra"],
        params: p.TopazlabsVideoAstraRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["topazlabs-video-astra", "topazlabs/video-astra"],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.TopazlabsVideoAstraRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["topazlabs-video-denoise", "topazlabs/video-denoise"],
        params: p.TopazlabsVideoDenoiseRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["topazlabs-video-denoise", "topazlabs/video-denoise"],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.TopazlabsVideoDenoiseRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "topazlabs-video-frame-interpolation", "topazlabs/video-frame-interpolation"
        ],
        params: p.TopazlabsVideoFrameInterpolationRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "topazlabs-video-frame-interpolation", "topazlabs/video-frame-interpolation"
        ],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.TopazlabsVideoFrameInterpolationRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["topazlabs-video-proteus", "topazlabs/video-proteus"],
        params: p.TopazlabsVideoProteusRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["topazlabs-video-proteus", "topazlabs/video-proteus"],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.TopazlabsVideoProteusRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["topazlabs-video-starlight", "topazlabs/video-starlight"],
        params: p.TopazlabsVideoStarlightRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["topazlabs-video-starlight", "topazlabs/video-starlight"],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.TopazlabsVideoStarlightRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["topazlabs-video-upscale", "topazlabs/video-upscale"],
        params: p.TopazlabsVideoUpscaleRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["topazlabs-video-upscale", "topazlabs/video-upscale"],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.TopazlabsVideoUpscaleRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "Vidu-image-to-video-q2-pro-fast", "vidu/image-to-video-q2-pro-fast"
        ],
        params: p.ViduImageToVideoQ2ProFastRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "Vidu-image-to-video-q2-pro-fast", "vidu/image-to-video-q2-pro-fast"
        ],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.ViduImageToVideoQ2ProFastRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["Vidu-image-to-video-q2-pro", "vidu/image-to-video-q2-pro"],
        params: p.ViduImageToVideoQ2ProRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["Vidu-image-to-video-q2-pro", "vidu/image-to-video-q2-pro"],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.ViduImageToVideoQ2ProRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["Vidu-image-to-video-q2-turbo", "vidu/image-to-video-q2-turbo"],
        params: p.ViduImageToVideoQ2TurboRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["Vidu-image-to-video-q2-turbo", "vidu/image-to-video-q2-turbo"],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.ViduImageToVideoQ2TurboRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "Vidu-image-to-video-q3-pro-fast", "vidu/image-to-video-q3-pro-fast"
        ],
        params: p.ViduImageToVideoQ3ProFastRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "Vidu-image-to-video-q3-pro-fast", "vidu/image-to-video-q3-pro-fast"
        ],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.ViduImageToVideoQ3ProFastRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["Vidu-image-to-video-q3-pro", "vidu/image-to-video-q3-pro"],
        params: p.ViduImageToVideoQ3ProRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["Vidu-image-to-video-q3-pro", "vidu/image-to-video-q3-pro"],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.ViduImageToVideoQ3ProRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["Vidu-image-to-video-q3-turbo", "vidu/image-to-video-q3-turbo"],
        params: p.ViduImageToVideoQ3TurboRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["Vidu-image-to-video-q3-turbo", "vidu/image-to-video-q3-turbo"],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.ViduImageToVideoQ3TurboRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "Vidu-reference-to-video-q2-pro", "vidu/reference-to-video-q2-pro"
        ],
        params: p.ViduReferenceToVideoQ2ProRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "Vidu-reference-to-video-q2-pro", "vidu/reference-to-video-q2-pro"
        ],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.ViduReferenceToVideoQ2ProRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["Vidu-reference-to-video-q2", "vidu/reference-to-video-q2"],
        params: p.ViduReferenceToVideoQ2Request,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["Vidu-reference-to-video-q2", "vidu/reference-to-video-q2"],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.ViduReferenceToVideoQ2Request],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "Vidu-reference-to-video-q3-ad", "vidu/reference-to-video-q3-ad"
        ],
        params: p.ViduReferenceToVideoQ3AdRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "Vidu-reference-to-video-q3-ad", "vidu/reference-to-video-q3-ad"
        ],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.ViduReferenceToVideoQ3AdRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "Vidu-reference-to-video-q3-drama", "vidu/reference-to-video-q3-drama"
        ],
        params: p.ViduReferenceToVideoQ3DramaRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "Vidu-reference-to-video-q3-drama", "vidu/reference-to-video-q3-drama"
        ],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.ViduReferenceToVideoQ3DramaRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "Vidu-reference-to-video-q3-mix", "vidu/reference-to-video-q3-mix"
        ],
        params: p.ViduReferenceToVideoQ3MixRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "Vidu-reference-to-video-q3-mix", "vidu/reference-to-video-q3-mix"
        ],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.ViduReferenceToVideoQ3MixRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["Vidu-reference-to-video-q3", "vidu/reference-to-video-q3"],
        params: p.ViduReferenceToVideoQ3Request,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["Vidu-reference-to-video-q3", "vidu/reference-to-video-q3"],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.ViduReferenceToVideoQ3Request],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["vidu/short-play-q3-ad"],
        params: p.ViduShortPlayQ3AdRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["vidu/short-play-q3-ad"],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.ViduShortPlayQ3AdRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["vidu/short-play-q3-drama"],
        params: p.ViduShortPlayQ3DramaRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["vidu/short-play-q3-drama"],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.ViduShortPlayQ3DramaRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "Vidu-start-end-to-video-q2-pro-fast", "vidu/start-end-to-video-q2-pro-fast"
        ],
        params: p.ViduStartEndToVideoQ2ProFastRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "Vidu-start-end-to-video-q2-pro-fast", "vidu/start-end-to-video-q2-pro-fast"
        ],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.ViduStartEndToVideoQ2ProFastRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "Vidu-start-end-to-video-q2-pro", "vidu/start-end-to-video-q2-pro"
        ],
        params: p.ViduStartEndToVideoQ2ProRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "Vidu-start-end-to-video-q2-pro", "vidu/start-end-to-video-q2-pro"
        ],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.ViduStartEndToVideoQ2ProRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "Vidu-start-end-to-video-q2-turbo", "vidu/start-end-to-video-q2-turbo"
        ],
        params: p.ViduStartEndToVideoQ2TurboRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "Vidu-start-end-to-video-q2-turbo", "vidu/start-end-to-video-q2-turbo"
        ],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.ViduStartEndToVideoQ2TurboRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "Vidu-start-end-to-video-q3-pro-fast", "vidu/start-end-to-video-q3-pro-fast"
        ],
        params: p.ViduStartEndToVideoQ3ProFastRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "Vidu-start-end-to-video-q3-pro-fast", "vidu/start-end-to-video-q3-pro-fast"
        ],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.ViduStartEndToVideoQ3ProFastRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "Vidu-start-end-to-video-q3-pro", "vidu/start-end-to-video-q3-pro"
        ],
        params: p.ViduStartEndToVideoQ3ProRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "Vidu-start-end-to-video-q3-pro", "vidu/start-end-to-video-q3-pro"
        ],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.ViduStartEndToVideoQ3ProRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "Vidu-start-end-to-video-q3-turbo", "vidu/start-end-to-video-q3-turbo"
        ],
        params: p.ViduStartEndToVideoQ3TurboRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "Vidu-start-end-to-video-q3-turbo", "vidu/start-end-to-video-q3-turbo"
        ],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.ViduStartEndToVideoQ3TurboRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "Vidu-text-to-video-q3-pro-fast", "vidu/text-to-video-q3-pro-fast"
        ],
        params: p.ViduTextToVideoQ3ProFastRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "Vidu-text-to-video-q3-pro-fast", "vidu/text-to-video-q3-pro-fast"
        ],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.ViduTextToVideoQ3ProFastRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["Vidu-text-to-video-q3-pro", "vidu/text-to-video-q3-pro"],
        params: p.ViduTextToVideoQ3ProRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["Vidu-text-to-video-q3-pro", "vidu/text-to-video-q3-pro"],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.ViduTextToVideoQ3ProRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["Vidu-text-to-video-q3-turbo", "vidu/text-to-video-q3-turbo"],
        params: p.ViduTextToVideoQ3TurboRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["Vidu-text-to-video-q3-turbo", "vidu/text-to-video-q3-turbo"],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.ViduTextToVideoQ3TurboRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["Vidu-text-to-video-q2", "vidu/text-to-video"],
        params: p.ViduTextToVideoRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["Vidu-text-to-video-q2", "vidu/text-to-video"],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.ViduTextToVideoRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["volc-drama/serial-video-translate"],
        params: p.VolcDramaSerialVideoTranslateRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["volc-drama/serial-video-translate"],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.VolcDramaSerialVideoTranslateRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["volc-drama/video-translate"],
        params: p.VolcDramaVideoTranslateRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["volc-drama/video-translate"],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.VolcDramaVideoTranslateRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "volc-subtitle-erase-pro/video",
            "volc-subtitle-erase/video(Refined version)",
        ],
        params: p.VolcSubtitleEraseProVideoRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "volc-subtitle-erase-pro/video",
            "volc-subtitle-erase/video(Refined version)",
        ],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.VolcSubtitleEraseProVideoRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "volc-subtitle-erase/video", "volc-subtitle-erase/video(Standard Version)"
        ],
        params: p.VolcSubtitleEraseVideoRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "volc-subtitle-erase/video", "volc-subtitle-erase/video(Standard Version)"
        ],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.VolcSubtitleEraseVideoRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["midjourney-image-to-video", "youchuan/image-to-video"],
        params: p.YouchuanImageToVideoRequest,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["midjourney-image-to-video", "youchuan/image-to-video"],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.YouchuanImageToVideoRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "midjourney-text-to-image-niji6", "youchuan/text-to-image-niji6"
        ],
        params: p.YouchuanTextToImageNiji6Request,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "midjourney-text-to-image-niji6", "youchuan/text-to-image-niji6"
        ],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.YouchuanTextToImageNiji6Request],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "midjourney-text-to-image-niji7", "youchuan/text-to-image-niji7"
        ],
        params: p.YouchuanTextToImageNiji7Request,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "midjourney-text-to-image-niji7", "youchuan/text-to-image-niji7"
        ],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.YouchuanTextToImageNiji7Request],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["midjourney-text-to-image-v61", "youchuan/text-to-image-v61"],
        params: p.YouchuanTextToImageV61Request,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["midjourney-text-to-image-v61", "youchuan/text-to-image-v61"],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.YouchuanTextToImageV61Request],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["midjourney-text-to-image-v6", "youchuan/text-to-image-v6"],
        params: p.YouchuanTextToImageV6Request,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["midjourney-text-to-image-v6", "youchuan/text-to-image-v6"],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.YouchuanTextToImageV6Request],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["midjourney-text-to-image-v7", "youchuan/text-to-image-v7"],
        params: p.YouchuanTextToImageV7Request,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["midjourney-text-to-image-v7", "youchuan/text-to-image-v7"],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.YouchuanTextToImageV7Request],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["midjourney-text-to-image-v8.1", "youchuan/text-to-image-v81"],
        params: p.YouchuanTextToImageV81Request,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["midjourney-text-to-image-v8.1", "youchuan/text-to-image-v81"],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.YouchuanTextToImageV81Request],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "midjourney-text-to-image-v8.2-preview", "youchuan/text-to-image-v82"
        ],
        params: p.YouchuanTextToImageV82Request,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "midjourney-text-to-image-v8.2-preview", "youchuan/text-to-image-v82"
        ],
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.YouchuanTextToImageV82Request],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: M_contra,
        params: Mapping[str, Any] | None = None,
        /,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Any,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: LiteralOrFinalModelName[WithThatModelsFieldsAndValues, Never]
        | ModelObject[Never],
        /,
        *args: object,
        **fields: object,
    ) -> T_co: ...
    def __call__(
        self, model: Any, params: Any = None, /, *args: Any, **kwargs: Any
    ) -> T_co: ...


class RunFn(Protocol[T_co, M_contra]):
    @overload
    def __call__(
        self,
        model: Literal[
            "happyhorse-1.0/image-to-video", "alibaba/happyhorse-1.0/image-to-video"
        ],
        params: p.AlibabaHappyhorse10ImageToVideoRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "happyhorse-1.0/image-to-video", "alibaba/happyhorse-1.0/image-to-video"
        ],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.AlibabaHappyhorse10ImageToVideoRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "happyhorse-1.0/reference-to-video",
            "alibaba/happyhorse-1.0/reference-to-video",
        ],
        params: p.AlibabaHappyhorse10ReferenceToVideoRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "happyhorse-1.0/reference-to-video",
            "alibaba/happyhorse-1.0/reference-to-video",
        ],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.AlibabaHappyhorse10ReferenceToVideoRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "happyhorse-1.0/text-to-video", "alibaba/happyhorse-1.0/text-to-video"
        ],
        params: p.AlibabaHappyhorse10TextToVideoRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "happyhorse-1.0/text-to-video", "alibaba/happyhorse-1.0/text-to-video"
        ],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.AlibabaHappyhorse10TextToVideoRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "happyhorse-1.0/video-edit", "alibaba/happyhorse-1.0/video-edit"
        ],
        params: p.AlibabaHappyhorse10VideoEditRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "happyhorse-1.0/video-edit", "alibaba/happyhorse-1.0/video-edit"
        ],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.AlibabaHappyhorse10VideoEditRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "happyhorse-1.1/image-to-video", "alibaba/happyhorse-1.1/image-to-video"
        ],
        params: p.AlibabaHappyhorse11ImageToVideoRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "happyhorse-1.1/image-to-video", "alibaba/happyhorse-1.1/image-to-video"
        ],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.AlibabaHappyhorse11ImageToVideoRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "happyhorse-1.1/reference-to-video",
            "alibaba/happyhorse-1.1/reference-to-video",
        ],
        params: p.AlibabaHappyhorse11ReferenceToVideoRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "happyhorse-1.1/reference-to-video",
            "alibaba/happyhorse-1.1/reference-to-video",
        ],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.AlibabaHappyhorse11ReferenceToVideoRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "happyhorse-1.1/text-to-video", "alibaba/happyhorse-1.1/text-to-video"
        ],
        params: p.AlibabaHappyhorse11TextToVideoRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "happyhorse-1.1/text-to-video", "alibaba/happyhorse-1.1/text-to-video"
        ],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.AlibabaHappyhorse11TextToVideoRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["qwen3-tts-flash", "alibaba/qwen3-tts-flash"],
        params: p.AlibabaQwen3TtsFlashRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["qwen3-tts-flash", "alibaba/qwen3-tts-flash"],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.AlibabaQwen3TtsFlashRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["qwen3-tts-instruct-flash", "alibaba/qwen3-tts-instruct-flash"],
        params: p.AlibabaQwen3TtsInstructFlashRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["qwen3-tts-instruct-flash", "alibaba/qwen3-tts-instruct-flash"],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.AlibabaQwen3TtsInstructFlashRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "qwen-image-2.0/image-edit", "alibaba/qwen-image-2.0/image-edit"
        ],
        params: p.AlibabaQwenImage20ImageEditRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "qwen-image-2.0/image-edit", "alibaba/qwen-image-2.0/image-edit"
        ],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.AlibabaQwenImage20ImageEditRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "qwen-image-2.0-pro/image-edit", "alibaba/qwen-image-2.0-pro/image-edit"
        ],
        params: p.AlibabaQwenImage20ProImageEditRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "qwen-image-2.0-pro/image-edit", "alibaba/qwen-image-2.0-pro/image-edit"
        ],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.AlibabaQwenImage20ProImageEditRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "qwen-image-2.0-pro/text-to-image",
            "alibaba/qwen-image-2.0-pro/text-to-image",
        ],
        params: p.AlibabaQwenImage20ProTextToImageRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "qwen-image-2.0-pro/text-to-image",
            "alibaba/qwen-image-2.0-pro/text-to-image",
        ],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.AlibabaQwenImage20ProTextToImageRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "qwen-image-2.0/text-to-image", "alibaba/qwen-image-2.0/text-to-image"
        ],
        params: p.AlibabaQwenImage20TextToImageRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "qwen-image-2.0/text-to-image", "alibaba/qwen-image-2.0/text-to-image"
        ],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.AlibabaQwenImage20TextToImageRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "qwen-image-3.0-pro/image-edit", "alibaba/qwen-image-3.0-pro/image-edit"
        ],
        params: p.AlibabaQwenImage30ProImageEditRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "qwen-image-3.0-pro/image-edit", "alibaba/qwen-image-3.0-pro/image-edit"
        ],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.AlibabaQwenImage30ProImageEditRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "qwen-image-3.0-pro/text-to-image",
            "alibaba/qwen-image-3.0-pro/text-to-image",
        ],
        params: p.AlibabaQwenImage30ProTextToImageRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "qwen-image-3.0-pro/text-to-image",
            "alibaba/qwen-image-3.0-pro/text-to-image",
        ],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.AlibabaQwenImage30ProTextToImageRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "wan-2.5-preview/image-to-image", "alibaba/wan-2.5-preview/image-to-image"
        ],
        params: p.AlibabaWan25PreviewImageToImageRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "wan-2.5-preview/image-to-image", "alibaba/wan-2.5-preview/image-to-image"
        ],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.AlibabaWan25PreviewImageToImageRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "wan-2.5-preview/image-to-video", "alibaba/wan-2.5-preview/image-to-video"
        ],
        params: p.AlibabaWan25PreviewImageToVideoRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "wan-2.5-preview/image-to-video", "alibaba/wan-2.5-preview/image-to-video"
        ],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.AlibabaWan25PreviewImageToVideoRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "wan-2.5-preview/text-to-image", "alibaba/wan-2.5-preview/text-to-image"
        ],
        params: p.AlibabaWan25PreviewTextToImageRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "wan-2.5-preview/text-to-image", "alibaba/wan-2.5-preview/text-to-image"
        ],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.AlibabaWan25PreviewTextToImageRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "wan-2.5-preview/text-to-video", "alibaba/wan-2.5-preview/text-to-video"
        ],
        params: p.AlibabaWan25PreviewTextToVideoRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "wan-2.5-preview/text-to-video", "alibaba/wan-2.5-preview/text-to-video"
        ],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.AlibabaWan25PreviewTextToVideoRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "wan-2.6-image-to-video-flash", "alibaba/wan-2.6/image-to-video-flash"
        ],
        params: p.AlibabaWan26ImageToVideoFlashRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "wan-2.6-image-to-video-flash", "alibaba/wan-2.6/image-to-video-flash"
        ],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.AlibabaWan26ImageToVideoFlashRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["alibaba/wan-2.6/image-to-video"],
        params: p.AlibabaWan26ImageToVideoRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["alibaba/wan-2.6/image-to-video"],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.AlibabaWan26ImageToVideoRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "wan-2.6-reference-to-video-flash",
            "alibaba/wan-2.6/reference-to-video-flash",
        ],
        params: p.AlibabaWan26ReferenceToVideoFlashRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "wan-2.6-reference-to-video-flash",
            "alibaba/wan-2.6/reference-to-video-flash",
        ],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.AlibabaWan26ReferenceToVideoFlashRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "wan-2.6-reference-to-video", "alibaba/wan-2.6/reference-to-video"
        ],
        params: p.AlibabaWan26ReferenceToVideoRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "wan-2.6-reference-to-video", "alibaba/wan-2.6/reference-to-video"
        ],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.AlibabaWan26ReferenceToVideoRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["alibaba/wan-2.6/text-to-video"],
        params: p.AlibabaWan26TextToVideoRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["alibaba/wan-2.6/text-to-video"],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.AlibabaWan26TextToVideoRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["wan-2.7/image-edit-pro", "alibaba/wan-2.7/image-edit-pro"],
        params: p.AlibabaWan27ImageEditProRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["wan-2.7/image-edit-pro", "alibaba/wan-2.7/image-edit-pro"],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.AlibabaWan27ImageEditProRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["wan-2.7/image-edit", "alibaba/wan-2.7/image-edit"],
        params: p.AlibabaWan27ImageEditRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["wan-2.7/image-edit", "alibaba/wan-2.7/image-edit"],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.AlibabaWan27ImageEditRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["wan-2.7/image-to-video", "alibaba/wan-2.7/image-to-video"],
        params: p.AlibabaWan27ImageToVideoRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["wan-2.7/image-to-video", "alibaba/wan-2.7/image-to-video"],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.AlibabaWan27ImageToVideoRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "wan-2.7-reference-to-video", "alibaba/wan-2.7/reference-to-video"
        ],
        params: p.AlibabaWan27ReferenceToVideoRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "wan-2.7-reference-to-video", "alibaba/wan-2.7/reference-to-video"
        ],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.AlibabaWan27ReferenceToVideoRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "wan-2.7-spicy/image-to-video", "alibaba/wan-2.7-spicy/image-to-video"
        ],
        params: p.AlibabaWan27SpicyImageToVideoRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "wan-2.7-spicy/image-to-video", "alibaba/wan-2.7-spicy/image-to-video"
        ],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.AlibabaWan27SpicyImageToVideoRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "wan-2.7/text-to-image-pro", "alibaba/wan-2.7/text-to-image-pro"
        ],
        params: p.AlibabaWan27TextToImageProRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "wan-2.7/text-to-image-pro", "alibaba/wan-2.7/text-to-image-pro"
        ],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.AlibabaWan27TextToImageProRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["wan-2.7/text-to-image", "alibaba/wan-2.7/text-to-image"],
        params: p.AlibabaWan27TextToImageRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["wan-2.7/text-to-image", "alibaba/wan-2.7/text-to-image"],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.AlibabaWan27TextToImageRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["wan-2.7/text-to-video", "alibaba/wan-2.7/text-to-video"],
        params: p.AlibabaWan27TextToVideoRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["wan-2.7/text-to-video", "alibaba/wan-2.7/text-to-video"],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.AlibabaWan27TextToVideoRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["wan-2.7/video-edit", "alibaba/wan-2.7/video-edit"],
        params: p.AlibabaWan27VideoEditRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["wan-2.7/video-edit", "alibaba/wan-2.7/video-edit"],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.AlibabaWan27VideoEditRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["wan-2.7/video-extend", "alibaba/wan-2.7/video-extend"],
        params: p.AlibabaWan27VideoExtendRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["wan-2.7/video-extend", "alibaba/wan-2.7/video-extend"],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.AlibabaWan27VideoExtendRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["doubao-seed-audio-1.0", "bytedance/doubao-seed-audio-1.0"],
        params: p.BytedanceDoubaoSeedAudio10Request,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["doubao-seed-audio-1.0", "bytedance/doubao-seed-audio-1.0"],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.BytedanceDoubaoSeedAudio10Request],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["doubao-seed-tts-2.0", "bytedance/doubao-seed-tts-2.0"],
        params: p.BytedanceDoubaoSeedTts20Request,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["doubao-seed-tts-2.0", "bytedance/doubao-seed-tts-2.0"],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.BytedanceDoubaoSeedTts20Request],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["bytedance/dreamactor-v2", "sd2.0/video-ref-to-video-trial"],
        params: p.BytedanceDreamactorV2Request,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["bytedance/dreamactor-v2", "sd2.0/video-ref-to-video-trial"],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.BytedanceDreamactorV2Request],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["bytedance/jimeng-4.6/image-to-image"],
        params: p.BytedanceJimeng46ImageToImageRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["bytedance/jimeng-4.6/image-to-image"],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.BytedanceJimeng46ImageToImageRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["bytedance/jimeng-4.6/text-to-image"],
        params: p.BytedanceJimeng46TextToImageRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["bytedance/jimeng-4.6/text-to-image"],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.BytedanceJimeng46TextToImageRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "seedance-2.0-global-fast/image-to-video",
            "bytedance/seedance-2.0-global-fast/image-to-video",
        ],
        params: p.BytedanceSeedance20GlobalFastImageToVideoRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "seedance-2.0-global-fast/image-to-video",
            "bytedance/seedance-2.0-global-fast/image-to-video",
        ],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.BytedanceSeedance20GlobalFastImageToVideoRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "seedance-2.0-global-fast/multimodal-video",
            "bytedance/seedance-2.0-global-fast/multimodal-video",
        ],
        params: p.BytedanceSeedance20GlobalFastMultimodalVideoRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "seedance-2.0-global-fast/multimodal-video",
            "bytedance/seedance-2.0-global-fast/multimodal-video",
        ],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.BytedanceSeedance20GlobalFastMultimodalVideoRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "seedance-2.0-global-fast/text-to-video",
            "bytedance/seedance-2.0-global-fast/text-to-video",
        ],
        params: p.BytedanceSeedance20GlobalFastTextToVideoRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "seedance-2.0-global-fast/text-to-video",
            "bytedance/seedance-2.0-global-fast/text-to-video",
        ],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.BytedanceSeedance20GlobalFastTextToVideoRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "seedance-2.0-global/image-to-video",
            "bytedance/seedance-2.0-global/image-to-video",
        ],
        params: p.BytedanceSeedance20GlobalImageToVideoRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "seedance-2.0-global/image-to-video",
            "bytedance/seedance-2.0-global/image-to-video",
        ],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.BytedanceSeedance20GlobalImageToVideoRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "seedance-2.0-global/multimodal-video",
            "bytedance/seedance-2.0-global/multimodal-video",
        ],
        params: p.BytedanceSeedance20GlobalMultimodalVideoRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "seedance-2.0-global/multimodal-video",
            "bytedance/seedance-2.0-global/multimodal-video",
        ],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.BytedanceSeedance20GlobalMultimodalVideoRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "seedance-2.0-global/text-to-video",
            "bytedance/seedance-2.0-global/text-to-video",
        ],
        params: p.BytedanceSeedance20GlobalTextToVideoRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "seedance-2.0-global/text-to-video",
            "bytedance/seedance-2.0-global/text-to-video",
        ],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.BytedanceSeedance20GlobalTextToVideoRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["cinematic-video-generator", "sd2.0/video-generator-trial"],
        params: p.CinematicVideoGeneratorRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["cinematic-video-generator", "sd2.0/video-generator-trial"],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.CinematicVideoGeneratorRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "gemini-omni-flash/image-to-video/channel-low-price",
            "gemini-omni-flash/image-to-video",
        ],
        params: p.GeminiOmniFlashImageToVideoRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "gemini-omni-flash/image-to-video/channel-low-price",
            "gemini-omni-flash/image-to-video",
        ],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.GeminiOmniFlashImageToVideoRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "gemini-omni-flash/text-to-video/channel-low-price",
            "gemini-omni-flash/text-to-video",
        ],
        params: p.GeminiOmniFlashTextToVideoRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "gemini-omni-flash/text-to-video/channel-low-price",
            "gemini-omni-flash/text-to-video",
        ],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.GeminiOmniFlashTextToVideoRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "gemini-omni-flash/video-edit/channel-low-price",
            "gemini-omni-flash/video-edit",
        ],
        params: p.GeminiOmniFlashVideoEditRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "gemini-omni-flash/video-edit/channel-low-price",
            "gemini-omni-flash/video-edit",
        ],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.GeminiOmniFlashVideoEditRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["higgsfield/dop/image-to-video"],
        params: p.HiggsfieldDopImageToVideoRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["higgsfield/dop/image-to-video"],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.HiggsfieldDopImageToVideoRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["higgsfield/soul/image-to-image"],
        params: p.HiggsfieldSoulImageToImageRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["higgsfield/soul/image-to-image"],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.HiggsfieldSoulImageToImageRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["hitem3d-portrait-v15/image-to-3d"],
        params: p.Hitem3dPortraitV15ImageTo3dRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["hitem3d-portrait-v15/image-to-3d"],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.Hitem3dPortraitV15ImageTo3dRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["hitem3d-portrait-v15/multi-image-to-3d"],
        params: p.Hitem3dPortraitV15MultiImageTo3dRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["hitem3d-portrait-v15/multi-image-to-3d"],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.Hitem3dPortraitV15MultiImageTo3dRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["hitem3d-portrait-v20/image-to-3d"],
        params: p.Hitem3dPortraitV20ImageTo3dRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["hitem3d-portrait-v20/image-to-3d"],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.Hitem3dPortraitV20ImageTo3dRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["hitem3d-portrait-v20/multi-image-to-3d"],
        params: p.Hitem3dPortraitV20MultiImageTo3dRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["hitem3d-portrait-v20/multi-image-to-3d"],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.Hitem3dPortraitV20MultiImageTo3dRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["hitem3d-portrait-v21/image-to-3d"],
        params: p.Hitem3dPortraitV21ImageTo3dRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["hitem3d-portrait-v21/image-to-3d"],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.Hitem3dPortraitV21ImageTo3dRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["hitem3d-portrait-v21/multi-image-to-3d"],
        params: p.Hitem3dPortraitV21MultiImageTo3dRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["hitem3d-portrait-v21/multi-image-to-3d"],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.Hitem3dPortraitV21MultiImageTo3dRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["hitem3d-v15/image-to-3d"],
        params: p.Hitem3dV15ImageTo3dRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["hitem3d-v15/image-to-3d"],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.Hitem3dV15ImageTo3dRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["hitem3d-v15/multi-image-to-3d"],
        params: p.Hitem3dV15MultiImageTo3dRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["hitem3d-v15/multi-image-to-3d"],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.Hitem3dV15MultiImageTo3dRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["hitem3d-v21/image-to-3d"],
        params: p.Hitem3dV21ImageTo3dRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["hitem3d-v21/image-to-3d"],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.Hitem3dV21ImageTo3dRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["hitem3d-v21/multi-image-to-3d"],
        params: p.Hitem3dV21MultiImageTo3dRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["hitem3d-v21/multi-image-to-3d"],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.Hitem3dV21MultiImageTo3dRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["hitem3d-v2/image-to-3d"],
        params: p.Hitem3dV2ImageTo3dRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["hitem3d-v2/image-to-3d"],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.Hitem3dV2ImageTo3dRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["hitem3d-v2/multi-image-to-3d"],
        params: p.Hitem3dV2MultiImageTo3dRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["hitem3d-v2/multi-image-to-3d"],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.Hitem3dV2MultiImageTo3dRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["hunyuan3d-v3.1/image-to-3d"],
        params: p.Hunyuan3dV31ImageTo3dRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["hunyuan3d-v3.1/image-to-3d"],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.Hunyuan3dV31ImageTo3dRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["hunyuan3d-v3.1/text-to-3d"],
        params: p.Hunyuan3dV31TextTo3dRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["hunyuan3d-v3.1/text-to-3d"],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.Hunyuan3dV31TextTo3dRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["hypir-balance", "image-enhance/hypir-balance"],
        params: p.ImageEnhanceHypirBalanceRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["hypir-balance", "image-enhance/hypir-balance"],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.ImageEnhanceHypirBalanceRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["hypir-ultra", "image-enhance/hypir-ultra"],
        params: p.ImageEnhanceHypirUltraRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["hypir-ultra", "image-enhance/hypir-ultra"],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.ImageEnhanceHypirUltraRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["kling-o3/element", "kling-elements-advanced"],
        params: p.KlingElementsAdvancedRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["kling-o3/element", "kling-elements-advanced"],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.KlingElementsAdvancedRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["kling-elements"],
        params: p.KlingElementsRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["kling-elements"],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.KlingElementsRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["kling-lip-sync/identify-face"],
        params: p.KlingLipSyncIdentifyFaceRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["kling-lip-sync/identify-face"],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.KlingLipSyncIdentifyFaceRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["kling-lip-sync/lip-sync-video"],
        params: p.KlingLipSyncLipSyncVideoRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["kling-lip-sync/lip-sync-video"],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.KlingLipSyncLipSyncVideoRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["kling-lip-sync/tts"],
        params: p.KlingLipSyncTtsRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["kling-lip-sync/tts"],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.KlingLipSyncTtsRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["kling-v2.5-turbo-pro/image-to-video"],
        params: p.KlingV25TurboProImageToVideoRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["kling-v2.5-turbo-pro/image-to-video"],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.KlingV25TurboProImageToVideoRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["kling-v2.5-turbo-pro/text-to-video"],
        params: p.KlingV25TurboProTextToVideoRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["kling-v2.5-turbo-pro/text-to-video"],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.KlingV25TurboProTextToVideoRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["kling-v2.5-turbo-std/image-to-video"],
        params: p.KlingV25TurboStdImageToVideoRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["kling-v2.5-turbo-std/image-to-video"],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.KlingV25TurboStdImageToVideoRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["kling-v2.5-turbo-std/text-to-video"],
        params: p.KlingV25TurboStdTextToVideoRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["kling-v2.5-turbo-std/text-to-video"],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.KlingV25TurboStdTextToVideoRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "kling-v2.6-pro-image-to-video", "kling-v2.6-pro/image-to-video"
        ],
        params: p.KlingV26ProImageToVideoRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "kling-v2.6-pro-image-to-video", "kling-v2.6-pro/image-to-video"
        ],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.KlingV26ProImageToVideoRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "kling-v2.6-pro-motion-control", "kling-v2.6-pro/motion-control"
        ],
        params: p.KlingV26ProMotionControlRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "kling-v2.6-pro-motion-control", "kling-v2.6-pro/motion-control"
        ],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.KlingV26ProMotionControlRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["kling-v2.6-pro-text-to-video", "kling-v2.6-pro/text-to-video"],
        params: p.KlingV26ProTextToVideoRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["kling-v2.6-pro-text-to-video", "kling-v2.6-pro/text-to-video"],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.KlingV26ProTextToVideoRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "kling-v2.6-std-image-to-video", "kling-v2.6-std/image-to-video"
        ],
        params: p.KlingV26StdImageToVideoRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "kling-v2.6-std-image-to-video", "kling-v2.6-std/image-to-video"
        ],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.KlingV26StdImageToVideoRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "kling-v2.6-std-motion-control", "kling-v2.6-std/motion-control"
        ],
        params: p.KlingV26StdMotionControlRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "kling-v2.6-std-motion-control", "kling-v2.6-std/motion-control"
        ],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.KlingV26StdMotionControlRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["kling-v2.6-std-text-to-video", "kling-v2.6-std/text-to-video"],
        params: p.KlingV26StdTextToVideoRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["kling-v2.6-std-text-to-video", "kling-v2.6-std/text-to-video"],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.KlingV26StdTextToVideoRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["kling-v2-ai-avatar-pro/image-audio-to-video"],
        params: p.KlingV2AiAvatarProImageAudioToVideoRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["kling-v2-ai-avatar-pro/image-audio-to-video"],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.KlingV2AiAvatarProImageAudioToVideoRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["kling-v2-ai-avatar-standard/image-audio-to-video"],
        params: p.KlingV2AiAvatarStandardImageAudioToVideoRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["kling-v2-ai-avatar-standard/image-audio-to-video"],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.KlingV2AiAvatarStandardImageAudioToVideoRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["kling-v3.0-4k-motion-control", "kling-v3.0-4k/motion-control"],
        params: p.KlingV304kMotionControlRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["kling-v3.0-4k-motion-control", "kling-v3.0-4k/motion-control"],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.KlingV304kMotionControlRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "kling-v3.0-pro-image-to-video", "kling-v3.0-pro/image-to-video"
        ],
        params: p.KlingV30ProImageToVideoRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "kling-v3.0-pro-image-to-video", "kling-v3.0-pro/image-to-video"
        ],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.KlingV30ProImageToVideoRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "kling-v3.0-pro-motion-control", "kling-v3.0-pro/motion-control"
        ],
        params: p.KlingV30ProMotionControlRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "kling-v3.0-pro-motion-control", "kling-v3.0-pro/motion-control"
        ],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.KlingV30ProMotionControlRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["kling-v3.0-pro-text-to-video", "kling-v3.0-pro/text-to-video"],
        params: p.KlingV30ProTextToVideoRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["kling-v3.0-pro-text-to-video", "kling-v3.0-pro/text-to-video"],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.KlingV30ProTextToVideoRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "kling-v3.0-std-image-to-video", "kling-v3.0-std/image-to-video"
        ],
        params: p.KlingV30StdImageToVideoRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "kling-v3.0-std-image-to-video", "kling-v3.0-std/image-to-video"
        ],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.KlingV30StdImageToVideoRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "kling-v3.0-std-motion-control", "kling-v3.0-std/motion-control"
        ],
        params: p.KlingV30StdMotionControlRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "kling-v3.0-std-motion-control", "kling-v3.0-std/motion-control"
        ],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.KlingV30StdMotionControlRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["kling-v3.0-std-text-to-video", "kling-v3.0-std/text-to-video"],
        params: p.KlingV30StdTextToVideoRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["kling-v3.0-std-text-to-video", "kling-v3.0-std/text-to-video"],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.KlingV30StdTextToVideoRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["kling-v3.0-4k-image-to-video", "kling-v3-4k/image-to-video"],
        params: p.KlingV34kImageToVideoRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["kling-v3.0-4k-image-to-video", "kling-v3-4k/image-to-video"],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.KlingV34kImageToVideoRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["kling-v3-4k-text-to-video", "kling-v3-4k/text-to-video"],
        params: p.KlingV34kTextToVideoRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["kling-v3-4k-text-to-video", "kling-v3-4k/text-to-video"],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.KlingV34kTextToVideoRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "kling-v3-turbo-pro-image-to-video", "kling-v3-turbo-pro/image-to-video"
        ],
        params: p.KlingV3TurboProImageToVideoRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "kling-v3-turbo-pro-image-to-video", "kling-v3-turbo-pro/image-to-video"
        ],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.KlingV3TurboProImageToVideoRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "kling-v3-turbo-pro-text-to-video", "kling-v3-turbo-pro/text-to-video"
        ],
        params: p.KlingV3TurboProTextToVideoRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "kling-v3-turbo-pro-text-to-video", "kling-v3-turbo-pro/text-to-video"
        ],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.KlingV3TurboProTextToVideoRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "kling-v3-turbo-std-image-to-video", "kling-v3-turbo-std/image-to-video"
        ],
        params: p.KlingV3TurboStdImageToVideoRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "kling-v3-turbo-std-image-to-video", "kling-v3-turbo-std/image-to-video"
        ],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.KlingV3TurboStdImageToVideoRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "kling-v3-turbo-std-text-to-video", "kling-v3-turbo-std/text-to-video"
        ],
        params: p.KlingV3TurboStdTextToVideoRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "kling-v3-turbo-std-text-to-video", "kling-v3-turbo-std/text-to-video"
        ],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.KlingV3TurboStdTextToVideoRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["kling-video-o1/image-to-video"],
        params: p.KlingVideoO1ImageToVideoRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["kling-video-o1/image-to-video"],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.KlingVideoO1ImageToVideoRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["kling-video-o1/start-to-end"],
        params: p.KlingVideoO1StartToEndRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["kling-video-o1/start-to-end"],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.KlingVideoO1StartToEndRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["kling-video-o1-std/edit-video"],
        params: p.KlingVideoO1StdEditVideoRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["kling-video-o1-std/edit-video"],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.KlingVideoO1StdEditVideoRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["kling-video-o1-std/refrence-to-video"],
        params: p.KlingVideoO1StdRefrenceToVideoRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["kling-video-o1-std/refrence-to-video"],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.KlingVideoO1StdRefrenceToVideoRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["kling-video-o1/text-to-video"],
        params: p.KlingVideoO1TextToVideoRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["kling-video-o1/text-to-video"],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.KlingVideoO1TextToVideoRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "kling-video-o3-4k-image-to-video", "kling-video-o3-4k/image-to-video"
        ],
        params: p.KlingVideoO34kImageToVideoRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "kling-video-o3-4k-image-to-video", "kling-video-o3-4k/image-to-video"
        ],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.KlingVideoO34kImageToVideoRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "kling-video-o3-4k-reference-to-video",
            "kling-video-o3-4k/reference-to-video",
        ],
        params: p.KlingVideoO34kReferenceToVideoRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "kling-video-o3-4k-reference-to-video",
            "kling-video-o3-4k/reference-to-video",
        ],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.KlingVideoO34kReferenceToVideoRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "kling-video-o3-4k-text-to-video", "kling-video-o3-4k/text-to-video"
        ],
        params: p.KlingVideoO34kTextToVideoRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "kling-video-o3-4k-text-to-video", "kling-video-o3-4k/text-to-video"
        ],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.KlingVideoO34kTextToVideoRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "kling-video-o3-pro-image-to-video", "kling-video-o3-pro/image-to-video"
        ],
        params: p.KlingVideoO3ProImageToVideoRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "kling-video-o3-pro-image-to-video", "kling-video-o3-pro/image-to-video"
        ],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.KlingVideoO3ProImageToVideoRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["kling-video-o3-pro/reference-to-video"],
        params: p.KlingVideoO3ProReferenceToVideoRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["kling-video-o3-pro/reference-to-video"],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.KlingVideoO3ProReferenceToVideoRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "kling-video-o3-pro-text-to-video", "kling-video-o3-pro/text-to-video"
        ],
        params: p.KlingVideoO3ProTextToVideoRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "kling-video-o3-pro-text-to-video", "kling-video-o3-pro/text-to-video"
        ],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.KlingVideoO3ProTextToVideoRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["kling-video-o3-pro/video-edit"],
        params: p.KlingVideoO3ProVideoEditRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["kling-video-o3-pro/video-edit"],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.KlingVideoO3ProVideoEditRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "kling-video-o3-std-image-to-video", "kling-video-o3-std/image-to-video"
        ],
        params: p.KlingVideoO3StdImageToVideoRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "kling-video-o3-std-image-to-video", "kling-video-o3-std/image-to-video"
        ],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.KlingVideoO3StdImageToVideoRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["kling-video-o3-std/reference-to-video"],
        params: p.KlingVideoO3StdReferenceToVideoRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["kling-video-o3-std/reference-to-video"],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.KlingVideoO3StdReferenceToVideoRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "kling-video-o3-std-text-to-video", "kling-video-o3-std/text-to-video"
        ],
        params: p.KlingVideoO3StdTextToVideoRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "kling-video-o3-std-text-to-video", "kling-video-o3-std/text-to-video"
        ],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.KlingVideoO3StdTextToVideoRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["kling-video-o3-std/video-edit"],
        params: p.KlingVideoO3StdVideoEditRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["kling-video-o3-std/video-edit"],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.KlingVideoO3StdVideoEditRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["luma/uni-1/image-edit", "Luma uni-1 Image Edit"],
        params: p.LumaUni1ImageEditRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["luma/uni-1/image-edit", "Luma uni-1 Image Edit"],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.LumaUni1ImageEditRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["luma/uni-1/image-to-image", "Luma uni-1 Image to Image"],
        params: p.LumaUni1ImageToImageRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["luma/uni-1/image-to-image", "Luma uni-1 Image to Image"],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.LumaUni1ImageToImageRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["luma/uni-1-max/image-edit", "Luma uni-1-max Image Edit"],
        params: p.LumaUni1MaxImageEditRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["luma/uni-1-max/image-edit", "Luma uni-1-max Image Edit"],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.LumaUni1MaxImageEditRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "luma/uni-1-max/image-to-image", "Luma uni-1-max Image to Image"
        ],
        params: p.LumaUni1MaxImageToImageRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "luma/uni-1-max/image-to-image", "Luma uni-1-max Image to Image"
        ],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.LumaUni1MaxImageToImageRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["luma/uni-1-max/text-to-image", "Luma uni-1-max Text to Image"],
        params: p.LumaUni1MaxTextToImageRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["luma/uni-1-max/text-to-image", "Luma uni-1-max Text to Image"],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.LumaUni1MaxTextToImageRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["luma/uni-1/text-to-image", "Luma uni-1 Text to Image"],
        params: p.LumaUni1TextToImageRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["luma/uni-1/text-to-image", "Luma uni-1 Text to Image"],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.LumaUni1TextToImageRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["marble-1.0/image-to-world"],
        params: p.Marble10ImageToWorldRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["marble-1.0/image-to-world"],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.Marble10ImageToWorldRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["marble-1.0/multi-image-to-world"],
        params: p.Marble10MultiImageToWorldRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["marble-1.0/multi-image-to-world"],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.Marble10MultiImageToWorldRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["marble-1.0/text-to-world"],
        params: p.Marble10TextToWorldRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["marble-1.0/text-to-world"],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.Marble10TextToWorldRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["marble-1.0/video-to-world"],
        params: p.Marble10VideoToWorldRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["marble-1.0/video-to-world"],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.Marble10VideoToWorldRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["marble-1.1/image-to-world"],
        params: p.Marble11ImageToWorldRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["marble-1.1/image-to-world"],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.Marble11ImageToWorldRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["marble-1.1/multi-image-to-world"],
        params: p.Marble11MultiImageToWorldRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["marble-1.1/multi-image-to-world"],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.Marble11MultiImageToWorldRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["marble-1.1-plus/image-to-world"],
        params: p.Marble11PlusImageToWorldRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["marble-1.1-plus/image-to-world"],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.Marble11PlusImageToWorldRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["marble-1.1-plus/multi-image-to-world"],
        params: p.Marble11PlusMultiImageToWorldRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["marble-1.1-plus/multi-image-to-world"],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.Marble11PlusMultiImageToWorldRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["marble-1.1-plus/text-to-world"],
        params: p.Marble11PlusTextToWorldRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["marble-1.1-plus/text-to-world"],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.Marble11PlusTextToWorldRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["marble-1.1-plus/video-to-world"],
        params: p.Marble11PlusVideoToWorldRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["marble-1.1-plus/video-to-world"],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.Marble11PlusVideoToWorldRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["marble-1.1/text-to-world"],
        params: p.Marble11TextToWorldRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["marble-1.1/text-to-world"],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.Marble11TextToWorldRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["marble-1.1/video-to-world"],
        params: p.Marble11VideoToWorldRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["marble-1.1/video-to-world"],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.Marble11VideoToWorldRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["marble/upload-media-asset"],
        params: p.MarbleUploadMediaAssetRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["marble/upload-media-asset"],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.MarbleUploadMediaAssetRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["meshy6/image-to-3d"],
        params: p.Meshy6ImageTo3dRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["meshy6/image-to-3d"],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.Meshy6ImageTo3dRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["meshy6/text-to-3d"],
        params: p.Meshy6TextTo3dRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["meshy6/text-to-3d"],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.Meshy6TextTo3dRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["hailuo-02-fast", "minimax/hailuo-02/fast"],
        params: p.MinimaxHailuo02FastRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["hailuo-02-fast", "minimax/hailuo-02/fast"],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.MinimaxHailuo02FastRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["hailuo-02-i2v-pro", "minimax/hailuo-02/i2v-pro"],
        params: p.MinimaxHailuo02I2vProRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["hailuo-02-i2v-pro", "minimax/hailuo-02/i2v-pro"],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.MinimaxHailuo02I2vProRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["hailuo-02-i2v-standard", "minimax/hailuo-02/i2v-standard"],
        params: p.MinimaxHailuo02I2vStandardRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["hailuo-02-i2v-standard", "minimax/hailuo-02/i2v-standard"],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.MinimaxHailuo02I2vStandardRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["hailuo-02-pro", "minimax/hailuo-02/pro"],
        params: p.MinimaxHailuo02ProRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["hailuo-02-pro", "minimax/hailuo-02/pro"],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.MinimaxHailuo02ProRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["hailuo-02-standard", "minimax/hailuo-02/standard"],
        params: p.MinimaxHailuo02StandardRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["hailuo-02-standard", "minimax/hailuo-02/standard"],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.MinimaxHailuo02StandardRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["hailuo-02-t2v-pro", "minimax/hailuo-02/t2v-pro"],
        params: p.MinimaxHailuo02T2vProRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["hailuo-02-t2v-pro", "minimax/hailuo-02/t2v-pro"],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.MinimaxHailuo02T2vProRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["hailuo-02-t2v-standard", "minimax/hailuo-02/t2v-standard"],
        params: p.MinimaxHailuo02T2vStandardRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["hailuo-02-t2v-standard", "minimax/hailuo-02/t2v-standard"],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.MinimaxHailuo02T2vStandardRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "hailuo-2.3-fast/image-to-video", "minimax/hailuo-2.3-fast/image-to-video"
        ],
        params: p.MinimaxHailuo23FastImageToVideoRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "hailuo-2.3-fast/image-to-video", "minimax/hailuo-2.3-fast/image-to-video"
        ],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.MinimaxHailuo23FastImageToVideoRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "hailuo-2.3-fast-pro/image-to-video",
            "minimax/hailuo-2.3-fast-pro/image-to-video",
        ],
        params: p.MinimaxHailuo23FastProImageToVideoRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "hailuo-2.3-fast-pro/image-to-video",
            "minimax/hailuo-2.3-fast-pro/image-to-video",
        ],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.MinimaxHailuo23FastProImageToVideoRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["hailuo-2.3/i2v-standard", "minimax/hailuo-2.3/i2v-standard"],
        params: p.MinimaxHailuo23I2vStandardRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["hailuo-2.3/i2v-standard", "minimax/hailuo-2.3/i2v-standard"],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.MinimaxHailuo23I2vStandardRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["hailuo-2.3/i2v-pro", "minimax/hailuo-2.3/image-to-video-pro"],
        params: p.MinimaxHailuo23ImageToVideoProRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["hailuo-2.3/i2v-pro", "minimax/hailuo-2.3/image-to-video-pro"],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.MinimaxHailuo23ImageToVideoProRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["hailuo-2.3-t2v-pro", "minimax/hailuo-2.3/t2v-pro"],
        params: p.MinimaxHailuo23T2vProRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["hailuo-2.3-t2v-pro", "minimax/hailuo-2.3/t2v-pro"],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.MinimaxHailuo23T2vProRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["hailuo-2.3-t2v-standard", "minimax/hailuo-2.3/t2v-standard"],
        params: p.MinimaxHailuo23T2vStandardRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["hailuo-2.3-t2v-standard", "minimax/hailuo-2.3/t2v-standard"],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.MinimaxHailuo23T2vStandardRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "minimax/hailuo-h3/image-to-video",
            "MiniMax-H3 Image-to-Video (first/last frame)",
        ],
        params: p.MinimaxHailuoH3ImageToVideoRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "minimax/hailuo-h3/image-to-video",
            "MiniMax-H3 Image-to-Video (first/last frame)",
        ],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.MinimaxHailuoH3ImageToVideoRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "minimax/hailuo-h3/multimodal-to-video",
            "MiniMax-H3 Multimodal Reference-to-Video",
        ],
        params: p.MinimaxHailuoH3MultimodalToVideoRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "minimax/hailuo-h3/multimodal-to-video",
            "MiniMax-H3 Multimodal Reference-to-Video",
        ],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.MinimaxHailuoH3MultimodalToVideoRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["minimax/hailuo-h3/text-to-video", "MiniMax-H3 Text-to-Video"],
        params: p.MinimaxHailuoH3TextToVideoRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["minimax/hailuo-h3/text-to-video", "MiniMax-H3 Text-to-Video"],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.MinimaxHailuoH3TextToVideoRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["minimax/music-2.6"],
        params: p.MinimaxMusic26Request,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["minimax/music-2.6"],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.MinimaxMusic26Request],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["minimax/music-cover-preprocess"],
        params: p.MinimaxMusicCoverPreprocessRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["minimax/music-cover-preprocess"],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.MinimaxMusicCoverPreprocessRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["minimax/music-cover"],
        params: p.MinimaxMusicCoverRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["minimax/music-cover"],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.MinimaxMusicCoverRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["minimax/voice-design"],
        params: p.MinimaxVoiceDesignRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["minimax/voice-design"],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.MinimaxVoiceDesignRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["mureka-ai/describe-song"],
        params: p.MurekaAiDescribeSongRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["mureka-ai/describe-song"],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.MurekaAiDescribeSongRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["mureka-ai/extend-lyrics"],
        params: p.MurekaAiExtendLyricsRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["mureka-ai/extend-lyrics"],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.MurekaAiExtendLyricsRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["mureka-ai/files-upload"],
        params: p.MurekaAiFilesUploadRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["mureka-ai/files-upload"],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.MurekaAiFilesUploadRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["mureka-ai/generate-lyrics"],
        params: p.MurekaAiGenerateLyricsRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["mureka-ai/generate-lyrics"],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.MurekaAiGenerateLyricsRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["mureka-o2/generate-song", "mureka-ai/mureka-o2/generate-song"],
        params: p.MurekaAiMurekaO2GenerateSongRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["mureka-o2/generate-song", "mureka-ai/mureka-o2/generate-song"],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.MurekaAiMurekaO2GenerateSongRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["mureka-v7.6/extend-song", "mureka-ai/mureka-v7.6/extend-song"],
        params: p.MurekaAiMurekaV76ExtendSongRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["mureka-v7.6/extend-song", "mureka-ai/mureka-v7.6/extend-song"],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.MurekaAiMurekaV76ExtendSongRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "mureka-v7.6/generate-bgm", "mureka-ai/mureka-v7.6/generate-bgm"
        ],
        params: p.MurekaAiMurekaV76GenerateBgmRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "mureka-v7.6/generate-bgm", "mureka-ai/mureka-v7.6/generate-bgm"
        ],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.MurekaAiMurekaV76GenerateBgmRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "mureka-v7.6/generate-song", "mureka-ai/mureka-v7.6/generate-song"
        ],
        params: p.MurekaAiMurekaV76GenerateSongRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "mureka-v7.6/generate-song", "mureka-ai/mureka-v7.6/generate-song"
        ],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.MurekaAiMurekaV76GenerateSongRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["mureka-v8/extend-song", "mureka-ai/mureka-v8/extend-song"],
        params: p.MurekaAiMurekaV8ExtendSongRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["mureka-v8/extend-song", "mureka-ai/mureka-v8/extend-song"],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.MurekaAiMurekaV8ExtendSongRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["mureka-v8/generate-bgm", "mureka-ai/mureka-v8/generate-bgm"],
        params: p.MurekaAiMurekaV8GenerateBgmRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["mureka-v8/generate-bgm", "mureka-ai/mureka-v8/generate-bgm"],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.MurekaAiMurekaV8GenerateBgmRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["mureka-v8/generate-song", "mureka-ai/mureka-v8/generate-song"],
        params: p.MurekaAiMurekaV8GenerateSongRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["mureka-v8/generate-song", "mureka-ai/mureka-v8/generate-song"],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.MurekaAiMurekaV8GenerateSongRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["mureka-v9/generate-bgm", "mureka-ai/mureka-v9/generate-bgm"],
        params: p.MurekaAiMurekaV9GenerateBgmRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["mureka-v9/generate-bgm", "mureka-ai/mureka-v9/generate-bgm"],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.MurekaAiMurekaV9GenerateBgmRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["mureka-v9/generate-song", "mureka-ai/mureka-v9/generate-song"],
        params: p.MurekaAiMurekaV9GenerateSongRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["mureka-v9/generate-song", "mureka-ai/mureka-v9/generate-song"],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.MurekaAiMurekaV9GenerateSongRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["mureka-ai/recognize-song"],
        params: p.MurekaAiRecognizeSongRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["mureka-ai/recognize-song"],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.MurekaAiRecognizeSongRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["mureka-ai/stem-song"],
        params: p.MurekaAiStemSongRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["mureka-ai/stem-song"],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.MurekaAiStemSongRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["mureka-ai/vocal-clone"],
        params: p.MurekaAiVocalCloneRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["mureka-ai/vocal-clone"],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.MurekaAiVocalCloneRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["mureka-o2/instrumental-generate"],
        params: p.MurekaO2InstrumentalGenerateRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["mureka-o2/instrumental-generate"],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.MurekaO2InstrumentalGenerateRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["pixverse-c1/image-to-video"],
        params: p.PixverseC1ImageToVideoRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["pixverse-c1/image-to-video"],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.PixverseC1ImageToVideoRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["pixverse-c1/reference-to-video"],
        params: p.PixverseC1ReferenceToVideoRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["pixverse-c1/reference-to-video"],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.PixverseC1ReferenceToVideoRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["pixverse-c1/text-to-video"],
        params: p.PixverseC1TextToVideoRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["pixverse-c1/text-to-video"],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.PixverseC1TextToVideoRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["pixverse-c1/transition"],
        params: p.PixverseC1TransitionRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["pixverse-c1/transition"],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.PixverseC1TransitionRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["pixverse-v5.5-effects"],
        params: p.PixverseV55EffectsRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["pixverse-v5.5-effects"],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.PixverseV55EffectsRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["pixverse-v5.5/image-to-video"],
        params: p.PixverseV55ImageToVideoRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["pixverse-v5.5/image-to-video"],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.PixverseV55ImageToVideoRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["pixverse-v5.5/text-to-video"],
        params: p.PixverseV55TextToVideoRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["pixverse-v5.5/text-to-video"],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.PixverseV55TextToVideoRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["pixverse-v5.5-transition"],
        params: p.PixverseV55TransitionRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["pixverse-v5.5-transition"],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.PixverseV55TransitionRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["pixverse-v5.6/image-to-video"],
        params: p.PixverseV56ImageToVideoRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["pixverse-v5.6/image-to-video"],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.PixverseV56ImageToVideoRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["pixverse-v5.6/text-to-video"],
        params: p.PixverseV56TextToVideoRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["pixverse-v5.6/text-to-video"],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.PixverseV56TextToVideoRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["pixverse-v6/effects"],
        params: p.PixverseV6EffectsRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["pixverse-v6/effects"],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.PixverseV6EffectsRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["pixverse-v6/extend"],
        params: p.PixverseV6ExtendRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["pixverse-v6/extend"],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.PixverseV6ExtendRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["pixverse-v6/image-to-video"],
        params: p.PixverseV6ImageToVideoRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["pixverse-v6/image-to-video"],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.PixverseV6ImageToVideoRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["pixverse-v6/text-to-video"],
        params: p.PixverseV6TextToVideoRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["pixverse-v6/text-to-video"],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.PixverseV6TextToVideoRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["pixverse-v6/transition"],
        params: p.PixverseV6TransitionRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["pixverse-v6/transition"],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.PixverseV6TransitionRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["suno-lyrics", "rhart-audio/suno/lyrics"],
        params: p.RhartAudioSunoLyricsRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["suno-lyrics", "rhart-audio/suno/lyrics"],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartAudioSunoLyricsRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["suno-custom-v4.5", "rhart-audio/suno-v4.5/custom"],
        params: p.RhartAudioSunoV45CustomRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["suno-custom-v4.5", "rhart-audio/suno-v4.5/custom"],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartAudioSunoV45CustomRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["suno-single-v4.5", "rhart-audio/suno-v4.5/single"],
        params: p.RhartAudioSunoV45SingleRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["suno-single-v4.5", "rhart-audio/suno-v4.5/single"],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartAudioSunoV45SingleRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["suno-custom-v5.5", "rhart-audio/suno-v5.5/custom"],
        params: p.RhartAudioSunoV55CustomRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["suno-custom-v5.5", "rhart-audio/suno-v5.5/custom"],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartAudioSunoV55CustomRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["suno-single-v5.5", "rhart-audio/suno-v5.5/single"],
        params: p.RhartAudioSunoV55SingleRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["suno-single-v5.5", "rhart-audio/suno-v5.5/single"],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartAudioSunoV55SingleRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["suno-custom-v5", "rhart-audio/suno-v5/custom"],
        params: p.RhartAudioSunoV5CustomRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["suno-custom-v5", "rhart-audio/suno-v5/custom"],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartAudioSunoV5CustomRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["suno-single-v5", "rhart-audio/suno-v5/single"],
        params: p.RhartAudioSunoV5SingleRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["suno-single-v5", "rhart-audio/suno-v5/single"],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartAudioSunoV5SingleRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["minimax/music-2.5", "rhart-audio/text-to-audio/music-2.5"],
        params: p.RhartAudioTextToAudioMusic25Request,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["minimax/music-2.5", "rhart-audio/text-to-audio/music-2.5"],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartAudioTextToAudioMusic25Request],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "minimax/speech-02-hd", "rhart-audio/text-to-audio/speech-02-hd"
        ],
        params: p.RhartAudioTextToAudioSpeech02HdRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "minimax/speech-02-hd", "rhart-audio/text-to-audio/speech-02-hd"
        ],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartAudioTextToAudioSpeech02HdRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "minimax/speech-02-turbo", "rhart-audio/text-to-audio/speech-02-turbo"
        ],
        params: p.RhartAudioTextToAudioSpeech02TurboRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "minimax/speech-02-turbo", "rhart-audio/text-to-audio/speech-02-turbo"
        ],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartAudioTextToAudioSpeech02TurboRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "minimax/speech-2.6-hd", "rhart-audio/text-to-audio/speech-2.6-hd"
        ],
        params: p.RhartAudioTextToAudioSpeech26HdRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "minimax/speech-2.6-hd", "rhart-audio/text-to-audio/speech-2.6-hd"
        ],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartAudioTextToAudioSpeech26HdRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "minimax/speech-2.6-turbo", "rhart-audio/text-to-audio/speech-2.6-turbo"
        ],
        params: p.RhartAudioTextToAudioSpeech26TurboRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "minimax/speech-2.6-turbo", "rhart-audio/text-to-audio/speech-2.6-turbo"
        ],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartAudioTextToAudioSpeech26TurboRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "minimax/speech-2.8-hd", "rhart-audio/text-to-audio/speech-2.8-hd"
        ],
        params: p.RhartAudioTextToAudioSpeech28HdRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "minimax/speech-2.8-hd", "rhart-audio/text-to-audio/speech-2.8-hd"
        ],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartAudioTextToAudioSpeech28HdRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "minimax/speech-2.8-turbo", "rhart-audio/text-to-audio/speech-2.8-turbo"
        ],
        params: p.RhartAudioTextToAudioSpeech28TurboRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "minimax/speech-2.8-turbo", "rhart-audio/text-to-audio/speech-2.8-turbo"
        ],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartAudioTextToAudioSpeech28TurboRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["minimax/voice-clone", "rhart-audio/text-to-audio/voice-clone"],
        params: p.RhartAudioTextToAudioVoiceCloneRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["minimax/voice-clone", "rhart-audio/text-to-audio/voice-clone"],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartAudioTextToAudioVoiceCloneRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["f-2-dev/edit-lora", "rhart-image/f-2-dev/edit-lora"],
        params: p.RhartImageF2DevEditLoraRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["f-2-dev/edit-lora", "rhart-image/f-2-dev/edit-lora"],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartImageF2DevEditLoraRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["f-2-dev/edit", "rhart-image/f-2-dev/edit"],
        params: p.RhartImageF2DevEditRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["f-2-dev/edit", "rhart-image/f-2-dev/edit"],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartImageF2DevEditRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "f-2-dev/text-to-image-lora", "rhart-image/f-2-dev/text-to-image-lora"
        ],
        params: p.RhartImageF2DevTextToImageLoraRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "f-2-dev/text-to-image-lora", "rhart-image/f-2-dev/text-to-image-lora"
        ],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartImageF2DevTextToImageLoraRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["f-2-dev/text-to-image", "rhart-image/f-2-dev/text-to-image"],
        params: p.RhartImageF2DevTextToImageRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["f-2-dev/text-to-image", "rhart-image/f-2-dev/text-to-image"],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartImageF2DevTextToImageRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["f-2-klein-4b/edit-lora", "rhart-image/f-2-klein-4b/edit-lora"],
        params: p.RhartImageF2Klein4bEditLoraRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["f-2-klein-4b/edit-lora", "rhart-image/f-2-klein-4b/edit-lora"],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartImageF2Klein4bEditLoraRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["f-2-klein-4b/edit", "rhart-image/f-2-klein-4b/edit"],
        params: p.RhartImageF2Klein4bEditRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["f-2-klein-4b/edit", "rhart-image/f-2-klein-4b/edit"],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartImageF2Klein4bEditRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "f-2-klein-4b/text-to-image-lora",
            "rhart-image/f-2-klein-4b/text-to-image-lora",
        ],
        params: p.RhartImageF2Klein4bTextToImageLoraRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "f-2-klein-4b/text-to-image-lora",
            "rhart-image/f-2-klein-4b/text-to-image-lora",
        ],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartImageF2Klein4bTextToImageLoraRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "f-2-klein-4b/text-to-image", "rhart-image/f-2-klein-4b/text-to-image"
        ],
        params: p.RhartImageF2Klein4bTextToImageRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "f-2-klein-4b/text-to-image", "rhart-image/f-2-klein-4b/text-to-image"
        ],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartImageF2Klein4bTextToImageRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["f-2-klein-9b/edit", "rhart-image/f-2-klein-9b/edit"],
        params: p.RhartImageF2Klein9bEditRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["f-2-klein-9b/edit", "rhart-image/f-2-klein-9b/edit"],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartImageF2Klein9bEditRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "f-2-klein-9b/text-to-image-lora",
            "rhart-image/f-2-klein-9b/text-to-image-lora",
        ],
        params: p.RhartImageF2Klein9bTextToImageLoraRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "f-2-klein-9b/text-to-image-lora",
            "rhart-image/f-2-klein-9b/text-to-image-lora",
        ],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartImageF2Klein9bTextToImageLoraRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "f-2-klein-9b/text-to-image", "rhart-image/f-2-klein-9b/text-to-image"
        ],
        params: p.RhartImageF2Klein9bTextToImageRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "f-2-klein-9b/text-to-image", "rhart-image/f-2-klein-9b/text-to-image"
        ],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartImageF2Klein9bTextToImageRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["f-dev-lora", "rhart-image/f-dev-lora"],
        params: p.RhartImageFDevLoraRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["f-dev-lora", "rhart-image/f-dev-lora"],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartImageFDevLoraRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["f-dev", "rhart-image/f-dev"],
        params: p.RhartImageFDevRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["f-dev", "rhart-image/f-dev"],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartImageFDevRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["f-krea-dev-lora", "rhart-image/f-krea-dev-lora"],
        params: p.RhartImageFKreaDevLoraRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["f-krea-dev-lora", "rhart-image/f-krea-dev-lora"],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartImageFKreaDevLoraRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "gpt-image-1.5/edit-channel-low-price",
            "gpt-image-1.5/edit-channel-low-price-[Deprecated] Please use gpt-image-2 instead",
            "rhart-image-g-1.5/edit",
        ],
        params: p.RhartImageG15EditRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "gpt-image-1.5/edit-channel-low-price",
            "gpt-image-1.5/edit-channel-low-price-[Deprecated] Please use gpt-image-2 instead",
            "rhart-image-g-1.5/edit",
        ],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartImageG15EditRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "gpt-image-1.5/image-to-image-official-stable",
            "rhart-image-g-1.5-official/image-to-image",
        ],
        params: p.RhartImageG15OfficialImageToImageRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "gpt-image-1.5/image-to-image-official-stable",
            "rhart-image-g-1.5-official/image-to-image",
        ],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartImageG15OfficialImageToImageRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "gpt-image-1.5/text-to-image-official-stable",
            "rhart-image-g-1.5-official/text-to-image",
        ],
        params: p.RhartImageG15OfficialTextToImageRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "gpt-image-1.5/text-to-image-official-stable",
            "rhart-image-g-1.5-official/text-to-image",
        ],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartImageG15OfficialTextToImageRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "gpt-image-1.5/text-to-image-channel-low-price",
            "gpt-image-1.5/text-to-image-channel-low-price-[Deprecated] Please use gpt-image-2 instead",
            "rhart-image-g-1.5/text-to-image",
        ],
        params: p.RhartImageG15TextToImageRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "gpt-image-1.5/text-to-image-channel-low-price",
            "gpt-image-1.5/text-to-image-channel-low-price-[Deprecated] Please use gpt-image-2 instead",
            "rhart-image-g-1.5/text-to-image",
        ],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartImageG15TextToImageRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "gpt-image-2.0/edit-channel-low-price", "rhart-image-g-2/image-to-image"
        ],
        params: p.RhartImageG2ImageToImageRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "gpt-image-2.0/edit-channel-low-price", "rhart-image-g-2/image-to-image"
        ],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartImageG2ImageToImageRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "gpt-image-2/image-to-image-official-stable",
            "rhart-image-g-2-official/image-to-image",
        ],
        params: p.RhartImageG2OfficialImageToImageRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "gpt-image-2/image-to-image-official-stable",
            "rhart-image-g-2-official/image-to-image",
        ],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartImageG2OfficialImageToImageRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "gpt-image-2/text-to-image-official-stable",
            "rhart-image-g-2-official/text-to-image",
        ],
        params: p.RhartImageG2OfficialTextToImageRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "gpt-image-2/text-to-image-official-stable",
            "rhart-image-g-2-official/text-to-image",
        ],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartImageG2OfficialTextToImageRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "gpt-image-2.0/text-to-image-channel-low-price",
            "rhart-image-g-2/text-to-image",
        ],
        params: p.RhartImageG2TextToImageRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "gpt-image-2.0/text-to-image-channel-low-price",
            "rhart-image-g-2/text-to-image",
        ],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartImageG2TextToImageRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["grok-3-image-to-image", "rhart-image-g-3/image-to-image"],
        params: p.RhartImageG3ImageToImageRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["grok-3-image-to-image", "rhart-image-g-3/image-to-image"],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartImageG3ImageToImageRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["grok-3-image-text-to-image", "rhart-image-g-3/text-to-image"],
        params: p.RhartImageG3TextToImageRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["grok-3-image-text-to-image", "rhart-image-g-3/text-to-image"],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartImageG3TextToImageRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["grok-4-image-image-to-image", "rhart-image-g-4/image-to-image"],
        params: p.RhartImageG4ImageToImageRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["grok-4-image-image-to-image", "rhart-image-g-4/image-to-image"],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartImageG4ImageToImageRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["grok-4-image-text-to-image", "rhart-image-g-4/text-to-image"],
        params: p.RhartImageG4TextToImageRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["grok-4-image-text-to-image", "rhart-image-g-4/text-to-image"],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartImageG4TextToImageRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "grok-image/image-to-image/channel-low-price",
            "rhart-image-g/image-to-image",
        ],
        params: p.RhartImageGImageToImageRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "grok-image/image-to-image/channel-low-price",
            "rhart-image-g/image-to-image",
        ],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartImageGImageToImageRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "grok-image/text-to-image/channel-low-price", "rhart-image-g/text-to-image"
        ],
        params: p.RhartImageGTextToImageRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "grok-image/text-to-image/channel-low-price", "rhart-image-g/text-to-image"
        ],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartImageGTextToImageRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "nano-banana2-gemini31flash/image-to-image-channel-low-price",
            "rhart-image-n-g31-flash/image-to-image",
        ],
        params: p.RhartImageNG31FlashImageToImageRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "nano-banana2-gemini31flash/image-to-image-channel-low-price",
            "rhart-image-n-g31-flash/image-to-image",
        ],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartImageNG31FlashImageToImageRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "nano-banana2-gemini31flash-lite/image-to-image-channel-low-price",
            "rhart-image-n-g31-flash-lite/image-to-image",
        ],
        params: p.RhartImageNG31FlashLiteImageToImageRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "nano-banana2-gemini31flash-lite/image-to-image-channel-low-price",
            "rhart-image-n-g31-flash-lite/image-to-image",
        ],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartImageNG31FlashLiteImageToImageRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "nano-banana2-gemini31flash-lite/image-to-image-official-stable",
            "rhart-image-n-g31-flash-lite-official/image-to-image",
        ],
        params: p.RhartImageNG31FlashLiteOfficialImageToImageRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "nano-banana2-gemini31flash-lite/image-to-image-official-stable",
            "rhart-image-n-g31-flash-lite-official/image-to-image",
        ],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartImageNG31FlashLiteOfficialImageToImageRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "nano-banana2-gemini31flash-lite/text-to-image-official-stable",
            "rhart-image-n-g31-flash-lite-official/text-to-image",
        ],
        params: p.RhartImageNG31FlashLiteOfficialTextToImageRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "nano-banana2-gemini31flash-lite/text-to-image-official-stable",
            "rhart-image-n-g31-flash-lite-official/text-to-image",
        ],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartImageNG31FlashLiteOfficialTextToImageRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "nano-banana2-gemini31flash-lite/text-to-image-channel-low-price",
            "rhart-image-n-g31-flash-lite/text-to-image",
        ],
        params: p.RhartImageNG31FlashLiteTextToImageRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "nano-banana2-gemini31flash-lite/text-to-image-channel-low-price",
            "rhart-image-n-g31-flash-lite/text-to-image",
        ],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartImageNG31FlashLiteTextToImageRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "nano-banana2-gemini31flash/image-to-image-official-stable",
            "rhart-image-n-g31-flash-official/image-to-image",
        ],
        params: p.RhartImageNG31FlashOfficialImageToImageRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "nano-banana2-gemini31flash/image-to-image-official-stable",
            "rhart-image-n-g31-flash-official/image-to-image",
        ],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartImageNG31FlashOfficialImageToImageRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "nano-banana2-gemini31flash/text-to-image-official-stable",
            "rhart-image-n-g31-flash-official/text-to-image",
        ],
        params: p.RhartImageNG31FlashOfficialTextToImageRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "nano-banana2-gemini31flash/text-to-image-official-stable",
            "rhart-image-n-g31-flash-official/text-to-image",
        ],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartImageNG31FlashOfficialTextToImageRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "nano-banana2-gemini31flash/text-to-image-channel-low-price",
            "rhart-image-n-g31-flash/text-to-image",
        ],
        params: p.RhartImageNG31FlashTextToImageRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "nano-banana2-gemini31flash/text-to-image-channel-low-price",
            "rhart-image-n-g31-flash/text-to-image",
        ],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartImageNG31FlashTextToImageRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "nano-banana-pro/edit-channel-low-price", "rhart-image-n-pro/edit"
        ],
        params: p.RhartImageNProEditRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "nano-banana-pro/edit-channel-low-price", "rhart-image-n-pro/edit"
        ],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartImageNProEditRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "nano-banana-pro/edit-official-stable", "rhart-image-n-pro-official/edit"
        ],
        params: p.RhartImageNProOfficialEditRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "nano-banana-pro/edit-official-stable", "rhart-image-n-pro-official/edit"
        ],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartImageNProOfficialEditRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "nano-banana-pro/edit-ultra-official-stable",
            "rhart-image-n-pro-official/edit-ultra",
        ],
        params: p.RhartImageNProOfficialEditUltraRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "nano-banana-pro/edit-ultra-official-stable",
            "rhart-image-n-pro-official/edit-ultra",
        ],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartImageNProOfficialEditUltraRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "nano-banana-pro/text-to-image-official-stable",
            "rhart-image-n-pro-official/text-to-image",
        ],
        params: p.RhartImageNProOfficialTextToImageRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "nano-banana-pro/text-to-image-official-stable",
            "rhart-image-n-pro-official/text-to-image",
        ],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartImageNProOfficialTextToImageRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "nano-banana-pro/text-to-image-ultra-official-stable",
            "rhart-image-n-pro-official/text-to-image-ultra",
        ],
        params: p.RhartImageNProOfficialTextToImageUltraRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "nano-banana-pro/text-to-image-ultra-official-stable",
            "rhart-image-n-pro-official/text-to-image-ultra",
        ],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartImageNProOfficialTextToImageUltraRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "nano-banana-pro/text-to-image-channel-low-price",
            "rhart-image-n-pro/text-to-image",
        ],
        params: p.RhartImageNProTextToImageRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "nano-banana-pro/text-to-image-channel-low-price",
            "rhart-image-n-pro/text-to-image",
        ],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartImageNProTextToImageRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "qwen-image/edit-2511-lora", "rhart-image/qwen-image/edit-2511-lora"
        ],
        params: p.RhartImageQwenImageEdit2511LoraRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "qwen-image/edit-2511-lora", "rhart-image/qwen-image/edit-2511-lora"
        ],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartImageQwenImageEdit2511LoraRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["qwen-image/edit-2511", "rhart-image/qwen-image/edit-2511"],
        params: p.RhartImageQwenImageEdit2511Request,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["qwen-image/edit-2511", "rhart-image/qwen-image/edit-2511"],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartImageQwenImageEdit2511Request],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "qwen-image/text-to-image-2512-lora",
            "rhart-image/qwen-image/text-to-image-2512-lora",
        ],
        params: p.RhartImageQwenImageTextToImage2512LoraRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "qwen-image/text-to-image-2512-lora",
            "rhart-image/qwen-image/text-to-image-2512-lora",
        ],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartImageQwenImageTextToImage2512LoraRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "qwen-image/text-to-image-2512", "rhart-image/qwen-image/text-to-image-2512"
        ],
        params: p.RhartImageQwenImageTextToImage2512Request,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "qwen-image/text-to-image-2512", "rhart-image/qwen-image/text-to-image-2512"
        ],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartImageQwenImageTextToImage2512Request],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["nano-banana/edit-channel-low-price", "rhart-image-v1/edit"],
        params: p.RhartImageV1EditRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["nano-banana/edit-channel-low-price", "rhart-image-v1/edit"],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartImageV1EditRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "nano-banana/edit-official-stable", "rhart-image-v1-official/edit"
        ],
        params: p.RhartImageV1OfficialEditRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "nano-banana/edit-official-stable", "rhart-image-v1-official/edit"
        ],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartImageV1OfficialEditRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "nano-banana/text-to-image-official-stable",
            "rhart-image-v1-official/text-to-image",
        ],
        params: p.RhartImageV1OfficialTextToImageRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "nano-banana/text-to-image-official-stable",
            "rhart-image-v1-official/text-to-image",
        ],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartImageV1OfficialTextToImageRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "nano-banana/text-to-image-channel-low-price",
            "rhart-image-v1/text-to-image",
        ],
        params: p.RhartImageV1TextToImageRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "nano-banana/text-to-image-channel-low-price",
            "rhart-image-v1/text-to-image",
        ],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartImageV1TextToImageRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "xai/grok-imagine-image/edit-official-stable", "rhart-image-x-official/edit"
        ],
        params: p.RhartImageXOfficialEditRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "xai/grok-imagine-image/edit-official-stable", "rhart-image-x-official/edit"
        ],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartImageXOfficialEditRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "xai/grok-imagine-image/text-to-image-official-stable",
            "rhart-image-x-official/text-to-image",
        ],
        params: p.RhartImageXOfficialTextToImageRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "xai/grok-imagine-image/text-to-image-official-stable",
            "rhart-image-x-official/text-to-image",
        ],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartImageXOfficialTextToImageRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "z-image-turbo/image-to-image-lora",
            "rhart-image/z-image-turbo/image-to-image-lora",
        ],
        params: p.RhartImageZImageTurboImageToImageLoraRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "z-image-turbo/image-to-image-lora",
            "rhart-image/z-image-turbo/image-to-image-lora",
        ],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartImageZImageTurboImageToImageLoraRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "z-image-turbo/image-to-image", "rhart-image/z-image-turbo/image-to-image"
        ],
        params: p.RhartImageZImageTurboImageToImageRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "z-image-turbo/image-to-image", "rhart-image/z-image-turbo/image-to-image"
        ],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartImageZImageTurboImageToImageRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["z-image/turbo-lora", "rhart-image/z-image/turbo-lora"],
        params: p.RhartImageZImageTurboLoraRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["z-image/turbo-lora", "rhart-image/z-image/turbo-lora"],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartImageZImageTurboLoraRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["z-image/turbo", "rhart-image/z-image/turbo"],
        params: p.RhartImageZImageTurboRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["z-image/turbo", "rhart-image/z-image/turbo"],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartImageZImageTurboRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "xai/rhart-imagine-image-quality/edit-official-stable",
            "rhart-imagine-image-quality/edit",
        ],
        params: p.RhartImagineImageQualityEditRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "xai/rhart-imagine-image-quality/edit-official-stable",
            "rhart-imagine-image-quality/edit",
        ],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartImagineImageQualityEditRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "xai/rhart-imagine-image-quality/text-to-image-official-stable",
            "rhart-imagine-image-quality/text-to-image",
        ],
        params: p.RhartImagineImageQualityTextToImageRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "xai/rhart-imagine-image-quality/text-to-image-official-stable",
            "rhart-imagine-image-quality/text-to-image",
        ],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartImagineImageQualityTextToImageRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["rhart-text-g-25-flash-cv/image-to-text"],
        params: p.RhartTextG25FlashCvImageToTextRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["rhart-text-g-25-flash-cv/image-to-text"],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartTextG25FlashCvImageToTextRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["rhart-text-g-25-flash/image-to-text"],
        params: p.RhartTextG25FlashImageToTextRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["rhart-text-g-25-flash/image-to-text"],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartTextG25FlashImageToTextRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["rhart-text-g-25-flash/text-to-text"],
        params: p.RhartTextG25FlashTextToTextRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["rhart-text-g-25-flash/text-to-text"],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartTextG25FlashTextToTextRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["rhart-text-g-25-flash/video-to-text"],
        params: p.RhartTextG25FlashVideoToTextRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["rhart-text-g-25-flash/video-to-text"],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartTextG25FlashVideoToTextRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["rhart-text-g-25-pro-cv/image-to-text"],
        params: p.RhartTextG25ProCvImageToTextRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["rhart-text-g-25-pro-cv/image-to-text"],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartTextG25ProCvImageToTextRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["rhart-text-g-25-pro/image-to-text"],
        params: p.RhartTextG25ProImageToTextRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["rhart-text-g-25-pro/image-to-text"],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartTextG25ProImageToTextRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["rhart-text-g-25-pro/text-to-text"],
        params: p.RhartTextG25ProTextToTextRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["rhart-text-g-25-pro/text-to-text"],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartTextG25ProTextToTextRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["rhart-text-g-25-pro/video-to-text"],
        params: p.RhartTextG25ProVideoToTextRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["rhart-text-g-25-pro/video-to-text"],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartTextG25ProVideoToTextRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["rhart-text-g-3-flash-preview-cv/image-to-text"],
        params: p.RhartTextG3FlashPreviewCvImageToTextRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["rhart-text-g-3-flash-preview-cv/image-to-text"],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartTextG3FlashPreviewCvImageToTextRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["rhart-text-g-3-flash-preview/image-to-text"],
        params: p.RhartTextG3FlashPreviewImageToTextRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["rhart-text-g-3-flash-preview/image-to-text"],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartTextG3FlashPreviewImageToTextRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["rhart-text-g-3-flash-preview/text-to-text"],
        params: p.RhartTextG3FlashPreviewTextToTextRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["rhart-text-g-3-flash-preview/text-to-text"],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartTextG3FlashPreviewTextToTextRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["rhart-text-g-3-flash-preview/video-to-text"],
        params: p.RhartTextG3FlashPreviewVideoToTextRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["rhart-text-g-3-flash-preview/video-to-text"],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartTextG3FlashPreviewVideoToTextRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["rhart-text-g-3-pro-preview-cv/image-to-text"],
        params: p.RhartTextG3ProPreviewCvImageToTextRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["rhart-text-g-3-pro-preview-cv/image-to-text"],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartTextG3ProPreviewCvImageToTextRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["rhart-text-g-3-pro-preview/image-to-text"],
        params: p.RhartTextG3ProPreviewImageToTextRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["rhart-text-g-3-pro-preview/image-to-text"],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartTextG3ProPreviewImageToTextRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["rhart-text-g-3-pro-preview/text-to-text"],
        params: p.RhartTextG3ProPreviewTextToTextRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["rhart-text-g-3-pro-preview/text-to-text"],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartTextG3ProPreviewTextToTextRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["rhart-text-g-3-pro-preview/video-to-text"],
        params: p.RhartTextG3ProPreviewVideoToTextRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["rhart-text-g-3-pro-preview/video-to-text"],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartTextG3ProPreviewVideoToTextRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["rhart-text-qwen-27b/chat"],
        params: p.RhartTextQwen27bChatRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["rhart-text-qwen-27b/chat"],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartTextQwen27bChatRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["f-kontext-dev-lora", "rhart-video/f-kontext/dev-lora"],
        params: p.RhartVideoFKontextDevLoraRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["f-kontext-dev-lora", "rhart-video/f-kontext/dev-lora"],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartVideoFKontextDevLoraRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "xai/grok-imagine/image-to-video-channel-low-price",
            "xai/grok-imagine/image-to-video-channel-low-price-v1.5",
            "rhart-video-g/image-to-video",
        ],
        params: p.RhartVideoGImageToVideoRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "xai/grok-imagine/image-to-video-channel-low-price",
            "xai/grok-imagine/image-to-video-channel-low-price-v1.5",
            "rhart-video-g/image-to-video",
        ],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartVideoGImageToVideoRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "xai/grok-imagine/edit-video-official-stable",
            "rhart-video-g-official/edit-video",
        ],
        params: p.RhartVideoGOfficialEditVideoRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "xai/grok-imagine/edit-video-official-stable",
            "rhart-video-g-official/edit-video",
        ],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartVideoGOfficialEditVideoRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "xai/grok-imagine/image-to-video-official-stable",
            "rhart-video-g-official/image-to-video",
        ],
        params: p.RhartVideoGOfficialImageToVideoRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "xai/grok-imagine/image-to-video-official-stable",
            "rhart-video-g-official/image-to-video",
        ],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartVideoGOfficialImageToVideoRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "xai/grok-imagine-video-v1.5/image-to-video-official-stable",
            "rhart-video-g-official/image-to-video-v1.5",
        ],
        params: p.RhartVideoGOfficialImageToVideoV15Request,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "xai/grok-imagine-video-v1.5/image-to-video-official-stable",
            "rhart-video-g-official/image-to-video-v1.5",
        ],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartVideoGOfficialImageToVideoV15Request],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "xai/grok-imagine-video/reference-to-video-official-stable",
            "rhart-video-g-official/reference-to-video",
        ],
        params: p.RhartVideoGOfficialReferenceToVideoRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "xai/grok-imagine-video/reference-to-video-official-stable",
            "rhart-video-g-official/reference-to-video",
        ],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartVideoGOfficialReferenceToVideoRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "xai/grok-imagine/text-to-video-official-stable",
            "rhart-video-g-official/text-to-video",
        ],
        params: p.RhartVideoGOfficialTextToVideoRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "xai/grok-imagine/text-to-video-official-stable",
            "rhart-video-g-official/text-to-video",
        ],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartVideoGOfficialTextToVideoRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "xai/grok-imagine-video/video-extend-official-stable",
            "rhart-video-g-official/video-extend",
        ],
        params: p.RhartVideoGOfficialVideoExtendRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "xai/grok-imagine-video/video-extend-official-stable",
            "rhart-video-g-official/video-extend",
        ],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartVideoGOfficialVideoExtendRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "xai/grok-imagine/text-to-video-channel-low-price",
            "xai/grok-imagine/text-to-video-channel-low-price-v1.5",
            "rhart-video-g/text-to-video",
        ],
        params: p.RhartVideoGTextToVideoRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "xai/grok-imagine/text-to-video-channel-low-price",
            "xai/grok-imagine/text-to-video-channel-low-price-v1.5",
            "rhart-video-g/text-to-video",
        ],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartVideoGTextToVideoRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "ltx-2.3/image-to-video-lora", "rhart-video/ltx-2.3/image-to-video-lora"
        ],
        params: p.RhartVideoLtx23ImageToVideoLoraRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "ltx-2.3/image-to-video-lora", "rhart-video/ltx-2.3/image-to-video-lora"
        ],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartVideoLtx23ImageToVideoLoraRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["ltx-2.3/image-to-video", "rhart-video/ltx-2.3/image-to-video"],
        params: p.RhartVideoLtx23ImageToVideoRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["ltx-2.3/image-to-video", "rhart-video/ltx-2.3/image-to-video"],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartVideoLtx23ImageToVideoRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "ltx-2.3/text-to-video-lora", "rhart-video/ltx-2.3/text-to-video-lora"
        ],
        params: p.RhartVideoLtx23TextToVideoLoraRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "ltx-2.3/text-to-video-lora", "rhart-video/ltx-2.3/text-to-video-lora"
        ],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartVideoLtx23TextToVideoLoraRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["ltx-2.3/text-to-video", "rhart-video/ltx-2.3/text-to-video"],
        params: p.RhartVideoLtx23TextToVideoRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["ltx-2.3/text-to-video", "rhart-video/ltx-2.3/text-to-video"],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartVideoLtx23TextToVideoRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "ltx-2-19b/text-to-video-lora", "rhart-video/ltx-2/text-to-video-lora"
        ],
        params: p.RhartVideoLtx2TextToVideoLoraRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "ltx-2-19b/text-to-video-lora", "rhart-video/ltx-2/text-to-video-lora"
        ],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartVideoLtx2TextToVideoLoraRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "runwayml/gen4-aleph/video-to-video-official-stable",
            "rhart-video-r/gen4-aleph-official/video-to-video",
        ],
        params: p.RhartVideoRGen4AlephOfficialVideoToVideoRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "runwayml/gen4-aleph/video-to-video-official-stable",
            "rhart-video-r/gen4-aleph-official/video-to-video",
        ],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartVideoRGen4AlephOfficialVideoToVideoRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "runwayml/gen4-turbo/image-to-video-channel-low-price",
            "rhart-video-r/gen4-turbo/image-to-video",
        ],
        params: p.RhartVideoRGen4TurboImageToVideoRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "runwayml/gen4-turbo/image-to-video-channel-low-price",
            "rhart-video-r/gen4-turbo/image-to-video",
        ],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartVideoRGen4TurboImageToVideoRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "runwayml/gen4-turbo/image-to-video-official-stable",
            "rhart-video-r/gen4-turbo-official/image-to-video",
        ],
        params: p.RhartVideoRGen4TurboOfficialImageToVideoRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "runwayml/gen4-turbo/image-to-video-official-stable",
            "rhart-video-r/gen4-turbo-official/image-to-video",
        ],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartVideoRGen4TurboOfficialImageToVideoRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "sora-2/image-to-video-asyn-channel-low-price",
            "rhart-video-s/image-to-video-asyn",
        ],
        params: p.RhartVideoSImageToVideoAsynRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "sora-2/image-to-video-asyn-channel-low-price",
            "rhart-video-s/image-to-video-asyn",
        ],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartVideoSImageToVideoAsynRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "sora-2/image-to-video-pro-channel-low-price",
            "rhart-video-s/image-to-video-pro-deprecated",
        ],
        params: p.RhartVideoSImageToVideoProDeprecatedRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "sora-2/image-to-video-pro-channel-low-price",
            "rhart-video-s/image-to-video-pro-deprecated",
        ],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartVideoSImageToVideoProDeprecatedRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "sora-2/image-to-video-channel-low-price", "rhart-video-s/image-to-video"
        ],
        params: p.RhartVideoSImageToVideoRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "sora-2/image-to-video-channel-low-price", "rhart-video-s/image-to-video"
        ],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartVideoSImageToVideoRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "sora-2/image-to-video-pro-official-stable",
            "rhart-video-s-official/image-to-video-pro",
        ],
        params: p.RhartVideoSOfficialImageToVideoProRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "sora-2/image-to-video-pro-official-stable",
            "rhart-video-s-official/image-to-video-pro",
        ],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartVideoSOfficialImageToVideoProRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "sora-2/image-to-video-realistic-official-stable",
            "rhart-video-s-official/image-to-video-realistic",
        ],
        params: p.RhartVideoSOfficialImageToVideoRealisticRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "sora-2/image-to-video-realistic-official-stable",
            "rhart-video-s-official/image-to-video-realistic",
        ],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartVideoSOfficialImageToVideoRealisticRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "sora-2/image-to-video-official-stable",
            "rhart-video-s-official/image-to-video",
        ],
        params: p.RhartVideoSOfficialImageToVideoRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "sora-2/image-to-video-official-stable",
            "rhart-video-s-official/image-to-video",
        ],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartVideoSOfficialImageToVideoRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "sora-upload-character-official",
            "rhart-video-s-official/sora-upload-character",
        ],
        params: p.RhartVideoSOfficialSoraUploadCharacterRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "sora-upload-character-official",
            "rhart-video-s-official/sora-upload-character",
        ],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartVideoSOfficialSoraUploadCharacterRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "sora-2/text-to-video-pro-official-stable",
            "rhart-video-s-official/text-to-video-pro",
        ],
        params: p.RhartVideoSOfficialTextToVideoProRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "sora-2/text-to-video-pro-official-stable",
            "rhart-video-s-official/text-to-video-pro",
        ],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartVideoSOfficialTextToVideoProRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "sora-2/text-to-video-official-stable",
            "rhart-video-s-official/text-to-video",
        ],
        params: p.RhartVideoSOfficialTextToVideoRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "sora-2/text-to-video-official-stable",
            "rhart-video-s-official/text-to-video",
        ],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartVideoSOfficialTextToVideoRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "sora-upload-character-channel-low-price",
            "rhart-video-s/sora-upload-character",
        ],
        params: p.RhartVideoSSoraUploadCharacterRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "sora-upload-character-channel-low-price",
            "rhart-video-s/sora-upload-character",
        ],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartVideoSSoraUploadCharacterRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "sora-2/text-to-video-pro-channel-low-price",
            "rhart-video-s/text-to-video-pro-deprecated",
        ],
        params: p.RhartVideoSTextToVideoProDeprecatedRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "sora-2/text-to-video-pro-channel-low-price",
            "rhart-video-s/text-to-video-pro-deprecated",
        ],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartVideoSTextToVideoProDeprecatedRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "sora-2/text-to-video-channel-low-price", "rhart-video-s/text-to-video"
        ],
        params: p.RhartVideoSTextToVideoRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "sora-2/text-to-video-channel-low-price", "rhart-video-s/text-to-video"
        ],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartVideoSTextToVideoRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "seedance-2.0-fast/image-to-video",
            "Seedance2.0 Fast Image to Video",
            "rhart-video/sparkvideo-2.0-fast/image-to-video",
        ],
        params: p.RhartVideoSparkvideo20FastImageToVideoRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "seedance-2.0-fast/image-to-video",
            "Seedance2.0 Fast Image to Video",
            "rhart-video/sparkvideo-2.0-fast/image-to-video",
        ],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartVideoSparkvideo20FastImageToVideoRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "seedance-2.0-fast/multimodal-video",
            "Seedance2.0 Fast Multimodal Video",
            "rhart-video/sparkvideo-2.0-fast/multimodal-video",
        ],
        params: p.RhartVideoSparkvideo20FastMultimodalVideoRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "seedance-2.0-fast/multimodal-video",
            "Seedance2.0 Fast Multimodal Video",
            "rhart-video/sparkvideo-2.0-fast/multimodal-video",
        ],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartVideoSparkvideo20FastMultimodalVideoRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "seedance-2.0-fast/text-to-video",
            "Seedance2.0 Fast Text to Video",
            "rhart-video/sparkvideo-2.0-fast/text-to-video",
        ],
        params: p.RhartVideoSparkvideo20FastTextToVideoRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "seedance-2.0-fast/text-to-video",
            "Seedance2.0 Fast Text to Video",
            "rhart-video/sparkvideo-2.0-fast/text-to-video",
        ],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartVideoSparkvideo20FastTextToVideoRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "seedance-2.0/image-to-video",
            "Seedance2.0 Image to Video",
            "rhart-video/sparkvideo-2.0/image-to-video",
        ],
        params: p.RhartVideoSparkvideo20ImageToVideoRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "seedance-2.0/image-to-video",
            "Seedance2.0 Image to Video",
            "rhart-video/sparkvideo-2.0/image-to-video",
        ],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartVideoSparkvideo20ImageToVideoRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "seedance-2.0-mini/image-to-video",
            "rhart-video/sparkvideo-2.0-mini/image-to-video",
        ],
        params: p.RhartVideoSparkvideo20MiniImageToVideoRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "seedance-2.0-mini/image-to-video",
            "rhart-video/sparkvideo-2.0-mini/image-to-video",
        ],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartVideoSparkvideo20MiniImageToVideoRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "seedance-2.0-mini/multimodal-video",
            "rhart-video/sparkvideo-2.0-mini/multimodal-video",
        ],
        params: p.RhartVideoSparkvideo20MiniMultimodalVideoRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "seedance-2.0-mini/multimodal-video",
            "rhart-video/sparkvideo-2.0-mini/multimodal-video",
        ],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartVideoSparkvideo20MiniMultimodalVideoRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "seedance-2.0-mini/text-to-video",
            "rhart-video/sparkvideo-2.0-mini/text-to-video",
        ],
        params: p.RhartVideoSparkvideo20MiniTextToVideoRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "seedance-2.0-mini/text-to-video",
            "rhart-video/sparkvideo-2.0-mini/text-to-video",
        ],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartVideoSparkvideo20MiniTextToVideoRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "seedance-2.0/multimodal-video",
            "Seedance2.0 Multimodal Video",
            "rhart-video/sparkvideo-2.0/multimodal-video",
        ],
        params: p.RhartVideoSparkvideo20MultimodalVideoRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "seedance-2.0/multimodal-video",
            "Seedance2.0 Multimodal Video",
            "rhart-video/sparkvideo-2.0/multimodal-video",
        ],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartVideoSparkvideo20MultimodalVideoRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "rhart-video/sparkvideo-2.0/multimodal-video-star-fast",
            "Stephen Chow IP Video Gen-Fast (Seedance 2.0 Fast)",
        ],
        params: p.RhartVideoSparkvideo20MultimodalVideoStarFastRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "rhart-video/sparkvideo-2.0/multimodal-video-star-fast",
            "Stephen Chow IP Video Gen-Fast (Seedance 2.0 Fast)",
        ],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartVideoSparkvideo20MultimodalVideoStarFastRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "rhart-video/sparkvideo-2.0/multimodal-video-star",
            "Stephen Chow IP Video Gen(Seedance 2.0)",
        ],
        params: p.RhartVideoSparkvideo20MultimodalVideoStarRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "rhart-video/sparkvideo-2.0/multimodal-video-star",
            "Stephen Chow IP Video Gen(Seedance 2.0)",
        ],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartVideoSparkvideo20MultimodalVideoStarRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "seedance-2.0/text-to-video",
            "Seedance2.0 Text to Video",
            "rhart-video/sparkvideo-2.0/text-to-video",
        ],
        params: p.RhartVideoSparkvideo20TextToVideoRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "seedance-2.0/text-to-video",
            "Seedance2.0 Text to Video",
            "rhart-video/sparkvideo-2.0/text-to-video",
        ],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartVideoSparkvideo20TextToVideoRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "google/veo3.1-fast/image-to-video-channel-low-price",
            "rhart-video-v3.1-fast/image-to-video",
        ],
        params: p.RhartVideoV31FastImageToVideoRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "google/veo3.1-fast/image-to-video-channel-low-price",
            "rhart-video-v3.1-fast/image-to-video",
        ],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartVideoV31FastImageToVideoRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "google/veo3.1-fast/image-to-video-official-stable",
            "rhart-video-v3.1-fast-official/image-to-video",
        ],
        params: p.RhartVideoV31FastOfficialImageToVideoRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "google/veo3.1-fast/image-to-video-official-stable",
            "rhart-video-v3.1-fast-official/image-to-video",
        ],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartVideoV31FastOfficialImageToVideoRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "google/veo3.1-fast/reference-to-video-official-stable",
            "rhart-video-v3.1-fast-official/reference-to-video",
        ],
        params: p.RhartVideoV31FastOfficialReferenceToVideoRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "google/veo3.1-fast/reference-to-video-official-stable",
            "rhart-video-v3.1-fast-official/reference-to-video",
        ],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartVideoV31FastOfficialReferenceToVideoRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "google/veo3.1-fast/text-to-video-official-stable",
            "rhart-video-v3.1-fast-official/text-to-video",
        ],
        params: p.RhartVideoV31FastOfficialTextToVideoRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "google/veo3.1-fast/text-to-video-official-stable",
            "rhart-video-v3.1-fast-official/text-to-video",
        ],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartVideoV31FastOfficialTextToVideoRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "google/veo3.1-fast/video-extend-official-stable",
            "rhart-video-v3.1-fast-official/video-extend",
        ],
        params: p.RhartVideoV31FastOfficialVideoExtendRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "google/veo3.1-fast/video-extend-official-stable",
            "rhart-video-v3.1-fast-official/video-extend",
        ],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartVideoV31FastOfficialVideoExtendRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "google/veo3.1-fast/start-end-to-video-channel-low-price",
            "rhart-video-v3.1-fast/start-end-to-video",
        ],
        params: p.RhartVideoV31FastStartEndToVideoRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "google/veo3.1-fast/start-end-to-video-channel-low-price",
            "rhart-video-v3.1-fast/start-end-to-video",
        ],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartVideoV31FastStartEndToVideoRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "google/veo3.1-fast/text-to-video-channel-low-price",
            "rhart-video-v3.1-fast/text-to-video",
        ],
        params: p.RhartVideoV31FastTextToVideoRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "google/veo3.1-fast/text-to-video-channel-low-price",
            "rhart-video-v3.1-fast/text-to-video",
        ],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartVideoV31FastTextToVideoRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "google/veo3.1-lite/image-to-video-channel-low-price",
            "rhart-video-v3.1-lite/image-to-video",
        ],
        params: p.RhartVideoV31LiteImageToVideoRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "google/veo3.1-lite/image-to-video-channel-low-price",
            "rhart-video-v3.1-lite/image-to-video",
        ],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartVideoV31LiteImageToVideoRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "google/veo3.1-lite/image-to-video-official-stable",
            "rhart-video-v3.1-lite-official/image-to-video",
        ],
        params: p.RhartVideoV31LiteOfficialImageToVideoRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "google/veo3.1-lite/image-to-video-official-stable",
            "rhart-video-v3.1-lite-official/image-to-video",
        ],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartVideoV31LiteOfficialImageToVideoRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "google/veo3.1-lite/start-end-to-video-official-stable",
            "rhart-video-v3.1-lite-official/start-end-to-video",
        ],
        params: p.RhartVideoV31LiteOfficialStartEndToVideoRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "google/veo3.1-lite/start-end-to-video-official-stable",
            "rhart-video-v3.1-lite-official/start-end-to-video",
        ],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartVideoV31LiteOfficialStartEndToVideoRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "google/veo3.1-lite/text-to-video-official-stable",
            "rhart-video-v3.1-lite-official/text-to-video",
        ],
        params: p.RhartVideoV31LiteOfficialTextToVideoRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "google/veo3.1-lite/text-to-video-official-stable",
            "rhart-video-v3.1-lite-official/text-to-video",
        ],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartVideoV31LiteOfficialTextToVideoRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "google/veo3.1-lite/text-to-video-channel-low-price",
            "rhart-video-v3.1-lite/text-to-video",
        ],
        params: p.RhartVideoV31LiteTextToVideoRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "google/veo3.1-lite/text-to-video-channel-low-price",
            "rhart-video-v3.1-lite/text-to-video",
        ],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartVideoV31LiteTextToVideoRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "google/veo3.1-pro/image-to-video-channel-low-price",
            "rhart-video-v3.1-pro/image-to-video",
        ],
        params: p.RhartVideoV31ProImageToVideoRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "google/veo3.1-pro/image-to-video-channel-low-price",
            "rhart-video-v3.1-pro/image-to-video",
        ],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartVideoV31ProImageToVideoRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "google/veo3.1-pro/image-to-video-official-stable",
            "rhart-video-v3.1-pro-official/image-to-video",
        ],
        params: p.RhartVideoV31ProOfficialImageToVideoRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "google/veo3.1-pro/image-to-video-official-stable",
            "rhart-video-v3.1-pro-official/image-to-video",
        ],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartVideoV31ProOfficialImageToVideoRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "google/veo3.1-pro/reference-to-video-official-stable",
            "rhart-video-v3.1-pro-official/reference-to-video",
        ],
        params: p.RhartVideoV31ProOfficialReferenceToVideoRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "google/veo3.1-pro/reference-to-video-official-stable",
            "rhart-video-v3.1-pro-official/reference-to-video",
        ],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartVideoV31ProOfficialReferenceToVideoRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "google/veo3.1-pro/text-to-video-official-stable",
            "rhart-video-v3.1-pro-official/text-to-video",
        ],
        params: p.RhartVideoV31ProOfficialTextToVideoRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "google/veo3.1-pro/text-to-video-official-stable",
            "rhart-video-v3.1-pro-official/text-to-video",
        ],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartVideoV31ProOfficialTextToVideoRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "google/veo3.1-pro/video-extend-official-stable",
            "rhart-video-v3.1-pro-official/video-extend",
        ],
        params: p.RhartVideoV31ProOfficialVideoExtendRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "google/veo3.1-pro/video-extend-official-stable",
            "rhart-video-v3.1-pro-official/video-extend",
        ],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartVideoV31ProOfficialVideoExtendRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "google/veo3.1-pro/start-end-to-video-channel-low-price",
            "rhart-video-v3.1-pro/start-end-to-video",
        ],
        params: p.RhartVideoV31ProStartEndToVideoRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "google/veo3.1-pro/start-end-to-video-channel-low-price",
            "rhart-video-v3.1-pro/start-end-to-video",
        ],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartVideoV31ProStartEndToVideoRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "google/veo3.1-pro/text-to-video-channel-low-price",
            "rhart-video-v3.1-pro/text-to-video",
        ],
        params: p.RhartVideoV31ProTextToVideoRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "google/veo3.1-pro/text-to-video-channel-low-price",
            "rhart-video-v3.1-pro/text-to-video",
        ],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartVideoV31ProTextToVideoRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["rh-video-fps-increaser", "rhart-video/video-fps-increaser"],
        params: p.RhartVideoVideoFpsIncreaserRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["rh-video-fps-increaser", "rhart-video/video-fps-increaser"],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartVideoVideoFpsIncreaserRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["rh-video-upscaler", "rhart-video/video-upscaler"],
        params: p.RhartVideoVideoUpscalerRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["rh-video-upscaler", "rhart-video/video-upscaler"],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartVideoVideoUpscalerRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["wan-2.2/image-to-image", "rhart-video/wan-2.2/image-to-image"],
        params: p.RhartVideoWan22ImageToImageRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["wan-2.2/image-to-image", "rhart-video/wan-2.2/image-to-image"],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartVideoWan22ImageToImageRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["wan-2.2/image-to-video", "rhart-video/wan-2.2/image-to-video"],
        params: p.RhartVideoWan22ImageToVideoRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["wan-2.2/image-to-video", "rhart-video/wan-2.2/image-to-video"],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartVideoWan22ImageToVideoRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "wan-2.2-video/start-to-end", "rhart-video/wan-2.2/start-to-end"
        ],
        params: p.RhartVideoWan22StartToEndRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "wan-2.2-video/start-to-end", "rhart-video/wan-2.2/start-to-end"
        ],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartVideoWan22StartToEndRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "wan-2.2/text-to-image-lora", "rhart-video/wan-2.2/text-to-image-lora"
        ],
        params: p.RhartVideoWan22TextToImageLoraRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "wan-2.2/text-to-image-lora", "rhart-video/wan-2.2/text-to-image-lora"
        ],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartVideoWan22TextToImageLoraRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["wan-2.2/text-to-video", "rhart-video/wan-2.2/text-to-video"],
        params: p.RhartVideoWan22TextToVideoRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["wan-2.2/text-to-video", "rhart-video/wan-2.2/text-to-video"],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.RhartVideoWan22TextToVideoRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "seedance-v1.5-pro-image-to-video-fast",
            "seedance-v1.5-pro/image-to-video-fast",
        ],
        params: p.SeedanceV15ProImageToVideoFastRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "seedance-v1.5-pro-image-to-video-fast",
            "seedance-v1.5-pro/image-to-video-fast",
        ],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.SeedanceV15ProImageToVideoFastRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "seedance-v1.5-pro-image-to-video", "seedance-v1.5-pro/image-to-video"
        ],
        params: p.SeedanceV15ProImageToVideoRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "seedance-v1.5-pro-image-to-video", "seedance-v1.5-pro/image-to-video"
        ],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.SeedanceV15ProImageToVideoRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "seedance-v1.5-pro-text-to-video-fast",
            "seedance-v1.5-pro/text-to-video-fast",
        ],
        params: p.SeedanceV15ProTextToVideoFastRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "seedance-v1.5-pro-text-to-video-fast",
            "seedance-v1.5-pro/text-to-video-fast",
        ],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.SeedanceV15ProTextToVideoFastRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "seedance-v1.5-pro-text-to-video", "seedance-v1.5-pro/text-to-video"
        ],
        params: p.SeedanceV15ProTextToVideoRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "seedance-v1.5-pro-text-to-video", "seedance-v1.5-pro/text-to-video"
        ],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.SeedanceV15ProTextToVideoRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "seedance-v1-lite-reference-to-video", "seedance-v1-lite/reference-to-video"
        ],
        params: p.SeedanceV1LiteReferenceToVideoRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "seedance-v1-lite-reference-to-video", "seedance-v1-lite/reference-to-video"
        ],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.SeedanceV1LiteReferenceToVideoRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["seedream-v4.5/image-to-image"],
        params: p.SeedreamV45ImageToImageRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["seedream-v4.5/image-to-image"],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.SeedreamV45ImageToImageRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["seedream-v4.5/text-to-image"],
        params: p.SeedreamV45TextToImageRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["seedream-v4.5/text-to-image"],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.SeedreamV45TextToImageRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["seedream-v4/image-to-image"],
        params: p.SeedreamV4ImageToImageRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["seedream-v4/image-to-image"],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.SeedreamV4ImageToImageRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["seedream-v4/text-to-image"],
        params: p.SeedreamV4TextToImageRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["seedream-v4/text-to-image"],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.SeedreamV4TextToImageRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["seedream-v5-lite/image-to-image"],
        params: p.SeedreamV5LiteImageToImageRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["seedream-v5-lite/image-to-image"],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.SeedreamV5LiteImageToImageRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["seedream-v5-lite/text-to-image"],
        params: p.SeedreamV5LiteTextToImageRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["seedream-v5-lite/text-to-image"],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.SeedreamV5LiteTextToImageRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["seedream-v5-pro/image-to-image"],
        params: p.SeedreamV5ProImageToImageRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["seedream-v5-pro/image-to-image"],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.SeedreamV5ProImageToImageRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["seedream-v5-pro/text-to-image"],
        params: p.SeedreamV5ProTextToImageRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["seedream-v5-pro/text-to-image"],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.SeedreamV5ProTextToImageRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["skyreels-v3/reference-to-video"],
        params: p.SkyreelsV3ReferenceToVideoRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["skyreels-v3/reference-to-video"],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.SkyreelsV3ReferenceToVideoRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["skyreels-v3/shot-switching-video-extension"],
        params: p.SkyreelsV3ShotSwitchingVideoExtensionRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["skyreels-v3/shot-switching-video-extension"],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.SkyreelsV3ShotSwitchingVideoExtensionRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["skyreels-v3/single-shot-video-extension"],
        params: p.SkyreelsV3SingleShotVideoExtensionRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["skyreels-v3/single-shot-video-extension"],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.SkyreelsV3SingleShotVideoExtensionRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["skyreels-v3/video-restyling"],
        params: p.SkyreelsV3VideoRestylingRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["skyreels-v3/video-restyling"],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.SkyreelsV3VideoRestylingRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["skyreels-v4/image-to-video-fast"],
        params: p.SkyreelsV4ImageToVideoFastRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["skyreels-v4/image-to-video-fast"],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.SkyreelsV4ImageToVideoFastRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["skyreels-v4/image-to-video"],
        params: p.SkyreelsV4ImageToVideoRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["skyreels-v4/image-to-video"],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.SkyreelsV4ImageToVideoRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["skyreels-v4/image-to-video-std"],
        params: p.SkyreelsV4ImageToVideoStdRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["skyreels-v4/image-to-video-std"],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.SkyreelsV4ImageToVideoStdRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["skyreels-v4/omni-reference-fast"],
        params: p.SkyreelsV4OmniReferenceFastRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["skyreels-v4/omni-reference-fast"],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.SkyreelsV4OmniReferenceFastRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["skyreels-v4/omni-reference"],
        params: p.SkyreelsV4OmniReferenceRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["skyreels-v4/omni-reference"],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.SkyreelsV4OmniReferenceRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["skyreels-v4/omni-reference-std"],
        params: p.SkyreelsV4OmniReferenceStdRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["skyreels-v4/omni-reference-std"],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.SkyreelsV4OmniReferenceStdRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["skyreels-v4/text-to-video-fast"],
        params: p.SkyreelsV4TextToVideoFastRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["skyreels-v4/text-to-video-fast"],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.SkyreelsV4TextToVideoFastRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["skyreels-v4/text-to-video"],
        params: p.SkyreelsV4TextToVideoRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["skyreels-v4/text-to-video"],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.SkyreelsV4TextToVideoRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["skyreels-v4/text-to-video-std"],
        params: p.SkyreelsV4TextToVideoStdRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["skyreels-v4/text-to-video-std"],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.SkyreelsV4TextToVideoStdRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "topazlabs-image-gigapixel-art-and-cgi",
            "topazlabs/image-gigapixel-art-and-cgi",
        ],
        params: p.TopazlabsImageGigapixelArtAndCgiRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "topazlabs-image-gigapixel-art-and-cgi",
            "topazlabs/image-gigapixel-art-and-cgi",
        ],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.TopazlabsImageGigapixelArtAndCgiRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "topazlabs-image-gigapixel-high-fidelity-2",
            "topazlabs/image-gigapixel-high-fidelity-2",
        ],
        params: p.TopazlabsImageGigapixelHighFidelity2Request,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "topazlabs-image-gigapixel-high-fidelity-2",
            "topazlabs/image-gigapixel-high-fidelity-2",
        ],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.TopazlabsImageGigapixelHighFidelity2Request],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "topazlabs-image-gigapixel-low-resolution-2",
            "topazlabs/image-gigapixel-low-resolution-2",
        ],
        params: p.TopazlabsImageGigapixelLowResolution2Request,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "topazlabs-image-gigapixel-low-resolution-2",
            "topazlabs/image-gigapixel-low-resolution-2",
        ],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.TopazlabsImageGigapixelLowResolution2Request],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "topazlabs-image-gigapixel-standard-2",
            "topazlabs/image-gigapixel-standard-2",
        ],
        params: p.TopazlabsImageGigapixelStandard2Request,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "topazlabs-image-gigapixel-standard-2",
            "topazlabs/image-gigapixel-standard-2",
        ],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.TopazlabsImageGigapixelStandard2Request],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "topazlabs-image-gigapixel-text-and-shapes",
            "topazlabs/image-gigapixel-text-and-shapes",
        ],
        params: p.TopazlabsImageGigapixelTextAndShapesRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "topazlabs-image-gigapixel-text-and-shapes",
            "topazlabs/image-gigapixel-text-and-shapes",
        ],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.TopazlabsImageGigapixelTextAndShapesRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["topazlabs-image-upscale-cgi", "topazlabs/image-upscale-cgi"],
        params: p.TopazlabsImageUpscaleCgiRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["topazlabs-image-upscale-cgi", "topazlabs/image-upscale-cgi"],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.TopazlabsImageUpscaleCgiRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "topazlabs-image-upscale-detail-faces",
            "topazlabs/image-upscale-detail-faces",
        ],
        params: p.TopazlabsImageUpscaleDetailFacesRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "topazlabs-image-upscale-detail-faces",
            "topazlabs/image-upscale-detail-faces",
        ],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.TopazlabsImageUpscaleDetailFacesRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "topazlabs-image-upscale-high fidelity v2",
            "topazlabs/image-upscale-high-fidelity-v2",
        ],
        params: p.TopazlabsImageUpscaleHighFidelityV2Request,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "topazlabs-image-upscale-high fidelity v2",
            "topazlabs/image-upscale-high-fidelity-v2",
        ],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.TopazlabsImageUpscaleHighFidelityV2Request],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "topazlabs-image-upscale-high-fidelity-v3",
            "topazlabs/image-upscale-high-fidelity-v3",
        ],
        params: p.TopazlabsImageUpscaleHighFidelityV3Request,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "topazlabs-image-upscale-high-fidelity-v3",
            "topazlabs/image-upscale-high-fidelity-v3",
        ],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.TopazlabsImageUpscaleHighFidelityV3Request],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "topazlabs-image-upscale low resolution v2",
            "topazlabs/image-upscale/low-resolution-v2",
        ],
        params: p.TopazlabsImageUpscaleLowResolutionV2Request,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "topazlabs-image-upscale low resolution v2",
            "topazlabs/image-upscale/low-resolution-v2",
        ],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.TopazlabsImageUpscaleLowResolutionV2Request],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "topazlabs-image-upscale-standard-v2", "topazlabs/image-upscale-standard-v2"
        ],
        params: p.TopazlabsImageUpscaleStandardV2Request,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "topazlabs-image-upscale-standard-v2", "topazlabs/image-upscale-standard-v2"
        ],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.TopazlabsImageUpscaleStandardV2Request],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "topazlabs-image-upscale-text refine", "topazlabs/image-upscale-text-refine"
        ],
        params: p.TopazlabsImageUpscaleTextRefineRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "topazlabs-image-upscale-text refine", "topazlabs/image-upscale-text-refine"
        ],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.TopazlabsImageUpscaleTextRefineRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "topazlabs-image-upscale-transparent", "topazlabs/image-upscale-transparent"
        ],
        params: p.TopazlabsImageUpscaleTransparentRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "topazlabs-image-upscale-transparent", "topazlabs/image-upscale-transparent"
        ],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.TopazlabsImageUpscaleTransparentRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["topazlabs-video-astra", "topazlabs/video-astra"],
        params: p.TopazlabsVideoAstraRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["topazlabs-video-astra", "topazlabs/video-astra"],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.TopazlabsVideoAstraRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["topazlabs-video-denoise", "topazlabs/video-denoise"],
        params: p.TopazlabsVideoDenoiseRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["topazlabs-video-denoise", "topazlabs/video-denoise"],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.TopazlabsVideoDenoiseRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "topazlabs-video-frame-interpolation", "topazlabs/video-frame-interpolation"
        ],
        params: p.TopazlabsVideoFrameInterpolationRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "topazlabs-video-frame-interpolation", "topazlabs/video-frame-interpolation"
        ],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.TopazlabsVideoFrameInterpolationRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["topazlabs-video-proteus", "topazlabs/video-proteus"],
        params: p.TopazlabsVideoProteusRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["topazlabs-video-proteus", "topazlabs/video-proteus"],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.TopazlabsVideoProteusRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["topazlabs-video-starlight", "topazlabs/video-starlight"],
        params: p.TopazlabsVideoStarlightRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["topazlabs-video-starlight", "topazlabs/video-starlight"],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.TopazlabsVideoStarlightRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["topazlabs-video-upscale", "topazlabs/video-upscale"],
        params: p.TopazlabsVideoUpscaleRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["topazlabs-video-upscale", "topazlabs/video-upscale"],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.TopazlabsVideoUpscaleRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "Vidu-image-to-video-q2-pro-fast", "vidu/image-to-video-q2-pro-fast"
        ],
        params: p.ViduImageToVideoQ2ProFastRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "Vidu-image-to-video-q2-pro-fast", "vidu/image-to-video-q2-pro-fast"
        ],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.ViduImageToVideoQ2ProFastRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["Vidu-image-to-video-q2-pro", "vidu/image-to-video-q2-pro"],
        params: p.ViduImageToVideoQ2ProRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["Vidu-image-to-video-q2-pro", "vidu/image-to-video-q2-pro"],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.ViduImageToVideoQ2ProRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["Vidu-image-to-video-q2-turbo", "vidu/image-to-video-q2-turbo"],
        params: p.ViduImageToVideoQ2TurboRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["Vidu-image-to-video-q2-turbo", "vidu/image-to-video-q2-turbo"],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.ViduImageToVideoQ2TurboRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "Vidu-image-to-video-q3-pro-fast", "vidu/image-to-video-q3-pro-fast"
        ],
        params: p.ViduImageToVideoQ3ProFastRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "Vidu-image-to-video-q3-pro-fast", "vidu/image-to-video-q3-pro-fast"
        ],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.ViduImageToVideoQ3ProFastRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["Vidu-image-to-video-q3-pro", "vidu/image-to-video-q3-pro"],
        params: p.ViduImageToVideoQ3ProRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["Vidu-image-to-video-q3-pro", "vidu/image-to-video-q3-pro"],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.ViduImageToVideoQ3ProRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["Vidu-image-to-video-q3-turbo", "vidu/image-to-video-q3-turbo"],
        params: p.ViduImageToVideoQ3TurboRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["Vidu-image-to-video-q3-turbo", "vidu/image-to-video-q3-turbo"],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.ViduImageToVideoQ3TurboRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "Vidu-reference-to-video-q2-pro", "vidu/reference-to-video-q2-pro"
        ],
        params: p.ViduReferenceToVideoQ2ProRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "Vidu-reference-to-video-q2-pro", "vidu/reference-to-video-q2-pro"
        ],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.ViduReferenceToVideoQ2ProRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["Vidu-reference-to-video-q2", "vidu/reference-to-video-q2"],
        params: p.ViduReferenceToVideoQ2Request,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["Vidu-reference-to-video-q2", "vidu/reference-to-video-q2"],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.ViduReferenceToVideoQ2Request],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "Vidu-reference-to-video-q3-ad", "vidu/reference-to-video-q3-ad"
        ],
        params: p.ViduReferenceToVideoQ3AdRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "Vidu-reference-to-video-q3-ad", "vidu/reference-to-video-q3-ad"
        ],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.ViduReferenceToVideoQ3AdRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "Vidu-reference-to-video-q3-drama", "vidu/reference-to-video-q3-drama"
        ],
        params: p.ViduReferenceToVideoQ3DramaRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "Vidu-reference-to-video-q3-drama", "vidu/reference-to-video-q3-drama"
        ],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.ViduReferenceToVideoQ3DramaRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "Vidu-reference-to-video-q3-mix", "vidu/reference-to-video-q3-mix"
        ],
        params: p.ViduReferenceToVideoQ3MixRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "Vidu-reference-to-video-q3-mix", "vidu/reference-to-video-q3-mix"
        ],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.ViduReferenceToVideoQ3MixRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["Vidu-reference-to-video-q3", "vidu/reference-to-video-q3"],
        params: p.ViduReferenceToVideoQ3Request,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["Vidu-reference-to-video-q3", "vidu/reference-to-video-q3"],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.ViduReferenceToVideoQ3Request],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["vidu/short-play-q3-ad"],
        params: p.ViduShortPlayQ3AdRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["vidu/short-play-q3-ad"],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.ViduShortPlayQ3AdRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["vidu/short-play-q3-drama"],
        params: p.ViduShortPlayQ3DramaRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["vidu/short-play-q3-drama"],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.ViduShortPlayQ3DramaRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "Vidu-start-end-to-video-q2-pro-fast", "vidu/start-end-to-video-q2-pro-fast"
        ],
        params: p.ViduStartEndToVideoQ2ProFastRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "Vidu-start-end-to-video-q2-pro-fast", "vidu/start-end-to-video-q2-pro-fast"
        ],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.ViduStartEndToVideoQ2ProFastRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "Vidu-start-end-to-video-q2-pro", "vidu/start-end-to-video-q2-pro"
        ],
        params: p.ViduStartEndToVideoQ2ProRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "Vidu-start-end-to-video-q2-pro", "vidu/start-end-to-video-q2-pro"
        ],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.ViduStartEndToVideoQ2ProRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "Vidu-start-end-to-video-q2-turbo", "vidu/start-end-to-video-q2-turbo"
        ],
        params: p.ViduStartEndToVideoQ2TurboRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "Vidu-start-end-to-video-q2-turbo", "vidu/start-end-to-video-q2-turbo"
        ],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.ViduStartEndToVideoQ2TurboRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "Vidu-start-end-to-video-q3-pro-fast", "vidu/start-end-to-video-q3-pro-fast"
        ],
        params: p.ViduStartEndToVideoQ3ProFastRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "Vidu-start-end-to-video-q3-pro-fast", "vidu/start-end-to-video-q3-pro-fast"
        ],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.ViduStartEndToVideoQ3ProFastRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "Vidu-start-end-to-video-q3-pro", "vidu/start-end-to-video-q3-pro"
        ],
        params: p.ViduStartEndToVideoQ3ProRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "Vidu-start-end-to-video-q3-pro", "vidu/start-end-to-video-q3-pro"
        ],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.ViduStartEndToVideoQ3ProRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "Vidu-start-end-to-video-q3-turbo", "vidu/start-end-to-video-q3-turbo"
        ],
        params: p.ViduStartEndToVideoQ3TurboRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "Vidu-start-end-to-video-q3-turbo", "vidu/start-end-to-video-q3-turbo"
        ],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.ViduStartEndToVideoQ3TurboRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "Vidu-text-to-video-q3-pro-fast", "vidu/text-to-video-q3-pro-fast"
        ],
        params: p.ViduTextToVideoQ3ProFastRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "Vidu-text-to-video-q3-pro-fast", "vidu/text-to-video-q3-pro-fast"
        ],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.ViduTextToVideoQ3ProFastRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["Vidu-text-to-video-q3-pro", "vidu/text-to-video-q3-pro"],
        params: p.ViduTextToVideoQ3ProRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["Vidu-text-to-video-q3-pro", "vidu/text-to-video-q3-pro"],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.ViduTextToVideoQ3ProRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["Vidu-text-to-video-q3-turbo", "vidu/text-to-video-q3-turbo"],
        params: p.ViduTextToVideoQ3TurboRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["Vidu-text-to-video-q3-turbo", "vidu/text-to-video-q3-turbo"],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.ViduTextToVideoQ3TurboRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["Vidu-text-to-video-q2", "vidu/text-to-video"],
        params: p.ViduTextToVideoRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["Vidu-text-to-video-q2", "vidu/text-to-video"],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.ViduTextToVideoRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["volc-drama/serial-video-translate"],
        params: p.VolcDramaSerialVideoTranslateRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["volc-drama/serial-video-translate"],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.VolcDramaSerialVideoTranslateRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["volc-drama/video-translate"],
        params: p.VolcDramaVideoTranslateRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["volc-drama/video-translate"],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.VolcDramaVideoTranslateRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "volc-subtitle-erase-pro/video",
            "volc-subtitle-erase/video(Refined version)",
        ],
        params: p.VolcSubtitleEraseProVideoRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "volc-subtitle-erase-pro/video",
            "volc-subtitle-erase/video(Refined version)",
        ],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.VolcSubtitleEraseProVideoRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "volc-subtitle-erase/video", "volc-subtitle-erase/video(Standard Version)"
        ],
        params: p.VolcSubtitleEraseVideoRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "volc-subtitle-erase/video", "volc-subtitle-erase/video(Standard Version)"
        ],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.VolcSubtitleEraseVideoRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["midjourney-image-to-video", "youchuan/image-to-video"],
        params: p.YouchuanImageToVideoRequest,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["midjourney-image-to-video", "youchuan/image-to-video"],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.YouchuanImageToVideoRequest],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "midjourney-text-to-image-niji6", "youchuan/text-to-image-niji6"
        ],
        params: p.YouchuanTextToImageNiji6Request,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "midjourney-text-to-image-niji6", "youchuan/text-to-image-niji6"
        ],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.YouchuanTextToImageNiji6Request],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "midjourney-text-to-image-niji7", "youchuan/text-to-image-niji7"
        ],
        params: p.YouchuanTextToImageNiji7Request,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "midjourney-text-to-image-niji7", "youchuan/text-to-image-niji7"
        ],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.YouchuanTextToImageNiji7Request],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["midjourney-text-to-image-v61", "youchuan/text-to-image-v61"],
        params: p.YouchuanTextToImageV61Request,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["midjourney-text-to-image-v61", "youchuan/text-to-image-v61"],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.YouchuanTextToImageV61Request],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["midjourney-text-to-image-v6", "youchuan/text-to-image-v6"],
        params: p.YouchuanTextToImageV6Request,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["midjourney-text-to-image-v6", "youchuan/text-to-image-v6"],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.YouchuanTextToImageV6Request],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["midjourney-text-to-image-v7", "youchuan/text-to-image-v7"],
        params: p.YouchuanTextToImageV7Request,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["midjourney-text-to-image-v7", "youchuan/text-to-image-v7"],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.YouchuanTextToImageV7Request],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["midjourney-text-to-image-v8.1", "youchuan/text-to-image-v81"],
        params: p.YouchuanTextToImageV81Request,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal["midjourney-text-to-image-v8.1", "youchuan/text-to-image-v81"],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.YouchuanTextToImageV81Request],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "midjourney-text-to-image-v8.2-preview", "youchuan/text-to-image-v82"
        ],
        params: p.YouchuanTextToImageV82Request,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: Literal[
            "midjourney-text-to-image-v8.2-preview", "youchuan/text-to-image-v82"
        ],
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Unpack[p.YouchuanTextToImageV82Request],
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: M_contra,
        params: Mapping[str, Any] | None = None,
        /,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Any], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Decimal | float | str | None = None,
        allow_unpriced: bool | None = None,
        **fields: Any,
    ) -> T_co: ...
    @overload
    def __call__(
        self,
        model: LiteralOrFinalModelName[WithThatModelsFieldsAndValues, Never]
        | ModelObject[Never],
        /,
        *args: object,
        **fields: object,
    ) -> T_co: ...
    def __call__(
        self, model: Any, params: Any = None, /, *args: Any, **kwargs: Any
    ) -> T_co: ...
