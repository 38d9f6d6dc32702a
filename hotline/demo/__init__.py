"""Demo data for Hotline: a unit tree and a few hundred spring-2022 cases, generated in pure Python.

    from hotline.demo import demo_units, demo_cases
    units = demo_units()          # list of unit dicts, parents first, rooted at "mot"
    cases = demo_cases(seed=2022) # list of DemoCase(payload, created_at, actions)

Everything is marked as demo: descriptions end with （演示数据）, reporter names carry （演示）.
"""

from hotline.demo.cases import DEMO_MARK, DemoCase, demo_cases
from hotline.demo.units import demo_units, route_demo_case

__all__ = ["DEMO_MARK", "DemoCase", "demo_cases", "demo_units", "route_demo_case"]
