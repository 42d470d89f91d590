from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, ClassVar, Literal

from .. import _serde as serde
from .._serde import UNSET, Unset


@dataclass(slots=True, kw_only=True)
class StartPostProcessingRequest(serde.Model):
    """The StartPostProcessingRequest object of the API.

    Attributes:
        variant: Which model variant to use (int8, float32, etc.)
        dataset: Which dataset to use
        algorithm: Which algorithm container to use
        evaluation: Which evaluation container to use
        population: The population size for the genetic algorithm Default: 100.
        max_generations: The maximum number of generations for the genetic algorithm Default: 100.
        design_space_tolerance: The tolerance for the design space Default: 0.01.
        objective_space_tolerance: The tolerance for the objective space Default: 0.0025.
        termination_period: The number of generations the termination criteria are averaged across Default: 5.
    """

    variant: Literal["int8", "float32", "akida"]
    dataset: Literal["training", "validation", "testing"]
    algorithm: str
    evaluation: str
    population: int | Unset = UNSET
    max_generations: int | Unset = UNSET
    design_space_tolerance: float | Unset = UNSET
    objective_space_tolerance: float | Unset = UNSET
    termination_period: int | Unset = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)

    _json_names: ClassVar[frozenset[str]] = frozenset(
        {
            "variant",
            "dataset",
            "algorithm",
            "evaluation",
            "population",
            "maxGenerations",
            "designSpaceTolerance",
            "objectiveSpaceTolerance",
            "terminationPeriod",
        }
    )

    @classmethod
    def from_dict(
        cls, data: Any, where: str = "StartPostProcessingRequest"
    ) -> StartPostProcessingRequest:
        """Read the model from JSON data; raises serde.ValidationError naming the field that is wrong."""
        if type(data) is not dict:
            raise serde.not_an_object(where, data)
        try:
            variant = serde.str_enum(data["variant"], where, "variant")
            dataset = serde.str_enum(data["dataset"], where, "dataset")
            algorithm = serde.str_(data["algorithm"], where, "algorithm")
            evaluation = serde.str_(data["evaluation"], where, "evaluation")
        except KeyError as exc:
            raise serde.missing(where, exc) from None
        population = data.get("population", UNSET)
        if population is not UNSET:
            population = serde.int_(population, where, "population")
        max_generations = data.get("maxGenerations", UNSET)
        if max_generations is not UNSET:
            max_generations = serde.int_(max_generations, where, "maxGenerations")
        design_space_tolerance = data.get("designSpaceTolerance", UNSET)
        if design_space_tolerance is not UNSET:
            design_space_tolerance = serde.float_(
                design_space_tolerance, where, "designSpaceTolerance"
            )
        objective_space_tolerance = data.get("objectiveSpaceTolerance", UNSET)
        if objective_space_tolerance is not UNSET:
            objective_space_tolerance = serde.float_(
                objective_space_tolerance, where, "objectiveSpaceTolerance"
            )
        termination_period = data.get("terminationPeriod", UNSET)
        if termination_period is not UNSET:
            termination_period = serde.int_(
                termination_period, where, "terminationPeriod"
            )
        return cls(
            variant=variant,
            dataset=dataset,
            algorithm=algorithm,
            evaluation=evaluation,
            population=population,
            max_generations=max_generations,
            design_space_tolerance=design_space_tolerance,
            objective_space_tolerance=objective_space_tolerance,
            termination_period=termination_period,
            additional_properties=serde.extras(data, cls._json_names),
        )

    def to_dict(self, *, request: bool = False) -> dict[str, Any]:
        """The model as JSON data; fields never set are left out, and read-only ones too when `request` is true."""
        out: dict[str, Any] = {
            "variant": self.variant,
            "dataset": self.dataset,
            "algorithm": self.algorithm,
            "evaluation": self.evaluation,
        }
        if self.population is not UNSET:
            out["population"] = self.population
        if self.max_generations is not UNSET:
            out["maxGenerations"] = self.max_generations
        if self.design_space_tolerance is not UNSET:
            out["designSpaceTolerance"] = self.design_space_tolerance
        if self.objective_space_tolerance is not UNSET:
            out["objectiveSpaceTolerance"] = self.objective_space_tolerance
        if self.termination_period is not UNSET:
            out["terminationPeriod"] = self.termination_period
        for key, value in self.additional_properties.items():
            out.setdefault(key, value)
        return out
