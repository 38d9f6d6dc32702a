"""Open311 GeoReport v2 (http://wiki.open311.org/GeoReport_v2): Hotline's cases seen as service
requests, for outside apps and city systems. See docs/open311.md.

catalog.py  the taxonomy as services and service definitions (attributes)
requests.py filing, reading and following service requests (status, notes, updates)
keys.py     API keys of outside systems (stored as sha256)
render.py   the JSON and XML shapes the specification describes
cli.py      `hotline open311 key create|list|revoke`
"""
