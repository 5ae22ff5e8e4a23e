#!/usr/bin/python3
"""selftest.py - checks the scorers without pith: the ground truth scored
against itself must reach the top score, an empty prediction zero, and the
token and snippet rules must behave as the data sets' READMEs say.

Run by `make eval` before the real evaluation; prints 'N passed, N failed'.
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common  # noqa: E402
import eval_meta  # noqa: E402
import eval_readability  # noqa: E402
import eval_seed  # noqa: E402
import eval_trafilatura  # noqa: E402
import eval_wcxb  # noqa: E402
import run_eval  # noqa: E402

results = []


def check(name, cond, detail=""):
    results.append(bool(cond))
    if not cond:
        print("FAIL %s %s" % (name, detail))


def row(rows, prefix):
    return next(r for r in rows if r.metric.startswith(prefix))


def unit_checks():
    tk = common.tokens
    check("tokens lower-case unicode", tk("Ünïcode-Wörds, 42x! ok_1") ==
          ["ünïcode", "wörds", "42x", "ok_1"])
    check("prf identical", common.token_prf(tk("a b b c"), tk("c b a b")) == (1.0, 1.0, 1.0))
    check("prf empty ref, empty pred", common.token_prf([], []) == (1.0, 1.0, 1.0))
    check("prf empty ref, some pred", common.token_prf(["a"], []) == (0.0, 0.0, 0.0))
    check("prf empty pred", common.token_prf([], ["a"]) == (0.0, 0.0, 0.0))
    tm = eval_meta.title_matches
    check("title suffix cut", tm("How to X", "How to X | eHow", True) and not tm("How to X", "How to X | eHow", False))
    check("title suffix chain", tm("Lie", "Lie - J. Welch - Medium", True) and tm("头条", "头条_科技_腾讯网", True))
    check("title bracket site", tm("Weekly Edition", "Weekly Edition [LWN.net]", True))
    check("title ignores invisible marks", tm("Deutschland", "Deutsch\u00adland", False)
          and tm("ab", "a\u200bb", False) and not tm("a b", "ab", False))
    check("title no prefix cut", not tm("Tee", "Shop - Tee", True) and not tm("snake", "snake_case", True))
    p, r, f = common.token_prf(tk("a a b"), tk("a b b c"))
    # multiset: overlap = min(2,1)[a] + min(1,2)[b] = 2
    check("prf multiset", abs(p - 2 / 3) < 1e-12 and abs(r - 0.5) < 1e-12
          and abs(f - 2 * (2 / 3) * 0.5 / (2 / 3 + 0.5)) < 1e-12, (p, r, f))
    check("collapse", common.collapse("  a \n\t b\u00a0c  ") == "a b c")
    check("html_text blocks", eval_readability.html_text(
        "<div><p>one</p><p>two<br>three <b>fo</b>ur</p><script>x()</script></div>")
        == "one two three four")
    check("html_text entities", eval_readability.html_text("<p>a&amp;b&nbsp;c</p>") == "a&b c")
    m = eval_trafilatura.metrics(tp=3, fn=1, fp=1, tn=5)
    check("trafilatura metrics", abs(m["f1"] - 6 / 8) < 1e-12 and abs(m["accuracy"] - 0.8) < 1e-12
          and abs(m["precision"] - 0.75) < 1e-12 and abs(m["recall"] - 0.75) < 1e-12, m)
    pg = {"with": ["Foo bar"], "without": ["Menu"]}
    eval_trafilatura.score_page(pg, "x  Foo\n bar menu")
    check("trafilatura case-sensitive, collapsed", (pg["tp"], pg["fp"], pg["tn"]) == (1, 0, 1), pg)
    pg = {"with": ["Foo"], "without": ["Menu"]}
    eval_trafilatura.score_page(pg, "")
    check("trafilatura empty result", (pg["fn"], pg["tn"]) == (1, 1), pg)
    check("wcxb snippet rate", eval_wcxb.snippet_rate("hello world", ["HELLO", "x"]) == 0.5)
    check("wcxb no snippets", eval_wcxb.snippet_rate("x", []) is None)
    below = common.Row("trafilatura-eval", "F1 (990 pages)", 0.92, floor=0.93)
    check("gate names a failed row without counts",
          run_eval.failed_floors(below, None) == ["trafilatura-eval F1"])
    above = common.Row("wcxb-dev", "F1 article (793)", 0.95, floor=0.93)
    check("gate ignores a passed row", run_eval.failed_floors(above, None) == [])
    script = common.Row("eval_meta", "exit status", 1, ok=False)
    out = "table\nFAIL: wcxb title 0.804 < 0.9; readability title-nosuffix 0.850 < 0.95\n"
    check("gate names each failed floor of a script", run_eval.failed_floors(script, out) ==
          ["eval_meta wcxb title", "eval_meta readability title-nosuffix"])


def set_checks():
    rows = eval_wcxb.evaluate("oracle", dump=False)
    check("wcxb oracle F1 = 1", row(rows, "F1 (mean").value == 1.0, row(rows, "F1 (mean").value)
    check("wcxb oracle with = 1", row(rows, "with-snippets").value > 0.9,
          row(rows, "with-snippets").value)
    rows = eval_wcxb.evaluate("empty", dump=False)
    # Pages whose reference is empty score 1 for an empty prediction.
    empty_refs = sum(1 for pg in eval_wcxb.load() if not common.tokens(pg["reference"]))
    f1 = row(rows, "F1 (mean").value
    check("wcxb empty F1 = share of empty references", abs(f1 - empty_refs / 1497) < 1e-9, f1)
    check("wcxb empty with = 0", row(rows, "with-snippets").value == 0.0)

    rows = eval_trafilatura.evaluate("oracle", dump=False)
    check("trafilatura oracle recall = 1", row(rows, "recall").value == 1.0)
    check("trafilatura oracle F1 > 0.99", row(rows, "F1").value > 0.99, row(rows, "F1").value)
    rows = eval_trafilatura.evaluate("empty", dump=False)
    check("trafilatura empty F1 = 0", row(rows, "F1").value == 0.0)

    rows = eval_readability.evaluate("oracle", dump=False)
    check("readability oracle F1 = 1", row(rows, "F1").value == 1.0, row(rows, "F1").value)
    check("readability oracle title = 1", row(rows, "title exact").value == 1.0)
    rows = eval_readability.evaluate("empty", dump=False)
    check("readability empty F1 = 0", row(rows, "F1").value == 0.0)

    rows = eval_seed.evaluate("oracle", dump=False)
    check("seed oracle passes", all(r.value == 1.0 for r in rows),
          [(r.metric, r.value, r.note) for r in rows])
    rows = eval_seed.evaluate("empty", dump=False)
    check("seed empty fails", all(r.passed is False for r in rows if r.floor is not None))


def main():
    unit_checks()
    if os.path.isdir(common.DATA):
        set_checks()
    passed = sum(results)
    failed = len(results) - passed
    print("%d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
