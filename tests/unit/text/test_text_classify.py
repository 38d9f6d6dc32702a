import csv
import json
import subprocess
import sys

import pytest

from hotline.shared_data import tipdm_file
from hotline.text.classify import TextClassifier, macro_f1
from hotline.text.synthetic import generate


@pytest.fixture(scope="module")
def synthetic():
    return list(generate(per_category=60, seed=1))


def test_synthetic_is_deterministic_and_covers_taxonomy():
    from hotline.text.taxonomy import CATEGORIES, TYPES

    a = list(generate(per_category=20, seed=3))
    assert a == list(generate(per_category=20, seed=3))
    assert {c for _, c, _ in a} == set(CATEGORIES)
    assert {t for _, _, t in generate(per_category=100)} == set(TYPES)


def test_trains_and_generalises_to_other_synthetic_messages(synthetic, tmp_path):
    model = TextClassifier(min_df=1).fit([t for t, _, _ in synthetic], [c for _, c, _ in synthetic])
    held = list(generate(per_category=30, seed=99))
    f1 = macro_f1([c for _, c, _ in held], model.predict([t for t, _, _ in held]))
    assert f1 > 0.8
    model.save(tmp_path / "m")
    again = TextClassifier.load(tmp_path / "m")
    assert again.predict(["在收费站被劝返"]) == model.predict(["在收费站被劝返"])
    top = again.top("快递一周没派送", k=3)
    assert top[0][0] == "postal" and len(top) == 3 and abs(sum(p for _, p in top) - 1) < 0.5


def test_one_label_is_an_error():
    with pytest.raises(ValueError):
        TextClassifier().fit(["a", "b"], ["x", "x"])


def test_cli_train_and_classify(synthetic, tmp_path):
    data = tmp_path / "d.csv"
    with data.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["title", "detail", "label"])
        for t, c, _ in synthetic:
            w.writerow([t[:6], t[6:], c])
    out = tmp_path / "model"
    cmd = [sys.executable, "-m", "hotline.text.cli"]
    subprocess.run(cmd + ["train", "--data", str(data), "--text", "title,detail", "--label", "label", "--out", str(out)],
                   check=True, capture_output=True)
    lines = '{"id": 1, "text": "滴滴司机绕路多收钱"}\n{"id": "b", "text": "快递丢了不赔"}\n'
    res = subprocess.run(cmd + ["classify", "--model", str(out)], input=lines, text=True, check=True,
                         capture_output=True)
    rows = [json.loads(x) for x in res.stdout.splitlines()]
    assert [r["id"] for r in rows] == [1, "b"]
    assert [r["label"] for r in rows] == ["transport.taxi", "postal"]
    assert all(0 < r["confidence"] <= 1 for r in rows)


def test_cli_rejects_bad_input(tmp_path):
    res = subprocess.run([sys.executable, "-m", "hotline.text.cli", "analyze"], input="not json\n", text=True,
                         capture_output=True)
    assert res.returncode == 2


@pytest.mark.skipif(tipdm_file("classify_train.csv") is None, reason="../shared/data/tipdm2020c absent")
def test_real_data_small_sample_beats_chance():
    with tipdm_file("classify_train.csv").open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    rows = [r for r in rows if r["detail"].strip()][::3]  # the file is grouped by label: spread out
    train, test = [r for i, r in enumerate(rows) if i % 5], rows[::5]
    m = TextClassifier().fit([r["title"] + r["detail"] for r in train], [r["label"] for r in train])
    f1 = macro_f1([r["label"] for r in test], m.predict([r["title"] + r["detail"] for r in test]))
    assert f1 > 0.6
