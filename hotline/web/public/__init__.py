"""The drivers' self-service pages under /public (issue 9): no login, zh-CN, phone first.

Policy query by city, by route and by plain-Chinese search; the 政策解读 column; submitting a
complaint, report, consultation or request for help; tracking a case and rating the answer. Pages
are server-rendered Jinja2 (hotline/web/templates/public) and work without JavaScript; one small
script (hotline/web/static/public/public.js) only adds comfort. Abuse protection: hotline.web.public.guard.
See docs/public.md.
"""

from __future__ import annotations

from fastapi import APIRouter

from hotline.web.public import assets, policy_pages, submit, track

router = APIRouter()
for _module in (assets, policy_pages, submit, track):
    router.include_router(_module.router)
