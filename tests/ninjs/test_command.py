"""``manage.py import_ninjs`` as the desk runs it: files, directories, stdin, a summary."""

import io
import json
import sys

import pytest
from django.core.management import CommandError, call_command

from articles.models import ArticlePage
from tests.ninjs.conftest import DATA
from tests.ninjs.test_import import document

pytestmark = pytest.mark.django_db


def run(*args):
    out, err = io.StringIO(), io.StringIO()
    error = None
    try:
        call_command("import_ninjs", *args, stdout=out, stderr=err)
    except CommandError as exc:
        error = exc
    return out.getvalue(), err.getvalue(), error


def test_imports_files_and_directories_with_a_summary(home, tmp_path):
    (tmp_path / "a.json").write_text(json.dumps(document(uri="http://example.org/a")))
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.json").write_text(json.dumps([document(uri="http://example.org/b")]))
    out, err, error = run(str(tmp_path), str(DATA / "004_simple_text_article.json"))
    assert error is None, err
    assert "Summary: 3 created, 0 updated, 0 skipped, 0 failed" in out
    assert f"{tmp_path / 'sub' / 'b.json'}[0]: created http://example.org/b" in out
    assert ArticlePage.objects.count() == 3

    out, err, error = run(str(tmp_path / "a.json"))
    assert "Summary: 0 created, 0 updated, 1 skipped, 0 failed" in out
    assert "not newer" in out


def test_publish_into_a_chosen_section(home, tmp_path):
    path = tmp_path / "a.json"
    path.write_text(json.dumps(document()))
    out, err, error = run(str(path), "--publish", "--section", "Partners")
    assert error is None, err
    page = ArticlePage.objects.get()
    assert page.live
    assert page.get_parent().title == "Partners"


def test_failures_name_the_file_path_and_reason_and_exit_non_zero(home, tmp_path):
    (tmp_path / "bad.json").write_text("{not json")
    (tmp_path / "types.json").write_text(json.dumps(document(headlines="Snow")))
    (tmp_path / "ok.json").write_text(json.dumps(document()))
    out, err, error = run(str(tmp_path), str(tmp_path / "missing.json"))
    assert error is not None and "3 document(s) failed" in str(error)
    assert f"{tmp_path / 'bad.json'}: $: not JSON" in err
    assert f"{tmp_path / 'types.json'}: $.headlines: 'Snow' is not of type 'array'" in err
    assert f"{tmp_path / 'missing.json'}: $: No such file or directory" in err
    assert "Summary: 1 created, 0 updated, 0 skipped, 3 failed" in out
    assert ArticlePage.objects.count() == 1


def test_reads_standard_input(home, monkeypatch):
    stdin = io.TextIOWrapper(io.BytesIO(json.dumps(document()).encode()))
    monkeypatch.setattr(sys, "stdin", stdin)
    out, err, error = run("-")
    assert error is None, err
    assert "stdin: created" in out


def test_shows_progress_for_large_batches(home, tmp_path, monkeypatch):
    from ninjs.management.commands import import_ninjs

    monkeypatch.setattr(import_ninjs, "PROGRESS_EVERY", 10)  # instead of every 100 files
    for i in range(20):
        doc = document(uri=f"http://example.org/{i}")
        (tmp_path / f"{i:03}.json").write_text(json.dumps(doc))
    out, err, error = run(str(tmp_path), "--quiet")
    assert error is None, err
    assert "[10/20 files, 50%]" in err
    assert "[20/20 files, 100%]" in err
    assert "created http" not in out
    assert "Summary: 20 created" in out
