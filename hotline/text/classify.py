"""A text classifier for any taxonomy: TF-IDF over words and character n-grams, linear models.

Two linear views of the same features are combined (scores z-normalised and summed):
- a linear SVM over word 1–2-grams (rjieba + transport dictionary) and character 1–3-grams;
- an NB-SVM: the same features scaled per class by the naive-Bayes log-count ratio, one SVM per
  class (Wang & Manning 2012), which helps on short texts and rare, telling words.
Confidence is a softmax of the combined score. Models are saved as plain files in a directory
(model.joblib + meta.json) and never committed.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Iterable, Sequence

import joblib
import numpy as np
import scipy.sparse as sp
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.svm import LinearSVC

from hotline.text.segment import words

FORMAT_VERSION = 1


def _tokenize(text: str) -> list[str]:
    return words(text)


def _z(a: np.ndarray) -> np.ndarray:
    sd = a.std(axis=1, keepdims=True)
    sd[sd == 0] = 1.0
    return (a - a.mean(axis=1, keepdims=True)) / sd


class TextClassifier:
    def __init__(self, C: float = 1.0, nb_C: float = 0.3, min_df: int = 2, temperature: float = 1.5,
                 nbsvm: bool = True):
        self.C = C
        self.nb_C = nb_C
        self.min_df = min_df
        self.temperature = temperature
        self.nbsvm = nbsvm
        self.classes_: np.ndarray | None = None

    # -- training -------------------------------------------------------------------------
    def _features(self, texts: Sequence[str], fit: bool = False) -> sp.csr_matrix:
        if fit:
            self.char_ = TfidfVectorizer(analyzer="char", ngram_range=(1, 3), sublinear_tf=True,
                                         min_df=self.min_df, max_df=0.9, dtype=np.float32)
            self.word_ = TfidfVectorizer(tokenizer=_tokenize, token_pattern=None, lowercase=False,
                                         ngram_range=(1, 2), sublinear_tf=True, min_df=self.min_df,
                                         max_df=0.9, dtype=np.float32)
            a = self.char_.fit_transform(texts)
            b = self.word_.fit_transform(texts)
        else:
            a = self.char_.transform(texts)
            b = self.word_.transform(texts)
        return sp.hstack([a, b], format="csr")

    def fit(self, texts: Sequence[str], labels: Sequence[str]) -> "TextClassifier":
        texts = list(texts)
        y = np.asarray(list(labels))
        if len(set(y)) < 2:
            raise ValueError("训练数据至少需要两个类别 (need at least two labels to train)")
        X = self._features(texts, fit=True)
        self.svm_ = LinearSVC(C=self.C).fit(X, y)
        self.classes_ = self.svm_.classes_
        self.svm_.coef_ = self.svm_.coef_.astype(np.float32)
        if self.nbsvm:
            binary = (X > 0).astype(np.float32)
            coefs, intercepts, ratios = [], [], []
            for c in self.classes_:
                pos = y == c
                p = np.asarray(binary[pos].sum(axis=0)).ravel() + 1.0
                q = np.asarray(binary[~pos].sum(axis=0)).ravel() + 1.0
                r = np.log((p / p.sum()) / (q / q.sum())).astype(np.float32)
                m = LinearSVC(C=self.nb_C).fit(X @ sp.diags(r), pos)
                # fold the ratio into the weights: score = x · (r ⊙ w) + b
                coefs.append((m.coef_.ravel() * r).astype(np.float32))
                intercepts.append(float(m.intercept_[0]))
            self.nb_coef_ = np.vstack(coefs)
            self.nb_intercept_ = np.asarray(intercepts, dtype=np.float32)
        return self

    # -- prediction -----------------------------------------------------------------------
    def decision_function(self, texts: Sequence[str]) -> np.ndarray:
        X = self._features(list(texts))
        d = _z(np.asarray(self.svm_.decision_function(X), dtype=np.float64).reshape(X.shape[0], -1))
        if self.nbsvm:
            nb = np.asarray(X @ self.nb_coef_.T) + self.nb_intercept_
            d = d + _z(nb)
        return d

    def predict_proba(self, texts: Sequence[str]) -> np.ndarray:
        d = self.decision_function(texts) / self.temperature
        d = d - d.max(axis=1, keepdims=True)
        e = np.exp(d)
        return e / e.sum(axis=1, keepdims=True)

    def predict(self, texts: Sequence[str]) -> list[str]:
        assert self.classes_ is not None
        return [str(self.classes_[i]) for i in self.decision_function(texts).argmax(axis=1)]

    def top(self, text: str, k: int = 3) -> list[tuple[str, float]]:
        assert self.classes_ is not None
        p = self.predict_proba([text])[0]
        order = np.argsort(-p)[:k]
        return [(str(self.classes_[i]), float(p[i])) for i in order]

    # -- files ----------------------------------------------------------------------------
    def save(self, directory: str | Path, **meta: object) -> Path:
        d = Path(directory)
        d.mkdir(parents=True, exist_ok=True)
        joblib.dump(self, d / "model.joblib", compress=3)
        info = {"format": FORMAT_VERSION, "labels": [str(c) for c in self.classes_], **meta}
        (d / "meta.json").write_text(json.dumps(info, ensure_ascii=False, indent=2), encoding="utf-8")
        return d

    @staticmethod
    def load(directory: str | Path) -> "TextClassifier":
        d = Path(directory)
        if not (d / "model.joblib").is_file():
            raise FileNotFoundError(f"{d}: 没有找到模型 (no model.joblib; train one with `hotline text train`)")
        model = joblib.load(d / "model.joblib")
        if not isinstance(model, TextClassifier):
            raise TypeError(f"{d}/model.joblib is not a hotline TextClassifier")
        return model


def macro_f1(y_true: Iterable[str], y_pred: Iterable[str]) -> float:
    from sklearn.metrics import f1_score

    return float(f1_score(list(y_true), list(y_pred), average="macro"))

