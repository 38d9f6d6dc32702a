"""Open311 errors: the specification's HTTP status and a description (answered as [{code, description}])."""

from __future__ import annotations


class Open311Error(Exception):
    """403 bad api_key, 404 unknown service, request or token, 400 anything else."""

    def __init__(self, status: int, description: str):
        super().__init__(description)
        self.status = status
        self.description = description


def bad_request(description: str) -> Open311Error:
    return Open311Error(400, description)


def not_found(description: str) -> Open311Error:
    return Open311Error(404, description)
