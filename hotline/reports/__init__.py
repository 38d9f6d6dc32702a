"""Daily and weekly reports (日报 / 周报) of a unit's subtree: `data.build_report` computes the
figures, `render` lays them out as HTML, XLSX or PDF, `api.router` serves them."""
