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

FORMAT_VERSION = 2


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
            return sp.hstack([a, b], format="csr")
        return self._fast_features(texts)

    def _fast_features(self, texts: Sequence[str]) -> sp.csr_matrix:
        """The same TF-IDF rows as the fitted vectorizers' transform, without their per-call
        validation overhead (which was most of the time for one short message)."""
        fast = getattr(self, "_fast", None)
        if fast is None:
            fast = []
            offset = 0
            for vec in (self.char_, self.word_):
                fast.append((vec.build_analyzer(), vec.vocabulary_, vec.idf_.astype(np.float64), offset))
                offset += len(vec.vocabulary_)
            self._fast = fast = (fast, offset)
        parts, width = fast
        indptr = [0]
        indices: list[np.ndarray] = []
        data: list[np.ndarray] = []
        for text in texts:
            row_idx, row_val = [], []
            for analyzer, vocab, idf, offset in parts:
                counts: dict[int, int] = {}
                for gram in analyzer(text):
                    j = vocab.get(gram)
                    if j is not None:
                        counts[j] = counts.get(j, 0) + 1
                if not counts:
                    continue
                idx = np.fromiter(counts.keys(), dtype=np.int64, count=len(counts))
                tf = np.fromiter(counts.values(), dtype=np.float64, count=len(counts))
                val = (1.0 + np.log(tf)) * idf[idx]
                val /= np.sqrt((val * val).sum())
                row_idx.append(idx + offset)
                row_val.append(val)
            if row_idx:
                indices.append(np.concatenate(row_idx))
                data.append(np.concatenate(row_val))
                indptr.append(indptr[-1] + len(indices[-1]))
            else:
                indptr.append(indptr[-1])
        ind = np.concatenate(indices) if indices else np.zeros(0, dtype=np.int64)
        dat = np.concatenate(data) if data else np.zeros(0)
        return sp.csr_matrix((dat.astype(np.float32), ind, np.asarray(indptr)), shape=(len(texts), width))

    def __getstate__(self) -> dict:
        state = dict(self.__dict__)
        state.pop("_fast", None)  # rebuilt on load; the analyzers are closures
        return state

    def fit(self, texts: Sequence[str], labels: Sequence[str],
            share_features_with: "TextClassifier | None" = None) -> "TextClassifier":
        """Train. `share_features_with` reuses another model's fitted vectorizers (trained on the
        same texts), so two heads over one text (category, type) cost one feature extraction."""
        texts = list(texts)
        y = np.asarray(list(labels))
        if len(set(y)) < 2:
            raise ValueError("训练数据至少需要两个类别 (need at least two labels to train)")
        if share_features_with is not None:
            self.char_, self.word_ = share_features_with.char_, share_features_with.word_
            X = self._features(texts)
        else:
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
        self._prepare()
        return self

    def _prepare(self) -> None:
        # One contiguous (features × 2·labels) weight matrix: a single sparse-dense product per
        # batch, without scikit-learn's per-call validation (it dominated single-message time).
        k = len(self.classes_)
        parts = [self.svm_.coef_.reshape(k, -1)] if k > 2 else [np.vstack([-self.svm_.coef_, self.svm_.coef_])]
        bias = [np.ravel(self.svm_.intercept_)] if k > 2 else [np.concatenate([-self.svm_.intercept_, self.svm_.intercept_])]
        if self.nbsvm:
            parts.append(self.nb_coef_)
            bias.append(self.nb_intercept_)
        self.W_ = np.ascontiguousarray(np.vstack(parts).T, dtype=np.float32)
        self.b_ = np.concatenate(bias).astype(np.float32)

    # -- prediction -----------------------------------------------------------------------
    def transform(self, texts: Sequence[str]) -> sp.csr_matrix:
        return self._features(list(texts))

    def decision_from_features(self, X: sp.csr_matrix) -> np.ndarray:
        k = len(self.classes_)
        raw = np.asarray(X @ self.W_, dtype=np.float64) + self.b_
        d = _z(raw[:, :k])
        if self.nbsvm:
            d = d + _z(raw[:, k:])
        return d

    def decision_function(self, texts: Sequence[str]) -> np.ndarray:
        return self.decision_from_features(self._features(list(texts)))

    def proba_from_features(self, X: sp.csr_matrix) -> np.ndarray:
        d = self.decision_from_features(X) / self.temperature
        d = d - d.max(axis=1, keepdims=True)
        e = np.exp(d)
        return e / e.sum(axis=1, keepdims=True)

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

