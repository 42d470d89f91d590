from __future__ import annotations

from typing import Any, ClassVar, Literal

from .. import _serde as serde
from .._serde import UNSET, Unset


class DeployPretrainedModelInputImage(serde.Model):
    """The schema at `#/components/schemas/DeployPretrainedModelInputImage` of the API
    description.

    Attributes:
        input_type (Literal["image"])
        input_scaling (Literal["0..1", "-1..1", "-128..127", "0..255", "torch",
            "bgr-subtract-imagenet-mean"], optional): Normalization that is applied to
            images. If this is not set then 0..1 is used. "0..1" gives you
            non-normalized pixels between 0 and 1. "-1..1" gives you non-normalized
            pixels between -1 and 1. "0..255" gives you non-normalized pixels between 0
            and 255. "-128..127" gives you non-normalized pixels between -128 and 127.
            "torch" first scales pixels between 0 and 1, then applies normalization
            using the ImageNet dataset (same as `torchvision.transforms.Normalize()`).
            "bgr-subtract-imagenet-mean" scales to 0..255, reorders pixels to BGR, and
            subtracts the ImageNet mean from each channel.
        resize_mode (Literal["squash", "fit-short", "fit-long", "crop"], optional):
            Input images are resized automatically before training and testing, to match
            the impulse input shape. This determines the resize mode used when the
            aspect ratio of the input data is different to the aspect ratio of the
            impulse.
        additional_properties (dict[str, Any]): The properties the schema does not
            declare.
    """

    __slots__ = ("input_type", "input_scaling", "resize_mode", "additional_properties")

    input_type: Literal["image"]
    input_scaling: (
        Literal[
            "0..1",
            "-1..1",
            "-128..127",
            "0..255",
            "torch",
            "bgr-subtract-imagenet-mean",
        ]
        | Unset
    )
    resize_mode: Literal["squash", "fit-short", "fit-long", "crop"] | Unset
    additional_properties: dict[str, Any]

    _json_names: ClassVar[frozenset[str]] = frozenset(
        {"inputScaling", "inputType", "resizeMode"}
    )

    def __init__(
        self,
        *,
        input_type: Literal["image"],
        input_scaling: (
            Literal[
                "0..1",
                "-1..1",
                "-128..127",
                "0..255",
                "torch",
                "bgr-subtract-imagenet-mean",
            ]
            | Unset
        ) = UNSET,
        resize_mode: Literal["squash", "fit-short", "fit-long", "crop"] | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.input_type = input_type
        self.input_scaling = input_scaling
        self.resize_mode = resize_mode
        self.additional_properties = additional_properties or {}

    @classmethod
    def from_dict(
        cls, data: Any, where: str = "DeployPretrainedModelInputImage"
    ) -> DeployPretrainedModelInputImage:
        """Read the model from JSON data; raises serde.ValidationError naming the field that is wrong."""
        if type(data) is not dict:
            return serde.mismatch(where, "", "an object", data)
        try:
            input_type = data["inputType"]
        except KeyError as exc:  # an error, unless the client reads leniently
            data = serde.missing(where, exc, data)
            return cls.from_dict(data, where)
        if type(input_type) is not str:
            input_type = serde.str_enum(input_type, where, "inputType")
        found = 1  # declared properties in data
        if "inputScaling" in data:
            found += 1
            input_scaling = data["inputScaling"]
            if type(input_scaling) is not str:
                input_scaling = serde.str_enum(input_scaling, where, "inputScaling")
        else:
            input_scaling = UNSET
        if "resizeMode" in data:
            found += 1
            resize_mode = data["resizeMode"]
            if type(resize_mode) is not str:
                resize_mode = serde.str_enum(resize_mode, where, "resizeMode")
        else:
            resize_mode = UNSET
        obj = serde.new_object(cls)
        obj.input_type = input_type
        obj.input_scaling = input_scaling
        obj.resize_mode = resize_mode
        if len(data) == found:
            obj.additional_properties = {}
        else:
            obj.additional_properties = serde.extras(data, cls._json_names)
        return obj

    def to_dict(self, *, request: bool = False) -> dict[str, Any]:
        """The model as JSON data; fields never set are left out, and read-only ones too when `request` is true."""
        out: dict[str, Any] = {
            "inputType": self.input_type,
        }
        if self.input_scaling is not UNSET:
            out["inputScaling"] = self.input_scaling
        if self.resize_mode is not UNSET:
            out["resizeMode"] = self.resize_mode
        for key, value in self.additional_properties.items():
            out.setdefault(key, value)
        return out
