"""`make bench`: run every bench/bench_*.py in its own process and print what each measured.

Each script prints its own lines: what was measured, the figure, the baseline measured in the same
run, and the ratio. Run some alone with `.venv/bin/python -m bench NAME …` (`intake_load` or
`bench_intake_load`) or `.venv/bin/python -m bench.bench_NAME`.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).parent


def main(argv: list[str]) -> int:
    wanted = set(argv)
    failed = []
    for script in sorted(HERE.glob("bench_*.py")):
        if wanted and not {script.stem, script.stem.removeprefix("bench_")} & wanted:
            continue
        print(f"== {script.stem}", flush=True)
        rc = subprocess.call([sys.executable, "-m", f"bench.{script.stem}"], cwd=HERE.parent)
        if rc != 0:
            failed.append(script.stem)
    if failed:
        print("failed:", ", ".join(failed))
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
