"""The default models (12328 category and case type), trained on the synthetic examples.

They are built deterministically on first use and cached as plain files under var/models/
(HOTLINE_MODELS_DIR overrides), keyed by a hash of the training data and the model code's format
version — so nothing binary is committed and a changed generator retrains by itself. Loaded once
per process.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
import threading
from functools import lru_cache
from pathlib import Path

from hotline.shared_data import REPO_ROOT
from hotline.text.classify import FORMAT_VERSION, TextClassifier
from hotline.text.synthetic import generate

_lock = threading.Lock()


def models_dir() -> Path:
    env = os.environ.get("HOTLINE_MODELS_DIR")
    return Path(env) if env else REPO_ROOT / "var" / "models"


@lru_cache(maxsize=1)
def synthetic_rows() -> list[tuple[str, str, str]]:
    return list(generate())


def _key(kind: str, rows: list[tuple[str, str, str]]) -> str:
    h = hashlib.sha256(f"{kind}:{FORMAT_VERSION}".encode())
    for r in rows:
        h.update("\x1f".join(r).encode())
        h.update(b"\x1e")
    return h.hexdigest()[:16]


def _build(kind: str, column: int, share: TextClassifier | None = None) -> TextClassifier:
    rows = synthetic_rows()
    target = models_dir() / f"{kind}-{_key(kind, rows)}"
    if (target / "model.joblib").is_file():
        try:
            return TextClassifier.load(target)
        except Exception:  # a half-written or incompatible cache: rebuild it
            shutil.rmtree(target, ignore_errors=True)
    model = TextClassifier(C=0.5, nb_C=0.2, min_df=1).fit([r[0] for r in rows], [r[column] for r in rows],
                                                           share_features_with=share)
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{kind}-", dir=target.parent))
    model.save(tmp, source="hotline.text.synthetic (synthetic examples written by the project)",
               examples=len(rows))
    try:
        os.replace(tmp, target)
    except OSError:  # another process won the race: use theirs
        shutil.rmtree(tmp, ignore_errors=True)
    return model


@lru_cache(maxsize=1)
def category_model() -> TextClassifier:
    with _lock:
        return _build("category", 1)


@lru_cache(maxsize=1)
def type_model() -> TextClassifier:
    """Shares the category model's vectorizers: analyze() extracts features once for both."""
    category = category_model()
    with _lock:
        model = _build("type", 2, share=category)
        model.vectorizers_, model.n_full_ = category.vectorizers_, category.n_full_  # one copy in memory
        category._analyzers()
        model._fast = category._fast  # the analyzers, vocabularies and idf, built once
        return model
