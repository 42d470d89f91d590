from __future__ import annotations

import datetime
from typing import Any, ClassVar, Literal

from .. import _serde as serde
from .._serde import UNSET, Unset
from .impulse_input_block_dataset_subset import ImpulseInputBlockDatasetSubset
from .impulse_input_block_labeling_method_multi_label import (
    ImpulseInputBlockLabelingMethodMultiLabel,
)


class ImpulseInputBlock(serde.Model):
    """The schema at `#/components/schemas/ImpulseInputBlock` of the API description.

    Attributes:
        id (int): Identifier for this block. Make sure to up this number when creating a
            new block via `getNewBlockId`, and don't re-use identifiers. If the block
            hasn't changed, keep the ID as-is. ID must be unique across the project and
            greather than zero (>0).
        name (str): Block name, will be used in menus
        title (str): Block title, used in the impulse UI
        type (Literal["time-series", "image", "features"]): Block type (either
            time-series, image or features)
        classification_window_increase_ms (int, optional): We use a sliding window to go
            over the raw data. How many milliseconds to increase the sliding window with
            for each step in classification mode.
        created_at (datetime.datetime, optional): The datetime that the block version
            was created. Cannot be set via API.
        created_by (str, optional): The system component that created the block version
            (createImpulse | clone | tuner). Cannot be set via API.
        crop_anchor (Literal["top-left", "top-center", "top-right", "middle-left",
            "middle-center", "middle-right", "bottom-left", "bottom-center",
            "bottom-right"], optional): If images are resized using a crop, choose where
            to anchor the crop
        dataset_subset (ImpulseInputBlockDatasetSubset, optional): Only generate
            features for samples where (sample_id + datasetSubsetSeed) % datasetSubset)
            == 0
        frequency_hz (float, optional): (Input only) Frequency of the input data in Hz
        image_height (int, optional): Width all images are resized to before training
        image_width (int, optional): Width all images are resized to before training
        labeling_method_multi_label (ImpulseInputBlockLabelingMethodMultiLabel,
            optional): How to pick the label for multi-label samples
        pad_zeros (bool, optional): Whether to zero pad data when a data item is too
            short
        resize_method (Literal["lanczos3", "nearest"], optional): Resize method to use
            when resizing images
        resize_mode (Literal["squash", "fit-short", "fit-long", "crop"], optional):
            Input images are resized automatically before training and testing, to match
            the impulse input shape. This determines the resize mode used when the
            aspect ratio of the input data is different to the aspect ratio of the
            impulse.
        window_increase_ms (int, optional): We use a sliding window to go over the raw
            data. How many milliseconds to increase the sliding window with for each
            step.
        window_size_ms (int, optional): Size of the sliding window in milliseconds
        additional_properties (dict[str, Any]): The properties the schema does not
            declare.
    """

    __slots__ = (
        "id",
        "name",
        "title",
        "type",
        "classification_window_increase_ms",
        "created_at",
        "created_by",
        "crop_anchor",
        "dataset_subset",
        "frequency_hz",
        "image_height",
        "image_width",
        "labeling_method_multi_label",
        "pad_zeros",
        "resize_method",
        "resize_mode",
        "window_increase_ms",
        "window_size_ms",
        "additional_properties",
    )

    id: int
    name: str
    title: str
    type: Literal["time-series", "image", "features"]
    classification_window_increase_ms: int | Unset
    created_at: datetime.datetime | Unset
    created_by: str | Unset
    crop_anchor: (
        Literal[
            "top-left",
            "top-center",
            "top-right",
            "middle-left",
            "middle-center",
            "middle-right",
            "bottom-left",
            "bottom-center",
            "bottom-right",
        ]
        | Unset
    )
    dataset_subset: ImpulseInputBlockDatasetSubset | Unset
    frequency_hz: float | Unset
    image_height: int | Unset
    image_width: int | Unset
    labeling_method_multi_label: ImpulseInputBlockLabelingMethodMultiLabel | Unset
    pad_zeros: bool | Unset
    resize_method: Literal["lanczos3", "nearest"] | Unset
    resize_mode: Literal["squash", "fit-short", "fit-long", "crop"] | Unset
    window_increase_ms: int | Unset
    window_size_ms: int | Unset
    additional_properties: dict[str, Any]

    _json_names: ClassVar[frozenset[str]] = frozenset(
        {
            "classificationWindowIncreaseMs",
            "createdAt",
            "createdBy",
            "cropAnchor",
            "datasetSubset",
            "frequencyHz",
            "id",
            "imageHeight",
            "imageWidth",
            "labelingMethodMultiLabel",
            "name",
            "padZeros",
            "resizeMethod",
            "resizeMode",
            "title",
            "type",
            "windowIncreaseMs",
            "windowSizeMs",
        }
    )

    def __init__(
        self,
        *,
        id: int,
        name: str,
        title: str,
        type: Literal["time-series", "image", "features"],
        classification_window_increase_ms: int | Unset = UNSET,
        created_at: datetime.datetime | Unset = UNSET,
        created_by: str | Unset = UNSET,
        crop_anchor: (
            Literal[
                "top-left",
                "top-center",
                "top-right",
                "middle-left",
                "middle-center",
                "middle-right",
                "bottom-left",
                "bottom-center",
                "bottom-right",
            ]
            | Unset
        ) = UNSET,
        dataset_subset: ImpulseInputBlockDatasetSubset | Unset = UNSET,
        frequency_hz: float | Unset = UNSET,
        image_height: int | Unset = UNSET,
        image_width: int | Unset = UNSET,
        labeling_method_multi_label: (
            ImpulseInputBlockLabelingMethodMultiLabel | Unset
        ) = UNSET,
        pad_zeros: bool | Unset = UNSET,
        resize_method: Literal["lanczos3", "nearest"] | Unset = UNSET,
        resize_mode: Literal["squash", "fit-short", "fit-long", "crop"] | Unset = UNSET,
        window_increase_ms: int | Unset = UNSET,
        window_size_ms: int | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.id = id
        self.name = name
        self.title = title
        self.type = type
        self.classification_window_increase_ms = classification_window_increase_ms
        self.created_at = created_at
        self.created_by = created_by
        self.crop_anchor = crop_anchor
        self.dataset_subset = dataset_subset
        self.frequency_hz = frequency_hz
        self.image_height = image_height
        self.image_width = image_width
        self.labeling_method_multi_label = labeling_method_multi_label
        self.pad_zeros = pad_zeros
        self.resize_method = resize_method
        self.resize_mode = resize_mode
        self.window_increase_ms = window_increase_ms
        self.window_size_ms = window_size_ms
        self.additional_properties = additional_properties or {}

    @classmethod
    def from_dict(
        cls, data: Any, where: str = "ImpulseInputBlock"
    ) -> ImpulseInputBlock:
        """Read the model from JSON data; raises serde.ValidationError naming the field that is wrong."""
        if type(data) is not dict:
            return serde.mismatch(where, "", "an object", data)
        try:
            _id = data["id"]
            name = data["name"]
            title = data["title"]
            _type = data["type"]
        except KeyError as exc:  # an error, unless the client reads leniently
            data = serde.missing(where, exc, data)
            return cls.from_dict(data, where)
        if type(_id) is not int:
            _id = serde.int_(_id, where, "id")
        if type(name) is not str:
            name = serde.str_(name, where, "name")
        if type(title) is not str:
            title = serde.str_(title, where, "title")
        if type(_type) is not str:
            _type = serde.str_enum(_type, where, "type")
        found = 4  # declared properties in data
        if "classificationWindowIncreaseMs" in data:
            found += 1
            classification_window_increase_ms = data["classificationWindowIncreaseMs"]
            if type(classification_window_increase_ms) is not int:
                classification_window_increase_ms = serde.int_(
                    classification_window_increase_ms,
                    where,
                    "classificationWindowIncreaseMs",
                )
        else:
            classification_window_increase_ms = UNSET
        if "createdAt" in data:
            found += 1
            created_at = data["createdAt"]
            created_at = serde.datetime_(created_at, where, "createdAt")
        else:
            created_at = UNSET
        if "createdBy" in data:
            found += 1
            created_by = data["createdBy"]
            if type(created_by) is not str:
                created_by = serde.str_(created_by, where, "createdBy")
        else:
            created_by = UNSET
        if "cropAnchor" in data:
            found += 1
            crop_anchor = data["cropAnchor"]
            if type(crop_anchor) is not str:
                crop_anchor = serde.str_enum(crop_anchor, where, "cropAnchor")
        else:
            crop_anchor = UNSET
        if "datasetSubset" in data:
            found += 1
            dataset_subset = data["datasetSubset"]
            dataset_subset = ImpulseInputBlockDatasetSubset.from_dict(
                dataset_subset, where + ".datasetSubset"
            )
        else:
            dataset_subset = UNSET
        if "frequencyHz" in data:
            found += 1
            frequency_hz = data["frequencyHz"]
            if type(frequency_hz) is not float and type(frequency_hz) is not int:
                frequency_hz = serde.float_(frequency_hz, where, "frequencyHz")
        else:
            frequency_hz = UNSET
        if "imageHeight" in data:
            found += 1
            image_height = data["imageHeight"]
            if type(image_height) is not int:
                image_height = serde.int_(image_height, where, "imageHeight")
        else:
            image_height = UNSET
        if "imageWidth" in data:
            found += 1
            image_width = data["imageWidth"]
            if type(image_width) is not int:
                image_width = serde.int_(image_width, where, "imageWidth")
        else:
            image_width = UNSET
        if "labelingMethodMultiLabel" in data:
            found += 1
            labeling_method_multi_label = data["labelingMethodMultiLabel"]
            labeling_method_multi_label = (
                ImpulseInputBlockLabelingMethodMultiLabel.from_dict(
                    labeling_method_multi_label, where + ".labelingMethodMultiLabel"
                )
            )
        else:
            labeling_method_multi_label = UNSET
        if "padZeros" in data:
            found += 1
            pad_zeros = data["padZeros"]
            if type(pad_zeros) is not bool:
                pad_zeros = serde.bool_(pad_zeros, where, "padZeros")
        else:
            pad_zeros = UNSET
        if "resizeMethod" in data:
            found += 1
            resize_method = data["resizeMethod"]
            if type(resize_method) is not str:
                resize_method = serde.str_enum(resize_method, where, "resizeMethod")
        else:
            resize_method = UNSET
        if "resizeMode" in data:
            found += 1
            resize_mode = data["resizeMode"]
            if type(resize_mode) is not str:
                resize_mode = serde.str_enum(resize_mode, where, "resizeMode")
        else:
            resize_mode = UNSET
        if "windowIncreaseMs" in data:
            found += 1
            window_increase_ms = data["windowIncreaseMs"]
            if type(window_increase_ms) is not int:
                window_increase_ms = serde.int_(
                    window_increase_ms, where, "windowIncreaseMs"
                )
        else:
            window_increase_ms = UNSET
        if "windowSizeMs" in data:
            found += 1
            window_size_ms = data["windowSizeMs"]
            if type(window_size_ms) is not int:
                window_size_ms = serde.int_(window_size_ms, where, "windowSizeMs")
        else:
            window_size_ms = UNSET
        obj = serde.new_object(cls)
        obj.id = _id
        obj.name = name
        obj.title = title
        obj.type = _type
        obj.classification_window_increase_ms = classification_window_increase_ms
        obj.created_at = created_at
        obj.created_by = created_by
        obj.crop_anchor = crop_anchor
        obj.dataset_subset = dataset_subset
        obj.frequency_hz = frequency_hz
        obj.image_height = image_height
        obj.image_width = image_width
        obj.labeling_method_multi_label = labeling_method_multi_label
        obj.pad_zeros = pad_zeros
        obj.resize_method = resize_method
        obj.resize_mode = resize_mode
        obj.window_increase_ms = window_increase_ms
        obj.window_size_ms = window_size_ms
        if len(data) == found:
            obj.additional_properties = {}
        else:
            obj.additional_properties = serde.extras(data, cls._json_names)
        return obj

    def to_dict(self, *, request: bool = False) -> dict[str, Any]:
        """The model as JSON data; fields never set are left out, and read-only ones too when `request` is true."""
        out: dict[str, Any] = {
            "id": self.id,
            "name": self.name,
            "title": self.title,
            "type": self.type,
        }
        if self.classification_window_increase_ms is not UNSET:
            out["classificationWindowIncreaseMs"] = (
                self.classification_window_increase_ms
            )
        if self.created_at is not UNSET:
            out["createdAt"] = serde.format_datetime(self.created_at)
        if self.created_by is not UNSET:
            out["createdBy"] = self.created_by
        if self.crop_anchor is not UNSET:
            out["cropAnchor"] = self.crop_anchor
        if self.dataset_subset is not UNSET:
            out["datasetSubset"] = self.dataset_subset.to_dict(request=request)
        if self.frequency_hz is not UNSET:
            out["frequencyHz"] = self.frequency_hz
        if self.image_height is not UNSET:
            out["imageHeight"] = self.image_height
        if self.image_width is not UNSET:
            out["imageWidth"] = self.image_width
        if self.labeling_method_multi_label is not UNSET:
            out["labelingMethodMultiLabel"] = self.labeling_method_multi_label.to_dict(
                request=request
            )
        if self.pad_zeros is not UNSET:
            out["padZeros"] = self.pad_zeros
        if self.resize_method is not UNSET:
            out["resizeMethod"] = self.resize_method
        if self.resize_mode is not UNSET:
            out["resizeMode"] = self.resize_mode
        if self.window_increase_ms is not UNSET:
            out["windowIncreaseMs"] = self.window_increase_ms
        if self.window_size_ms is not UNSET:
            out["windowSizeMs"] = self.window_size_ms
        for key, value in self.additional_properties.items():
            out.setdefault(key, value)
        return out
