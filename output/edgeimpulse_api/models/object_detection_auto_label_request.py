from __future__ import annotations

from typing import Any, ClassVar, Literal

from .. import _serde as serde


class ObjectDetectionAutoLabelRequest(serde.Model):
    """The schema at `#/components/schemas/ObjectDetectionAutoLabelRequest` of the API
    description.

    Attributes:
        neural_network (Literal["yolov5", "yolo-pro", "currentProject"])
        additional_properties (dict[str, Any]): The properties the schema does not
            declare.
    """

    __slots__ = ("neural_network", "additional_properties")

    neural_network: Literal["yolov5", "yolo-pro", "currentProject"]
    additional_properties: dict[str, Any]

    _json_names: ClassVar[frozenset[str]] = frozenset({"neuralNetwork"})

    def __init__(
        self,
        *,
        neural_network: Literal["yolov5", "yolo-pro", "currentProject"],
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.neural_network = neural_network
        self.additional_properties = additional_properties or {}

    @classmethod
    def from_dict(
        cls, data: Any, where: str = "ObjectDetectionAutoLabelRequest"
    ) -> ObjectDetectionAutoLabelRequest:
        """Read the model from JSON data; raises serde.ValidationError naming the field that is wrong."""
        if type(data) is not dict:
            return serde.mismatch(where, "", "an object", data)
        try:
            neural_network = data["neuralNetwork"]
        except KeyError as exc:  # an error, unless the client reads leniently
            data = serde.missing(where, exc, data)
            return cls.from_dict(data, where)
        if type(neural_network) is not str:
            neural_network = serde.str_enum(neural_network, where, "neuralNetwork")
        obj = serde.new_object(cls)
        obj.neural_network = neural_network
        if len(data) == 1:
            obj.additional_properties = {}
        else:
            obj.additional_properties = serde.extras(data, cls._json_names)
        return obj

    def to_dict(self, *, request: bool = False) -> dict[str, Any]:
        """The model as JSON data; fields never set are left out, and read-only ones too when `request` is true."""
        out: dict[str, Any] = {
            "neuralNetwork": self.neural_network,
        }
        for key, value in self.additional_properties.items():
            out.setdefault(key, value)
        return out
