"""A text classifier for any taxonomy: TF-IDF over words and character n-grams, linear heads, stacked.

Features (TF-IDF, sublinear tf, each block L2-normalised on its own):
- the whole text: character 1–3-grams (`char_ngram_range`) and word 1–2-grams (rjieba + transport
  dictionary);
- its head — the first sentence, at most 40 characters — again as character and word n-grams: the
  gist of a message ("快递一周没派送", a board message's title) said in few words.
With `stop_words`, both are first reduced to their words less those stop words (punctuation is
stripped only if listed) and blanks, joined back together: the form of training text that exists
only segmented and stop-word-stripped (tipdm's `segmented` column), so training and new text match.

Three linear heads score every label: a linear SVM and an NB-SVM (per-class SVM on features scaled
by the naive-Bayes log-count ratio, Wang & Manning 2012) over the whole text, and a linear SVM over
the head. A multinomial logistic regression stacks their z-normalised scores, trained on
out-of-fold scores (stratified k-fold on the training data), so `predict_proba` is a calibrated
probability (see docs/text.md for its reliability) rather than a ranking score. With too few
examples per label for k-fold, the heads' z-scores are summed and soft-maxed instead.

Models are saved as plain files in a directory (model.joblib + meta.json) and never committed.
"""

from __future__ import annotations

import json
import re
from itertools import repeat
from pathlib import Path
from typing import Iterable, Sequence

import joblib
import numpy as np
import scipy.sparse as sp
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold
from sklearn.svm import LinearSVC

from hotline.text.segment import words
from hotline.text.wordscan import WordScanner

FORMAT_VERSION = 4
HEAD_CHARS = 40
_SENTENCE_END = re.compile(r"[。！？!?\n]")


def head_of(text: str) -> str:
    """The first sentence of `text`, at most HEAD_CHARS characters."""
    m = _SENTENCE_END.search(text, 0, HEAD_CHARS)
    return text[:m.start()] if m and m.start() > 0 else text[:HEAD_CHARS]


def _tokenize(text: str) -> list[str]:
    return words(text)


def strip_words(text: str, stop_words: frozenset[str]) -> str:
    """`text`'s words, less the stop words and blanks, joined back together."""
    return "".join(w for w in words(text) if w not in stop_words and w.strip())


def _z(a: np.ndarray) -> np.ndarray:
    sd = a.std(axis=-1, keepdims=True)
    sd[sd == 0] = 1.0
    return (a - a.mean(axis=-1, keepdims=True)) / sd


def _softmax(d: np.ndarray) -> np.ndarray:
    d = d - d.max(axis=-1, keepdims=True)
    e = np.exp(d)
    return e / e.sum(axis=-1, keepdims=True)


def _vectorizers(min_df: int, char_ngram_range: tuple[int, int] = (1, 3)) -> list[TfidfVectorizer]:
    def char(max_df: float) -> TfidfVectorizer:
        return TfidfVectorizer(analyzer="char", ngram_range=char_ngram_range, sublinear_tf=True, min_df=min_df,
                               max_df=max_df, dtype=np.float32)

    def word(max_df: float) -> TfidfVectorizer:
        return TfidfVectorizer(tokenizer=_tokenize, token_pattern=None, lowercase=False, ngram_range=(1, 2),
                               sublinear_tf=True, min_df=min_df, max_df=max_df, dtype=np.float32)

    return [char(0.9), word(0.9), char(1.0), word(1.0)]  # whole text, then head


class _CharGrams:
    """The columns of a fitted character n-gram vectorizer that occur in a text, once per occurrence:
    one Aho-Corasick pass over its vocabulary instead of cutting every n-gram and looking each up —
    the same multiset, since every occurrence of a vocabulary n-gram is an n-gram the vectorizer cuts
    (after its lowercasing and its folding of whitespace runs)."""

    def __init__(self, vec: TfidfVectorizer):
        self._preprocess = vec.build_preprocessor()
        self._white = vec._white_spaces
        vocab = vec.vocabulary_
        self._scan = WordScanner((w, None) for w in sorted(vocab, key=vocab.__getitem__))  # in column order

    def columns(self, text: str) -> np.ndarray:
        return np.asarray(self._scan.positions(self._white.sub(" ", self._preprocess(text))), dtype=np.int64)


class TextClassifier:
    def __init__(self, C: float = 1.0, nb_C: float = 0.3, min_df: int = 2, temperature: float = 1.5,
                 stack_folds: int = 5, head_C: float = 1.0, seed: int = 12328,
                 stop_words: Iterable[str] | None = None, char_ngram_range: tuple[int, int] = (1, 3)):
        self.C = C
        # (1, 2): about half the model and a quarter less time on tipdm at equal CV (docs/text.md);
        # (1, 3) stays the default, which the default 12328 model was built and checked with
        self.char_ngram_range = tuple(char_ngram_range)
        self.stop_words = frozenset(stop_words) if stop_words else None
        self.nb_C = nb_C
        self.head_C = head_C
        self.min_df = min_df
        self.temperature = temperature  # only when there are too few examples to stack
        self.stack_folds = stack_folds
        self.seed = seed
        self.classes_: np.ndarray | None = None

    # -- features -------------------------------------------------------------------------
    def _views(self, text: str) -> tuple[str, str]:
        """What the features are taken from: the whole text and its head."""
        head = head_of(text)
        stop = getattr(self, "stop_words", None)
        if stop is None:
            return text, head
        return strip_words(text, stop), strip_words(head, stop)

    def _fit_features(self, texts: Sequence[str]) -> sp.csr_matrix:
        self.vectorizers_ = _vectorizers(self.min_df, getattr(self, "char_ngram_range", (1, 3)))
        views = [self._views(t) for t in texts]
        texts, heads = [v[0] for v in views], [v[1] for v in views]
        blocks = [v.fit_transform(texts if i < 2 else heads) for i, v in enumerate(self.vectorizers_)]
        for v in self.vectorizers_:
            # the terms cut by min_df/max_df: only for introspection, and most of the model's size
            v.stop_words_ = None
        self.n_full_ = blocks[0].shape[1] + blocks[1].shape[1]
        return sp.hstack(blocks, format="csr")

    def _analyzers(self) -> tuple[list, int]:
        fast = getattr(self, "_fast", None)
        if fast is None:
            parts, offset, idf = [], 0, []
            for vec in self.vectorizers_:
                grams = _CharGrams(vec) if vec.analyzer == "char" else None
                parts.append((vec.build_analyzer(), vec.vocabulary_, offset, grams))
                idf.append(vec.idf_.astype(np.float64))
                offset += len(vec.vocabulary_)
            starts = np.asarray([p[2] for p in parts])
            self._fast = fast = (parts, offset, np.concatenate(idf), starts)
        return fast[0], fast[1]

    def row(self, text: str) -> tuple[np.ndarray, np.ndarray]:
        """The TF-IDF features of one text as (indices, values): the same numbers as the fitted
        vectorizers' transform (to float32 precision), without scikit-learn's per-call checks,
        which were most of the time for one short message."""
        self._analyzers()
        parts, _, idf, starts = self._fast
        text, head = self._views(text)
        found = []
        for i, (analyzer, vocab, offset, char_grams) in enumerate(parts):
            source = text if i < 2 else head
            if char_grams is not None:
                found.append(char_grams.columns(source) + offset)
                continue
            grams = analyzer(source)
            a = np.fromiter(map(vocab.get, grams, repeat(-1, len(grams))), dtype=np.int64, count=len(grams))
            found.append(a[a >= 0] + offset)
        idx, tf = np.unique(np.concatenate(found), return_counts=True)
        if not len(idx):
            return idx, np.zeros(0)
        val = (1.0 + np.log(tf)) * idf[idx]
        # each block is L2-normalised on its own, as each vectorizer does
        block = np.searchsorted(starts, idx, side="right") - 1
        val /= np.sqrt(np.bincount(block, weights=val * val, minlength=len(starts)))[block]
        return idx, val

    def transform(self, texts: Sequence[str]) -> sp.csr_matrix:
        _, width = self._analyzers()
        rows = [self.row(t) for t in texts]
        indptr = np.cumsum([0] + [len(i) for i, _ in rows])
        ind = np.concatenate([i for i, _ in rows]) if rows else np.zeros(0, dtype=np.int64)
        dat = np.concatenate([v for _, v in rows]) if rows else np.zeros(0)
        return sp.csr_matrix((dat.astype(np.float32), ind, indptr), shape=(len(texts), width))

    def __getstate__(self) -> dict:
        state = dict(self.__dict__)
        state.pop("_fast", None)  # rebuilt on load; the analyzers are closures
        return state

    # -- training -------------------------------------------------------------------------
    def _fit_heads(self, X: sp.csr_matrix, y: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Weights (features × 3·labels) and biases of the three heads, in one matrix so that
        scoring is one sparse-dense product."""
        classes, n_full = self.classes_, self.n_full_
        k, width = len(classes), X.shape[1]

        def svm(block: sp.csr_matrix, C: float) -> tuple[np.ndarray, np.ndarray]:
            m = LinearSVC(C=C).fit(block, y)
            if k == 2:  # one decision for two labels: score the first as its negation
                return np.vstack([-m.coef_, m.coef_]), np.concatenate([-m.intercept_, m.intercept_])
            return m.coef_, m.intercept_

        full, head = X[:, :n_full], X[:, n_full:]
        W = np.zeros((width, 3 * k), dtype=np.float32)
        b = np.zeros(3 * k, dtype=np.float32)
        w, c = svm(full, self.C)
        W[:n_full, :k], b[:k] = w.T, c
        binary = (full > 0).astype(np.float32)
        for i, label in enumerate(classes):
            pos = y == label
            p = np.asarray(binary[pos].sum(axis=0)).ravel() + 1.0
            q = np.asarray(binary[~pos].sum(axis=0)).ravel() + 1.0
            r = np.log((p / p.sum()) / (q / q.sum())).astype(np.float32)
            m = LinearSVC(C=self.nb_C).fit(full @ sp.diags(r), pos)
            # fold the ratio into the weights: score = x · (r ⊙ w) + b
            W[:n_full, k + i] = m.coef_.ravel() * r
            b[k + i] = m.intercept_[0]
        if head.nnz:
            w, c = svm(head, self.head_C)
            W[n_full:, 2 * k:], b[2 * k:] = w.T, c
        return W, b

    def _head_scores(self, X: sp.csr_matrix | np.ndarray, W: np.ndarray, b: np.ndarray) -> np.ndarray:
        """z-normalised scores of each head: (n, 3, labels)."""
        raw = np.asarray(X @ W, dtype=np.float64) + b
        return _z(raw.reshape(raw.shape[0], 3, -1))

    def fit(self, texts: Sequence[str], labels: Sequence[str],
            share_features_with: "TextClassifier | None" = None) -> "TextClassifier":
        """Train. `share_features_with` reuses another model's fitted vectorizers (trained on the
        same texts), so two heads over one text (category, type) cost one feature extraction."""
        texts = list(texts)
        y = np.asarray([str(v) for v in labels])
        if len(set(y)) < 2:
            raise ValueError("训练数据至少需要两个类别 (need at least two labels to train)")
        if share_features_with is not None:
            self.vectorizers_ = share_features_with.vectorizers_
            self.n_full_ = share_features_with.n_full_
            X = self.transform(texts)
        else:
            X = self._fit_features(texts)
        self.classes_ = np.unique(y)
        # Out-of-fold head scores train the stacker (vectorizers are fitted once on all texts:
        # they see no labels).
        counts = np.unique(y, return_counts=True)[1]
        folds = min(self.stack_folds, int(counts.min()))
        self.stacker_ = None
        if folds >= 2:
            oof = np.zeros((len(y), 3, len(self.classes_)))
            for tr, va in StratifiedKFold(folds, shuffle=True, random_state=self.seed).split(texts, y):
                if len(np.unique(y[tr])) < len(self.classes_):
                    break
                W, b = self._fit_heads(X[tr], y[tr])
                oof[va] = self._head_scores(X[va], W, b)
            else:
                self.stacker_ = LogisticRegression(C=1.0, max_iter=2000).fit(oof.reshape(len(y), -1), y)
        self.W_, self.b_ = self._fit_heads(X, y)
        if self.stacker_ is not None:
            self.A_ = np.ascontiguousarray(self.stacker_.coef_.T, dtype=np.float64)
            self.c_ = self.stacker_.intercept_.astype(np.float64)
            if len(self.classes_) == 2:  # binary LR gives one logit: the second label's
                self.A_ = np.hstack([np.zeros_like(self.A_), self.A_])
                self.c_ = np.concatenate([[0.0], self.c_])
        return self

    # -- prediction -----------------------------------------------------------------------
    def _logits(self, z: np.ndarray) -> np.ndarray:
        if getattr(self, "stacker_", None) is None:
            return z.sum(axis=-2) / self.temperature
        return z.reshape(z.shape[0], -1) @ self.A_ + self.c_

    def decision_from_features(self, X: sp.csr_matrix) -> np.ndarray:
        return self._logits(self._head_scores(X, self.W_, self.b_))

    def proba_from_features(self, X: sp.csr_matrix) -> np.ndarray:
        return _softmax(self.decision_from_features(X))

    def proba_from_row(self, row: tuple[np.ndarray, np.ndarray]) -> np.ndarray:
        """Probabilities for one text's `row()` — the fast path analyze() uses. (The same numbers
        as `predict_proba`, to float32 precision; plain arithmetic where numpy's mean and std on
        three rows of a dozen labels cost more than the product itself.)"""
        idx, val = row
        raw = (val.astype(np.float32) @ np.take(self.W_, idx, axis=0)).astype(np.float64) + self.b_
        a = raw.reshape(3, -1)
        d = a - a.sum(axis=1, keepdims=True) / a.shape[1]
        sd = np.sqrt((d * d).sum(axis=1, keepdims=True) / a.shape[1])
        sd[sd == 0] = 1.0
        return _softmax(self._logits((d / sd)[None]))[0]

    def decision_function(self, texts: Sequence[str]) -> np.ndarray:
        return self.decision_from_features(self.transform(list(texts)))

    def predict_proba(self, texts: Sequence[str]) -> np.ndarray:
        return self.proba_from_features(self.transform(list(texts)))

    def predict(self, texts: Sequence[str]) -> list[str]:
        assert self.classes_ is not None
        return [str(self.classes_[i]) for i in self.decision_function(texts).argmax(axis=1)]

    def top(self, text: str, k: int = 3) -> list[tuple[str, float]]:
        assert self.classes_ is not None
        p = self.proba_from_row(self.row(text))
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
        if not isinstance(model, TextClassifier) or getattr(model, "W_", None) is None \
                or not hasattr(model, "vectorizers_"):
            raise TypeError(f"{d}/model.joblib is not a hotline TextClassifier of format {FORMAT_VERSION}; "
                            "retrain it with `hotline text train`")
        return model


def macro_f1(y_true: Iterable[str], y_pred: Iterable[str]) -> float:
    from sklearn.metrics import f1_score

    return float(f1_score(list(y_true), list(y_pred), average="macro"))
