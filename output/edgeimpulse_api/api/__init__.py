"""Operation groups of the Edge Impulse API client, one module per tag, imported on
first use.
"""

from __future__ import annotations

import importlib as _importlib
from typing import TYPE_CHECKING as _TYPE_CHECKING
from typing import Any as _Any

if _TYPE_CHECKING:
    from . import classify as classify
    from . import deployment as deployment
    from . import devices as devices
    from . import impulse as impulse
    from . import jobs as jobs
    from . import learn as learn
    from . import optimization as optimization
    from . import organization_blocks as organization_blocks
    from . import organization_data as organization_data
    from . import organization_portals as organization_portals
    from . import organizations as organizations
    from . import projects as projects
    from . import raw_data as raw_data
    from . import user as user

_MODULES: frozenset[str] = frozenset(
    {
        "classify",
        "deployment",
        "devices",
        "impulse",
        "jobs",
        "learn",
        "optimization",
        "organization_blocks",
        "organization_data",
        "organization_portals",
        "organizations",
        "projects",
        "raw_data",
        "user",
    }
)


def __getattr__(name: str) -> _Any:
    if name not in _MODULES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return _importlib.import_module(f".{name}", __name__)
