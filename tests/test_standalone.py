"""The one private Streamlit setting the dashboard touches still means what web/standalone.py expects.

If Streamlit renames it or stops reading it, these fail, and the browser test of a first request
to /timeline (tests/e2e/test_journeys.py) says whether the workaround is still needed.
"""

from __future__ import annotations

import inspect

from streamlit.runtime.pages_manager import PagesManager
from streamlit.runtime.scriptrunner import script_runner


def test_a_pages_folder_beside_the_entry_script_turns_the_old_multipage_mode_on(tmp_path):
    (tmp_path / "pages").mkdir()
    entry = tmp_path / "app.py"
    entry.write_text("", encoding="utf-8")
    saved = PagesManager.uses_pages_directory
    try:
        PagesManager.uses_pages_directory = None
        PagesManager(str(entry))
        assert PagesManager.uses_pages_directory is True
    finally:
        PagesManager.uses_pages_directory = saved


def test_the_script_runner_still_decides_by_that_setting():
    assert "PagesManager.uses_pages_directory" in inspect.getsource(script_runner)
